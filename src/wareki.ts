/**
 * 和暦 ↔ 西暦 for 年度 and 年月. Era start dates per domain.md: 令和 began 2019-05-01 (令和元年 = 2019),
 * 平成 1989-01-08, 昭和 1926-12-25. Formatting uses Intl's Japanese calendar.
 */
const ERAS: readonly Era[] = [
  { name: '令和', base: 2018, start: { y: 2019, m: 5 } },
  { name: '平成', base: 1988, start: { y: 1989, m: 1 }, end: { y: 2019, m: 4 } },
  { name: '昭和', base: 1925, start: { y: 1926, m: 12 }, end: { y: 1989, m: 1 } },
];

/** An era, its first and (for a past era) last month in 西暦. */
export interface Era { name: string; base: number; start: { y: number; m: number }; end?: { y: number; m: number } }

export interface YearMonth { year: number; month: number }

/** A 年月 as a count of months, so two can be compared or subtracted. */
export function monthIndex(ym: YearMonth): number {
  return ym.year * 12 + ym.month;
}

function eraYear(s: string): number {
  return s === '元' ? 1 : Number(s.normalize('NFKC'));
}

/** 2025, "2025年度" or "令和7年度" → 2025; undefined when unreadable (or 令和0年度, which never was). */
export function fiscalYear(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value !== 'string') return undefined;
  const western = /^([0-9０-９]{4})年度$/.exec(value.trim());
  if (western) return Number(western[1].normalize('NFKC'));
  const r = readEra(value);
  return r && r.month === undefined && r.n >= 1 ? r.era.base + r.n : undefined;
}

/** "2025-10" or "令和7年10月" → {2025, 10}. */
export function yearMonth(value: unknown): YearMonth | undefined {
  if (typeof value !== 'string') return undefined;
  const iso = /^(\d{4})-(\d{2})$/.exec(value);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]) };
  const r = readEra(value);
  return r && r.month !== undefined && r.n >= 1 ? { year: r.era.base + r.n, month: r.month } : undefined;
}

/** The era that was in force in a given month, to catch 「令和元年4月」 (that month was 平成31年). */
export function eraOf(ym: YearMonth): string | undefined {
  for (const e of ERAS) if (ym.year > e.start.y || (ym.year === e.start.y && ym.month >= e.start.m)) return e.name;
  return undefined;
}

export function eraNameOf(value: string): string | undefined {
  return ERAS.find((e) => value.startsWith(e.name))?.name;
}

/** A 和暦 年度 or 年月 read literally (平成32年度, 令和0年4月 included), for rules that judge it. */
export interface EraReading { era: Era; n: number; month?: number }

export function readEra(value: unknown): EraReading | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(令和|平成|昭和)([0-9０-９]{1,2}|元)年(?:度|([0-9０-９]{1,2})月)$/.exec(value.trim());
  if (!m) return undefined;
  return { era: ERAS.find((e) => e.name === m[1])!, n: eraYear(m[2]), month: m[3] === undefined ? undefined : eraYear(m[3]) };
}

/** A 西暦 year (and month) written in a given era, even one then over: (平成, 2019, 4) → 「平成31年4月」. */
export function inEra(era: Era, year: number, month?: number): string {
  const n = year - era.base;
  return `${era.name}${n === 1 ? '元' : n}年${month === undefined ? '度' : `${month}月`}`;
}

/**
 * The last 年度 named after a past era: the one that began in its last April or before (平成31年度 began
 * in 平成31年4月; 昭和 ended in January 1989, so its last 年度 is 昭和63年度).
 */
export function lastFiscalYearOf(era: Era): number | undefined {
  return era.end && (era.end.m >= 4 ? era.end.y : era.end.y - 1);
}

// Built on first use: creating a Japanese-calendar formatter costs ~20 ms, which every start would pay.
let yearFormat: Intl.DateTimeFormat | undefined;
let monthFormat: Intl.DateTimeFormat | undefined;

/**
 * 2025 → 「令和7年度」. A 年度 takes the era in force for most of it (FY2019 is 令和元年度 by usage,
 * though 令和 began on 1 May), so the date formatted is 1 June of its first year.
 */
export function formatFiscalYear(year: number): string {
  yearFormat ??= new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric' });
  return `${yearFormat.format(new Date(Date.UTC(year, 5, 1)))}度`;
}

/** {2025, 10} → 「令和7年10月」. */
export function formatYearMonth(ym: YearMonth): string {
  monthFormat ??= new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long' });
  return monthFormat.format(new Date(Date.UTC(ym.year, ym.month - 1, 15)));
}
