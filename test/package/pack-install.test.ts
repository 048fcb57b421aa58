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
    // komatsu's seed states no 目標, 意見聴取 or 公表: those warnings are true, and no error is left.
    expect(r.stdout).toContain('エラー 0件');
  });

  it('npx jusou check fails a broken plan (exit 1) with a positioned Japanese error', () => {
    const broken = join(repo.dir, 'plans', 'broken.yaml');
    const text = readFileSync(planPath('komatsu'), 'utf8');
    expect(text).toContain('所管課: 長寿介護課');
    writeFileSync(broken, text.replace('所管課: 長寿介護課', '所管か: 長寿介護課'));
    const r = runInstalled(repo, ['check', 'plans/broken.yaml', '--no-color']);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    const line = text.slice(0, text.indexOf('所管課: 長寿介護課')).split('\n').length;
    expect(r.stdout).toMatch(new RegExp(`plans/broken\\.yaml:${line}:9\\s+エラー\\s+.*「所管か」は定義されていません`));
  });

  it('npx jusou render writes the HTML and Markdown documents from the packed templates', () => {
    copyFileSync(planPath('komatsu'), join(repo.dir, 'plans', 'komatsu.yaml'));
    const r = runInstalled(repo, ['render', 'plans/komatsu.yaml', '--out', 'dist']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(readFileSync(join(repo.dir, 'dist', 'komatsu', 'komatsu.html'), 'utf8')).toContain('小松市');
    expect(existsSync(join(repo.dir, 'dist', 'komatsu', 'komatsu.md'))).toBe(true);
  });
});

describe('a municipality adopts jusou in its own repository: init --repo, init 金沢市, fill, check, render', () => {
  const UNFILLED = '【未記入】';

  it('the scaffold fails check with one positioned unfilled error per field to fill, and nothing else', () => {
    expect(runInstalled(repo, ['init', '--repo', '.']).code).toBe(0);
    const r = runInstalled(repo, ['init', '金沢市']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const text = readFileSync(join(repo.dir, 'plans', 'kanazawa.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../node_modules/jusou/schemas/plan.schema.json');
    const markerLines = text.split('\n').flatMap((l, i) => (l.includes(UNFILLED) && !l.trimStart().startsWith('#') ? [i + 1] : []));
    const check = runInstalled(repo, ['check', 'plans/kanazawa.yaml', '--format', 'json']);
    expect(check.code).toBe(1);
    const diagnostics = JSON.parse(check.stdout) as { rule: string; line: number }[];
    expect(new Set(diagnostics.map((d) => d.rule))).toEqual(new Set(['unfilled']));
    expect(diagnostics.map((d) => d.line)).toEqual(markerLines);
  });

  it('the VS Code settings point at schema files the installed package has', () => {
    const settings = JSON.parse(readFileSync(join(repo.dir, '.vscode', 'settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, unknown> };
    const paths = Object.keys(settings['yaml.schemas']);
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) expect(existsSync(join(repo.dir, p)), p).toBe(true);
  });

  it('once every field is filled the plan checks clean and renders its PDF', () => {
    const file = join(repo.dir, 'plans', 'kanazawa.yaml');
    const filled = readFileSync(file, 'utf8').split('\n')
      .map((l) => (l.trimStart().startsWith('#') ? l : l.replace(/【未記入】[^\n]*$/, '金沢市福祉政策課が記入した内容')))
      .join('\n');
    writeFileSync(file, filled);
    const check = runInstalled(repo, ['check', 'plans/kanazawa.yaml']);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    const render = runInstalled(repo, ['render', 'plans/kanazawa.yaml', '--format', 'pdf', '--out', 'dist']);
    expect(render.code, render.stdout + render.stderr).toBe(0);
    expect(readFileSync(join(repo.dir, 'dist', 'kanazawa', 'kanazawa.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
