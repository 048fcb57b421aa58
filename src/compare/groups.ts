import { codeTable } from '../check/codes.js';
import { yearSpan } from './charts.js';
import { KINDS, type MunicipalityFacts } from './model.js';
import { implementerView, type ImplementerView } from './view.js';

/**
 * Many plans (a prefecture's, or the national 1,741): a summary per 都道府県, then one page per 都道府県
 * with a row per municipality, since a column each would not fit any page.
 */
export interface CodeHead { code: string; name: string }
export interface CountCell { n: number; all: boolean; none: boolean }
export interface PrefectureSummaryView { anchor: string; name: string; count: number; perCode: CountCell[]; complete: number; support: number; jusou: number; allComplete: boolean }
export interface CompactCell { missing: boolean; mark: string; title: string }
export interface PeriodMark { x: number; width: number; openStart: boolean; none: boolean; text: string }
export interface CompactRowView { code: string; name: string; period: PeriodMark; cells: CompactCell[]; kinds: string; support: boolean; jusou: boolean; missingCount: number }
export interface PrefecturePageView { anchor: string; name: string; summary: PrefectureSummaryView; rows: CompactRowView[] }
export interface GroupedView { codes: CodeHead[]; summaries: PrefectureSummaryView[]; total: PrefectureSummaryView; pages: PrefecturePageView[]; axis: { from: number; to: number; ticks: { x: number; label: string }[] } }

const ABBR: Record<string, string> = { 直営: '直', 委託: '委', 一部委託: '部', 補助: '補' };
const KIND_ABBR: Record<string, string> = { 継続: '継', 既存: '既', 新規: '新', 新たな機能: '機', 未記載: '未' };
/** Width of the period cell's drawing, in its own units. */
const PERIOD_WIDTH = 100;

export function groupedView(all: readonly MunicipalityFacts[]): GroupedView {
  const codes = codeTable().codes.filter((c) => c.mandated).map((c) => ({ code: c.code, name: c.name }));
  const byPrefecture = new Map<string, MunicipalityFacts[]>();
  for (const m of all) byPrefecture.set(m.prefecture, [...(byPrefecture.get(m.prefecture) ?? []), m]);
  const span = yearSpan(all.map((m) => ({ label: m.name, start: m.start, end: m.end })));
  const unit = PERIOD_WIDTH / (span.to - span.from + 1);
  const pages = [...byPrefecture].map(([name, ms], i) => {
    const anchor = `pref-${i + 1}`;
    return { anchor, name, summary: summarize(anchor, name, ms, codes), rows: ms.map((m) => compactRow(m, codes, span.from, unit)) };
  });
  const ticks = [];
  for (let y = span.from; y <= span.to; y++) ticks.push({ x: (y - span.from) * unit, label: String(y % 100).padStart(2, '0') });
  return { codes, summaries: pages.map((p) => p.summary), total: summarize('', '全国（合計）', all, codes), pages, axis: { ...span, ticks } };
}

function summarize(anchor: string, name: string, ms: readonly MunicipalityFacts[], codes: CodeHead[]): PrefectureSummaryView {
  const perCode = codes.map(({ code }) => {
    const n = ms.filter((m) => m.byCode.has(code)).length;
    return { n, all: n === ms.length, none: n === 0 };
  });
  const complete = ms.filter((m) => m.missingMandated.length === 0).length;
  return {
    anchor, name, count: ms.length, perCode, complete, allComplete: complete === ms.length,
    support: ms.filter((m) => m.supportMeetings.length > 0).length, jusou: ms.filter((m) => m.jusouMeetings.length > 0).length,
  };
}

function compactRow(m: MunicipalityFacts, codes: CodeHead[], from: number, unit: number): CompactRowView {
  const cells = codes.map(({ code }) => {
    const items = (m.byCode.get(code) ?? []).map(implementerView);
    return { missing: items.length === 0, mark: mark(items), title: items.map((i) => i.name).join('、') };
  });
  const none = m.start === undefined && m.end === undefined;
  const start = m.start ?? from;
  const end = m.end ?? start;
  return {
    code: m.code, name: m.name, cells, missingCount: cells.filter((c) => c.missing).length,
    period: { x: (start - from) * unit, width: Math.max((end - start + 1) * unit, 2), openStart: m.start === undefined && !none, none, text: none ? '記載なし' : `${m.start ?? ''}～${m.end ?? ''}` },
    kinds: KINDS.filter((k) => m.kinds.get(k)).map((k) => `${KIND_ABBR[k]}${m.kinds.get(k)}`).join(' ') || `0`,
    support: m.supportMeetings.length > 0, jusou: m.jusouMeetings.length > 0,
  };
}

/** 「委」 for one 事業 run by 委託, 「直委2」 for two 事業 run 直営 and 委託, 「○」 when no 方式 is given; 「×」 missing. */
function mark(items: ImplementerView[]): string {
  if (items.length === 0) return '×';
  const methods = new Set(items.flatMap((i) => (i.methods ?? '').split('・').filter(Boolean)));
  const abbr = Object.keys(ABBR).filter((k) => methods.has(k)).map((k) => ABBR[k]).join('') || '○';
  return `${abbr}${items.length > 1 ? items.length : ''}`;
}

