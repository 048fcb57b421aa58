import { isObject } from '../plan.js';
import { line, type Collector, type ItemRef } from './collector.js';
import { compareItem, itemKeys, PLACEMENT, type Field } from './compare.js';
import { fieldLabel, flatText, headingText, valueLines } from './display.js';
import { matchItems, reordered } from './match.js';

/**
 * Items with a heading of their own in the table — nested (取組, 節) or top-level (事業, 会議, placed
 * by plan-diff.ts) — and the rows of one that is new or cut. Split from compare.ts, which compares
 * the fields inside a matched item and calls back here for the items nested in it.
 */
export const NEW_MARK = '（新設）';
export const CUT_MARK = '（削る）';

/** Nested items (取組, 節): matched like 事業, each with its heading; a new or cut one is （新設） / （削る）. */
export function compareItems(c: Collector, parent: ItemRef, field: Field, a: unknown[], b: unknown[]): void {
  const skip = field[field.length - 1] === '節' ? PLACEMENT : undefined;
  const m = matchItems(a, b, itemKeys, flatText);
  const moved = reordered(m.pairs);
  const child = (oldIndex: number | undefined, newIndex: number | undefined, v: unknown): ItemRef => ({
    path: newIndex === undefined ? [...parent.path, ...field] : [...parent.path, ...field, newIndex],
    oldPath: oldIndex === undefined ? [...parent.oldPath, ...field] : [...parent.oldPath, ...field, oldIndex],
    id: isObject(v) && typeof v.ID === 'string' ? v.ID : undefined,
    name: headingText(v) || undefined,
  });
  const steps: { order: number; run: () => void }[] = [];
  for (const p of m.pairs) {
    const isMoved = moved.has(p) ? { old: p.old, new: p.new } : undefined;
    steps.push({ order: p.new, run: () => compareItem(c, child(p.old, p.new, b[p.new]), a[p.old], b[p.new], { skip, moved: isMoved, label: fieldLabel(field) }) });
  }
  for (const n of m.added) {
    const from = c.moves?.byNew.get(b[n]);
    // Moved here from another parent: compared with where it was, marked as moved.
    if (from) steps.push({ order: n, run: () => compareItem(c, { ...child(undefined, n, b[n]), oldPath: from.oldPath }, from.old, b[n], { skip, moved: { old: from.oldIndex, new: n }, label: fieldLabel(field) }) });
    else steps.push({ order: n, run: () => itemAdded(c, child(undefined, n, b[n]), b[n]) });
  }
  for (const o of m.removed) {
    if (c.moves?.movedOld.has(a[o])) continue; // printed where it went
    steps.push({ order: o + 0.5, run: () => itemRemoved(c, child(o, undefined, a[o]), a[o]) });
  }
  for (const s of steps.sort((x, y) => x.order - y.order)) s.run();
}

export function itemAdded(c: Collector, item: ItemRef, v: unknown): void {
  c.change(item, { kind: 'added', new: v }, { kind: 'added', after: [line(headingText(v), true), ...valueLines(withoutHeading(v), true)], before: [line(NEW_MARK)] });
}

export function itemRemoved(c: Collector, item: ItemRef, v: unknown): void {
  c.change({ ...item, path: item.oldPath }, { kind: 'removed', old: v }, { kind: 'removed', after: [line(CUT_MARK)], before: [line(headingText(v), true), ...valueLines(withoutHeading(v), true)] });
}

function withoutHeading(v: unknown): unknown {
  if (!isObject(v)) return v;
  // The heading line shows these; an ID is for machines, not for the council's table.
  const { 名称: _n, 見出し: _h, 番号: _no, ID: _id, ...rest } = v;
  return rest;
}
