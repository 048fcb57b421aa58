import { walkBusinesses } from '../../plan.js';
import { canonicalCodes, itemOf } from '../codes.js';
import type { Rule } from '../rule.js';

/**
 * The five reference plans never give one 事業 more than two 号 (第5号+第6号, 第2号+第4号); three
 * (第4号+第5号+第6号, outreach run by the 多機関協働 team) is plausible. Four or more is a slip.
 */
export const MAX_ITEMS = 3;

export const manyCodes: Rule = {
  id: 'many-codes',
  severity: 'warning',
  description: { ja: '1つの事業に多すぎる号を付けない', en: 'A 事業 does not carry implausibly many 号' },
  docs: {
    ja: '1つの事業が社会福祉法第106条の4第2項の複数の号を担うことはあります（多機関協働事業が第5号と第6号、居場所づくり事業が第2号と第4号）。参照した5つの実在の計画では、1つの事業が担う号は多くても2つで、第4号・第5号・第6号を1つの事業で行う3つまではありえます。4つ以上の号（第1号イ〜ニは合わせて第1号、第3号イ〜ニは合わせて第3号と数えます）を付けた事業は、号を取組に付けるべきところを親の事業に付けたか、コピーの誤りと考えられるので警告します。',
    en: 'One 事業 may carry several 号 of 社会福祉法第106条の4第2項 (a 多機関協働事業 as 第5号 and 第6号, a 居場所づくり事業 as 第2号 and 第4号). In the five reference plans no 事業 carries more than two, and three (第4号, 第5号 and 第6号 run together) is plausible. Four or more 号 (第1号イ〜ニ count as 第1号, 第3号イ〜ニ as 第3号) usually means codes put on the parent instead of its 取組, or a copy slip, and is warned about.',
  },
  messages: {
    ja: { tooMany: '「{name}」に{count}つの号（{items}）が付いています。1つの事業が担う号は多くても{max}つほどです（社会福祉法第106条の4第2項）。号は取組ごとに付けてください' },
    en: { tooMany: '"{name}" carries {count} 号 ({items}); one 事業 plausibly carries at most {max} (社会福祉法第106条の4第2項). Put codes on its 取組' },
  },
  check(ctx) {
    for (const { business, path } of walkBusinesses(ctx.plan)) {
      const items = [...new Set(canonicalCodes(business.号).map(itemOf))];
      if (items.length <= MAX_ITEMS) continue;
      ctx.report({
        path: [...path, '号'], messageId: 'tooMany',
        params: { name: business.名称 ?? business.ID ?? '', count: items.length, items: items.join(ctx.lang === 'en' ? ', ' : '、'), max: MAX_ITEMS },
      });
    }
  },
};
