import type { CrossMoves } from './moves.js';
import type { Change, DataPath, Line, Row } from './types.js';

/** The item a comparison is inside: where it is in each plan, for the change list. */
export interface ItemRef { path: DataPath; oldPath: DataPath; id?: string; name?: string }

export const ELIDED = '（略）';

/**
 * Collects one unit's changes and table rows as the comparison walks both plans in document order.
 * Whatever is equal becomes one （略） row per run; an item's heading row is printed only once something
 * inside it changed, so a changed field is always shown under the heading it belongs to.
 */
export class Collector {
  /** 取組 / 節 that moved between parents, found before the walk (src/diff/moves.ts). */
  constructor(readonly moves?: CrossMoves) {}

  readonly changes: Change[] = [];
  readonly rows: Row[] = [];
  private readonly open: { heading?: Row; shown: boolean; sameBefore: boolean }[] = [];

  same(): void {
    // Inside an item whose heading is not printed yet, the （略） belongs under that heading.
    const inner = this.open[this.open.length - 1];
    if (inner && !inner.shown) return void (inner.sameBefore = true);
    this.elide();
  }

  private elide(): void {
    const last = this.rows[this.rows.length - 1];
    if (last?.kind !== 'elided') this.rows.push({ kind: 'elided', after: [[{ text: ELIDED }]], before: [[{ text: ELIDED }]] });
  }

  /** Enters an item; its heading row waits until something inside it is emitted. */
  enter(heading?: Row): void {
    this.open.push({ heading, shown: false, sameBefore: false });
  }

  leave(): void {
    const item = this.open.pop();
    if (item?.heading && !item.shown) this.same();
  }

  emit(change: Change | undefined, row: Row | undefined): void {
    for (const item of this.open) {
      if (item.shown) continue;
      item.shown = true;
      if (item.heading) this.rows.push(item.heading);
      if (item.sameBefore) this.elide();
    }
    if (change) this.changes.push(change);
    if (row) this.rows.push(row);
  }

  change(item: ItemRef, change: Omit<Change, 'path' | 'id' | 'name'>, row: Row | undefined): void {
    const path = change.kind === 'removed' && change.field === undefined ? item.oldPath : item.path;
    this.emit(clean({ kind: change.kind, path, id: item.id, name: item.name, field: change.field, old: change.old, new: change.new, oldPath: change.oldPath }), row);
  }
}

/** Leaves out keys with no value so the JSON shows only what each change has. */
function clean(change: Change): Change {
  for (const k of Object.keys(change) as (keyof Change)[]) if (change[k] === undefined) delete change[k];
  return change;
}

export function line(text: string, mark = false): Line {
  return text ? [{ text, mark: mark || undefined }] : [];
}
