/**
 * The rules about what 社会福祉法第106条の5 asks of a plan as a whole (目標, 公表, 意見聴取, 調和). Every real
 * plan lacks some of these, so it is rightly warned (test/plans/law-contents.test.ts pins which); tests
 * about other behaviour (caching, fixing, slips) set those true warnings aside.
 */
export const PLAN_LEVEL_RULES: ReadonlySet<string> = new Set(['plan-contents', 'harmony-plans', 'public-opinion', 'published']);

export function withoutPlanLevel<T extends { rule?: string }>(diagnostics: readonly T[]): T[] {
  return diagnostics.filter((d) => !PLAN_LEVEL_RULES.has(d.rule ?? ''));
}

/**
 * A real plan's text with the plan-level sections its document lacks written in (a 目標, an 意見聴取, a
 * 公表, and the four statutory plans among the 関連計画), for tests that need a real plan with no findings
 * at all (an empty problems panel). The added values are test data, not the municipality's.
 */
export function withPlanLevel(text: string): string {
  const statutory = ['市町村地域福祉計画', '介護保険事業計画', '障害福祉計画', '子ども・子育て支援事業計画'];
  const related = statutory.map((kind) => `    - 名称: ${kind}（試験用）\n      法定計画: ${kind}\n      関係: 調和\n`).join('');
  const sections = [
    '  目標:\n    - 指標: 相談受付件数\n      目標値: 300\n      単位: 件\n',
    '  意見聴取:\n    - 方法: パブリックコメント\n',
    '  公表:\n    方法: 市ホームページに掲載\n',
  ].join('');
  const out = text.replace(/^計画:\n/m, `計画:\n${sections}`).replace(/^ {2}関連計画:\n/m, `  関連計画:\n${related}`);
  if (!out.includes('（試験用）')) throw new Error('the plan has no 計画.関連計画 to extend');
  return out;
}
