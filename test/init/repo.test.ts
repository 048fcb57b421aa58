import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseConfig } from '../../src/config/load.js';
import { fromSpec, initRepo, packageName, targetOf } from '../../src/init/repo.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any
const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
const ALL = ['README.md', '.github/workflows/jusou.yml', '.gitignore', '.pre-commit-config.yaml', '.vscode/extensions.json', '.vscode/settings.json', 'jusou.config.yaml', 'package.json'];

let dir: string;
beforeEach(() => { dir = tempDir('jusou-repo-'); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const yaml = (path: string): Any => parse(read(path), { strict: true, uniqueKeys: true });
const json = (path: string): Any => JSON.parse(read(path));

describe('initRepo', () => {
  it('writes every file once; a second run writes nothing and reports each as skipped', async () => {
    const first = await initRepo(dir);
    expect([...first.written].sort()).toEqual([...ALL].sort());
    expect(first.skipped).toEqual([]);
    const before = Object.fromEntries(ALL.map((p) => [p, read(p)]));
    const second = await initRepo(dir, { gitlab: true, from: 'git+https://example.jp/jusou.git#v9' });
    expect(second.written).toEqual(['.gitlab-ci.yml']);
    expect([...second.skipped].sort()).toEqual([...ALL].sort());
    for (const p of ALL) expect(read(p)).toBe(before[p]);
  });

  it('never touches a file that is there, and says whether its package.json names jusou', async () => {
    writeFileSync(join(dir, 'README.md'), '# 金沢市の計画\n');
    writeFileSync(join(dir, 'package.json'), '{"name": "kanazawa", "private": true}\n');
    const r = await initRepo(dir);
    expect(r.skipped.sort()).toEqual(['README.md', 'package.json']);
    expect(read('README.md')).toBe('# 金沢市の計画\n');
    expect(json('package.json')).toEqual({ name: 'kanazawa', private: true });
    expect(r.hasJusou).toBe(false);
  });

  it('writes .gitlab-ci.yml only with gitlab', async () => {
    await initRepo(dir);
    expect(existsSync(join(dir, '.gitlab-ci.yml'))).toBe(false);
  });

  it('package.json: jusou as a devDependency (a placeholder to replace, or --from) and the check/render scripts', async () => {
    const r = await initRepo(dir);
    const pkg = json('package.json');
    expect(r.placeholder).toBe(true);
    expect(pkg.devDependencies.jusou).toBe(`git+https://<自治体が設定>/jusou.git#v${VERSION}`);
    expect(pkg.scripts).toEqual({ check: 'jusou check', render: 'jusou render' });
    expect(pkg.private).toBe(true);
    expect(pkg.name).toMatch(/^[a-z0-9][a-z0-9._-]*$/);
    expect(fromSpec(join(dir, 'vendor', `jusou-${VERSION}.tgz`), dir)).toBe(`file:./vendor/jusou-${VERSION}.tgz`);
    expect(fromSpec('git+https://git.example.lg.jp/fukushi/jusou.git#v0.1.0', dir)).toBe('git+https://git.example.lg.jp/fukushi/jusou.git#v0.1.0');
    expect(fromSpec('file:../jusou.tgz', dir)).toBe('file:../jusou.tgz');
    expect(packageName('/x/金沢市')).toBe('jusou-plans');
    expect(packageName('/x/Kanazawa Plans')).toBe('kanazawa-plans');
    expect(targetOf('_github/workflows/jusou.yml')).toBe('.github/workflows/jusou.yml');
    expect(targetOf('package.json.hbs')).toBe('package.json');
  });

  it('--from with a tarball writes a file: spec', async () => {
    await initRepo(dir, { from: join(dir, 'vendor', 'jusou.tgz') });
    expect(json('package.json').devDependencies.jusou).toBe('file:./vendor/jusou.tgz');
  });
});

describe('the generated files', () => {
  beforeEach(async () => { await initRepo(dir, { gitlab: true }); });

  it('every YAML file parses, every JSON file too', () => {
    for (const p of ALL.concat('.gitlab-ci.yml')) {
      if (/\.ya?ml$/.test(p)) expect(() => yaml(p), p).not.toThrow();
      if (p.endsWith('.json')) expect(() => json(p), p).not.toThrow();
    }
  });

  it('the GitHub workflow: on pull_request; jobs with runs-on and steps; npm ci, github annotations, SARIF upload, PDF artifact', () => {
    const wf = yaml('.github/workflows/jusou.yml');
    expect(wf.on).toHaveProperty('pull_request');
    for (const [id, job] of Object.entries<Any>(wf.jobs)) {
      expect(typeof job['runs-on'], id).toBe('string');
      expect(Array.isArray(job.steps) && job.steps.length > 0, id).toBe(true);
      for (const s of job.steps) expect(Boolean(s.uses) !== Boolean(s.run), JSON.stringify(s)).toBe(true);
    }
    const runs = (job: Any): string[] => job.steps.map((s: Any) => s.run).filter(Boolean);
    const check = wf.jobs.check;
    expect(runs(check)).toContain('npm ci');
    expect(runs(check)).toContain('npx jusou check --format github');
    const sarif = runs(check).find((l) => l.includes('--format sarif'))!;
    const upload = check.steps.find((s: Any) => String(s.uses).startsWith('github/codeql-action/upload-sarif@'));
    expect(upload.with.sarif_file).toBe(/--output (\S+)/.exec(sarif)![1]);
    expect(check.permissions['security-events']).toBe('write');
    const pdf = wf.jobs.pdf;
    expect(pdf.needs).toBe('check');
    expect(pdf.container).toMatch(/bookworm/); // Debian: apt's chromium is not a snap
    expect(runs(pdf).find((l) => l.includes('apt-get install'))).toMatch(/\bchromium\b.*\bfonts-morisawa-bizud-gothic\b/);
    const render = runs(pdf).find((l) => l.includes('jusou render'))!;
    expect(/--format (\S+)/.exec(render)![1]).toContain('pdf');
    const artifact = pdf.steps.find((s: Any) => String(s.uses).startsWith('actions/upload-artifact@'));
    expect(artifact.with.path.replace(/\/$/, '')).toBe(/--out (\S+)/.exec(render)![1]);
  });

  it('the GitLab pipeline: stages and jobs with a script in one of them; the JUnit report is kept', () => {
    const ci = yaml('.gitlab-ci.yml');
    expect(Array.isArray(ci.stages)).toBe(true);
    const jobs = Object.entries<Any>(ci).filter(([k, v]) => !['stages', 'default', 'variables', 'workflow', 'include'].includes(k) && v && typeof v === 'object');
    expect(jobs.map(([k]) => k)).toEqual(['jusou', 'pdf']);
    for (const [id, job] of jobs) {
      expect(Array.isArray(job.script) && job.script.length > 0, id).toBe(true);
      expect(ci.stages, id).toContain(job.stage);
    }
    expect(ci.jusou.artifacts.reports.junit).toBe(/--output (\S+)/.exec(ci.jusou.script.find((l: string) => l.includes('--format junit')))![1]);
    expect(ci.pdf.script.join('\n')).toMatch(/chromium fonts-morisawa-bizud-gothic/);
  });

  it('the jusou command lines of the CI files work as written in a plan repository', () => {
    mkdirSync(join(dir, 'plans'));
    copyFileSync(join(ROOT, 'test/fixtures/report/seiketsu.yaml'), join(dir, 'plans', 'seiketsu.yaml'));
    const wf = yaml('.github/workflows/jusou.yml');
    const lines = [
      ...Object.values<Any>(wf.jobs).flatMap((j) => j.steps.map((s: Any) => s.run).filter(Boolean)),
      ...yaml('.gitlab-ci.yml').jusou.script,
      yaml('.pre-commit-config.yaml').repos[0].hooks[0].entry,
    ].map((l: string) => l.replace(/\s*\|\|\s*true$/, '')).filter((l: string) => l.startsWith('npx jusou '));
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) {
      const args = line.split(/\s+/).slice(2);
      if (args[0] === 'render') {
        // PDF needs Chromium: the options are checked against the help instead.
        const help = runCli(['render', '--help']).stdout;
        for (const flag of line.match(/--[a-z-]+/g)!) expect(help).toContain(flag);
        continue;
      }
      const r = runCli(args, dir);
      expect(r.code, `${line}\n${r.stderr}`).toBe(0);
    }
    expect(existsSync(join(dir, 'jusou.sarif'))).toBe(true);
  });

  it('.vscode maps the installed package\'s schemas (which package.json files ships) to the plans and the config', () => {
    const schemas = json('.vscode/settings.json')['yaml.schemas'] as Record<string, string[]>;
    const byPath = Object.fromEntries(Object.entries(schemas).map(([k, v]) => [posix.normalize(k), v]));
    expect(byPath['node_modules/jusou/schemas/plan.schema.json']).toContain('plans/*.yaml');
    expect(byPath['node_modules/jusou/schemas/config.schema.json']).toContain('jusou.config.yaml');
    const files = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).files as string[];
    for (const schema of ['schemas/plan.schema.json', 'schemas/config.schema.json']) {
      expect(existsSync(join(ROOT, schema)), schema).toBe(true);
      expect(files.some((f) => schema === f || schema.startsWith(`${f.replace(/\/$/, '')}/`)), schema).toBe(true);
    }
    expect(json('.vscode/extensions.json').recommendations).toContain('redhat.vscode-yaml');
  });

  it('jusou.config.yaml: a schema modeline, the defaults as comments, and valid when they are uncommented', async () => {
    const text = read('jusou.config.yaml');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./node_modules/jusou/schemas/config.schema.json');
    const asIs = await parseConfig('jusou.config.yaml', text, 'ja');
    expect(asIs.ok && asIs.config.rules).toEqual({});
    const uncommented = text.split('\n').map((l) => l.replace(/^# (?=[a-z ]+:|\s+- |\s+[a-z-]+:)/, '')).join('\n');
    const r = await parseConfig('jusou.config.yaml', uncommented, 'ja');
    expect(r.ok, JSON.stringify(!r.ok && r.diagnostics)).toBe(true);
    if (r.ok) expect(r.config).toMatchObject({ plans: ['plans/'], render: { formats: ['html', 'md'], out: 'dist' }, lang: 'ja' });
  });

  it('.gitignore, pre-commit and README', () => {
    const ignored = read('.gitignore').split('\n');
    for (const p of ['node_modules/', 'dist/', '.jusoucache']) expect(ignored).toContain(p);
    const hook = yaml('.pre-commit-config.yaml').repos[0];
    expect(hook.repo).toBe('local');
    expect(hook.hooks[0]).toMatchObject({ entry: 'npx jusou check', language: 'system' });
    expect(read('.pre-commit-config.yaml')).toContain(`rev: v${VERSION}`);
    const readme = read('README.md');
    for (const s of ['npm run check', 'npm run render', 'jusou.config.yaml', 'プルリクエスト']) expect(readme).toContain(s);
  });
});

describe('jusou init --repo', () => {
  it('says in Japanese what it wrote, then what it skipped, and what to do next', () => {
    const first = runCli(['init', '--repo', dir]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('書き込みました: .github/workflows/jusou.yml');
    expect(first.stdout).toContain('git+https://<自治体が設定>/jusou.git');
    const second = runCli(['init', '--repo', dir, '--gitlab']);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('そのままにしました（既にあります）: package.json');
    expect(second.stdout).toContain('書き込みました: .gitlab-ci.yml');
    expect(second.stdout).not.toContain('次にすること');
  });

  it('--repo without a folder is this folder; no --repo is a usage error', () => {
    expect(runCli(['init', '--repo', '--lang', 'en'], dir).stdout).toContain('wrote: package.json');
    expect(existsSync(join(dir, 'jusou.config.yaml'))).toBe(true);
    expect(runCli(['init'], dir).code).toBe(2);
  });
});
