import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { describe, expect, it } from 'vitest';
import { mandatedCodes } from '../../src/check/codes.js';
import { checkPaths } from '../../src/commands/check.js';
import { PLANS, planPath, runCli, STACK_TRACE, tempDir } from '../helpers/cli.js';
import { withoutPlanLevel } from '../helpers/plan-level.js';

/** Removes every 事業 and 取組 that carries `code`, as a planner deleting that program would. */
function withoutCode(source: string, code: string): string {
  const doc = parseDocument(source);
  const prune = (seq: unknown) => {
    if (!isSeq(seq)) return;
    const items = (seq as YAMLSeq).items;
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i] as YAMLMap;
      if (!isMap(item)) continue;
      const codes = item.get('号', true);
      if (isSeq(codes) && codes.items.some((c: any) => c.value === code)) items.splice(i, 1);
      else prune(item.get('取組', true));
    }
  };
  prune(doc.get('事業', true));
  return doc.toString();
}

const dir = tempDir();

describe.each(PLANS)('plan %s', (plan) => {
  const source = readFileSync(planPath(plan), 'utf8');

  it('checks clean as committed', async () => {
    const { diagnostics } = await checkPaths([planPath(plan)], 'ja');
    // Its true 第106条の5 warnings (no 目標 …) are pinned in test/plans/law-contents.test.ts.
    expect(withoutPlanLevel(diagnostics)).toEqual([]);
  });

  it.each(mandatedCodes().map((c) => c.code))('fails without the 事業 carrying %s', async (code) => {
    const file = join(dir, `${plan}-${code}.yaml`);
    const mutated = withoutCode(source, code);
    expect(mutated).not.toEqual(source);
    writeFileSync(file, mutated);
    const { diagnostics } = await checkPaths([file], 'ja');
    const missing = diagnostics.filter((d) => d.rule === 'mandated-codes' && d.message.includes(`第106条の4第2項${code}（`));
    expect(missing).toHaveLength(1);
    const lines = mutated.split('\n');
    expect(lines[missing[0].line - 1]).toMatch(/^事業:/);
    expect(missing[0].column).toBe(1);
  });
});

describe('the command line on a plan without its 第3号ハ 事業', () => {
  it('exits 1 naming file:line:column and the 号, without a stack trace', () => {
    const file = join(dir, 'komatsu-no-3ha.yaml');
    writeFileSync(file, withoutCode(readFileSync(planPath('komatsu'), 'utf8'), '第3号ハ'));
    const r = runCli(['check', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:1  エラー  社会福祉法第106条の4第2項第3号ハ（地域活動支援センター事業）を実施する事業がありません`));
    expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
  });
});
