import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planPath, ROOT } from '../helpers/cli.js';
import { installedRepo, removeInstalledRepo, runInstalled, type InstalledRepo } from '../helpers/installed.js';

/** The package as a municipality installs it from a tarball: complete at run time, built with nothing of ours. */
let repo: InstalledRepo;
beforeAll(() => {
  repo = installedRepo();
}, 120_000);
afterAll(removeInstalledRepo);

describe('npm pack → npm install -D ./jusou-<version>.tgz', () => {
  it('packs the compiled code with its prebuilt validator, the schemas, templates and data, and no sources or tests', () => {
    for (const file of ['bin/jusou.js', 'lib/cli.js', 'lib/check/validate-plan.cjs', 'schemas/plan.schema.json', 'schemas/codes.json', 'data/municipalities.csv', 'package.json', 'README.md']) {
      expect(repo.files, file).toContain(file);
    }
    expect(repo.files.some((f) => f.startsWith('templates/html/'))).toBe(true);
    expect(repo.files.some((f) => f.startsWith('templates/md/'))).toBe(true);
    expect(repo.files.filter((f) => /^(src|test|bench|scripts|docs|plans|node_modules)\/|\.ts$/.test(f))).toEqual([]);
    expect(repo.tarball.startsWith(ROOT)).toBe(false);
  });

  it('installs jusou and its run-time dependencies only: no compiler, no test tools', () => {
    const pkg = JSON.parse(readFileSync(join(repo.dir, 'package.json'), 'utf8'));
    expect(pkg.devDependencies.jusou).toMatch(/^file:.*jusou-.*\.tgz$/);
    expect(existsSync(join(repo.dir, 'node_modules', 'jusou', 'lib', 'check', 'validate-plan.cjs'))).toBe(true);
    for (const dev of ['typescript', 'tsx', 'vitest']) expect(existsSync(join(repo.dir, 'node_modules', dev)), dev).toBe(false);
  });

  it('npx jusou check passes a good plan (exit 0)', () => {
    copyFileSync(planPath('komatsu'), join(repo.dir, 'plans', 'komatsu.yaml'));
    const r = runInstalled(repo, ['check', 'plans/komatsu.yaml']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('問題はありません');
  });

  it('npx jusou check fails a broken plan (exit 1) with a positioned Japanese error', () => {
    const broken = join(repo.dir, 'plans', 'broken.yaml');
    const text = readFileSync(planPath('komatsu'), 'utf8');
    expect(text).toContain('所管課: 長寿介護課');
    writeFileSync(broken, text.replace('所管課: 長寿介護課', '所管か: 長寿介護課'));
    const r = runInstalled(repo, ['check', 'plans/broken.yaml', '--no-color']);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toMatch(/plans\/broken\.yaml:177:9\s+エラー\s+.*「所管か」は定義されていません/);
  });

  it('npx jusou render writes the HTML and Markdown documents from the packed templates', () => {
    copyFileSync(planPath('komatsu'), join(repo.dir, 'plans', 'komatsu.yaml'));
    const r = runInstalled(repo, ['render', 'plans/komatsu.yaml', '--out', 'dist']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(readFileSync(join(repo.dir, 'dist', 'komatsu', 'komatsu.html'), 'utf8')).toContain('小松市');
    expect(existsSync(join(repo.dir, 'dist', 'komatsu', 'komatsu.md'))).toBe(true);
  });
});
