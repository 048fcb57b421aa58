import { formatFiscalYear } from '../wareki.js';

/**
 * Geometry of the comparison's charts, computed here and drawn by the templates as inline SVG: the page
 * needs no script and no network to show them, and they print as vectors.
 */
export interface Segment { x: number; cx: number; width: number; cls: string; label: string; count: number; showCount: boolean }
export interface BarView { width: number; height: number; segments: Segment[]; total: number; caption: string }

/** A stacked bar of counts, scaled so that `scaleMax` fills `width` (the same scale across municipalities). */
export function stackedBar(parts: { label: string; cls: string; count: number }[], scaleMax: number, width = 200, height = 14): BarView {
  let x = 0;
  const unit = scaleMax > 0 ? width / scaleMax : 0;
  const segments = parts.filter((p) => p.count > 0).map((p) => {
    const w = p.count * unit;
    const s = { x, cx: x + w / 2, width: w, cls: p.cls, label: p.label, count: p.count, showCount: w >= 12 };
    x += w;
    return s;
  });
  const total = parts.reduce((n, p) => n + p.count, 0);
  return { width, height, segments, total, caption: parts.filter((p) => p.count > 0).map((p) => `${p.label}${p.count}`).join('・') || 'なし' };
}

export interface TimelineBar { y: number; x: number; textX: number; width: number; label: string; text: string; openStart: boolean; none: boolean }
export interface TimelineView { width: number; height: number; left: number; ticks: { x: number; label: string; sub: string }[]; bars: TimelineBar[] }

export interface PeriodInput { label: string; start?: number; end?: number; text?: string }

/** The year span every period fits in (at least five years, so a single plan still reads as a timeline). */
export function yearSpan(periods: readonly PeriodInput[]): { from: number; to: number } {
  const years = periods.flatMap((p) => [p.start, p.end]).filter((y): y is number => y !== undefined);
  if (years.length === 0) return { from: 2021, to: 2026 };
  const from = Math.min(...years);
  return { from, to: Math.max(Math.max(...years), from + 4) };
}

/**
 * Plan periods on one 年度 axis. A plan without a 開始年度 (「策定から令和11年度まで」) is drawn open at the
 * left, one without any period is named and left without a bar.
 */
export function timeline(periods: readonly PeriodInput[], width = 1000, left = 150, rowHeight = 18): TimelineView {
  const { from, to } = yearSpan(periods);
  const unit = (width - left - 10) / (to - from + 1);
  const xOf = (year: number) => left + (year - from) * unit;
  const ticks = [];
  for (let y = from; y <= to; y++) ticks.push({ x: xOf(y), label: `${y}`, sub: formatFiscalYear(y).replace(/年度$/, '') });
  const bars = periods.map((p, i) => {
    const y = 26 + i * rowHeight;
    const none = p.start === undefined && p.end === undefined;
    const start = p.start ?? from;
    const end = p.end ?? to;
    // Years as the axis reads them; the plan's own words where the years are missing (「策定から令和11年度まで」).
    const years = `${p.start ?? ''}～${p.end ?? ''}年度`;
    const span = none ? (p.text ? `記載：${p.text}` : '期間の記載なし') : p.start !== undefined && p.end !== undefined ? years : `${years}${p.text ? `（${p.text}）` : ''}`;
    return { y, x: xOf(start), textX: none ? left + 4 : xOf(start) + 4, width: Math.max(unit * (end - start + 1), 2), label: p.label, text: span, openStart: p.start === undefined && !none, none };
  });
  return { width, height: 30 + periods.length * rowHeight, left, ticks, bars };
}
