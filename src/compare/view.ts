import { provisionUrl } from '../check/codes.js';
import { stackedBar, timeline, type BarView, type TimelineView } from './charts.js';
import { KINDS, matrixCodes, METHODS, type Implementer, type MunicipalityFacts } from './model.js';

/** What the comparison templates show: every value already worded, nothing left to compute in Handlebars. */
/** meta: 「委託・支援機関10・長寿介護課」, what is known of the 事業 in one phrase. */
export interface ImplementerView { name: string; methods?: string; agencies?: number; departments?: string; meta?: string }
export interface CellView { missing: boolean; items: ImplementerView[] }
export interface MatrixRowView { code: string; name: string; href: string; mandated: boolean; cells: CellView[]; missingCount: number; shown: boolean }
export interface ColumnView { code: string; prefecture: string; name: string; planName: string }
export interface MunicipalitySummaryView {
  code: string; name: string; prefecture: string; kinds: BarView; methods: BarView; businessCount: number;
  support: string; hasSupport: boolean; jusou: string; hasJusou: boolean; meetingCount: number; missing: string;
}

export interface DetailedView { columns: ColumnView[]; rows: MatrixRowView[]; summaries: MunicipalitySummaryView[]; timeline: TimelineView }

export const KIND_CLASSES: Record<string, string> = { 継続: 'k1', 既存: 'k2', 新規: 'k3', 新たな機能: 'k4', 未記載: 'k5' };
export const METHOD_CLASSES: Record<string, string> = { 直営: 'm1', 委託: 'm2', 一部委託: 'm3', 補助: 'm4' };

export function implementerView(i: Implementer): ImplementerView {
  const methods = i.methods.join('・') || undefined;
  const departments = i.departments.join('、') || undefined;
  const meta = [methods, i.agencies !== undefined ? `支援機関${i.agencies}` : undefined, departments].filter(Boolean).join('・') || undefined;
  return { name: i.name, methods, agencies: i.agencies, departments, meta };
}

/** Up to a handful of plans: the 号 × 自治体 matrix in full, one column per municipality. */
export function detailedView(all: readonly MunicipalityFacts[]): DetailedView {
  const rows = matrixCodes().map((entry) => {
    const cells = all.map((m) => {
      const items = (m.byCode.get(entry.code) ?? []).map(implementerView);
      return { missing: entry.mandated && items.length === 0, items };
    });
    const used = cells.some((c) => c.items.length > 0);
    return { code: entry.code, name: entry.name, href: provisionUrl(entry), mandated: entry.mandated, cells, missingCount: cells.filter((c) => c.missing).length, shown: entry.mandated || used };
  });
  return {
    columns: all.map((m) => ({ code: m.code, prefecture: m.prefecture, name: m.name, planName: m.planName })),
    rows: rows.filter((r) => r.shown),
    summaries: summaries(all),
    timeline: timeline(all.map((m) => ({ label: m.name, start: m.start, end: m.end, text: m.periodText }))),
  };
}

/** Per municipality: 事業 by 区分, the 実施方式 mix (bars on one scale), and the meetings. */
export function summaries(all: readonly MunicipalityFacts[]): MunicipalitySummaryView[] {
  const kindMax = Math.max(1, ...all.map((m) => sum(m.kinds)));
  const methodMax = Math.max(1, ...all.map((m) => sum(m.methodMix)));
  return all.map((m) => ({
    code: m.code, name: m.name, prefecture: m.prefecture, businessCount: sum(m.kinds),
    kinds: stackedBar(KINDS.map((k) => ({ label: k, cls: KIND_CLASSES[k], count: m.kinds.get(k) ?? 0 })), kindMax),
    methods: stackedBar(METHODS.map((k) => ({ label: k, cls: METHOD_CLASSES[k], count: m.methodMix.get(k) ?? 0 })), methodMax),
    support: m.supportMeetings.join('、') || 'なし', hasSupport: m.supportMeetings.length > 0,
    jusou: m.jusouMeetings.join('、') || 'なし', hasJusou: m.jusouMeetings.length > 0,
    meetingCount: m.meetingCount, missing: m.missingMandated.join('・'),
  }));
}

export function sum(counts: Map<string, number>): number {
  let n = 0;
  for (const v of counts.values()) n += v;
  return n;
}
