import type { LineCounter } from 'yaml';
import { yamlLib as Y } from './yaml-lib.js';
import type { DataPath, Range } from '../diagnostic.js';
import { clipToFirstLine, rangeFromOffsets, type Target } from './positions.js';

/**
 * Source ranges for the fast path, from js-yaml's parse events instead of `yaml`'s node tree. js-yaml
 * reports where each node's parse began and ended; this rebuilds the tree of nodes from those
 * events and places each as `yaml` does (node.range, clipped to the first line; see positions.ts):
 * content starts after separating white space and comments, an empty value sits where its line's
 * white space ends, a plain scalar ends before its trailing spaces. The fast path only ever asks
 * this for texts the full loader would read the same way (fast-eligible.ts); test/load and
 * test/fuzz compare every range with the full loader's.
 */
export interface EventNode {
  open: number;
  close: number;
  kind: string | null;
  result: unknown;
  children: EventNode[];
}

interface ListenerState { position: number; kind: string | null; result: unknown }

/** A js-yaml `listener` that builds the event tree; `root()` is the document's node after the load. */
export function nodeRecorder(): { listener: (type: 'open' | 'close', state: ListenerState) => void; root: () => EventNode | undefined } {
  const top: EventNode = { open: 0, close: 0, kind: null, result: undefined, children: [] };
  const stack: EventNode[] = [top];
  return {
    listener(type, state) {
      if (type === 'open') {
        const node: EventNode = { open: state.position, close: state.position, kind: null, result: undefined, children: [] };
        stack[stack.length - 1].children.push(node);
        stack.push(node);
      } else {
        const node = stack.pop()!;
        node.close = state.position;
        node.kind = state.kind;
        node.result = state.result;
      }
    },
    root: () => top.children[0],
  };
}

function skipSeparation(text: string, i: number, comments: boolean): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || (comments && (c === 0x0a || c === 0x0d))) i++;
    else if (comments && c === 0x23) { const nl = text.indexOf('\n', i); i = nl === -1 ? text.length : nl; }
    else return i;
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** Where `yaml` puts a node: range[0] and range[1] (before clipping to the first line). */
function offsets(text: string, node: EventNode): [number, number] {
  if (node.kind === null) { // an empty value: where the white space after its indicator ends
    const at = skipSeparation(text, node.open, false);
    return [at, at];
  }
  const start = skipSeparation(text, node.open, true);
  // A block collection ends where its last entry's line ends (comment included): after its first line,
  // which is all that is kept.
  if (node.kind !== 'scalar' && text[start] !== '[' && text[start] !== '{') return [start, text.length];
  let end = Math.min(Math.max(node.close, start), text.length); // js-yaml reads a final newline the text may lack
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return [start, end];
}

/**
 * The tree can stand in for `yaml`'s only where every collection has one node per entry (js-yaml
 * makes no node for an empty sequence item, nor for the missing value of an explicit "? key") and
 * every key is a scalar both parsers turn into the same string. Otherwise the full loader places.
 */
export function aligned(node: EventNode | undefined): boolean {
  const n = unwrap(node);
  if (!n) return true;
  if (n.kind === 'sequence' && n.children.length !== (n.result as unknown[]).length) return false;
  if (n.kind === 'mapping') {
    if (n.children.length !== 2 * Object.keys(n.result as object).length) return false;
    // Null and collection keys are written differently by the two parsers ("null" / "", "a,b" / "[ a, b ]").
    for (let i = 0; i < n.children.length; i += 2) {
      const key = unwrap(n.children[i])!.result;
      if (key === null || typeof key === 'object') return false;
    }
  }
  return n.kind === 'scalar' || n.children.every(aligned);
}

/**
 * js-yaml composes a sequence item twice when it first tries to read it as a mapping key: the item's
 * node then wraps one node with the same value. The inner one holds the children.
 */
function unwrap(node: EventNode | undefined): EventNode | undefined {
  while (node && node.children.length === 1 && node.children[0].result === node.result && node.children[0].kind === node.kind) node = node.children[0];
  return node;
}

/** Mirrors positions.ts `locate`: mapping children alternate key and value, sequence children are items. */
function locate(root: EventNode | undefined, path: DataPath): { node: EventNode | undefined; key: EventNode | undefined; depth: number } {
  let node = root?.kind === null ? undefined : unwrap(root); // a document of comments only has no node
  let key: EventNode | undefined;
  let depth = 0;
  for (const seg of path) {
    if (node?.kind === 'mapping') {
      let k = -1;
      for (let i = 0; i + 1 < node.children.length; i += 2) if (String(unwrap(node.children[i])!.result) === String(seg)) { k = i; break; }
      if (k < 0) break;
      key = node.children[k];
      node = unwrap(node.children[k + 1]);
    } else if (node?.kind === 'sequence' && typeof seg === 'number' && node.children[seg] !== undefined) {
      key = undefined;
      node = unwrap(node.children[seg]);
    } else break;
    depth++;
  }
  return { node, key, depth };
}

export function fastRangeOf(text: string, lineCounter: LineCounter, root: EventNode | undefined, path: DataPath, target: Target = 'value'): Range {
  const { node, key, depth } = locate(root, path);
  const chosen = (target === 'key' || depth < path.length) && key ? key : node;
  if (!chosen) return rangeFromOffsets(lineCounter, 0, 0);
  const [start, end] = offsets(text, chosen);
  return rangeFromOffsets(lineCounter, start, clipToFirstLine(text, start, Math.max(end, start + 1)));
}

export function countLines(text: string): LineCounter {
  const lc = new (Y().LineCounter)();
  lc.addNewLine(0);
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) lc.addNewLine(nl + 1);
  return lc;
}
