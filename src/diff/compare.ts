import { isDeepStrictEqual } from 'node:util';
import { diffArrays } from 'diff';
import { isObject } from '../plan.js';
import { Collector, line, type ItemRef } from './collector.js';
import { compareItems, CUT_MARK, NEW_MARK } from './items.js';
import { fieldLabel, fieldName, flatText, headingText, nameOf, scalarText, valueLines } from './display.js';
import { matchItems, type KeyOf } from './match.js';
import { markChanges, type Segment } from './segment.js';
import type { Line, Row } from './types.js';

export type Field = (string | number)[];

/** Lists of names compared as sets: an added 委託先 is one addition wherever it is placed in the list. */
const NAME_SETS = new Set([
  '号', '方式', '直営', '委託先', '補助先', '所管課', '担当課', '構成員', '参加団体', '部会', '機関', '語句', '事業', '会議',
  // 関連計画: one value or a list of them (schema), so 上位計画 → [上位計画, 包含予定] is one addition.
  '関係', '法定計画',
]);
/** Lists of items that have a heading of their own in the table (and can move). */
const NESTED_ITEMS = new Set(['取組', '節']);
const HEADING_KEYS = new Set(['番号', '見出し', '名称']);
/**
 * A 章 or 節 places 事業 and 会議 by ID: where an item is printed, compared as a move of that item
 * (src/diff/plan-diff.ts), never as a list field of the chapter.
 */
export const PLACEMENT = new Set(['事業', '会議']);

export { CUT_MARK, NEW_MARK } from './items.js';

/** Keys that identify an element of a list of objects, tried in order before similarity. */
export const itemKeys: KeyOf<unknown>[] = [
  (v) => (isObject(v) && typeof v.ID === 'string' ? `ID:${v.ID}` : undefined),
  (v) => (isObject(v) && typeof v.名称 === 'string' ? `名称:${v.名称}|${codesKey(v.号)}` : undefined),
  (v) => (isObject(v) && typeof v.見出し === 'string' ? `見出し:${v.見出し}` : undefined),
  (v) => (isObject(v) && typeof v.区分 === 'string' ? `区分:${v.区分}` : undefined),
  (v) => (isObject(v) && typeof v.ラベル === 'string' ? `ラベル:${v.ラベル}` : undefined),
  (v) => (isObject(v) && typeof v.キャプション === 'string' ? `キャプション:${v.キャプション}` : undefined),
];

function codesKey(v: unknown): string {
  return Array.isArray(v) ? [...v].map(String).sort().join(',') : '';
}

/** A child of an item: the same item, one field deeper. */
export const at = (field: Field, key: string | number): Field => [...field, key];

/** Compares two versions of one item (事業, 章, 会議 …): heading first, then field by field. */
export function compareItem(c: Collector, item: ItemRef, a: unknown, b: unknown, options: { skip?: Set<string>; moved?: { old: unknown; new: unknown }; label?: string } = {}): void {
  const heading: Row = { kind: 'heading', label: options.label, after: [line(headingText(b))], before: [line(headingText(a))] };
  c.enter(heading);
  if (options.moved) {
    heading.kind = 'moved';
    c.change(item, { kind: 'moved', oldPath: item.oldPath, old: options.moved.old, new: options.moved.new }, undefined);
  }
  const skip = new Set(options.skip);
  // Only with --force can an item be something else than a mapping: compared as a plain value.
  if (!isObject(a) || !isObject(b)) {
    compareValue(c, item, [], undefined, a, b);
    return c.leave();
  }
  if (isObject(a) && isObject(b) && typeof a.番号 === 'string' && typeof b.番号 === 'string' && a.番号 !== b.番号) {
    // Renumbered: the number in the heading itself is marked (double underline), not a row of its own.
    heading.kind = options.moved ? 'moved' : 'renumbered';
    heading.after = [numbered(b.番号, b)];
    heading.before = [numbered(a.番号, a)];
    c.change(item, { kind: 'changed', field: '番号', old: a.番号, new: b.番号 }, undefined);
    skip.add('番号');
  }
  compareObject(c, item, [], a, b, skip);
  c.leave();
}

function numbered(number: string, v: Record<string, unknown>): Line {
  return [{ text: number, mark: true }, ...line(typeof v.見出し === 'string' ? `　${v.見出し}` : '')];
}

function compareObject(c: Collector, item: ItemRef, field: Field, a: Record<string, unknown>, b: Record<string, unknown>, skip?: Set<string>): void {
  const keys = [...Object.keys(b), ...Object.keys(a).filter((k) => !(k in b))];
  for (const key of keys) {
    if (skip?.has(key)) continue;
    // The heading row shows an unchanged name or number: it is not an omitted part (（略）).
    if (field.length === 0 && HEADING_KEYS.has(key) && isDeepStrictEqual(a[key], b[key])) continue;
    compareValue(c, item, at(field, key), key, a[key], b[key]);
  }
}

export function compareValue(c: Collector, item: ItemRef, field: Field, key: string | undefined, a: unknown, b: unknown): void {
  if (isDeepStrictEqual(a, b)) return c.same();
  const label = fieldLabel(field);
  if (a === undefined || b === undefined) {
    const added = a === undefined;
    const row: Row = { kind: added ? 'added' : 'removed', label, after: added ? valueLines(b, true, key) : [line(CUT_MARK)], before: added ? [line(NEW_MARK)] : valueLines(a, true, key) };
    return c.change(item, { kind: added ? 'added' : 'removed', field: fieldName(field), old: a, new: b }, row);
  }
  if (key && NAME_SETS.has(key) && isNameList(a) && isNameList(b)) return compareSet(c, item, field, key, a, b);
  if (Array.isArray(a) && Array.isArray(b)) {
    if (key && NESTED_ITEMS.has(key)) return compareItems(c, item, field, a, b);
    if (a.every(isScalarOrBody) && b.every(isScalarOrBody)) return compareSequence(c, item, field, key, a, b);
    return compareObjects(c, item, field, key, a, b);
  }
  if (isObject(a) && isObject(b)) return compareObject(c, item, field, a, b);
  // 文または箇条: one sentence that became a list of lines (or back) is compared as a list of one.
  if (Array.isArray(a) !== Array.isArray(b) && [a, b].every((v) => Array.isArray(v) ? v.every(isScalar) : isScalar(v))) {
    return compareSequence(c, item, field, key, asList(a), asList(b));
  }
  // Shapes that differ otherwise (only with --force): each side printed whole, marked.
  if (!isScalar(a) || !isScalar(b)) {
    const row: Row = { kind: 'changed', label, after: valueLines(b, true, key), before: valueLines(a, true, key) };
    return c.change(item, { kind: 'changed', field: fieldName(field), old: a, new: b }, row);
  }
  const before = scalarText(key, a);
  const after = scalarText(key, b);
  const marked = markChanges(before, after);
  const row: Row = { kind: key === '号' ? 'code' : 'changed', label, after: [marked.after], before: [marked.before] };
  c.change(item, { kind: 'changed', field: fieldName(field), old: a, new: b }, row);
}

function isNameList(v: unknown): boolean {
  return typeof v === 'string' || (Array.isArray(v) && v.every((x) => nameOf(x) !== undefined));
}

function isScalar(v: unknown): boolean {
  return v === null || (typeof v !== 'object' && v !== undefined);
}

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);

function isScalarOrBody(v: unknown): boolean {
  return !Array.isArray(v) && (!isObject(v) || Array.isArray(v.項目));
}

/** Names as a set: one change per name added or removed; elements with the same name compared inside. */
function compareSet(c: Collector, item: ItemRef, field: Field, key: string, a: unknown, b: unknown): void {
  const olds = (Array.isArray(a) ? a : [a]) as unknown[];
  const news = (Array.isArray(b) ? b : [b]) as unknown[];
  const oldNames = new Map(olds.map((x) => [nameOf(x)!, x]));
  const newNames = new Map(news.map((x) => [nameOf(x)!, x]));
  const added = [...newNames.keys()].filter((n) => !oldNames.has(n));
  const removed = [...oldNames.keys()].filter((n) => !newNames.has(n));
  if (added.length || removed.length) {
    const side = (names: Iterable<string>, changed: string[]): Line => join([...names].map((n) => ({ text: n, mark: changed.includes(n) || undefined })));
    const row: Row = { kind: key === '号' ? 'code' : 'changed', label: fieldLabel(field), after: [side(newNames.keys(), added)], before: [side(oldNames.keys(), removed)] };
    const name = fieldName(field);
    c.emit(undefined, row);
    for (const n of added) c.change(item, { kind: 'added', field: name, new: n }, undefined);
    for (const n of removed) c.change(item, { kind: 'removed', field: name, old: n }, undefined);
  } else c.same();
  for (const [n, x] of newNames) {
    const old = oldNames.get(n);
    if (old !== undefined && isObject(x) && isObject(old)) compareObject(c, item, at(field, n), old, x);
  }
}

function join(names: Segment[]): Segment[] {
  return names.flatMap((s, i) => (i === 0 ? [s] : [{ text: '、' }, s]));
}

/** Paragraphs and list lines: equal runs kept, a replaced run paired by similarity (a reworded paragraph). */
function compareSequence(c: Collector, item: ItemRef, field: Field, key: string | undefined, a: unknown[], b: unknown[]): void {
  let i = 0;
  let j = 0;
  const parts = diffArrays(a, b, { comparator: (x, y) => isDeepStrictEqual(x, y) });
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p];
    if (!part.added && !part.removed) {
      c.same();
      i += part.count!;
      j += part.count!;
      continue;
    }
    const removed = part.removed ? part.value : [];
    const next = part.removed && parts[p + 1]?.added ? parts[++p] : part.added ? part : undefined;
    const added = next ? next.value : [];
    replaceRun(c, item, field, key, removed, added, i, j);
    i += removed.length;
    j += added.length;
  }
}

function replaceRun(c: Collector, item: ItemRef, field: Field, key: string | undefined, removed: unknown[], added: unknown[], i: number, j: number): void {
  const m = matchItems(removed, added, [], flatText);
  const rows: { order: number; run: () => void }[] = [];
  for (const p of m.pairs) rows.push({ order: p.new, run: () => compareValue(c, item, at(field, j + p.new), key, removed[p.old], added[p.new]) });
  for (const n of m.added) rows.push({ order: n, run: () => compareValue(c, item, at(field, j + n), key, undefined, added[n]) });
  for (const o of m.removed) rows.push({ order: o + 0.5, run: () => compareValue(c, item, at(field, i + o), key, removed[o], undefined) });
  for (const r of rows.sort((x, y) => x.order - y.order)) r.run();
}

/** Lists of objects that are not items of their own (支援機関, 項目, 表 …): matched by key, then similarity. */
function compareObjects(c: Collector, item: ItemRef, field: Field, key: string | undefined, a: unknown[], b: unknown[]): void {
  const m = matchItems(a, b, itemKeys, flatText);
  for (const p of m.pairs) compareValue(c, item, at(field, p.new), key, a[p.old], b[p.new]);
  for (const n of m.added) compareValue(c, item, at(field, n), key, undefined, b[n]);
  for (const o of m.removed) compareValue(c, item, at(field, o), key, a[o], undefined);
}
