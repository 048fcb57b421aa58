/**
 * 和暦 ↔ 西暦 for 年度 and 年月. Era start dates per domain.md: 令和 began 2019-05-01 (令和元年 = 2019),
 * 平成 1989-01-08, 昭和 1926-12-25. Formatting uses Intl's Japanese calendar.
 */
const ERAS = [
  { name: '令和', base: 2018, start: { y: 2019, m: 5 } },
  { name: '平成', base: 1988, start: { y: 1989, m: 1 } },
  { name: '昭和', base: 1925, start: { y: 1926, m: 12 } },
] as const;

export interface YearMonth { year: number; month: number }

function eraYear(s: string): number {
  return s === '元' ? 1 : Number(s.normalize('NFKC'));
}

/** 2025 or "令和7年度" → 2025; undefined when unreadable. */
export function fiscalYear(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value !== 'string') return undefined;
  const m = /^(令和|平成|昭和)([0-9０-９]{1,2}|元)年度$/.exec(value.trim());
  if (!m) return undefined;
  const era = ERAS.find((e) => e.name === m[1])!;
  const n = eraYear(m[2]);
  return n >= 1 ? era.base + n : undefined;
}

/** "2025-10" or "令和7年10月" → {2025, 10}. */
export function yearMonth(value: unknown): YearMonth | undefined {
  if (typeof value !== 'string') return undefined;
  const iso = /^(\d{4})-(\d{2})$/.exec(value);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]) };
  const m = /^(令和|平成|昭和)([0-9]{1,2}|元)年([0-9]{1,2})月$/.exec(value);
  if (!m) return undefined;
  const era = ERAS.find((e) => e.name === m[1])!;
  return { year: era.base + eraYear(m[2]), month: Number(m[3]) };
}

/** The era that was in force in a given month, to catch 「令和元年4月」 (that month was 平成31年). */
export function eraOf(ym: YearMonth): string | undefined {
  for (const e of ERAS) if (ym.year > e.start.y || (ym.year === e.start.y && ym.month >= e.start.m)) return e.name;
  return undefined;
}

export function eraNameOf(value: string): string | undefined {
  return ERAS.find((e) => value.startsWith(e.name))?.name;
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
