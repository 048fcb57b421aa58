import { asList, walkBusinesses } from '../../plan.js';
import type { Rule } from '../rule.js';

const CONTRACTED = ['委託', '一部委託'];
const UNSTATED = '記載なし';
/** 「記載無し」「記載ナシ」「記載無」: the planner meant 記載なし, which the check and the renderer know. */
const UNSTATED_VARIANT = /^\s*記載\s*(無し|無|ナシ|なし)\s*$/;

export const consigneeStated: Rule = {
  id: 'consignee-stated',
  severity: 'warning',
  description: { ja: '委託で実施する事業は、委託先を書くか「記載なし」と明示する', en: 'A contracted 事業 names its 委託先 or says explicitly that the plan does not' },
  docs: {
    ja: '法第106条の4第5項により、市町村は事業を社会福祉法人などに委託できます。実施方式が委託（一部委託）の事業は、だれが実施するのかが住民にとって重要なので、計画書にある委託先を書きます。計画書に委託先の記載がない場合は、値を推測せず「委託先: 記載なし」と明示します。逆に、委託先があるのに方式に委託がない場合も知らせます。「記載無し」などの書き方は「記載なし」に直せます（--fix）。委託先が1つなら「委託先: 社会福祉法人○○」と文字列で書けます。',
    en: 'Under 法第106条の4第5項 a municipality may contract a 事業 out. For a 委託 (or 一部委託) 事業, who runs it matters to residents, so the plan\'s 委託先 are recorded; where the plan names none, say so with 委託先: 記載なし instead of guessing. A 委託先 without 委託 among the 方式 is reported too. Spellings such as 記載無し are fixed to 記載なし (--fix). One 委託先 may be written as a plain string.',
  },
  messages: {
    ja: {
      missing: '実施方式が「{method}」ですが、委託先がありません',
      missingNote: '計画書に委託先の記載がなければ「委託先: 記載なし」と書いてください',
      noMethod: '委託先がありますが、方式に「委託」がありません',
      unstatedSpelling: '「{value}」は「記載なし」と書いてください',
    },
    en: {
      missing: 'the 実施方式 is "{method}" but no 委託先 is given',
      missingNote: 'if the plan names none, write 委託先: 記載なし',
      noMethod: 'a 委託先 is given but 方式 does not include 委託',
      unstatedSpelling: 'write "{value}" as 記載なし',
    },
  },
  fixable: true,
  check(ctx) {
    for (const { business, path } of walkBusinesses(ctx.plan)) {
      const m = business.実施方式;
      if (!m || typeof m !== 'object' || !Array.isArray(m.方式)) continue;
      const contracted = m.方式.filter((x) => CONTRACTED.includes(x));
      const consignees = asList(m.委託先);
      const unstated = consignees.length === 1 && typeof consignees[0] === 'string' && UNSTATED_VARIANT.test(consignees[0]);
      if (unstated && consignees[0] !== UNSTATED) {
        const path2 = [...path, '実施方式', '委託先', ...(Array.isArray(m.委託先) ? [0] : [])];
        ctx.report({ path: path2, messageId: 'unstatedSpelling', params: { value: consignees[0] }, fix: { path: path2, values: [UNSTATED] } });
      }
      if (contracted.length > 0 && m.委託先 === undefined) {
        ctx.report({ path: [...path, '実施方式'], target: 'key', messageId: 'missing', noteId: 'missingNote', params: { method: contracted.join('・') } });
      }
      if (contracted.length === 0 && consignees.length > 0 && !unstated) {
        ctx.report({ path: [...path, '実施方式', '委託先'], target: 'key', messageId: 'noMethod' });
      }
    }
  },
};
