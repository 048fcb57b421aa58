import type { Document, LineCounter, Node } from 'yaml';
import { yamlLib as Y } from './yaml-lib.js';
import type { DataPath, Range } from '../diagnostic.js';

/**
 * One resolver from data paths to source ranges (as Spectral's getRangeForJsonPath): rules report
 * paths, never positions. Positions are computed only for the nodes that carry a diagnostic.
 */
export type Target = 'value' | 'key';

interface Located {
  node: Node | null;
  keyNode: Node | null;
  /** How many path segments were matched; less than path.length when the path does not exist. */
  depth: number;
}

function locate(doc: Document, path: DataPath): Located {
  let node = doc.contents as Node | null;
  let keyNode: Node | null = null;
  let depth = 0;
  for (const seg of path) {
    if (Y().isMap(node)) {
      // The last pair with the key: with a duplicate key, its value is the one in the data.
      const pair = [...node.items].reverse().find((p) => Y().isPair(p) && Y().isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      keyNode = pair.key as Node;
      node = (pair.value as Node | null) ?? null;
      if (node === null) { depth++; node = keyNode; break; }
    } else if (Y().isSeq(node) && typeof seg === 'number' && node.items[seg] !== undefined) {
      keyNode = null;
      node = node.items[seg] as Node;
    } else break;
    depth++;
  }
  return { node, keyNode, depth };
}

/** First line of a collection only: a diagnostic on a whole 事業 should frame its first line, not 40. */
export function clipToFirstLine(text: string, start: number, end: number): number {
  const nl = text.indexOf('\n', start);
  return nl !== -1 && nl < end ? nl : end;
}

export function offsetsForPath(doc: Document, text: string, path: DataPath, target: Target = 'value'): [number, number] {
  const { node, keyNode, depth } = locate(doc, path);
  const missing = depth < path.length;
  const chosen = (target === 'key' || missing) && keyNode ? keyNode : node;
  if (!chosen?.range) return [0, 0];
  const [start, valueEnd] = chosen.range;
  return [start, clipToFirstLine(text, start, Math.max(valueEnd, start + 1))];
}

export function rangeFromOffsets(lineCounter: LineCounter, start: number, end: number): Range {
  const a = lineCounter.linePos(start);
  const b = lineCounter.linePos(Math.max(end, start));
  const line = Math.max(a.line, 1);
  return { line, column: Math.max(a.col, 1), endLine: Math.max(b.line, line), endColumn: Math.max(b.col, 1) };
}
