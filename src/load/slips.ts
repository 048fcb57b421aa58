import type { YAMLError } from 'yaml';
import type { TextEdit } from '../diagnostic.js';
import type { Lang } from '../i18n.js';
import { pick } from '../i18n.js';
import { readJsonResource } from '../resources.js';
import { lineIndexAt, significant, valueOf, type Line } from './lines.js';
import { loadMessages } from './messages.js';
import type { RawFinding } from './parse.js';

/**
 * Slips a planner makes while typing Japanese with an IME, found from the source line rather than from
 * yaml's error (which names the symptom, often a line later, in English). Two kinds:
 * - sourceSlips: certain from the line alone (a full-width colon after a known key, a tab in the
 *   indentation); reported even when the YAML happens to parse, because the data is then wrong;
 * - explainError: yaml's first error, read against the lines around it (a key without a colon, an
 *   unclosed bracket, a value starting with an indicator, a line indented too deep).
 */

export function finding(rule: string, start: number, end: number, lang: Lang, params: Record<string, unknown>, id = rule): RawFinding {
  const note = loadMessages.ja[`${id}.note`] ? pick(loadMessages, lang, `${id}.note`, params) : undefined;
  return { rule, start, end, message: pick(loadMessages, lang, id, params), note };
}

let knownKeys: Set<string> | undefined;

/** Every key the schema defines anywhere: a glued "キー:値" with one of them is a slip, whatever the context. */
function schemaKeys(): Set<string> {
  if (knownKeys) return knownKeys;
  knownKeys = new Set();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) { node.forEach(walk); return; }
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (k === 'properties' && v && typeof v === 'object') for (const key of Object.keys(v)) knownKeys!.add(key);
      walk(v);
    }
  };
  walk(readJsonResource('schemas', 'plan.schema.json'));
  return knownKeys;
}

/** "キー：値" or "キー:値": a bare key, then a full-width colon, or a colon glued to the value. */
const GLUED_KEY = /^((?:-[ ]+)*)([^\s:：#'"[\]{}&*!|>%@`,?-][^\s:：#'"]*?)(：[ \u3000]*|:(?=[^\s:]))/;

/**
 * Whether a text may hold a slip that yaml parses without complaint (a glued key, a value cut by " #"):
 * the fast path (fast-eligible.ts) leaves such texts to the full loader, which reports them.
 */
export function mayHaveQuietSlip(text: string): boolean {
  if (GLUED_HASH.test(text)) return true;
  // Only lines holding a full-width colon or a glued one can hold a glued key: find those first (one
  // cheap scan of the text), then read just those lines (the full pattern over every line cost ~5 % of a check).
  const candidate = /：|:(?=[^\s:])/g;
  for (let m = candidate.exec(text); m; m = candidate.exec(text)) {
    const start = text.lastIndexOf('\n', m.index) + 1;
    const nl = text.indexOf('\n', m.index);
    const end = nl === -1 ? text.length : nl;
    const key = GLUED_KEY_LINE.exec(text.slice(start, end));
    if (key && schemaKeys().has(key[2])) return true;
    candidate.lastIndex = end; // the pattern reads a line's first colon: the rest of the line cannot match
  }
  return false;
}
/** " #" glued to text after a value: comment-slip.ts says when it is a slip. */
export const GLUED_HASH = / #(?!jusou-)[^\s#]/;
const GLUED_KEY_LINE = new RegExp(`^[ ]*${GLUED_KEY.source.slice(1)}`);

/** A line's glued key, if the key is one the schema knows or yaml stumbled on this very line. */
function gluedKey(line: Line, yamlErred: boolean, lang: Lang): RawFinding | undefined {
  const m = GLUED_KEY.exec(line.body);
  if (!m || !(yamlErred || schemaKeys().has(m[2]))) return undefined;
  const at = line.start + line.indent.length + m[1].length + m[2].length;
  const value = line.body.slice(m[0].length);
  const id = m[3].startsWith('：') ? 'key-colon.fullwidth' : 'key-colon.space';
  return { ...finding('key-colon', at, at + m[3].length, lang, { key: m[2], value }, id), fix: [{ start: at, end: at + m[3].length, text: ': ' }] };
}

/** Tabs and full-width spaces in the indentation: each becomes two spaces (the two-space plan style). */
function badIndentChars(line: Line, lang: Lang): RawFinding | undefined {
  const first = line.indent.search(/[\t\u3000]/);
  if (first === -1) return undefined;
  const fix: TextEdit[] = [];
  for (let i = first; i < line.indent.length; i++) {
    if (line.indent[i] !== ' ') fix.push({ start: line.start + i, end: line.start + i + 1, text: '  ' });
  }
  const rule = line.indent[first] === '\t' ? 'tab-indent' : 'fullwidth-indent';
  return { ...finding(rule, line.start + first, line.start + line.indent.length, lang, {}), fix };
}

/** "&名前" / "*名前" / "!名前" as a whole value: Japanese after an indicator is text, not an anchor or a tag. */
function indicatorValue(line: Line, lang: Lang): RawFinding | undefined {
  const v = valueOf(line);
  if (!v || !/^[&*!][^\x00-\x7f]/.test(v.text)) return undefined;
  return finding('needs-quotes', v.start, v.start + 1, lang, { char: v.text[0], value: v.text });
}

export function sourceSlips(lines: readonly Line[], erredLines: ReadonlySet<number>, lang: Lang): RawFinding[] {
  const out: RawFinding[] = [];
  lines.forEach((line, i) => {
    if (!significant(line)) return;
    const slip = badIndentChars(line, lang) ?? gluedKey(line, erredLines.has(i), lang) ?? indicatorValue(line, lang);
    if (slip) out.push(slip);
  });
  return out;
}

/** yaml's first error, explained from the source where a planner's slip shows; undefined when none fits. */
export function explainError(err: YAMLError, lines: readonly Line[], lang: Lang): RawFinding | undefined {
  const i = lineIndexAt(lines, err.pos[0]);
  const line = lines[i];
  if (/end with a [\]}]/.test(err.message)) return unclosedBracket(lines, i, lang);
  if (err.code === 'BLOCK_AS_IMPLICIT_KEY') return deeperLine(lines, i, lang);
  if (err.code === 'BAD_INDENT' || /without - indicator/.test(err.message)) {
    return finding('bad-indent', line.start + line.indent.length, line.end, lang, {});
  }
  if (err.code === 'MULTILINE_IMPLICIT_KEY' || /followed by map values/.test(err.message)) return bareKey(line, lang);
  const v = valueOf(line);
  if (v && /^([@`%*&!]|\[[^\]]*\]\s*[^\s#]|\{[^}]*\}\s*[^\s#])/.test(v.text)) {
    return finding('needs-quotes', v.start, v.start + 1, lang, { char: v.text[0], value: v.text });
  }
  return undefined;
}

/** A line that is just "業務": a key whose ": " was never typed. */
function bareKey(line: Line, lang: Lang): RawFinding | undefined {
  if (!/^[^\s:：#'"[\]{}\-][^:：#]*$/.test(line.body)) return undefined;
  const start = line.start + line.indent.length;
  return finding('missing-colon', start, line.end, lang, { key: line.body.trim() });
}

/** The nearest line at or above `from` with a [ or { that its line does not close: where the planner stopped. */
function unclosedBracket(lines: readonly Line[], from: number, lang: Lang): RawFinding | undefined {
  for (let i = from; i >= 0; i--) {
    const v = significant(lines[i]) ? valueOf(lines[i]) : undefined;
    const open = v ? unmatchedOpener(v.text) : -1;
    if (open === -1) continue;
    const char = v!.text[open];
    return finding('unclosed-bracket', v!.start + open, v!.start + open + 1, lang, { open: char, close: char === '[' ? ']' : '}' });
  }
  return undefined;
}

/** Index of the first opener left open at the end of the text (quotes skipped), or -1. */
function unmatchedOpener(text: string): number {
  const stack: number[] = [];
  let quote = '';
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (quote) { if (c === quote) quote = ''; continue; }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (k === 0 || text[k - 1] === ' ')) break;
    else if (c === '[' || c === '{') stack.push(k);
    else if (c === ']' || c === '}') stack.pop();
  }
  return stack.length ? stack[0] : -1;
}

/** "key: value" followed by a line indented deeper: yaml reads that line as the value's continuation. */
function deeperLine(lines: readonly Line[], i: number, lang: Lang): RawFinding | undefined {
  const next = lines.slice(i + 1).find(significant);
  const v = valueOf(lines[i]);
  if (!next || !v || v.text === '' || !/^[^:#]+:(\s|$)/.test(next.body)) return undefined;
  const keyColumn = lines[i].indent.length + (/^(?:-[ ]+)*/.exec(lines[i].body)?.[0].length ?? 0);
  if (next.indent.length <= keyColumn) return undefined;
  return finding('bad-indent', next.start + next.indent.length, next.end, lang, {}, 'bad-indent.deeper');
}
