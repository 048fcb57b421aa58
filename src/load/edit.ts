import type { Document, Node, Scalar } from 'yaml';
import { yamlLib as Y } from './yaml-lib.js';
import type { DataPath, TextEdit } from '../diagnostic.js';

/**
 * A rule's fix in the plan's terms (the scalar at `path` becomes `values`) → edits of the source text.
 * Only the scalar's own source range (with its quotes) is replaced, so comments, key order and layout
 * stay as the planner wrote them. More than one value splits a sequence item: new `- ` lines at the
 * item's indentation in block style, `, ` in flow style. Undefined when no safe edit exists (the path is
 * not a scalar, a block scalar `|`/`>`, or a split outside a sequence).
 */
export function editsFor(doc: Document, text: string, path: DataPath, values: readonly (string | number)[]): TextEdit[] | undefined {
  if (values.length === 0 || doc.errors.length > 0) return undefined;
  const node = doc.getIn(path, true) as Node | undefined;
  if (!Y().isScalar(node) || !node.range || isBlockScalar(node)) return undefined;
  const [start, end] = node.range;
  const parent = path.length ? (doc.getIn(path.slice(0, -1), true) as Node | undefined) : undefined;
  const flow = Y().isCollection(parent) ? Boolean(parent.flow) : flowContext(doc, path);
  const written = values.map((v) => scalarText(v, flow));
  if (written.length === 1) return [{ start, end, text: written[0] }];
  if (!Y().isSeq(parent) || typeof path[path.length - 1] !== 'number') return undefined;
  if (parent.flow) return [{ start, end, text: written.join(', ') }];
  return splitBlockItem(text, start, end, written);
}

function isBlockScalar(node: Scalar): boolean {
  return node.type === Y().Scalar.BLOCK_LITERAL || node.type === Y().Scalar.BLOCK_FOLDED;
}

/** Whether any collection on the way to the node is a flow one (`[…]`, `{…}`): indicators differ there. */
function flowContext(doc: Document, path: DataPath): boolean {
  for (let i = 0; i < path.length; i++) {
    const n = doc.getIn(path.slice(0, i), true);
    if (Y().isCollection(n) && n.flow) return true;
  }
  return false;
}

/**
 * A value as YAML source. A number is written plain (12 for a count typed １２). A string is plain when it
 * reads back as exactly that string (第5号 stays 第5号), double-quoted otherwise: a leading indicator, `: `,
 * ` #`, a line break, or text that would read as something else (a code 172031 or 012 would read as a
 * number, yes as a boolean), so a code keeps its leading zeros and stays text.
 */
export function scalarText(value: string | number, flow = false): string {
  if (typeof value === 'number') return String(value);
  if (value !== '' && !/[\r\n]/.test(value) && readsBackAs(value, flow)) return value;
  return JSON.stringify(value); // JSON's escapes are all valid in a YAML double-quoted scalar
}

function readsBackAs(value: string, flow: boolean): boolean {
  const doc = Y().parseDocument(flow ? `[${value}]` : `k: ${value}\n`, { strict: true, uniqueKeys: true });
  if (doc.errors.length || doc.warnings.length) return false;
  const js = doc.toJS() as unknown;
  const read = flow ? (Array.isArray(js) && js.length === 1 ? js[0] : undefined) : (js as { k?: unknown } | null)?.k;
  return read === value;
}

/**
 * `  - 第5号、第6号  # 注` → `  - 第5号  # 注` and a new `  - 第6号` line under it: the first value takes
 * the item's place (and keeps the line's comment), the others follow at the dash's column, with the
 * file's own line ending.
 */
function splitBlockItem(text: string, start: number, end: number, written: string[]): TextEdit[] | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const dash = text.lastIndexOf('-', start - 1);
  if (dash < lineStart || !/^-[ \t]+$/.test(text.slice(dash, start))) return undefined;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl === -1 ? text.length : text[nl - 1] === '\r' ? nl - 1 : nl;
  const eol = nl !== -1 && text[nl - 1] === '\r' ? '\r\n' : /\r\n/.test(text) ? '\r\n' : '\n';
  const indent = ' '.repeat(dash - lineStart);
  const more = written.slice(1).map((w) => `${eol}${indent}- ${w}`).join('');
  return [{ start, end, text: written[0] }, { start: lineEnd, end: lineEnd, text: more }];
}
