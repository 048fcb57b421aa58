import { DEPTH_LIMIT } from './parse.js';
import { mayHaveQuietSlip } from './slips.js';

/**
 * Whether a text may take the fast path (src/load/fast-parse.ts): one pass over the characters that
 * refuses, conservatively, everything the fast parser might read differently from the full loader or
 * that the full loader reports on — anchors and aliases (an alias bomb must meet the alias limit),
 * tags, directives, merge keys, prototype keys, tabs, control characters, a BOM inside the text, a
 * lone CR, a document end marker (`...`), a comment glued to a closing bracket or quote, a line over 1024 characters (an implicit
 * key may not be longer), full-width indentation, nesting near the depth limit, and a likely slip that parses (slips.ts). A refused text
 * is simply loaded in full; refusing too much costs time, never correctness.
 */
const MAX_LINE = 1024;
const MAX_COLUMN = DEPTH_LIMIT * 2;

/** Characters never in a fast-path text: & * ! % (anchors, aliases, tags, directives), tabs, the other C0 controls, DEL, BOM. */
const REFUSED = /[&*!%\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f\ufeff]/;
const GLUED_COMMENT = /[\]}"']#/;
const LONE_CR = /\r(?!\n)/;
/** A document end marker: the two parsers place the (empty) document it closes differently. */
const DOCUMENT_END = /^\.\.\.(?:[ \t\r]|$)/m;

/** The column where a line's content begins: "- ", "? ", ": " nest without indenting. */
function contentColumn(text: string, i: number): number {
  const start = i;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x20) i++;
    else if ((c === 0x2d || c === 0x3f || c === 0x3a) && text.charCodeAt(i + 1) === 0x20) i += 2;
    else return i - start;
  }
}

function moreThan(text: string, chars: string[], limit: number): boolean {
  let n = 0;
  for (const ch of chars) for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) if (++n > limit) return true;
  return false;
}

/** Native scans for the characters, then one step per line for indentation and length. */
export function fastEligible(text: string): boolean {
  if (text.trim() === '' || REFUSED.test(text) || GLUED_COMMENT.test(text)) return false;
  if (text.includes('<<') || text.includes('__proto__') || (text.includes('\r') && LONE_CR.test(text))) return false;
  if (text.includes('...') && DOCUMENT_END.test(text)) return false;
  if (moreThan(text, ['[', '{'], DEPTH_LIMIT) || mayHaveQuietSlip(text)) return false;
  for (let start = 0; start < text.length; ) {
    const column = contentColumn(text, start);
    if (column > MAX_COLUMN || text.charCodeAt(start + column) === 0x3000) return false;
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end - start > MAX_LINE) return false;
    start = end + 1;
  }
  return true;
}
