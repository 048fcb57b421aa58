import { describe, expect, it } from 'vitest';
import { eraOf, fiscalYear, formatFiscalYear, formatYearMonth, yearMonth } from '../src/wareki.js';

describe('和暦', () => {
  it('reads 年度 in both calendars (令和元年 = 2019)', () => {
    expect(fiscalYear('令和元年度')).toBe(2019);
    expect(fiscalYear('令和7年度')).toBe(2025);
    expect(fiscalYear('令和７年度')).toBe(2025);
    expect(fiscalYear('平成30年度')).toBe(2018);
    expect(fiscalYear(2022)).toBe(2022);
    expect(fiscalYear('2022年度')).toBe(2022);
    expect(fiscalYear('２０２２年度')).toBe(2022);
    expect(fiscalYear('令和0年度')).toBeUndefined();
    expect(yearMonth('令和0年4月')).toBeUndefined();
  });

  it('reads 年月 in both calendars', () => {
    expect(yearMonth('2025-10')).toEqual({ year: 2025, month: 10 });
    expect(yearMonth('令和4年4月')).toEqual({ year: 2022, month: 4 });
    expect(yearMonth('平成24年10月')).toEqual({ year: 2012, month: 10 });
  });

  it('knows when 令和 began (1 May 2019)', () => {
    expect(eraOf({ year: 2019, month: 4 })).toBe('平成');
    expect(eraOf({ year: 2019, month: 5 })).toBe('令和');
  });

  it('formats with Intl (ja-JP-u-ca-japanese)', () => {
    expect(formatFiscalYear(2019)).toBe('令和元年度');
    expect(formatFiscalYear(2027)).toBe('令和9年度');
    expect(formatYearMonth({ year: 2025, month: 10 })).toBe('令和7年10月');
    expect(formatYearMonth({ year: 2012, month: 10 })).toBe('平成24年10月');
  });
});
