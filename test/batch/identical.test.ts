import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BatchOptions } from '../../src/batch/index.js';
import { checkPaths, type CheckResult } from '../../src/commands/check.js';
import type { Lang } from '../../src/i18n.js';
import { PLANS, planPath, ROOT, tempDir } from '../helpers/cli.js';
import { PLAN_LEVEL_RULES } from '../helpers/plan-level.js';

/**
 * The fast path, the worker pool and the cache are optimisations only: for the five real plans and
 * every rule fixture they must give exactly the diagnostics (and code-frame sources) of the plain
 * pipeline — one thread, every file loaded with positions, nothing cached.
 */
const RULE_FIXTURES = join(ROOT, 'test', 'fixtures', 'rules');
const files = [
  ...PLANS.map(planPath),
  join(ROOT, 'test', 'fixtures', 'minimal.yaml'),
  ...readdirSync(RULE_FIXTURES).sort().flatMap((rule) => ['pass.yaml', 'fail.yaml'].map((f) => join(RULE_FIXTURES, rule, f))),
];

const CONFIGS: [string, () => BatchOptions][] = [
  ['fast path, one thread', () => ({ fast: true, workers: 1 })],
  ['fast path, two threads as a pipeline', () => ({ fast: true, workers: 2, threads: 'pipeline' })],
  ['full loader, two threads as a pipeline', () => ({ fast: false, workers: 2, threads: 'pipeline' })],
  ['fast path, a pool of two', () => ({ fast: true, workers: 2, threads: 'pool' })],
  ['full loader, a pool of two', () => ({ fast: false, workers: 2, threads: 'pool' })],
  ['automatic (the command line default)', () => ({})],
];

function sourcesOfDiagnosedFiles(r: CheckResult): Record<string, string | undefined> {
  return Object.fromEntries([...new Set(r.diagnostics.map((d) => d.file))].map((f) => [f, r.sources.get(f)]));
}

describe.each(['ja', 'en'] as Lang[])('identical results (%s)', (lang) => {
  let reference: CheckResult;
  beforeAll(async () => {
    reference = await checkPaths(files, lang, { fast: false, workers: 1 });
  });

  it('the reference run sees problems in every failing fixture and none in the plans', () => {
    // The plans' own 第106条の5 warnings are true (no 目標 …) and not the problems meant here.
    const failing = new Set(reference.diagnostics.filter((d) => d.file.endsWith('fail.yaml') || !PLAN_LEVEL_RULES.has(d.rule)).map((d) => d.file));
    for (const f of files) expect(failing.has(f), f).toBe(f.endsWith('fail.yaml'));
  });

  it.each(CONFIGS)('%s', async (_label, options) => {
    const r = await checkPaths(files, lang, options());
    expect(r.diagnostics).toEqual(reference.diagnostics);
    expect(sourcesOfDiagnosedFiles(r)).toEqual(sourcesOfDiagnosedFiles(reference));
  });

  it('cache: a cold run (filling it) and a warm run (served from it) are both identical', async () => {
    const cache = join(tempDir('jusou-cache-'), 'cache.json');
    const cold = await checkPaths(files, lang, { cache });
    const warm = await checkPaths(files, lang, { cache });
    expect(cold.diagnostics).toEqual(reference.diagnostics);
    expect(warm.diagnostics).toEqual(reference.diagnostics);
    expect(sourcesOfDiagnosedFiles(warm)).toEqual(sourcesOfDiagnosedFiles(reference));
  });
});
