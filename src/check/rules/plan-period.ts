import { fiscalYear, formatFiscalYear, formatYearMonth, yearMonth } from '../../wareki.js';
import type { Rule, RuleContext } from '../rule.js';

export const planPeriod: Rule = {
  id: 'plan-period',
  severity: 'error',
  description: { ja: '計画期間と策定・改定年月の前後関係が正しく、期間の記載と合っている', en: 'Plan period and dates are in order and agree with the stated period' },
  docs: {
    ja: '計画期間の開始年度は終了年度より後にはできません。和暦と西暦は令和元年＝2019年、平成元年＝1989年として読みます（年度は4月1日から翌年3月31日まで）。期間の記載と開始・終了年度の食い違い、改定が策定より前になっている場合も知らせます（存在しない和暦は era-year が知らせます）。',
    en: 'The first 年度 of the period may not come after the last. 和暦 and 西暦 are read with 令和元年 = 2019 and 平成元年 = 1989 (a 年度 runs 1 April to 31 March). A 記載 that disagrees with 開始年度/終了年度, and a revision dated before the plan are reported too (a 和暦 that never existed is reported by era-year).',
  },
  messages: {
    ja: {
      reversed: '計画期間の開始年度（{start}）が終了年度（{end}）より後になっています',
      statedMismatch: '期間の記載「{stated}」は{which}を{statedYear}としていますが、{field}は{actual}です',
      revisionBeforeAdoption: '改定年月（{revision}）が策定年月（{adopted}）より前です',
      adoptedAfterEnd: '策定年月（{adopted}）が計画期間の終わり（{end}末）より後です',
      start: '開始年度', end: '終了年度',
    },
    en: {
      reversed: 'the period starts ({start}) after it ends ({end})',
      statedMismatch: 'the stated period "{stated}" gives {which} as {statedYear}, but {field} is {actual}',
      revisionBeforeAdoption: 'the revision ({revision}) is dated before the plan was adopted ({adopted})',
      adoptedAfterEnd: 'the plan is adopted ({adopted}) after its period ends (end of {end})',
      start: 'the start', end: 'the end',
    },
  },
  check(ctx) {
    const info = ctx.plan.計画;
    const period = info?.期間;
    const start = fiscalYear(period?.開始年度);
    const end = fiscalYear(period?.終了年度);
    if (start !== undefined && end !== undefined && start > end) {
      ctx.report({ path: ['計画', '期間', '開始年度'], messageId: 'reversed', params: { start: formatFiscalYear(start), end: formatFiscalYear(end) } });
    }
    if (typeof period?.記載 === 'string') checkStated(ctx, period.記載, start, end);
    const adopted = yearMonth(info?.策定);
    (Array.isArray(info?.改定) ? info.改定 : []).forEach((r, i) => {
      const revised = yearMonth(r?.年月);
      if (adopted && revised && revised.year * 12 + revised.month < adopted.year * 12 + adopted.month) {
        ctx.report({ path: ['計画', '改定', i, '年月'], messageId: 'revisionBeforeAdoption', params: { revision: formatYearMonth(revised), adopted: formatYearMonth(adopted) } });
      }
    });
    // A 年度 ends on 31 March of the following year.
    if (adopted && end !== undefined && (adopted.year > end + 1 || (adopted.year === end + 1 && adopted.month > 3))) {
      ctx.report({ path: ['計画', '策定'], messageId: 'adoptedAfterEnd', params: { adopted: formatYearMonth(adopted), end: formatFiscalYear(end) } });
    }
  },
};

/** 「令和４年度～６年度」: the first 和暦 年度 is the start; a later bare 「６年度」 in the same era is the end. */
function checkStated(ctx: RuleContext, stated: string, start?: number, end?: number) {
  const text = stated.normalize('NFKC');
  const first = /(令和|平成)(\d{1,2}|元)年度/.exec(text);
  if (!first) return;
  const statedStart = fiscalYear(first[0]);
  const rest = text.slice(first.index + first[0].length);
  const second = /[~〜～ー-]\s*(?:(令和|平成)?(\d{1,2}|元)年度)/.exec(rest);
  const statedEnd = second ? fiscalYear(`${second[1] ?? first[1]}${second[2]}年度`) : undefined;
  const path = ['計画', '期間', '記載'];
  const report = (which: 'start' | 'end', statedYear: number, actual: number) =>
    ctx.report({
      path, messageId: 'statedMismatch',
      params: { stated, which: ctx.lang === 'en' ? planPeriod.messages.en[which] : planPeriod.messages.ja[which], statedYear: formatFiscalYear(statedYear), field: which === 'start' ? '開始年度' : '終了年度', actual: formatFiscalYear(actual) },
    });
  if (statedStart !== undefined && start !== undefined && statedStart !== start) report('start', statedStart, start);
  if (statedEnd !== undefined && end !== undefined && statedEnd !== end) report('end', statedEnd, end);
}
