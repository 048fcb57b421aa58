import { loaderRuleDocs } from './load/rule-docs.js';

/** One diagnostic shape for every stage (loader, schema, rules), as in ESLint / vfile-message. */
export type Severity = 'error' | 'warning';

/** A data path into the plan, e.g. ['事業', 3, '号', 0]. */
export type DataPath = (string | number)[];

export interface Diagnostic {
  file: string;
  /** 1-based line and column of the start; 0 when the file has no usable position. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  rule: string;
  message: string;
  path: DataPath;
  /** A hint on how to fix it, shown under the message. */
  note?: string;
  /** Where to read more: the provision on e-Gov or the rule's documentation. */
  url?: string;
  /**
   * How `--fix` (and the editor's quick fix) would repair it: edits of the decoded text (BOM removed),
   * as offsets in UTF-16 code units, non-overlapping. Applied in one place (src/fix/).
   */
  fix?: TextEdit[];
  /** Set when an inline directive (`# jusou-disable…  -- 理由`) accepted this finding. */
  suppressed?: { justification: string };
}

/** A fix is data: replace text[start, end) with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export const NO_RANGE: Range = { line: 0, column: 0, endLine: 0, endColumn: 0 };

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}

const LOADER_RULES = new Set(loaderRuleDocs.map((r) => r.id));

/** Stable order for output: file, then position, the loader's findings (the cause) first, then rule. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  const loaderFirst = Number(!LOADER_RULES.has(a.rule)) - Number(!LOADER_RULES.has(b.rule));
  return a.line - b.line || a.column - b.column || loaderFirst || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/** Renders a data path the way a planner reads it: 事業[3].号[0]. */
export function formatPath(path: DataPath): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}
