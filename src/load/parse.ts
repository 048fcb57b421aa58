import type { Document, LineCounter } from 'yaml';
import { yamlLib as Y } from './yaml-lib.js';
import type { Severity, TextEdit } from '../diagnostic.js';
import type { Lang } from '../i18n.js';
import { pick } from '../i18n.js';
import { commentSlips } from './comment-slip.js';
import { lineIndexAt, splitLines } from './lines.js';
import { loadMessages } from './messages.js';
import { sourceSlips } from './slips.js';
import { duplicateKey, syntaxFinding } from './yaml-errors.js';

/** A loader finding before it is placed in a file: offsets into the text. */
export interface RawFinding {
  rule: string;
  start: number;
  end: number;
  message: string;
  note?: string;
  /** Text edits that repair it (see Diagnostic.fix). */
  fix?: TextEdit[];
  /** Loader findings are errors unless said otherwise (a value cut by " #" is a warning). */
  severity?: Severity;
}

export interface Parsed {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** Plain data, or undefined when the text could not be turned into data safely. */
  data: unknown;
  findings: RawFinding[];
}

export const ALIAS_LIMIT = 100;
export const DEPTH_LIMIT = 200;

/** Deep flow nesting ([[[[…) would exhaust the stack in later stages; refuse it up front. */
export function flowDepthFinding(text: string, lang: Lang): RawFinding | undefined {
  if (!moreOpenersThan(text, DEPTH_LIMIT)) return undefined; // the usual case, found without a scan by hand
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) { if (c === quote) quote = ''; continue; }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#') { const nl = text.indexOf('\n', i); i = nl === -1 ? text.length : nl; }
    else if (c === '[' || c === '{') {
      if (++depth > DEPTH_LIMIT) {
        return { rule: 'depth-limit', start: i, end: i + 1, message: pick(loadMessages, lang, 'depth-limit', { depth: `${DEPTH_LIMIT}+`, limit: DEPTH_LIMIT }) };
      }
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/** Whether the text has more than `limit` flow openers ([ and {): fewer can never nest deeper than that. */
function moreOpenersThan(text: string, limit: number): boolean {
  let n = 0;
  for (const ch of ['[', '{']) {
    for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) if (++n > limit) return true;
  }
  return false;
}

/**
 * Block nesting shows as the column where a line's content starts: indentation, plus compact
 * indicators ("- - - x", "? ", ": ") that nest without indenting. Far beyond any plan → refused.
 */
export function blockDepthFinding(text: string, lang: Lang): RawFinding | undefined {
  const limit = DEPTH_LIMIT * 2;
  for (let start = 0; start < text.length; ) {
    let i = start;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20) i++;
      else if ((c === 0x2d || c === 0x3f || c === 0x3a) && text.charCodeAt(i + 1) === 0x20) i += 2; // "- ", "? ", ": "
      else break;
    }
    if (i - start > limit && i < text.length && text[i] !== '\n' && text[i] !== '\r') {
      return { rule: 'depth-limit', start, end: i, message: pick(loadMessages, lang, 'depth-limit', { depth: `${DEPTH_LIMIT}+`, limit: DEPTH_LIMIT }) };
    }
    const nl = text.indexOf('\n', i);
    if (nl === -1) break;
    start = nl + 1;
  }
  return undefined;
}


/** Where the offending alias is: the named one, else the first one. */
function firstAlias(doc: Document.Parsed, name?: string): [number, number] {
  let found: [number, number] = [0, 0];
  Y().visit(doc, {
    Alias(_key, node) {
      if (!Y().isAlias(node) || (name && node.source !== name)) return undefined;
      found = [node.range?.[0] ?? 0, node.range?.[1] ?? 0];
      return Y().visit.BREAK;
    },
  });
  return found;
}

/**
 * Syntax findings, root cause first: the slips certain from their line, then yaml's first syntax error
 * unless a slip on its line or just above already explains it. yaml's later errors are dropped: after
 * one error its reading of the rest is guesswork (one unclosed [ yields an error on every later line).
 */
function syntaxFindings(doc: Document.Parsed, text: string, lang: Lang): { findings: RawFinding[]; broken: boolean } {
  const lines = splitLines(text);
  const syntax = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY');
  const erred = new Set(syntax.map((e) => lineIndexAt(lines, e.pos[0])));
  const findings = sourceSlips(lines, erred, lang);
  if (syntax.length) {
    const first = lineIndexAt(lines, syntax[0].pos[0]);
    const explained = findings.some((f) => { const at = lineIndexAt(lines, f.start); return at <= first && first - at <= 2; });
    if (!explained) findings.push(syntaxFinding(syntax[0], text, lines, lang));
  }
  for (const e of doc.errors) if (e.code === 'DUPLICATE_KEY') findings.push(duplicateKey(e, text, lang));
  return { findings, broken: syntax.length > 0 };
}

export function parseText(text: string, lang: Lang): Parsed {
  const lineCounter = new (Y().LineCounter)();
  const depth = flowDepthFinding(text, lang) ?? blockDepthFinding(text, lang);
  if (depth) {
    // Parse nothing: the document is refused before it can exhaust the stack. Lines are still counted,
    // so that the finding has its real line.
    lineCounter.addNewLine(0);
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) lineCounter.addNewLine(nl + 1);
    return { doc: Y().parseDocument(''), lineCounter, data: undefined, findings: [depth] };
  }
  const doc = Y().parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, logLevel: 'error' });
  const { findings, broken } = syntaxFindings(doc, text, lang);
  let data: unknown;
  if (!broken) {
    findings.push(...commentSlips(doc, text, lang));
    try {
      data = doc.toJS({ maxAliasCount: ALIAS_LIMIT }); // with a duplicate key, the later value (as the message says)
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      const unresolved = /Unresolved alias[^:]*: (.+)$/.exec(msg);
      const rule = unresolved ? 'alias-unresolved' : /alias/i.test(msg) ? 'alias-limit' : 'yaml-syntax';
      const at = firstAlias(doc, unresolved?.[1]);
      // "*名前" already explained as a value to quote: one finding, not two.
      if (!findings.some((f) => f.rule === 'needs-quotes' && f.start === at[0])) {
        findings.push({ rule, start: at[0], end: at[1], message: pick(loadMessages, lang, rule, { limit: ALIAS_LIMIT, name: unresolved?.[1] ?? '', detail: lang === 'en' ? msg : pick(loadMessages, lang, 'yaml-syntax.other') }) });
      }
    }
  }
  return { doc, lineCounter, data, findings };
}
