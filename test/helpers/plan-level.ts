/**
 * The rules about what 社会福祉法第106条の5 asks of a plan as a whole (目標, 公表, 意見聴取, 調和). Every real
 * plan lacks some of these, so it is rightly warned (test/plans/law-contents.test.ts pins which); tests
 * about other behaviour (caching, fixing, slips) set those true warnings aside.
 */
export const PLAN_LEVEL_RULES: ReadonlySet<string> = new Set(['plan-contents', 'harmony-plans', 'public-opinion', 'published']);

export function withoutPlanLevel<T extends { rule?: string }>(diagnostics: readonly T[]): T[] {
  return diagnostics.filter((d) => !PLAN_LEVEL_RULES.has(d.rule ?? ''));
}
