import { LineCounter, isAlias, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import type { Lang } from '../i18n.js';
import { pick } from '../i18n.js';
import { loadMessages } from './messages.js';

/** A loader finding before it is placed in a file: offsets into the text. */
export interface RawFinding {
  rule: string;
  start: number;
  end: number;
  message: string;
  note?: string;
  /** Text edits that repair it (see Diagnostic.fix). */
  fix?: import('../diagnostic.js').TextEdit[];
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

const QUOTE_CHARS: Record<string, string> = { '"': '"', "'": "'" };

/** Planners indent with 全角スペース by accident; YAML would read it as part of a key, so catch it first. */
export function findFullWidthIndent(text: string, lang: Lang): RawFinding[] {
  const out: RawFinding[] = [];
  if (!text.includes('\u3000')) return out;
  const re = /^([ \t]*)\u3000+/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[1].length;
    out.push({
      rule: 'fullwidth-indent', start, end: m.index + m[0].length,
      message: pick(loadMessages, lang, 'fullwidth-indent'), note: pick(loadMessages, lang, 'fullwidth-indent.note'),
    });
  }
  return out;
}

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

function translate(err: YAMLError, text: string, lang: Lang): RawFinding {
  const [start, end] = err.pos;
  const detail = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  const simple = (rule: string, params: Record<string, unknown> = {}): RawFinding => ({
    rule, start, end, message: pick(loadMessages, lang, rule, params),
    note: loadMessages.ja[`${rule}.note`] ? pick(loadMessages, lang, `${rule}.note`, params) : undefined,
  });
  switch (err.code) {
    case 'DUPLICATE_KEY': {
      const key = text.slice(start).split(/:(?:\s|$)|\n/)[0].trim();
      return simple('duplicate-key', { key });
    }
    case 'TAB_AS_INDENT':
      return simple('tab-indent');
    case 'MULTIPLE_DOCS':
      return simple('multiple-documents');
    case 'BAD_INDENT':
      return simple('bad-indent', { detail });
    case 'MISSING_CHAR': {
      const quote = Object.keys(QUOTE_CHARS).find((q) => detail.includes(`closing ${q}`));
      if (quote) {
        const open = text.lastIndexOf(quote, start - 1);
        const before = text.slice(0, Math.max(open, 0));
        const line = before.split('\n').length;
        const column = open - before.lastIndexOf('\n');
        const pos = open >= 0 ? open : start;
        return { ...simple('unterminated-quote', { quote, line, column }), start: pos, end: pos + 1 };
      }
      return simple('yaml-syntax', { detail });
    }
    default: {
      // A Japanese explanation for the errors planners meet; yaml's own words stay as a hint.
      const explained = loadMessages.ja[`yaml-syntax.${err.code}`];
      if (!explained) return simple('yaml-syntax', { detail });
      const finding = simple('yaml-syntax', { detail: pick(loadMessages, lang, `yaml-syntax.${err.code}`) });
      return { ...finding, note: pick(loadMessages, lang, 'yaml-syntax.detail', { detail }) };
    }
  }
}

/** One YAML error starts a cascade on the same line; the first one is the one to fix. */
function firstPerLine(findings: RawFinding[], text: string): RawFinding[] {
  const seen = new Set<number>();
  return findings.filter((f) => {
    if (f.rule !== 'yaml-syntax') return true;
    const lineStart = text.lastIndexOf('\n', f.start - 1);
    if (seen.has(lineStart)) return false;
    seen.add(lineStart);
    return true;
  });
}

/** Where the offending alias is: the named one, else the first one. */
function firstAlias(doc: Document.Parsed, name?: string): [number, number] {
  let found: [number, number] = [0, 0];
  visit(doc, {
    Alias(_key, node) {
      if (!isAlias(node) || (name && node.source !== name)) return undefined;
      found = [node.range?.[0] ?? 0, node.range?.[1] ?? 0];
      return visit.BREAK;
    },
  });
  return found;
}

export function parseText(text: string, lang: Lang): Parsed {
  const lineCounter = new LineCounter();
  const findings: RawFinding[] = [...findFullWidthIndent(text, lang)];
  const depth = flowDepthFinding(text, lang) ?? blockDepthFinding(text, lang);
  if (depth) {
    findings.push(depth);
    // Parse nothing: the document is refused before it can exhaust the stack. Lines are still counted,
    // so that the finding has its real line.
    lineCounter.addNewLine(0);
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) lineCounter.addNewLine(nl + 1);
    return { doc: parseDocument(''), lineCounter, data: undefined, findings };
  }
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, logLevel: 'error' });
  findings.push(...firstPerLine(doc.errors.map((err) => translate(err, text, lang)), text));
  let data: unknown;
  if (doc.errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: ALIAS_LIMIT });
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      const unresolved = /Unresolved alias[^:]*: (.+)$/.exec(msg);
      const rule = unresolved ? 'alias-unresolved' : /alias/i.test(msg) ? 'alias-limit' : 'yaml-syntax';
      const at = firstAlias(doc, unresolved?.[1]);
      findings.push({ rule, start: at[0], end: at[1], message: pick(loadMessages, lang, rule, { limit: ALIAS_LIMIT, name: unresolved?.[1] ?? '', detail: msg }) });
    }
  }
  return { doc, lineCounter, data, findings };
}
