import { fiscalYear, formatFiscalYear, formatYearMonth, yearMonth } from '../wareki.js';

/** "2022-04" or "令和4年4月" → 「令和4年4月」; text that is not a 年月 is shown as written. */
export function formatPlanMonth(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const ym = yearMonth(value);
  return ym && ym.month >= 1 && ym.month <= 12 ? formatYearMonth(ym) : value;
}

/** 2022 → 「令和4年度（2022年度）」, so a reader sees both the 和暦 the plan uses and the 西暦. */
export function formatPlanFiscalYear(value: unknown): string | undefined {
  const year = fiscalYear(value);
  if (year === undefined) return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  return `${formatFiscalYear(year)}（${year}年度）`;
}

/** 開始年度 and 終了年度 as one phrase; either may be missing (a plan that runs 「策定から」 some year). */
export function formatPeriod(start: unknown, end: unknown): string | undefined {
  const from = formatPlanFiscalYear(start);
  const to = formatPlanFiscalYear(end);
  if (from && to) return `${from}から${to}まで`;
  if (from) return `${from}から`;
  if (to) return `${to}まで`;
  return undefined;
}
