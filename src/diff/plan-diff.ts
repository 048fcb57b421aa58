import { canonicalCodes, codeTable } from '../check/codes.js';
import type { Plan } from '../plan.js';
import { asList, isObject } from '../plan.js';
import { Collector, type ItemRef } from './collector.js';
import { compareItem, compareValue, itemKeys, PLACEMENT } from './compare.js';
import { itemAdded, itemRemoved } from './items.js';
import { flatText, headingText } from './display.js';
import { matchItems, reordered, type Pair } from './match.js';
import { crossMoves, type CrossMoves } from './moves.js';
import type { Change, DataPath, Unit, UnitGroup } from './types.js';

export interface PlanDiff { units: Unit[]; changes: Change[] }


/**
 * The semantic difference of two versions of a plan, in the order of the revised document: 計画の概要,
 * the chapters, the 事業 grouped by 号 (first 号, codes.json order), the 会議.
 */
export function diffPlans(oldPlan: Plan, newPlan: Plan): PlanDiff {
  const units: Unit[] = [planUnit(oldPlan, newPlan), ...listUnits('chapter', '章', oldPlan, newPlan, PLACEMENT), ...businessUnits(oldPlan, newPlan), ...listUnits('meeting', '会議', oldPlan, newPlan)];
  return { units, changes: units.flatMap((u) => u.changes) };
}

function unit(group: UnitGroup, title: string, run: (c: Collector) => void, moves?: CrossMoves): Unit {
  const c = new Collector(moves);
  run(c);
  return { group, title, rows: c.rows, changes: c.changes };
}

function ref(path: DataPath, oldPath: DataPath, v: unknown): ItemRef {
  const id = isObject(v) && typeof v.ID === 'string' ? v.ID : undefined;
  return { path, oldPath, id, name: headingText(v) || undefined };
}

function planUnit(a: Plan, b: Plan): Unit {
  return unit('plan', '計画の概要', (c) => {
    for (const key of ['自治体', '計画', '推進体制'] as const) {
      const item: ItemRef = { path: [key], oldPath: [key] };
      if (a[key] === undefined || b[key] === undefined || (isObject(a[key]) && isObject(b[key]))) {
        c.enter({ kind: 'heading', after: [[{ text: key }]], before: [[{ text: key }]] });
        compareValue(c, item, [], key, a[key], b[key]);
        c.leave();
      }
    }
  });
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Items of two lists in the new list's order, with removed ones placed after the item they followed. */
function ordered(m: ReturnType<typeof matchItems>): { old?: number; new?: number }[] {
  const out: { old?: number; new?: number }[] = [...m.pairs, ...m.added.map((n) => ({ new: n }))].sort((x, y) => x.new! - y.new!);
  for (const o of [...m.removed].reverse()) {
    const after = out.findIndex((e) => e.old !== undefined && e.old > o);
    out.splice(after < 0 ? out.length : after, 0, { old: o });
  }
  return out;
}

/** The units of one top-level list (章, 会議): matched, in new order, added and removed ones included. */
function listUnits(group: UnitGroup, key: '章' | '会議', a: Plan, b: Plan, skip?: Set<string>): Unit[] {
  const olds = list(a[key]);
  const news = list(b[key]);
  const m = matchItems(olds, news, itemKeys, flatText);
  const moved = reordered(m.pairs);
  const moves = key === '章' ? crossMoves(m.pairs.map((p) => ({ a: olds[p.old], b: news[p.new], oldPath: [key, p.old] })), '節') : undefined;
  return ordered(m).map((e) => {
    const v = e.new !== undefined ? news[e.new] : olds[e.old!];
    const item = ref(e.new !== undefined ? [key, e.new] : [key], e.old !== undefined ? [key, e.old] : [key], v);
    return unit(group, headingText(v), (c) => {
      if (e.old === undefined) return itemAdded(c, item, v);
      if (e.new === undefined) return itemRemoved(c, item, v);
      const pair = m.pairs.find((p) => p.new === e.new)!;
      compareItem(c, item, olds[e.old], v, { skip, moved: moved.has(pair) ? { old: e.old, new: e.new } : undefined });
    }, moves);
  });
}

/**
 * Where each 事業 ID is printed: its position in document order of the chapters' 事業 lists, then, for
 * those no chapter places, after all chapters in YAML order, as the renderer does.
 */
function placements(plan: Plan): Map<string, number> {
  const out = new Map<string, number>();
  const visit = (chapters: unknown) => {
    for (const ch of list(chapters)) {
      if (!isObject(ch)) continue;
      for (const id of asList<unknown>(ch.事業)) if (typeof id === 'string' && !out.has(id)) out.set(id, out.size);
      visit(ch.節);
    }
  };
  visit(plan.章);
  for (const bz of list(plan.事業)) if (isObject(bz) && typeof bz.ID === 'string' && !out.has(bz.ID)) out.set(bz.ID, out.size);
  return out;
}

function codesOf(v: unknown): string[] {
  return isObject(v) ? canonicalCodes(v.号) : [];
}

function businessUnits(a: Plan, b: Plan): Unit[] {
  const olds = list(a.事業);
  const news = list(b.事業);
  const m = matchItems(olds, news, itemKeys, flatText);
  const oldPlace = placements(a);
  const newPlace = placements(b);
  const placeOf = (places: typeof oldPlace, v: unknown, index: number) => (isObject(v) && typeof v.ID === 'string' ? places.get(v.ID) : undefined) ?? 1e6 + index;
  // Document order, not YAML order: a 事業 moved to another chapter or up its chapter's list is moved.
  const byPlace: Pair[] = m.pairs.map((p) => ({ old: placeOf(oldPlace, olds[p.old], p.old), new: placeOf(newPlace, news[p.new], p.new) }));
  const movedPlaces = reordered(byPlace);
  const moves = crossMoves(m.pairs.map((p) => ({ a: olds[p.old], b: news[p.new], oldPath: ['事業', p.old] })), '取組');
  const codeOrder = codeTable().codes.map((e) => e.code);
  const rank = (codes: string[]) => (codes.length ? codeOrder.indexOf(codes[0]) : codeOrder.length);
  const units = ordered(m).map((e) => {
    const v = e.new !== undefined ? news[e.new] : olds[e.old!];
    const codes = [...new Set([...(e.new !== undefined ? codesOf(news[e.new]) : []), ...(e.old !== undefined ? codesOf(olds[e.old]) : [])])];
    const item = ref(e.new !== undefined ? ['事業', e.new] : ['事業'], e.old !== undefined ? ['事業', e.old] : ['事業'], v);
    const u = unit('business', headingText(v), (c) => {
      if (e.old === undefined) return itemAdded(c, item, v);
      if (e.new === undefined) return itemRemoved(c, item, v);
      const i = m.pairs.findIndex((p) => p.new === e.new);
      // Positions in document order (0-based), as for every other moved item its list index.
      const moved = movedPlaces.has(byPlace[i]) ? { old: byPlace[i].old, new: byPlace[i].new } : undefined;
      compareItem(c, item, olds[e.old], v, { moved });
    }, moves);
    u.code = (e.new !== undefined ? codesOf(news[e.new]) : codesOf(olds[e.old!]))[0];
    u.codes = codes;
    u.status = e.old === undefined ? 'added' : e.new === undefined ? 'removed' : u.changes.length ? 'changed' : 'same';
    return { u, rank: rank(u.code ? [u.code] : []), order: e.new ?? e.old! };
  });
  return units.sort((x, y) => x.rank - y.rank || x.order - y.order).map((x) => x.u);
}
