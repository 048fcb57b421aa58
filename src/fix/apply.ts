import type { Diagnostic, TextEdit } from '../diagnostic.js';
import { loaderRuleDocs } from '../load/rule-docs.js';

/**
 * The one applier of fixes, for `jusou check --fix` and (later) the editor's quick fixes: pure functions
 * of text and edits. Offsets are UTF-16 code units into the decoded text (BOM removed).
 */
export interface ApplyResult {
  text: string;
  applied: number;
  /** Edits left out because they overlap one taken earlier; the next pass picks them up. */
  skipped: number;
}

/** Two edits collide when their ranges overlap, or both insert at the same point (their order is unknown). */
function collides(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

function byPosition(a: TextEdit, b: TextEdit): number {
  return a.start - b.start || a.end - b.end;
}

/** Applies the edits that do not overlap an earlier one (in text order); the rest are counted as skipped. */
export function applyEdits(text: string, edits: readonly TextEdit[]): ApplyResult {
  const taken = takeGroups(edits.map((e) => [e]));
  return { ...splice(text, taken.edits), skipped: taken.skipped };
}

/**
 * Groups of edits (one diagnostic's fix) are taken whole or not at all: splitting 第5号、第6号 is a
 * replacement and an insertion, and half of it would lose a value.
 */
export function applyFixes(text: string, fixes: readonly (readonly TextEdit[])[]): ApplyResult {
  const taken = takeGroups(fixes);
  return { ...splice(text, taken.edits), skipped: taken.skipped };
}

function takeGroups(groups: readonly (readonly TextEdit[])[]): { edits: TextEdit[]; skipped: number } {
  const valid = groups.filter((g) => g.length > 0);
  const first = (g: readonly TextEdit[]) => Math.min(...g.map((e) => e.start));
  const ordered = [...valid].sort((a, b) => first(a) - first(b));
  const edits: TextEdit[] = [];
  let skipped = 0;
  for (const group of ordered) {
    const clash = group.some((e, i) => e.start < 0 || e.end < e.start || edits.some((t) => collides(t, e)) || group.some((o, j) => j < i && collides(o, e)));
    if (clash) skipped += group.length;
    else edits.push(...group);
  }
  return { edits: edits.sort(byPosition), skipped };
}

function splice(text: string, sorted: readonly TextEdit[]): { text: string; applied: number } {
  const parts: string[] = [];
  let at = 0;
  let applied = 0;
  for (const e of sorted) {
    if (e.end > text.length) continue;
    parts.push(text.slice(at, e.start), e.text);
    at = e.end;
    applied++;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), applied };
}

export interface FixTextResult {
  text: string;
  /** Fixes applied over all passes. */
  applied: number;
  passes: number;
  /** The diagnostics of the returned text (the re-check after the last pass). */
  diagnostics: Diagnostic[];
  /** Set when the fixed text would no longer load (new loader errors): the original text is returned. */
  broken?: Diagnostic[];
}

export const MAX_PASSES = 10;
const STOPPING = new Set(loaderRuleDocs.filter((r) => r.stopsCheck).map((r) => r.id));

function loaderErrors(diagnostics: readonly Diagnostic[]): Map<string, number> {
  const count = new Map<string, number>();
  for (const d of diagnostics) if (STOPPING.has(d.rule)) count.set(d.rule, (count.get(d.rule) ?? 0) + 1);
  return count;
}

/**
 * Fix, re-check, repeat until nothing is left to fix (a fix may reveal or enable another), at most
 * MAX_PASSES times. Suppressed findings are not fixed. `crlf` rewrites line breaks the fixes add to the
 * file's CRLF, so one file does not end up with two kinds of line endings.
 */
export function fixText(text: string, check: (text: string) => Diagnostic[], options: { crlf?: boolean } = {}): FixTextResult {
  const initial = check(text);
  const before = loaderErrors(initial);
  let current = text;
  let diagnostics = initial;
  let applied = 0;
  let passes = 0;
  while (passes < MAX_PASSES) {
    const fixes = diagnostics.filter((d) => !d.suppressed && d.fix?.length).map((d) => d.fix!);
    if (fixes.length === 0) break;
    const r = applyFixes(current, fixes);
    const next = options.crlf ? r.text.replace(/\r?\n/g, '\r\n') : r.text;
    if (r.applied === 0 || next === current) break;
    passes++;
    applied += r.applied;
    current = next;
    diagnostics = check(current);
  }
  const after = loaderErrors(diagnostics);
  const broken = [...after].some(([rule, n]) => n > (before.get(rule) ?? 0));
  if (broken) return { text, applied: 0, passes, diagnostics: initial, broken: diagnostics.filter((d) => STOPPING.has(d.rule)) };
  return { text: current, applied, passes, diagnostics };
}
