import { codeEntry } from '../check/codes.js';
import type { PlanDiff } from './plan-diff.js';
import type { DiffSummary } from './summary.js';
import type { Line, Row, RowKind, Unit } from './types.js';
import { ELIDED } from './collector.js';
import type { SummaryLine } from './text.js';

/** Which column comes first: 改正後｜改正前 (national practice) or 改正前｜改正後 (--order old-new). */
export type ColumnOrder = 'new-old' | 'old-new';

export interface RowView { kind: RowKind; label?: string; left: Line[]; right: Line[] }
/** A table under a heading: level 2 for a part of the plan, 3 for the 事業 of one 号 (its own table, so
 * its heading stays with its rows across a page break). */
export interface SectionView { title: string; level: 2 | 3; rows: RowView[] }

/** The 新旧対照表 as the HTML and Markdown templates see it. */
export interface DiffDocumentView {
  title: string; municipality?: string; otherMunicipality?: string; revision?: { date: string; content?: string };
  oldSource: string; newSource: string; left: string; right: string;
  summary: DiffSummary; summaryLines: SummaryLine[];
  identical: boolean; sections: SectionView[];
}

export interface Sources { old: string; new: string }

const SECTION_TITLES: Record<Unit['group'], string> = { plan: '計画の概要', chapter: '本文（章・節）', business: '事業（社会福祉法第106条の4第2項各号別）', meeting: '会議' };

export function diffDocument(diff: PlanDiff, summary: DiffSummary, sources: Sources, order: ColumnOrder, summaryLines: SummaryLine[]): DiffDocumentView {
  const newFirst = order === 'new-old';
  const side = (r: Row): Pick<RowView, 'left' | 'right'> => (newFirst ? { left: r.after, right: r.before } : { left: r.before, right: r.after });
  const sections: SectionView[] = [];
  for (const group of ['plan', 'chapter', 'business', 'meeting'] as const) {
    const units = diff.units.filter((u) => u.group === group);
    if (units.length === 0) continue;
    let current: SectionView = { title: SECTION_TITLES[group], level: 2, rows: [] };
    sections.push(current);
    let lastCode: string | undefined;
    for (const u of units) {
      if (u.changes.length === 0) {
        elide(current.rows);
        continue;
      }
      if (group === 'business' && u.code !== lastCode) {
        const entry = u.code ? codeEntry(u.code) : undefined;
        current = { title: entry ? `${entry.code}　${entry.name}（${entry.provision}）` : '号の記載のない事業', level: 3, rows: [] };
        sections.push(current);
        lastCode = u.code;
      }
      for (const r of u.rows) {
        if (r.kind === 'elided') elide(current.rows);
        else current.rows.push({ kind: r.kind, label: r.label, ...side(r) });
      }
    }
  }
  const municipality = summary.municipality.new ?? summary.municipality.old;
  // A level-2 heading whose rows all moved to the 号 tables below has no table of its own.
  const shown = sections.filter((sec) => sec.rows.length > 0 || sec.level === 2);
  return {
    title: summary.title.new ?? summary.title.old ?? '', municipality,
    otherMunicipality: summary.municipality.same ? undefined : summary.municipality.old,
    revision: summary.revision, oldSource: sources.old, newSource: sources.new,
    left: newFirst ? '改正後' : '改正前', right: newFirst ? '改正前' : '改正後',
    summary, summaryLines, identical: diff.changes.length === 0, sections: shown,
  };
}

/** Untouched rows and units in a run are one （略） row. */
function elide(rows: RowView[]): void {
  if (rows[rows.length - 1]?.kind === 'elided') return;
  rows.push({ kind: 'elided', left: [[{ text: ELIDED }]], right: [[{ text: ELIDED }]] });
}
