import { walkBusinesses } from '../../plan.js';
import type { Rule } from '../rule.js';

export const facilityCount: Rule = {
  id: 'facility-count',
  severity: 'warning',
  description: { ja: '支援機関の箇所数と、列挙した機関の数が一致する', en: 'A stated 箇所数 equals the number of agencies listed' },
  docs: {
    ja: '計画書は「地域包括支援センター（32か所）」のように箇所数を書き、機関名を列挙します。箇所数と列挙した機関の数が違うと、転記漏れか数の誤りです。このルールは、箇所数と機関名の両方がある支援機関のまとまりについて、数が一致しているかを確かめます（機関名を列挙していない場合は確かめません）。',
    en: 'Plans state a count (「32か所」) and list the agencies. When both are given and they differ, a name was dropped in transcription or the count is wrong. The rule compares them for every group that has both.',
  },
  messages: {
    ja: { mismatch: '箇所数は{count}ですが、機関は{listed}件列挙されています' },
    en: { mismatch: 'the 箇所数 is {count} but {listed} agencies are listed' },
  },
  check(ctx) {
    for (const { business, path } of walkBusinesses(ctx.plan)) {
      if (!Array.isArray(business.支援機関)) continue;
      business.支援機関.forEach((group, i) => {
        if (!group || typeof group.箇所数 !== 'number' || !Array.isArray(group.機関) || group.機関.length === 0) return;
        if (group.機関.length !== group.箇所数) {
          ctx.report({ path: [...path, '支援機関', i, '箇所数'], messageId: 'mismatch', params: { count: group.箇所数, listed: group.機関.length } });
        }
      });
    }
  },
};
