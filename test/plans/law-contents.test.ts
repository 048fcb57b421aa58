import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../../src/commands/check.js';
import { checkText } from '../../src/batch/check-file.js';
import { PLANS, planPath, ROOT } from '../helpers/cli.js';
import { PLAN_LEVEL_RULES } from '../helpers/plan-level.js';

/**
 * What 社会福祉法第106条の5 asks of the plan, against what each seed states (plans/README.md records it):
 * no plan states targets, how views were heard or where it was published; each names its 地域福祉計画,
 * and only some name the other three statutory plans in a way the seed identifies.
 */
const EXPECTED: Record<(typeof PLANS)[number], { rule: string; message: RegExp }[]> = Object.fromEntries(
  ([
    ['komatsu', '介護保険事業計画・障害福祉計画'],
    ['komaki', '介護保険事業計画・障害福祉計画・子ども・子育て支援事業計画'],
    ['nonoichi', '介護保険事業計画・障害福祉計画・子ども・子育て支援事業計画'],
    ['kotoura', '介護保険事業計画・障害福祉計画・子ども・子育て支援事業計画'],
    ['toyama', '介護保険事業計画'],
  ] as const).map(([name, unnamed]) => [name, [
    { rule: 'plan-contents', message: /^計画に目標と評価指標がありません（社会福祉法第106条の5第1項、社会福祉法施行規則第34条の10）$/ },
    { rule: 'public-opinion', message: /意見聴取.*がありません（社会福祉法第106条の5第2項）$/ },
    { rule: 'published', message: /公表.*がありません（社会福祉法第106条の5第4項）$/ },
    { rule: 'harmony-plans', message: new RegExp(`^社会福祉法第106条の5第3項が調和を求める計画のうち、${unnamed}が関連計画にありません$`) },
  ]]),
) as never;

describe.each(PLANS)('%s: the warnings its seed justifies', (name) => {
  it('gets exactly the plan-level warnings listed in plans/README.md, all of them warnings', async () => {
    const { diagnostics } = await checkPaths([planPath(name)], 'ja');
    const mine = diagnostics.filter((d) => PLAN_LEVEL_RULES.has(d.rule));
    expect(mine.map((d) => d.rule)).toEqual(EXPECTED[name].map((e) => e.rule).sort((a, b) => order(a) - order(b)));
    for (const e of EXPECTED[name]) expect(mine.find((d) => d.rule === e.rule)?.message).toMatch(e.message);
    expect(mine.every((d) => d.severity === 'warning')).toBe(true);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('keeps meetings free of the chapters\' text (plans/README.md: no duplication)', () => {
    const plan = parse(readFileSync(planPath(name), 'utf8'));
    const body: string[] = [];
    const walk = (cs: any[] = []) => cs.forEach((c) => { for (const b of c.本文 ?? []) if (typeof b === 'string') body.push(b); walk(c.節); });
    walk(plan.章);
    const repeated = (plan.会議 ?? []).flatMap((m: any) => [m.目的, m.備考].flat().filter((s: unknown) => typeof s === 'string' && s.length > 12 && body.some((b) => b.includes(s as string))));
    expect(repeated).toEqual([]);
  });
});

/** Findings are sorted by position, then by rule order: 計画 comes first, then 章. */
function order(rule: string): number {
  return ['plan-contents', 'public-opinion', 'published', 'harmony-plans'].indexOf(rule);
}

describe('a plan with 目標, 意見聴取, 公表 and the four statutory plans named', () => {
  it('gets none of the plan-level warnings', async () => {
    const { diagnostics } = await checkPaths([join(ROOT, 'test', 'fixtures', 'minimal.yaml')], 'ja');
    expect(diagnostics).toEqual([]);
  });

  it('is still silent when the four are named by a real plan\'s words and 目標 sit on the 事業 only', () => {
    const plan = parse(readFileSync(join(ROOT, 'test', 'fixtures', 'minimal.yaml'), 'utf8'));
    const goal = plan.計画.目標;
    delete plan.計画.目標;
    plan.事業[0].目標 = goal;
    plan.計画.関連計画 = [
      { 名称: '富山市地域福祉計画', 法定計画: '市町村地域福祉計画', 関係: '上位計画' },
      { 名称: '高齢者総合福祉プラン（高齢者保健福祉計画・介護保険事業計画）', 法定計画: '介護保険事業計画', 関係: '調和' },
      { 名称: '障害者計画・障害福祉計画・障害児福祉計画', 法定計画: ['障害福祉計画'], 関係: ['調和'] },
      { 名称: '子ども・子育て支援事業計画', 法定計画: '子ども・子育て支援事業計画', 関係: ['調和', '整合'] },
    ];
    const { diagnostics } = checkText('p.yaml', JSON.stringify(plan), 'ja');
    expect(diagnostics).toEqual([]);
  });
});
