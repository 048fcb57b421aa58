import type { Segment } from './segment.js';

/** What `jusou diff --format` writes. */
export const DIFF_FORMATS = ['html', 'pdf', 'md', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export type ChangeKind = 'added' | 'removed' | 'changed' | 'moved';
export type DataPath = (string | number)[];

/**
 * One change of the machine-readable list (docs/diff.md). `path` is the item's data path in the new plan
 * (the old plan's for a removed item), `field` the changed value inside it (dotted, with [n] for a list
 * element); no field means the item itself was added, removed or moved.
 */
export interface Change {
  kind: ChangeKind;
  path: DataPath;
  /** The item's ID when it has one. */
  id?: string;
  /** The item's 名称 or 見出し, for people reading the list. */
  name?: string;
  field?: string;
  old?: unknown;
  new?: unknown;
  /** Only for a moved item: where it was. */
  oldPath?: DataPath;
}

/** One line of a table cell: segments, some underlined; `strong` for an item's heading. */
export type Line = Segment[];

export type RowKind = 'heading' | 'changed' | 'added' | 'removed' | 'moved' | 'renumbered' | 'code' | 'elided';

/** One row of the 新旧対照表: the same place in the revised (after) and the current (before) plan. */
export interface Row { kind: RowKind; label?: string; after: Line[]; before: Line[] }

export type UnitGroup = 'plan' | 'chapter' | 'business' | 'meeting';

/** A top-level part of the plan (概要, a 章, a 事業, a 会議) with its rows; untouched units print as （略）. */
export interface Unit {
  group: UnitGroup;
  /** The 号 a 事業 unit is grouped under (its first 号, the new plan's unless it was removed). */
  code?: string;
  title: string;
  rows: Row[];
  changes: Change[];
  /** For a 事業: what happened to it, for the per-号 summary. */
  status?: 'added' | 'removed' | 'changed' | 'same';
  codes?: string[];
}
