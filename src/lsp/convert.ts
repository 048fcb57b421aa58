import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Diagnostic as LspDiagnostic, Range as LspRange } from 'vscode-languageserver/node';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit } from '../diagnostic.js';
import type { Lang } from '../i18n.js';
import { ruleHelpUri } from '../report/catalog.js';
import { resourcePath } from '../resources.js';

/** Loader rules whose column counts code points of the raw bytes (src/load/decode.ts bytePosition), not UTF-16 units. */
const CODE_POINT_COLUMNS = new Set(['binary', 'encoding']);

/** A line's first `n` code points as UTF-16 code units (𠮷 is one code point, two units). */
function codePointsToUnits(line: string, n: number): number {
  let units = 0;
  let points = 0;
  for (const ch of line) {
    if (points >= n) break;
    units += ch.length;
    points++;
  }
  return units;
}

function lineText(doc: TextDocument, line0: number): string {
  return doc.getText({ start: { line: line0, character: 0 }, end: { line: line0 + 1, character: 0 } }).replace(/\r?\n$/, '');
}

/**
 * A jusou range (1-based lines and columns, columns in UTF-16 code units as `yaml`'s LineCounter counts
 * them) as an LSP range (0-based, UTF-16). A finding without a position (line 0) sits at the file's start.
 */
export function lspRange(d: Diagnostic, doc: TextDocument): LspRange {
  if (d.line < 1) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const start = { line: d.line - 1, character: d.column - 1 };
  const end = { line: Math.max(d.endLine, d.line) - 1, character: Math.max(d.endColumn - 1, 0) };
  if (CODE_POINT_COLUMNS.has(d.rule)) {
    start.character = codePointsToUnits(lineText(doc, start.line), start.character);
    end.character = codePointsToUnits(lineText(doc, end.line), end.character);
  }
  if (end.line === start.line && end.character < start.character) end.character = start.character;
  return { start, end };
}

/**
 * Where a rule is explained: its section of docs/rules.md online when package.json names a repository,
 * else the local copy in a checkout of jusou (the npm package does not ship docs/), else nowhere.
 */
export function ruleDocHref(d: Diagnostic): string | undefined {
  if (d.rule === 'mandated-codes' && d.url) return d.url;
  const online = ruleHelpUri(d.rule);
  if (online) return online;
  localDoc ??= existsSync(resourcePath('docs', 'rules.md')) ? pathToFileURL(resourcePath('docs', 'rules.md')).href : '';
  return localDoc ? `${localDoc}#${d.rule}` : undefined;
}

let localDoc: string | undefined;

const HINT = { ja: 'ヒント', en: 'hint' };
const SEE = { ja: '参照', en: 'see' };

export function toLspDiagnostic(d: Diagnostic, doc: TextDocument, index: number, lang: Lang): LspDiagnostic {
  const range = lspRange(d, doc);
  const href = ruleDocHref(d);
  const related = [];
  if (d.note) related.push({ location: { uri: doc.uri, range }, message: `${HINT[lang]}: ${d.note}` });
  if (d.url && d.rule !== 'mandated-codes') related.push({ location: { uri: doc.uri, range }, message: `${SEE[lang]}: ${d.url}` });
  return {
    range,
    severity: d.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'jusou',
    code: d.rule,
    ...(href ? { codeDescription: { href } } : {}),
    message: d.message,
    ...(related.length ? { relatedInformation: related } : {}),
    // The index into the stored check result, so a code action finds the diagnostic's fix without guessing.
    data: { index },
  };
}

/** jusou's offset edits (UTF-16 units into the text) as LSP text edits. */
export function lspEdits(doc: TextDocument, edits: readonly TextEdit[]) {
  return edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.text }));
}

/** One edit that turns `before` into `after`: the changed middle only, so the editor keeps the cursor and folds elsewhere. */
export function replaceEdit(doc: TextDocument, before: string, after: string) {
  let head = 0;
  const max = Math.min(before.length, after.length);
  while (head < max && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < max - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { range: { start: doc.positionAt(head), end: doc.positionAt(before.length - tail) }, newText: after.slice(head, after.length - tail) };
}
