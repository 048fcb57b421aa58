import { unplacedBusinesses } from '../../plan.js';
import type { Rule } from '../rule.js';

export const unplacedBusiness: Rule = {
  id: 'unplaced-business',
  severity: 'warning',
  description: { ja: 'すべての事業をどこかの章に掲載する', en: 'Every 事業 is placed in some chapter' },
  docs: {
    ja: '計画書では、実施する事業は「実施する事業」などの章に掲載されます。章（または節）の「事業」にIDが挙がっていない事業は、計画書のどこに書かれていたのかがわからず、印刷物では末尾の「各章に掲載されていない事業・会議」にまとめて置かれます。書き起こしのときに章への掲載を忘れたことが多いので、掲載する章の「事業」にその事業のIDを加えてください。取組は親の事業とともに掲載されるので、対象は最上位の事業だけです。',
    en: 'A plan prints its 事業 in a chapter such as 実施する事業. A 事業 whose ID no 章 (or 節) lists under 事業 has no place in the document: the renderer appends it under 各章に掲載されていない事業・会議. This usually means the placement was forgotten while transcribing; add the ID to the 事業 of the chapter that prints it. 取組 are placed with their parent, so only top-level 事業 are checked.',
  },
  messages: {
    ja: { unplaced: '事業「{name}」はどの章にも掲載されていません。掲載する章の「事業」にID「{id}」を加えてください' },
    en: { unplaced: 'the 事業 "{name}" is placed in no chapter; add its ID "{id}" to the 事業 of the chapter that prints it' },
  },
  check(ctx) {
    for (const { business, path } of unplacedBusinesses(ctx.plan)) {
      const id = typeof business.ID === 'string' ? business.ID : undefined;
      ctx.report({
        path: id ? [...path, 'ID'] : path, messageId: 'unplaced',
        params: { name: business.名称 ?? id ?? '', id: id ?? '' },
      });
    }
  },
};
