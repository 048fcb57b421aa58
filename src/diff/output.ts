import { markdownCell } from '../render/escape.js';
import { fontCss } from '../render/fonts.js';
import { template, templateText } from '../render/templates.js';
import type { DiffDocumentView } from './document.js';
import type { PlanDiff } from './plan-diff.js';
import type { DiffSummary } from './summary.js';
import type { DiffFormat, Line } from './types.js';

export type { DiffFormat };

let css: { print: string; diff: string } | undefined;

/** The shared print CSS (fonts, colours, page numbers: the plan document's) and the table's own rules. */
function styles(): { print: string; diff: string } {
  css ??= { print: `${fontCss()}\n${templateText('html', 'print.css')}`, diff: templateText('diff', 'html', 'diff.css') };
  return css;
}

export function diffHtml(doc: DiffDocumentView): string {
  const { print, diff } = styles();
  return template('diff/html', 'document')({ doc, css: print, diffCss: diff });
}

/** GitHub-flavoured Markdown for a pull request: the same table, 傍線 as <ins>. */
export function diffMarkdown(doc: DiffDocumentView): string {
  const withCells = {
    ...doc,
    sections: doc.sections.map((s) => ({ ...s, rows: s.rows.map((r) => ({ ...r, mdLeft: mdCell(r.label, r.left), mdRight: mdCell(r.label, r.right) })) })),
  };
  const raw = template('diff/md', 'document')({ doc: withCells });
  return `${raw.split('\n').map((l) => (l.trim() === '' ? '' : l)).join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/** One table cell: escaped text, marks as <ins> (GitHub shows it underlined), lines joined by <br>. */
function mdCell(label: string | undefined, lines: Line[]): string {
  const body = lines.map((l) => l.map((s) => (s.mark ? `<ins>${markdownCell(s.text)}</ins>` : markdownCell(s.text))).join('')).join('<br>');
  return label ? `〔${markdownCell(label)}〕<br>${body}` : body;
}

export interface DiffSide { file: string; municipality?: string; title?: string; period?: string }

/** The machine-readable change list (docs/diff.md describes the shape). */
export function diffJson(diff: PlanDiff, summary: DiffSummary, sides: { old: DiffSide; new: DiffSide }): string {
  const { period, ...rest } = summary;
  return `${JSON.stringify({ format: 'jusou-diff', version: 1, old: { ...sides.old, period: period.old }, new: { ...sides.new, period: period.new }, summary: rest, changes: diff.changes }, null, 2)}\n`;
}
