import { asList, isObject, walkBusinesses } from '../../plan.js';
import type { DataPath } from '../../diagnostic.js';
import type { Rule } from '../rule.js';

export const noteMarks: Rule = {
  id: 'note-marks',
  severity: 'warning',
  description: { ja: '事業・会議・支援機関の注記号（※1 など）が、計画のどこかの注の記号を指している', en: 'Every 注記号 (※1 …) on a 事業, 会議 or 支援機関 names the mark of some 注 in the plan' },
  docs: {
    ja: '計画書は※1や◎などの記号で、事業名や機関名に注を付けます。「注記号」はその記号を、章・節・事業の「注」の「記号」と結び付けます（2つの会議が1つの注を共有するときは、両方に同じ記号を書きます）。注記号に当たる注がなければ、読者は注を見つけられないため知らせます。記号は計画書の表記どおりに書き、注の記号と一字一句同じにします（※1 と ※１ は別の記号です）。',
    en: 'Plans mark a 事業 or an agency with ※1, ◎ and the like; 注記号 ties such a mark to the 記号 of a 注 of a 章, 節 or 事業 (two 会議 sharing one note carry the same mark). A mark no 注 carries leaves the reader without the note, so it is reported. Write marks as the plan prints them, exactly as the note\'s 記号 (※1 and ※１ differ).',
  },
  messages: {
    ja: { missing: '注記号「{mark}」に当たる注（記号「{mark}」）が計画にありません' },
    en: { missing: 'no 注 in the plan has the mark "{mark}" this 注記号 refers to' },
  },
  check(ctx) {
    const marks = new Set<string>();
    const collect = (notes: unknown) => {
      for (const n of Array.isArray(notes) ? notes : []) if (isObject(n) && typeof n.記号 === 'string') marks.add(n.記号);
    };
    const chapters = (list: unknown) => {
      for (const c of Array.isArray(list) ? list : []) if (isObject(c)) { collect(c.注); chapters(c.節); }
    };
    chapters(ctx.plan.章);
    for (const { business } of walkBusinesses(ctx.plan)) collect(business.注);
    const check = (v: unknown, path: DataPath) => {
      asList<unknown>(v).forEach((mark, i) => {
        if (typeof mark !== 'string' || marks.has(mark)) return;
        ctx.report({ path: Array.isArray(v) ? [...path, i] : path, messageId: 'missing', params: { mark } });
      });
    };
    for (const { business, path } of walkBusinesses(ctx.plan)) {
      check(business.注記号, [...path, '注記号']);
      (Array.isArray(business.支援機関) ? business.支援機関 : []).forEach((g, i) => { if (isObject(g)) check(g.注記号, [...path, '支援機関', i, '注記号']); });
    }
    (Array.isArray(ctx.plan.会議) ? ctx.plan.会議 : []).forEach((m, i) => { if (isObject(m)) check(m.注記号, ['会議', i, '注記号']); });
  },
};
