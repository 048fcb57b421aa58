import type { Business } from '../../plan.js';
import { walkBusinesses } from '../../plan.js';
import { canonicalCodes, codeEntry, codesNamedIn, provisionUrl } from '../codes.js';
import type { Rule } from '../rule.js';

/** Codes that a 事業's nested 取組 carry themselves: a parent 事業 may name what its 取組 are coded as. */
function descendantCodes(b: Business, out = new Set<string>()): Set<string> {
  for (const child of Array.isArray(b.取組) ? b.取組 : []) {
    if (typeof child !== 'object' || child === null) continue;
    for (const c of canonicalCodes(child.号)) out.add(c);
    descendantCodes(child, out);
  }
  return out;
}

export const codeName: Rule = {
  id: 'code-name',
  severity: 'warning',
  description: { ja: '法定の事業名を名称に含む事業は、その号を付けている', en: 'A 事業 whose name contains a statutory program name carries its code' },
  docs: {
    ja: '社会福祉法第106条の4第2項の各号は、地域包括支援センターの運営（第1号イ）、障害者相談支援事業（第1号ロ）、利用者支援事業（第1号ハ）、生活困窮者自立相談支援事業（第1号ニ）、参加支援事業（第2号）、地域介護予防活動支援事業（第3号イ）、生活支援体制整備事業（第3号ロ）、地域活動支援センター事業（第3号ハ）、地域子育て支援拠点事業（第3号ニ）、アウトリーチ等を通じた継続的支援事業（第4号）、多機関協働事業（第5号）、支援プラン作成（第6号）と、法定の名前を持ちます。事業や取組の名称にこれらの名前（schemas/codes.json の「名称の手がかり」）があるのに、その号が付いていない（取組は親の事業から引き継いだ号も見ます）ときは、号の付け誤りの疑いとして警告します。名称が複数の号の名前を含むときはそのどれかが付いていればよく、親の事業の号と違っても、その号を取組が付けていれば警告しません。',
    en: 'The categories of 社会福祉法第106条の4第2項 have statutory names (地域包括支援センターの運営 for 第1号イ, 障害者相談支援事業 for 第1号ロ, … 支援プラン作成 for 第6号). When a 事業 or 取組 name contains one of them (the 名称の手がかり of schemas/codes.json) but the code is not carried (a 取組 counts the codes it inherits), the code is probably mistyped. A name that names several categories needs only one of their codes, and a parent 事業 whose 取組 carry the named code is not reported.',
  },
  messages: {
    ja: {
      mismatch: '「{name}」は{expected}の名前を含みますが、号は{actual}です。{expected}ではありませんか（{provision}）',
    },
    en: {
      mismatch: '"{name}" contains the name of {expected}, but its codes are {actual}; is it {expected}? ({provision})',
    },
  },
  check(ctx) {
    for (const { business, path, inheritedCodes } of walkBusinesses(ctx.plan)) {
      if (typeof business.名称 !== 'string') continue;
      const named = codesNamedIn(business.名称);
      const carried = new Set([...canonicalCodes(inheritedCodes), ...descendantCodes(business)]);
      if (named.length === 0 || carried.size === 0 || named.some((c) => carried.has(c))) continue;
      const sep = ctx.lang === 'en' ? ', ' : '、';
      const own = Array.isArray(business.号) && business.号.length > 0;
      ctx.report({
        path: [...path, own ? '号' : '名称'], messageId: 'mismatch', url: provisionUrl(codeEntry(named[0])!),
        params: {
          name: business.名称, expected: named.join(sep), actual: [...carried].join(sep),
          provision: named.map((c) => codeEntry(c)!.provision).join(sep),
        },
      });
    }
  },
};
