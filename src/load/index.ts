import type { Document, LineCounter } from 'yaml';
import type { DataPath, Diagnostic, TextEdit } from '../diagnostic.js';
import { NO_RANGE } from '../diagnostic.js';
import type { Lang } from '../i18n.js';
import { pick } from '../i18n.js';
import { bytePosition, decode } from './decode.js';
import { editsFor } from './edit.js';
import { parseFast } from './fast-parse.js';
import { loadMessages } from './messages.js';
import { parseText } from './parse.js';
import { offsetsForPath, rangeFromOffsets, type Target } from './positions.js';
import { MAX_BYTES, readBytes, type ReadResult } from './read.js';

/** A plan read, decoded and parsed: its data, where each value stands, and what went wrong on the way. */
export interface LoadedPlan {
  file: string;
  text: string;
  data: unknown;
  diagnostics: Diagnostic[];
  /** Maps a data path to the source range of its value (or key). */
  rangeOf(path: DataPath, target?: Target): { line: number; column: number; endLine: number; endColumn: number };
  /** A rule's fix (the scalar at `path` becomes `values`) as text edits; absent without a Document (fast path). */
  editFor?(path: DataPath, values: readonly (string | number)[]): TextEdit[] | undefined;
}

const ICONV: Record<string, string> = { Shift_JIS: 'SHIFT_JIS', 'EUC-JP': 'EUC-JP', 'UTF-16LE': 'UTF-16', 'UTF-16BE': 'UTF-16', 'UTF-16': 'UTF-16' };

function mib(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

function unplaced(file: string, text = ''): LoadedPlan {
  return { file, text, data: undefined, diagnostics: [], rangeOf: () => ({ ...NO_RANGE }) };
}

export function loadText(file: string, text: string, lang: Lang): LoadedPlan {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const { doc, lineCounter, data, findings } = parseText(body, lang);
  const plan: LoadedPlan = {
    file, text: body, data, diagnostics: [],
    rangeOf: (path, target) => rangeOfPath(doc, lineCounter, body, path, target),
    editFor: (path, values) => editsFor(doc, body, path, values),
  };
  for (const f of findings) {
    plan.diagnostics.push({
      file, ...rangeFromOffsets(lineCounter, f.start, f.end), severity: f.severity ?? 'error', rule: f.rule,
      message: f.message, note: f.note, path: [], ...(f.fix?.length ? { fix: f.fix } : {}),
    });
  }
  if (findings.length === 0 && body.trim() === '') {
    plan.diagnostics.push({ file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', rule: 'empty-file', message: pick(loadMessages, lang, 'empty-file'), path: [] });
    plan.data = undefined;
  }
  return plan;
}

function rangeOfPath(doc: Document, lc: LineCounter, text: string, path: DataPath, target?: Target) {
  const [start, end] = offsetsForPath(doc, text, path, target);
  return rangeFromOffsets(lc, start, end);
}

export async function loadPlan(file: string, lang: Lang): Promise<LoadedPlan> {
  return loadBytes(file, await readBytes(file), lang);
}

/**
 * Just the data of a plan already checked (render): the fast plain read where it applies, else the full
 * loader. Positions are not needed, so the cost of a full Document (about 20 times more) is skipped.
 */
export async function loadData(file: string, lang: Lang): Promise<unknown> {
  const read = await readBytes(file);
  const decoded = read.ok ? decode(read.bytes) : undefined;
  if (decoded?.ok) {
    const quick = parseFast(decoded.text); // decode() has already dropped a BOM
    if (quick) return quick.data;
  }
  return loadBytes(file, read, lang).data;
}

/** The loader after the read: bytes (or why they could not be read) to a LoadedPlan. */
export function loadBytes(file: string, read: ReadResult, lang: Lang): LoadedPlan {
  if (!read.ok) {
    const plan = unplaced(file);
    const key = `file-read.${read.code}`;
    const reason = pick(loadMessages, lang, loadMessages.ja[key] ? key : 'file-read.other', { size: mib(read.size ?? 0), limit: mib(MAX_BYTES), code: read.code });
    plan.diagnostics.push({ file, ...NO_RANGE, severity: 'error', rule: 'file-read', message: pick(loadMessages, lang, 'file-read', { reason }), path: [] });
    return plan;
  }
  const decoded = decode(read.bytes);
  if (!decoded.ok) {
    const plan = unplaced(file);
    const at = bytePosition(read.bytes, decoded.offset);
    const pos = { line: at.line, column: at.column, endLine: at.line, endColumn: at.column + 1 };
    const rule = decoded.reason === 'binary' ? 'binary' : 'encoding';
    const message = decoded.reason === 'binary' ? pick(loadMessages, lang, 'binary')
      : decoded.reason === 'invalid-utf8' ? pick(loadMessages, lang, 'encoding.invalid', { offset: decoded.offset })
      : pick(loadMessages, lang, 'encoding', { encoding: decoded.encoding });
    const note = rule === 'encoding' ? pick(loadMessages, lang, 'encoding.note', { iconv: ICONV[decoded.encoding] ?? 'SHIFT_JIS' }) : undefined;
    plan.diagnostics.push({ file, ...pos, severity: 'error', rule, message, note, path: [] });
    return plan;
  }
  return loadText(file, decoded.text, lang);
}
