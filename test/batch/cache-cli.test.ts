import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { planPath, ROOT, tempDir } from '../helpers/cli.js';

/**
 * The cache end to end, on a private copy of the installed tool (bin, lib, schemas, data), so the
 * schema, the list of municipalities and jusou's own code can be edited between two cached runs:
 * each edit must change the result, never replay the old one.
 */
let install: string;
let work: string;
let plan: string;

function runCopy(args: string[]) {
  const r = spawnSync(process.execPath, [join(install, 'bin', 'jusou.js'), ...args], { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.split(from).join(to));
}

beforeAll(() => {
  install = tempDir('jusou-install-');
  for (const part of ['bin', 'lib', 'schemas', 'data', 'package.json']) cpSync(join(ROOT, part), join(install, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(install, 'node_modules'));
  work = tempDir('jusou-work-');
  plan = join(work, 'kotoura.yaml');
  cpSync(planPath('kotoura'), plan);
});

describe('--cache through the command line', () => {
  it('writes .jusoucache in the working directory and gives the same answer twice', () => {
    expect(runCopy(['check', '--help']).stdout).toContain('--cache-location');
    const first = runCopy(['check', plan, '--cache']);
    const second = runCopy(['check', plan, '--cache']);
    expect(first.code).toBe(0);
    expect(existsSync(join(work, '.jusoucache'))).toBe(true);
    expect(second).toEqual(first);
  });

  it('a changed schema changes the result', () => {
    runCopy(['check', plan, '--cache']);
    // 圏域 is used by the plan; once the schema no longer defines it, it is an unknown key.
    edit(join(install, 'schemas', 'plan.schema.json'), '"圏域":', '"圏域_removed":');
    const r = runCopy(['check', plan, '--cache', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).map((d: { rule: string }) => d.rule)).toContain('unknown-key');
    edit(join(install, 'schemas', 'plan.schema.json'), '"圏域_removed":', '"圏域":');
    expect(runCopy(['check', plan, '--cache']).code).toBe(0);
  });

  it('changed data (the list of municipalities) changes the result', () => {
    runCopy(['check', plan, '--cache']);
    edit(join(install, 'data', 'municipalities.csv'), '313718,鳥取県,琴浦町', '313718,鳥取県,琴浦村');
    const r = runCopy(['check', plan, '--cache']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('鳥取県琴浦村のコードです');
    edit(join(install, 'data', 'municipalities.csv'), '313718,鳥取県,琴浦村', '313718,鳥取県,琴浦町');
  });

  it('a changed jusou (same version, edited code) changes the result', () => {
    const broken = readFileSync(plan, 'utf8').replace('所管課: 福祉あんしん課', '所管か: 福祉あんしん課');
    writeFileSync(plan, broken);
    const before = runCopy(['check', plan, '--cache']);
    expect(before.stdout).toContain('は定義されていません');
    edit(join(install, 'lib', 'check', 'rules', 'unknown-key.js'), 'は定義されていません', 'は使えないキーです');
    const after = runCopy(['check', plan, '--cache']);
    expect(after.stdout).toContain('は使えないキーです');
  });
});
