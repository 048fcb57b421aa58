import { isObject } from '../../plan.js';
import { formatYearMonth, monthIndex as months, yearMonth, type YearMonth } from '../../wareki.js';
import { paragraph } from '../law.js';
import type { Rule } from '../rule.js';

export const publicOpinion: Rule = {
  id: 'public-opinion',
  severity: 'warning',
  description: { ja: '計画（最新の改定）の策定にあたって意見を聴いた方法が書かれている', en: 'The plan (and its latest revision) says how residents\' and agencies\' views were heard' },
  docs: {
    ja: '社会福祉法第106条の5第2項は、計画を策定・変更するとき、地域住民、支援関係機関その他の関係者の意見を適切に反映するよう努めると定めます。「計画.意見聴取」に、パブリックコメント・協議会・説明会・アンケートなど計画書に書かれた方法を書きます。改定がある場合、最新の改定の年月までの期間（1つ前の策定・改定の翌月から）に年月のある意見聴取がなければ、その改定についても知らせます（年月のない意見聴取が1つでもあれば、改定の分は知らせません）。努力義務なので警告です。計画書に記載がなければ、警告はそのまま残ります。',
    en: '社会福祉法第106条の5第2項 asks the municipality to endeavour to reflect the views of residents, agencies and others when it makes or changes the plan. Record in 計画.意見聴取 how views were heard (パブリックコメント, 協議会, 説明会, アンケート …) as the plan states. With revisions, the latest 改定 is reported too when no dated 意見聴取 falls after the previous adoption or revision and no later than that 改定 (an undated 意見聴取 is given the benefit of the doubt). A duty to endeavour, so a warning; where the plan says nothing, the warning is true.',
  },
  messages: {
    ja: {
      missing: '計画の策定にあたって意見を聴いた方法（意見聴取）がありません（{provision}）',
      missingNote: '「計画.意見聴取」に、パブリックコメント・協議会・説明会・アンケートなど計画書に書かれた方法を書いてください',
      revision: '{revision}の改定について、意見聴取がありません（{provision}）',
    },
    en: {
      missing: 'the plan does not say how views were heard (意見聴取) ({provision})',
      missingNote: 'record in 計画.意見聴取 the methods the plan states: パブリックコメント, 協議会, 説明会, アンケート …',
      revision: 'no 意見聴取 is recorded for the revision of {revision} ({provision})',
    },
  },
  check(ctx) {
    const info = ctx.plan.計画;
    if (!isObject(info) || ctx.broken(['計画', '意見聴取'])) return;
    const { provision, url } = paragraph('第2項');
    const heard = Array.isArray(info.意見聴取) ? info.意見聴取.filter(isObject) : [];
    if (!heard.length) {
      ctx.report({ path: ['計画'], target: 'key', messageId: 'missing', noteId: 'missingNote', params: { provision }, url });
      return;
    }
    const dates = heard.map((h) => yearMonth(h.年月));
    if (dates.some((d) => d === undefined)) return;
    const revisions = (Array.isArray(info.改定) ? info.改定 : [])
      .map((r, i) => ({ i, ym: yearMonth(isObject(r) ? r.年月 : undefined) }))
      .filter((r): r is { i: number; ym: YearMonth } => r.ym !== undefined)
      .sort((a, b) => months(a.ym) - months(b.ym));
    const latest = revisions.at(-1);
    if (!latest) return;
    const before = revisions.at(-2)?.ym ?? yearMonth(info.策定);
    const from = before ? months(before) : -Infinity;
    if (dates.some((d) => months(d!) > from && months(d!) <= months(latest.ym))) return;
    ctx.report({ path: ['計画', '改定', latest.i], target: 'key', messageId: 'revision', params: { revision: formatYearMonth(latest.ym), provision }, url });
  },
};
