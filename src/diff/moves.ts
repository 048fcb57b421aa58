import { isObject } from '../plan.js';
import { flatText } from './display.js';
import { itemKeys } from './compare.js';
import { matchItems } from './match.js';
import type { DataPath } from './types.js';

/**
 * Nested items (取組, 節) that moved to another parent: a 取組 taken out of one 事業 and put under
 * another is one move, not a removal here and an addition there. Keyed by the new plan's object.
 */
export interface CrossMoves {
  byNew: Map<unknown, { old: unknown; oldPath: DataPath; oldIndex: number }>;
  /** The old plan's objects that moved away: nothing is printed where they were. */
  movedOld: Set<unknown>;
}

export interface ParentPair { a: unknown; b: unknown; oldPath: DataPath }

/**
 * Pairs what no parent kept: the children each matched parent lost against those each gained, with
 * the same matching as inside one parent (ID, 名称 + 号, then similarity).
 */
export function crossMoves(parents: readonly ParentPair[], key: '取組' | '節'): CrossMoves {
  const lost: { v: unknown; path: DataPath; index: number }[] = [];
  const found: unknown[] = [];
  for (const p of parents) {
    const a = children(p.a, key);
    const b = children(p.b, key);
    const m = matchItems(a, b, itemKeys, flatText);
    for (const o of m.removed) lost.push({ v: a[o], path: [...p.oldPath, key, o], index: o });
    for (const n of m.added) found.push(b[n]);
  }
  const moves: CrossMoves = { byNew: new Map(), movedOld: new Set() };
  if (!lost.length || !found.length) return moves;
  const g = matchItems(lost.map((x) => x.v), found, itemKeys, flatText);
  for (const p of g.pairs) {
    const from = lost[p.old];
    moves.byNew.set(found[p.new], { old: from.v, oldPath: from.path, oldIndex: from.index });
    moves.movedOld.add(from.v);
  }
  return moves;
}

function children(v: unknown, key: string): unknown[] {
  return isObject(v) && Array.isArray(v[key]) ? v[key] : [];
}
