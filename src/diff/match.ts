import { diffArrays } from 'diff';
import { bagBound, matchTokens, tokenSimilarity } from './segment.js';

export interface Pair { old: number; new: number }
export interface Matching { pairs: Pair[]; removed: number[]; added: number[] }

export type KeyOf<T> = (item: T) => string | undefined;

/** Below this two unmatched items are different items, not one reworded. */
export const MATCH_THRESHOLD = 0.5;

/**
 * Pairs the items of two versions of a list: by each key in turn (ID, then 名称 + 号, …; a key two items
 * share on one side is ambiguous and skipped), then what is left by text similarity, best pairs first.
 * A renamed or moved item is therefore one pair, not a removal and an addition.
 */
export function matchItems<T>(olds: readonly T[], news: readonly T[], keys: KeyOf<T>[], textOf: (item: T) => string): Matching {
  const pairs: Pair[] = [];
  const freeOld = new Set(olds.map((_, i) => i));
  const freeNew = new Set(news.map((_, i) => i));
  for (const key of keys) {
    const oldBy = uniqueBy(olds, freeOld, key);
    const newBy = uniqueBy(news, freeNew, key);
    for (const [k, o] of oldBy) {
      const n = newBy.get(k);
      if (n === undefined) continue;
      pairs.push({ old: o, new: n });
      freeOld.delete(o);
      freeNew.delete(n);
    }
  }
  if (freeOld.size && freeNew.size) {
    const candidates: { old: number; new: number; score: number }[] = [];
    const oldTexts = new Map([...freeOld].map((i) => [i, textOf(olds[i])]));
    const newTexts = new Map([...freeNew].map((i) => [i, textOf(news[i])]));
    const tokens = new Map<string, string[]>();
    const tokensOf = (t: string) => tokens.get(t) ?? (tokens.set(t, matchTokens(t)), tokens.get(t)!);
    for (const [o, a] of oldTexts) {
      for (const [n, b] of newTexts) {
        if (!plausible(a, b)) continue;
        const ta = tokensOf(a);
        const tb = tokensOf(b);
        if (a !== b && bagBound(ta, tb) < MATCH_THRESHOLD) continue;
        const score = a === b ? 1 : tokenSimilarity(ta, tb);
        if (score >= MATCH_THRESHOLD) candidates.push({ old: o, new: n, score });
      }
    }
    candidates.sort((x, y) => y.score - x.score || x.new - y.new);
    for (const c of candidates) {
      if (!freeOld.has(c.old) || !freeNew.has(c.new)) continue;
      pairs.push({ old: c.old, new: c.new });
      freeOld.delete(c.old);
      freeNew.delete(c.new);
    }
  }
  pairs.sort((a, b) => a.new - b.new);
  return { pairs, removed: [...freeOld].sort((a, b) => a - b), added: [...freeNew].sort((a, b) => a - b) };
}

/** Texts whose lengths differ threefold cannot reach the threshold: skip the token diff. */
function plausible(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a.length, b.length] : [b.length, a.length];
  return long === 0 || short / long >= MATCH_THRESHOLD / (2 - MATCH_THRESHOLD);
}

function uniqueBy<T>(items: readonly T[], free: Set<number>, key: KeyOf<T>): Map<string, number> {
  const seen = new Map<string, number>();
  const dup = new Set<string>();
  for (const i of free) {
    const k = key(items[i]);
    if (k === undefined) continue;
    if (seen.has(k)) dup.add(k);
    else seen.set(k, i);
  }
  for (const k of dup) seen.delete(k);
  return seen;
}

/**
 * The pairs whose order changed: those outside the longest run kept in order (so moving one item up
 * marks that item, not everything it passed). Pairs are given in new order with their old positions.
 */
export function reordered(pairs: readonly Pair[]): Set<Pair> {
  const byNew = [...pairs].sort((a, b) => a.new - b.new);
  const byOld = [...pairs].sort((a, b) => a.old - b.old);
  const kept = new Set<Pair>();
  for (const part of diffArrays(byOld, byNew)) if (!part.added && !part.removed) for (const p of part.value) kept.add(p);
  return new Set(pairs.filter((p) => !kept.has(p)));
}
