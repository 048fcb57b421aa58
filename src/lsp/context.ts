import type { DataPath } from '../diagnostic.js';
import { splitLines, type Line } from '../load/lines.js';

/**
 * Where the cursor stands in a YAML text, read from indentation alone (no parser), so that it works on
 * the half-typed lines an editor holds while the planner types: the enclosing keys and list items, the
 * key on the cursor's line, and whether the cursor is on that key or in its value.
 */
export interface CursorContext {
  /** Keys and list items around the cursor, outermost first; list items are 0 (their index is not needed). */
  path: DataPath;
  /** The key of the cursor's line when the cursor is on it or in its value. */
  key?: string;
  onKey: boolean;
  /** The cursor is after `key:` (or inside its `[ … ]`). */
  inValue: boolean;
  /** The keys already written beside the cursor in the same mapping. */
  siblings: string[];
  /** The cursor's line starts a list item (`- ` before the cursor). */
  listItem: boolean;
  /** The cursor's line is text of a block scalar (`|`, `>`) or a comment: not YAML to complete. */
  inText: boolean;
  /** The word under the cursor (between separators), with its column range in UTF-16 units. */
  word: { text: string; start: number; end: number };
}

/** One syntactic node a line opens: a `- ` list item or a `key:`, at a column. */
interface LineNode { col: number; kind: 'item' | 'key'; name?: string; colonEnd?: number }

const KEY = /^([^\s:#'"[\]{}\-][^:#]*?|-[^\s:#][^:#]*?)[ \t]*:(?=[ \t]|$)/;

function nodesOf(line: Line): LineNode[] {
  const out: LineNode[] = [];
  let col = line.indent.length;
  let rest = line.body;
  for (;;) {
    const dash = /^-(?:[ \t]+|$)/.exec(rest);
    if (!dash) break;
    out.push({ col, kind: 'item' });
    col += dash[0].length;
    rest = rest.slice(dash[0].length);
  }
  const key = KEY.exec(rest);
  if (key) out.push({ col, kind: 'key', name: key[1].trim(), colonEnd: col + key[0].length });
  return out;
}

const SEPARATORS = /[\s,[\]{}:"'#、，]/;

function wordAt(text: string, at: number): CursorContext['word'] {
  let start = at;
  let end = at;
  while (start > 0 && !SEPARATORS.test(text[start - 1])) start--;
  while (end < text.length && !SEPARATORS.test(text[end])) end++;
  return { text: text.slice(start, end), start, end };
}

export function cursorContext(text: string, requestedLine: number, character: number): CursorContext {
  const lines = splitLines(text);
  // A position past the end (an editor's stale request after a deletion) reads the last line.
  const line0 = Math.min(Math.max(requestedLine, 0), lines.length - 1);
  const line = lines[line0];
  const raw = text.slice(line.start, line.end);
  const nodes = line.inBlockScalar ? [] : nodesOf(line);
  const chain: LineNode[] = [];
  let key: LineNode | undefined;
  for (const n of nodes) {
    if (n.kind === 'item' && n.col < character) chain.push(n);
    if (n.kind === 'key' && n.col <= character) key = n;
  }
  const inValue = key !== undefined && character >= key.colonEnd!;
  const onKey = key !== undefined && !inValue;
  if (inValue) chain.push(key!);
  // The column of the mapping the cursor's line belongs to: its key, else where the cursor stands (a blank or `- ` line).
  const lastItem = nodes.filter((n) => n.kind === 'item').at(-1);
  const contentCol = lastItem ? lastItem.col + (/^-[ \t]*/.exec(raw.slice(lastItem.col))?.[0].length ?? 1) : line.indent.length;
  const typed = !line.inBlockScalar && raw.slice(contentCol).trim() !== '';
  const column = key ? key.col : typed ? contentCol : character;
  const ancestors = ancestorsAbove(lines, line0, nodes.length ? nodes[0].col : column);
  const path: DataPath = [...ancestors, ...chain].map((n) => (n.kind === 'item' ? 0 : n.name!));
  const opensItem = nodes.some((n) => n.kind === 'item' && n.col < column);
  return {
    path, key: key?.name, onKey, inValue, listItem: chain.some((n) => n.kind === 'item'),
    inText: line.inBlockScalar || line.body.startsWith('#'),
    siblings: siblingKeys(lines, line0, column, opensItem), word: wordAt(raw, character),
  };
}

/** The nodes that enclose a line whose content starts at `column`: for each, the nearest line above that opens a node left of it. */
function ancestorsAbove(lines: Line[], line0: number, column: number): LineNode[] {
  const out: LineNode[] = [];
  let threshold = column;
  for (let i = line0 - 1; i >= 0 && threshold > 0; i--) {
    const l = lines[i];
    if (l.inBlockScalar || l.body === '' || l.body.startsWith('#')) continue;
    const nodes = nodesOf(l);
    const inner = nodes.filter((n) => n.col < threshold);
    if (inner.length === 0) continue;
    out.unshift(...inner);
    threshold = inner[0].col;
  }
  return out;
}

/** Keys at `column` in the same mapping as the line: up and down until a line that starts left of it. */
function siblingKeys(lines: Line[], line0: number, column: number, opensItem: boolean): string[] {
  const out: string[] = [];
  const skip = (l: Line) => l.inBlockScalar || l.body === '' || l.body.startsWith('#');
  // Upwards: keys at the column, up to and including the line whose `- ` opened this list item.
  for (let i = line0 - 1; i >= 0 && !opensItem; i--) {
    if (skip(lines[i])) continue;
    const nodes = nodesOf(lines[i]);
    const first = nodes[0]?.col ?? lines[i].indent.length;
    const k = nodes.find((n) => n.kind === 'key' && n.col === column);
    if (k && (first === column || nodes.some((n) => n.kind === 'item' && n.col < column))) out.push(k.name!);
    if (first < column) break;
  }
  // Downwards: until a line that starts left of the column (the next item or the parent's sibling).
  for (let i = line0 + 1; i < lines.length; i++) {
    if (skip(lines[i])) continue;
    const nodes = nodesOf(lines[i]);
    const first = nodes[0]?.col ?? lines[i].indent.length;
    if (first < column) break;
    const k = nodes.find((n) => n.kind === 'key' && n.col === column);
    if (k) out.push(k.name!);
  }
  return out;
}
