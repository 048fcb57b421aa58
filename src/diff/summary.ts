import { codeEntry, codeTable } from '../check/codes.js';
import type { Plan } from '../plan.js';
import { isObject, walkBusinesses } from '../plan.js';
import { formatPeriod, formatPlanMonth } from '../render/dates.js';
import { canonicalCodes } from '../check/codes.js';
import { yearMonth } from '../wareki.js';
import type { PlanDiff } from './plan-diff.js';
import type { ChangeKind } from './types.js';

export interface CodeCount { code: string; name: string; added: number; removed: number; changed: number }
export interface CodeRef { code: string; name: string }

/** The top of the table and of the command's output: what a council member asks first. */
export interface DiffSummary {
  title: { old?: string; new?: string };
  municipality: { old?: string; new?: string; same: boolean };
  period: { old?: string; new?: string; changed: boolean };
  /** The revised plan's latest 計画.改定 entry. */
  revision?: { date: string; content?: string };
  /** The revised plan's 計画.公表 (社会福祉法第106条の5第4項: a changed plan is published). */
  publication?: { date?: string; url?: string; method?: string };
  counts: Record<ChangeKind, number> & { total: number };
  /** 事業 added / removed / changed, per 号 they carry (either version's), in the law's order. */
  byCode: CodeCount[];
  coverage: { mandated: number; oldCovered: number; newCovered: number; lost: CodeRef[]; gained: CodeRef[] };
}

const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
const rec = (v: unknown): Record<string, unknown> => (isObject(v) ? v : {});

export function summarize(oldPlan: Plan, newPlan: Plan, diff: PlanDiff): DiffSummary {
  const town = (p: Plan) => rec(p.自治体);
  const info = (p: Plan) => rec(p.計画);
  const period = (p: Plan) => { const pr = rec(info(p).期間); return formatPeriod(pr.開始年度, pr.終了年度) ?? str(pr.記載); };
  const name = (p: Plan) => str(town(p).名称);
  const code = (p: Plan) => str(town(p).全国地方公共団体コード);
  const sameTown = code(oldPlan) && code(newPlan) ? code(oldPlan) === code(newPlan) : name(oldPlan) === name(newPlan);
  const counts = { added: 0, removed: 0, changed: 0, moved: 0, total: diff.changes.length };
  for (const c of diff.changes) counts[c.kind]++;
  return {
    title: { old: str(info(oldPlan).名称), new: str(info(newPlan).名称) },
    municipality: { old: name(oldPlan), new: name(newPlan), same: sameTown },
    period: { old: period(oldPlan), new: period(newPlan), changed: period(oldPlan) !== period(newPlan) },
    revision: latestRevision(newPlan),
    publication: publication(newPlan),
    counts,
    byCode: byCode(diff),
    coverage: coverage(oldPlan, newPlan),
  };
}

/** The 改定 entry with the latest 年月 (entries are usually in order; a 年月 that is not one sorts first). */
export function latestRevision(plan: Plan): { date: string; content?: string } | undefined {
  const entries = (Array.isArray(rec(plan.計画).改定) ? rec(plan.計画).改定 as unknown[] : []).filter(isObject);
  const key = (e: Record<string, unknown>) => { const ym = yearMonth(e.年月); return ym ? ym.year * 100 + ym.month : -1; };
  const last = entries.reduce<Record<string, unknown> | undefined>((best, e) => (!best || key(e) >= key(best) ? e : best), undefined);
  return last ? { date: formatPlanMonth(last.年月) ?? '', content: str(last.内容) } : undefined;
}

function publication(plan: Plan): DiffSummary['publication'] {
  const p = rec(rec(plan.計画).公表);
  const out = { date: formatPlanMonth(p.年月), url: str(p.URL), method: str(p.方法) };
  return out.date || out.url || out.method ? out : undefined;
}

function byCode(diff: PlanDiff): CodeCount[] {
  const counts = new Map<string, CodeCount>();
  for (const u of diff.units) {
    if (u.group !== 'business' || !u.status || u.status === 'same') continue;
    for (const c of u.codes?.length ? u.codes : ['']) {
      const row = counts.get(c) ?? { code: c, name: codeEntry(c)?.name ?? '号なし', added: 0, removed: 0, changed: 0 };
      row[u.status]++;
      counts.set(c, row);
    }
  }
  const order = codeTable().codes.map((e) => e.code);
  const rank = (c: string) => (order.includes(c) ? order.indexOf(c) : order.length);
  return [...counts.values()].sort((a, b) => rank(a.code) - rank(b.code));
}

/** The 号 some 事業 or 取組 names itself (as the 対応表 and the mandated-codes rule count them). */
function covered(plan: Plan): Set<string> {
  const out = new Set<string>();
  for (const { business } of walkBusinesses(plan)) for (const c of canonicalCodes(business.号)) out.add(c);
  return out;
}

function coverage(oldPlan: Plan, newPlan: Plan): DiffSummary['coverage'] {
  const mandated = codeTable().codes.filter((c) => c.mandated);
  const before = covered(oldPlan);
  const after = covered(newPlan);
  const refOf = (c: { code: string; name: string }) => ({ code: c.code, name: c.name });
  return {
    mandated: mandated.length,
    oldCovered: mandated.filter((c) => before.has(c.code)).length,
    newCovered: mandated.filter((c) => after.has(c.code)).length,
    lost: mandated.filter((c) => before.has(c.code) && !after.has(c.code)).map(refOf),
    gained: mandated.filter((c) => !before.has(c.code) && after.has(c.code)).map(refOf),
  };
}
