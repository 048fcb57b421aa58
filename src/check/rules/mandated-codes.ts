import { walkBusinesses } from '../../plan.js';
import { canonicalCodes, mandatedCodes, provisionUrl } from '../codes.js';
import type { Rule } from '../rule.js';

export const mandatedCodesRule: Rule = {
  id: 'mandated-codes',
  severity: 'error',
  description: { ja: '法が一体的な実施を求める12の号を、それぞれ少なくとも1つの事業が実施している', en: 'Each of the twelve mandated 号 is implemented by at least one 事業' },
  docs: {
    ja: '重層的支援体制整備事業は、社会福祉法第106条の4第2項の各号の事業を一体のものとして実施する事業です（同項、施行規則第34条の2）。第1号イ〜ニ、第2号、第3号イ〜ニ、第4号、第5号、第6号の12の号のどれかを実施する事業が計画にないと、この事業の計画になりません。第1号・第3号だけを付けた事業（イ〜ニ以外の事業）は、どの号の要件も満たしません。取組に付けた号も数えます。',
    en: 'The project is all the 事業 of 社会福祉法第106条の4第2項 run as one (that paragraph; 施行規則第34条の2). A plan with no 事業 for any one of the twelve codes 第1号イ–ニ, 第2号, 第3号イ–ニ, 第4号, 第5号 and 第6号 is not a plan for this project. A 事業 tagged only 第1号 or 第3号 (outside イ–ニ) satisfies none of them. Codes on nested 取組 count.',
  },
  messages: {
    ja: {
      missing: '{provision}（{name}）を実施する事業がありません',
      note: '該当する事業の「号」に「{code}」を加えるか、事業を追加してください',
    },
    en: {
      missing: 'no 事業 implements {provision} ({name})',
      note: 'add "{code}" to the 号 of the 事業 that implements it, or add the 事業',
    },
  },
  check(ctx) {
    if (!Array.isArray(ctx.plan.事業)) return; // the schema rule reports a missing 事業 list
    const present = new Set<string>();
    for (const { business } of walkBusinesses(ctx.plan)) {
      // Root cause first: a single 号 without brackets (号: 第1号イ) is the schema rule's finding and a
      // non-canonical one (第１号のイ) code-form's; each still names its code, so the plan is not also told
      // that the code is unimplemented.
      const codes: unknown = business.号;
      for (const c of canonicalCodes(Array.isArray(codes) ? codes : [codes])) present.add(c);
    }
    for (const entry of mandatedCodes()) {
      if (present.has(entry.code)) continue;
      const name = ctx.lang === 'en' ? entry.nameEn : entry.name;
      ctx.report({
        path: ['事業'], target: 'key', messageId: 'missing', noteId: 'note',
        params: { provision: entry.provision, name, code: entry.code }, url: provisionUrl(entry),
      });
    }
  },
};
