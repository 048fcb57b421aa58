import type { DataPath } from '../../diagnostic.js';
import { isObject } from '../../plan.js';
import { fiscalYear, formatFiscalYear, formatYearMonth, inEra, lastFiscalYearOf, readEra, yearMonth } from '../../wareki.js';
import type { Rule, RuleContext } from '../rule.js';

/** 第106条の4 took effect on 令和3年4月1日 (2021): no plan for the project is older. */
const FIRST_YEAR = 2021;
/** Beyond this a 年度 is a slip (令和32年度 = 2050), not a plan: plans run three to five years. */
const LAST_YEAR = 2050;

interface DateField { path: DataPath; value: unknown; kind: '年度' | '年月'; field: string; planLife: boolean }

/** Where the schema has a 年度 or 年月: the plan's own dates count against the life of the project. */
function dateFields(ctx: RuleContext): DateField[] {
  const info = isObject(ctx.plan.計画) ? ctx.plan.計画 : {};
  const period = isObject(info.期間) ? info.期間 : {};
  const out: DateField[] = [
    { path: ['計画', '期間', '開始年度'], value: period.開始年度, kind: '年度', field: '開始年度', planLife: true },
    { path: ['計画', '期間', '終了年度'], value: period.終了年度, kind: '年度', field: '終了年度', planLife: true },
    { path: ['計画', '策定'], value: info.策定, kind: '年月', field: '策定', planLife: true },
  ];
  (Array.isArray(info.改定) ? info.改定 : []).forEach((r, i) => {
    if (isObject(r)) out.push({ path: ['計画', '改定', i, '年月'], value: r.年月, kind: '年月', field: '改定', planLife: true });
  });
  // A 会議 may well be older than the project (a 協議会 set up in 平成24年): only its 和暦 is judged.
  (Array.isArray(ctx.plan.会議) ? ctx.plan.会議 : []).forEach((m, i) => {
    if (isObject(m)) out.push({ path: ['会議', i, '設置'], value: m.設置, kind: '年月', field: '設置', planLife: false });
  });
  return out.filter((f) => f.value !== undefined);
}

export const eraYear: Rule = {
  id: 'era-year',
  severity: 'error',
  description: { ja: '年度・年月の和暦が実在し、計画の年が事業の存続期間に収まる', en: 'Every 和暦 年度 and 年月 existed, and plan years fall within the life of the project' },
  docs: {
    ja: '和暦は元号ごとに期間が決まっています（昭和は64年1月7日まで、平成は31年4月30日まで、令和は元年5月1日から）。平成32年度や令和0年度のように存在しない和暦は、読み違えのもとなので誤りとし、意図したと思われる年を示します（最初の年は「元年」と書きます。平成31年度は令和元年度と同じ年度として認めます）。また、重層的支援体制整備事業は社会福祉法第106条の4（令和3年4月1日施行）による事業なので、計画期間・策定・改定の年が令和3年（2021年）より前、または2050年（令和32年）より後のときも誤りとします。会議の設置年月は事業より古くてよいので、和暦だけを確かめます。',
    en: 'Each era has fixed bounds (昭和 to 64年1月7日, 平成 to 31年4月30日, 令和 from 元年5月1日). A 和暦 that never existed, such as 平成32年度 or 令和0年度, is an error and the year probably meant is suggested (the first year is written 元年; 平成31年度 is accepted as the same 年度 as 令和元年度). The project rests on 社会福祉法第106条の4, in force from 令和3年4月1日, so a plan period, adoption or revision before 2021 or after 2050 (令和32年) is an error too. A meeting may be older than the project, so only the 和暦 of its 設置 is checked.',
  },
  messages: {
    ja: {
      pastEra: '「{value}」は存在しない和暦です（{era}は{last}まで）。{suggestion}のことですか',
      beforeEra: '「{value}」は存在しない和暦です（{era}は{first}から）。{suggestion}のことですか',
      zeroYear: '「{value}」は存在しない和暦です。最初の年は「{first}」と書きます',
      beforeProject: '{field}の「{value}」は、重層的支援体制整備事業（社会福祉法第106条の4、令和3年4月1日施行）が始まる前です',
      tooFar: '{field}の「{value}」は先すぎます（{limit}まで）。年の書き誤りではありませんか',
    },
    en: {
      pastEra: '"{value}" never existed ({era} ended in {last}); did you mean {suggestion}?',
      beforeEra: '"{value}" never existed ({era} began in {first}); did you mean {suggestion}?',
      zeroYear: '"{value}" never existed; the first year is written {first}',
      beforeProject: '{field} "{value}" is before the project began (社会福祉法第106条の4, in force from 令和3年4月1日)',
      tooFar: '{field} "{value}" is implausibly far ahead (at most {limit}); is the year mistyped?',
    },
  },
  check(ctx) {
    for (const f of dateFields(ctx)) {
      if (!eraExists(ctx, f)) continue;
      const year = f.kind === '年度' ? fiscalYear(f.value) : yearMonth(f.value)?.year;
      if (!f.planLife || year === undefined || (year >= FIRST_YEAR && year <= LAST_YEAR)) continue;
      // Formatted only for a finding: a Japanese-calendar format costs more than the whole check of a field.
      const params = { field: f.field, value: String(f.value), limit: formatFiscalYear(LAST_YEAR) };
      ctx.report({ path: f.path, messageId: year < FIRST_YEAR ? 'beforeProject' : 'tooFar', params });
    }
  },
};

/** Reports a 和暦 that never existed; true when the value is fine to read on (or is not 和暦). */
function eraExists(ctx: RuleContext, f: DateField): boolean {
  const r = readEra(f.value);
  if (!r || (f.kind === '年度') !== (r.month === undefined)) return true;
  const value = String(f.value);
  const era = r.era.name;
  if (r.n < 1) {
    ctx.report({ path: f.path, messageId: 'zeroYear', params: { value, first: inEra(r.era, r.era.base + 1, r.month) } });
    return false;
  }
  const year = r.era.base + r.n;
  if (r.month === undefined) {
    const last = lastFiscalYearOf(r.era);
    if (last === undefined || year <= last) return true;
    ctx.report({ path: f.path, messageId: 'pastEra', params: { value, era, last: inEra(r.era, last), suggestion: formatFiscalYear(year) } });
    return false;
  }
  const ym = { year, month: r.month };
  const { start, end } = r.era;
  const at = year * 12 + r.month;
  const after = end !== undefined && at > end.y * 12 + end.m;
  if (!after && at >= start.y * 12 + start.m) return true;
  const params = {
    value, era, suggestion: formatYearMonth(ym),
    first: inEra(r.era, start.y, start.m), last: end && inEra(r.era, end.y, end.m),
  };
  ctx.report({ path: f.path, messageId: after ? 'pastEra' : 'beforeEra', params });
  return false;
}
