import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli } from '../helpers/cli.js';
import { installedRepo, removeInstalledRepo, runInstalled, type InstalledRepo } from '../helpers/installed.js';

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any
const load = (path: string): Any => parse(readFileSync(join(ROOT, path), 'utf8'), { strict: true, uniqueKeys: true });
const steps = (job: Any): Any[] => job.steps;
const runs = (job: Any): string[] => steps(job).map((s) => s.run).filter(Boolean).flatMap((r: string) => r.split('\n'));
/** The `npx jusou` command lines of a job, without a trailing `|| true`. */
const jusouLines = (lines: string[]) => lines.map((l) => l.trim()).filter((l) => l.startsWith('npx jusou ')).map((l) => l.replace(/\s*\|\|\s*true$/, ''));
const option = (line: string, name: string) => new RegExp(`${name} (\\S+)`).exec(line)?.[1];

/**
 * Runs a documented command line as written (`npx jusou …`) in a municipality's repository that has
 * jusou installed from its tarball (test/helpers/installed.ts) and one clean plan.
 */
let installed: InstalledRepo;
let repo: string;
beforeAll(() => {
  installed = installedRepo();
  repo = installed.dir;
  copyFileSync(join(ROOT, 'test/fixtures/report/seiketsu.yaml'), join(repo, 'plans', 'seiketsu.yaml'));
}, 120_000);
afterAll(removeInstalledRepo);
const runLine = (line: string) => runInstalled(installed, line.split(/\s+/).slice(2));
/** Every job installs jusou from the repository's own package-lock.json, not from the public registry by name. */
const installsWithNpmCi = (lines: string[]) => {
  expect(lines.some((l) => /^npm ci\b/.test(l.trim()))).toBe(true);
  expect(lines.filter((l) => /npm (install|i) .*(-g|--global)|jusou@/.test(l))).toEqual([]);
};

describe('docs/examples/github-workflow.yml', () => {
  const wf = load('docs/examples/github-workflow.yml');

  it('runs on pull requests with a check job and a PDF job', () => {
    expect(wf.on).toHaveProperty('pull_request');
    expect(Object.keys(wf.jobs)).toEqual(['check', 'pdf']);
    expect(wf.jobs.pdf.needs).toBe('check');
  });

  it('installs jusou in each job with npm ci (a devDependency of the plan repository)', () => {
    for (const job of Object.values(wf.jobs) as Any[]) installsWithNpmCi(runs(job));
  });

  it('annotates the diff with --format github and uploads the SARIF file it wrote', () => {
    const job = wf.jobs.check;
    const lines = jusouLines(runs(job));
    expect(lines.some((l) => l.includes('--format github'))).toBe(true);
    const sarifLine = lines.find((l) => l.includes('--format sarif'))!;
    const upload = steps(job).find((s) => String(s.uses).startsWith('github/codeql-action/upload-sarif@'));
    expect(upload.with.sarif_file).toBe(option(sarifLine, '--output'));
    expect(upload.if).toBe('always()');
    expect(job.permissions['security-events']).toBe('write');
  });

  it('the jusou command lines of the check job work as written', () => {
    for (const line of jusouLines(runs(wf.jobs.check))) {
      const r = runLine(line);
      expect(r.code, `${line}\n${r.stderr}`).toBe(0);
    }
    expect(existsSync(join(repo, 'jusou.sarif'))).toBe(true);
  });

  it('installs chromium and the BIZ UD print fonts with apt, renders PDFs and uploads them as an artifact', () => {
    const job = wf.jobs.pdf;
    expect(runs(job).find((l) => l.includes('apt-get install'))).toMatch(/\bchromium\b.*\bfonts-morisawa-bizud-gothic fonts-morisawa-bizud-mincho\b/);
    const render = jusouLines(runs(job)).find((l) => l.startsWith('npx jusou render'))!;
    expect(option(render, '--format')).toContain('pdf');
    const upload = steps(job).find((s) => String(s.uses).startsWith('actions/upload-artifact@'));
    expect(upload.with.path.replace(/\/$/, '')).toBe(option(render, '--out'));
    const help = runCli(['render', '--help']).stdout;
    for (const flag of render.match(/--[a-z-]+/g)!) expect(help).toContain(flag);
  });
});

describe('docs/examples/gitlab-ci.yml', () => {
  const ci = load('docs/examples/gitlab-ci.yml');

  it('writes a JUnit report and hands it to GitLab as a junit report artifact, also on failure', () => {
    const job = ci.jusou;
    const junitLine = jusouLines(job.script).find((l) => l.includes('--format junit'))!;
    expect(job.artifacts.reports.junit).toBe(option(junitLine, '--output'));
    expect(job.artifacts.when).toBe('always');
  });

  it('installs jusou with npm ci (a devDependency of the plan repository)', () => {
    installsWithNpmCi(ci.jusou.script);
  });

  it('its jusou command lines work as written', () => {
    for (const line of jusouLines(ci.jusou.script)) expect(runLine(line).code, line).toBe(0);
    expect(readFileSync(join(repo, 'jusou-junit.xml'), 'utf8')).toContain('<testsuite name="plans/seiketsu.yaml"');
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const [hook] = load('.pre-commit-hooks.yaml');

  it('offers jusou-check running the package bin on staged YAML files', () => {
    expect(hook).toMatchObject({ id: 'jusou-check', entry: 'jusou check', language: 'node', files: '\\.ya?ml$' });
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.bin).toHaveProperty('jusou');
  });

  it('docs/ci.md configures it with a repo: and rev: (a version tag) to fill in, and says so', () => {
    const doc = readFileSync(join(ROOT, 'docs/ci.md'), 'utf8');
    const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1]));
    const remote = blocks.find((b) => b?.repos?.[0]?.repo !== 'local')!;
    const [entry] = remote.repos;
    expect(entry.repo).toMatch(/^https:\/\/.+\.git$/);
    expect(entry.rev).toMatch(/^v\d+\.\d+\.\d+$/);
    expect(entry.hooks.map((h: Any) => h.id)).toEqual([hook.id]);
    expect(doc).toMatch(/置き換え/);
  });

  it('selects plans but not hidden files such as CI configs (pre-commit searches paths with these patterns)', () => {
    const picks = (path: string) => new RegExp(hook.files).test(path) && !new RegExp(hook.exclude).test(path);
    expect(['plans/komatsu.yaml', 'plans/a.yml', 'keikaku.yaml'].every(picks)).toBe(true);
    expect(['README.md', '.pre-commit-config.yaml', '.gitlab-ci.yml', '.github/workflows/jusou.yml', 'plans/.notes/x.yaml'].some(picks)).toBe(false);
  });
});
