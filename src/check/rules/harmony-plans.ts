import { asList, isObject } from '../../plan.js';
import { paragraph, statutoryPlans } from '../law.js';
import type { Rule } from '../rule.js';

/** 関係 that do not say the plan is set against the other one. */
const NOT_HARMONY = new Set(['その他']);

export const harmonyPlans: Rule = {
  id: 'harmony-plans',
  severity: 'warning',
  description: { ja: '法第106条の5第3項が調和を求める4つの計画を、関連計画に関係付きで挙げている', en: 'The four plans 法第106条の5第3項 requires harmony with are named among the 関連計画 with a relation' },
  docs: {
    ja: '社会福祉法第106条の5第3項は、計画が市町村地域福祉計画、介護保険事業計画、障害福祉計画、子ども・子育て支援事業計画と「調和が保たれたものでなければならない」と定めます。関連計画のうちどれがその計画に当たるかを「法定計画」に書き、「関係」（調和・整合・上位計画など、その他以外）を書くと、4つそろっているか確かめます。市町村が策定していない計画は「未策定の法定計画」に書きます。調和は義務ですが、計画書が計画名を挙げていないことは調和していないことの証明ではなく、法定計画に当たると書かれていない計画名（例：○○プラン）を推測で当てることもできないため、このルールは警告です。エラーにしたい場合は jusou.config.yaml で harmony-plans を error にします。',
    en: '社会福祉法第106条の5第3項 says the plan must be in harmony with the 市町村地域福祉計画, 介護保険事業計画, 障害福祉計画 and 子ども・子育て支援事業計画. Say which 関連計画 is which in 法定計画 and give a 関係 (調和, 整合, 上位計画 …, anything but その他); the rule checks all four are there. A plan the municipality does not have goes in 未策定の法定計画. Harmony is a must, but a plan document that does not name a plan does not prove disharmony, and a plan name the document does not identify (e.g. a ○○プラン) cannot be guessed, so this is a warning; set harmony-plans to error in jusou.config.yaml to enforce it.',
  },
  messages: {
    ja: {
      missing: '{provision}が調和を求める計画のうち、{plans}が関連計画にありません',
      missingNote: '該当する関連計画に「法定計画」と「関係」（調和など）を書いてください。策定していない計画は「未策定の法定計画」に書きます',
      noRelation: '法定計画（{plans}）の関連計画に、本計画との関係（調和など）がありません（{provision}）',
    },
    en: {
      missing: 'of the plans {provision} requires harmony with, {plans} {verb} not among the 関連計画',
      missingNote: 'give the matching 関連計画 a 法定計画 and a 関係 (調和 …); list a plan the municipality does not have in 未策定の法定計画',
      noRelation: 'the 関連計画 for {plans} gives no relation to this plan (調和 …) ({provision})',
    },
  },
  check(ctx) {
    const info = ctx.plan.計画;
    if (!isObject(info) || ctx.broken(['計画', '関連計画'])) return;
    const { provision, url } = paragraph('第3項');
    const covered = new Set<string>();
    const related = Array.isArray(info.関連計画) ? info.関連計画 : [];
    related.forEach((r, i) => {
      if (!isObject(r)) return;
      const kinds = asList<unknown>(r.法定計画).filter((k): k is string => typeof k === 'string');
      if (!kinds.length) return;
      const relations = asList<unknown>(r.関係).filter((x) => typeof x === 'string' && !NOT_HARMONY.has(x));
      if (relations.length) kinds.forEach((k) => covered.add(k));
      else ctx.report({ path: ['計画', '関連計画', i], target: 'key', messageId: 'noRelation', params: { plans: kinds.join('・'), provision }, url });
    });
    for (const a of Array.isArray(info.未策定の法定計画) ? info.未策定の法定計画 : []) {
      if (isObject(a) && typeof a.法定計画 === 'string') covered.add(a.法定計画);
    }
    const missing = statutoryPlans().map((p) => p.name).filter((n) => !covered.has(n));
    if (!missing.length) return;
    ctx.report({
      path: Array.isArray(info.関連計画) ? ['計画', '関連計画'] : ['計画'], target: 'key', messageId: 'missing', noteId: 'missingNote',
      params: { provision, plans: missing.join(ctx.lang === 'en' ? ', ' : '・'), verb: missing.length > 1 ? 'are' : 'is' }, url,
    });
  },
};
