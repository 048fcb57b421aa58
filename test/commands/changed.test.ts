import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changedPlans } from '../../src/load/changed.js';
import { restoreEnvAfterEach, ROOT, runCli, STACK_TRACE, tempDir } from '../helpers/cli.js';
import { makePng } from '../helpers/png.js';

const CLEAN = join(ROOT, 'test/fixtures/report/seiketsu.yaml');
const WITH_ERRORS = join(ROOT, 'test/fixtures/report/minato.yaml');

let repo: string;
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=jusou-test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' }).trim();
const put = (path: string, from: string) => {
  mkdirSync(join(repo, path, '..'), { recursive: true });
  copyFileSync(from, join(repo, path));
};

/** A plan repository: two committed plans, then one modified, one staged, one new, one deleted, plus non-plans. */
function setUp(): string {
  repo = tempDir('jusou-changed-');
  git('init', '-q');
  put('plans/kept.yaml', CLEAN);
  put('plans/edited.yaml', CLEAN);
  put('plans/removed.yaml', CLEAN);
  git('add', '.');
  git('commit', '-q', '-m', 'plans');
  const first = git('rev-parse', 'HEAD');
  put('plans/edited.yaml', WITH_ERRORS); // modified, not staged
  put('plans/staged.yaml', CLEAN);
  git('add', 'plans/staged.yaml'); // new and staged
  put('plans/北町.yaml', CLEAN); // new, untracked, a Japanese name
  rmSync(join(repo, 'plans/removed.yaml'));
  writeFileSync(join(repo, 'plans/README.md'), 'not a plan\n');
  put('.github/workflows/ci.yml', CLEAN); // hidden folder: never a plan
  put('other/elsewhere.yaml', CLEAN); // outside the given path
  return first;
}

// A CI runner's own variables would change what --changed compares with: each test sets its own.
const CI_VARS = ['CI', 'GITHUB_BASE_REF', 'CI_MERGE_REQUEST_TARGET_BRANCH_NAME'];
for (const name of CI_VARS) restoreEnvAfterEach(name);

let first: string;
beforeEach(() => {
  for (const name of CI_VARS) delete process.env[name];
  first = setUp();
});
afterEach(() => {
  rmSync(repo, { recursive: true, force: true });
});

describe('changedPlans', () => {
  it('by default: plans changed since HEAD, staged or not, and untracked ones, under the given paths', async () => {
    const r = await changedPlans(['plans'], { cwd: repo });
    expect(r).toEqual({ ok: true, base: 'HEAD', files: ['plans/edited.yaml', 'plans/staged.yaml', 'plans/北町.yaml'] });
  });

  it('counts a plan as changed when an image it shows changed or was deleted', async () => {
    const minimal = readFileSync(join(ROOT, 'test/fixtures/minimal.yaml'), 'utf8');
    const withFigure = (image: string) => minimal.replace(/^( {4}事業: \[.*\]\n)/m, `$1    図:\n      - 画像: ${image}\n`);
    writeFileSync(join(repo, 'plans/zu.yaml'), withFigure('images/zu.png'));
    writeFileSync(join(repo, 'plans/other.yaml'), withFigure('images/other.png'));
    mkdirSync(join(repo, 'plans/images'));
    for (const name of ['zu.png', 'other.png']) writeFileSync(join(repo, 'plans/images', name), makePng(2, 2, () => [0, 0, 0]));
    git('add', '-A');
    git('commit', '-q', '-m', 'figures');
    writeFileSync(join(repo, 'plans/images/zu.png'), makePng(3, 3, () => [9, 9, 9]));
    expect((await changedPlans(['plans'], { cwd: repo }) as { files: string[] }).files).toEqual(['plans/zu.yaml']);
    git('add', '-A');
    git('commit', '-q', '-m', 'new picture');
    rmSync(join(repo, 'plans/images/zu.png'));
    expect((await changedPlans(['plans'], { cwd: repo }) as { files: string[] }).files).toEqual(['plans/zu.yaml']);
  });

  it('looks everywhere below the given paths but not into hidden folders', async () => {
    const r = await changedPlans(['.'], { cwd: repo });
    expect(r.ok && r.files).toEqual(['other/elsewhere.yaml', 'plans/edited.yaml', 'plans/staged.yaml', 'plans/北町.yaml']);
  });

  it('paths are relative to the working directory, also in a subfolder', async () => {
    const r = await changedPlans(['.'], { cwd: join(repo, 'plans') });
    expect(r.ok && r.files).toEqual(['edited.yaml', 'staged.yaml', '北町.yaml']);
  });

  it('with --base: what differs from that revision, including what was committed since', async () => {
    git('add', '-A');
    git('commit', '-q', '-m', 'more');
    expect(await changedPlans(['plans'], { cwd: repo })).toEqual({ ok: true, base: 'HEAD', files: [] });
    const r = await changedPlans(['plans'], { cwd: repo, base: first });
    expect(r.ok && r.files).toEqual(['plans/edited.yaml', 'plans/staged.yaml', 'plans/北町.yaml']);
  });

  it('a repository without commits: every plan in it is new', async () => {
    rmSync(join(repo, '.git'), { recursive: true, force: true });
    git('init', '-q');
    const r = await changedPlans(['plans'], { cwd: repo });
    expect(r.ok && r.files).toEqual(['plans/edited.yaml', 'plans/kept.yaml', 'plans/staged.yaml', 'plans/北町.yaml']);
  });

  it('says why it cannot: outside a repository, an unknown revision, a revision that looks like an option', async () => {
    expect(await changedPlans(['.'], { cwd: tempDir('jusou-nogit-') })).toMatchObject({ ok: false, reason: 'not-repo' });
    expect(await changedPlans(['plans'], { cwd: repo, base: 'no-such-branch' })).toMatchObject({ ok: false, reason: 'bad-rev' });
    expect(await changedPlans(['plans'], { cwd: repo, base: '--output=/tmp/x' })).toMatchObject({ ok: false, reason: 'bad-rev' });
  });
});

describe('jusou check --changed', () => {
  it('checks only the changed plans and exits by their findings', () => {
    const r = runCli(['check', '--changed', '--format', 'json'], repo);
    expect(r.code).toBe(1);
    const files = new Set(JSON.parse(r.stdout).map((d: { file: string }) => d.file));
    expect([...files]).toEqual(['plans/edited.yaml']); // the only changed plan with findings
    const clean = runCli(['check', '--changed', 'plans/staged.yaml', 'plans/北町.yaml'], repo);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toBe('問題はありません（2ファイル）\n');
  });

  it('no changed plans: says so and exits 0, still writing an (empty) machine-readable report', () => {
    git('add', '-A');
    git('commit', '-q', '-m', 'all');
    const r = runCli(['check', '--changed'], repo);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('jusou: 変更された計画ファイルはありません（比較の基準: HEAD）\n');
    const sarif = runCli(['check', '--changed', '--format', 'sarif'], repo);
    expect(sarif.code).toBe(0);
    expect(JSON.parse(sarif.stdout).runs[0].results).toEqual([]);
  });

  it('--base implies --changed; errors are Japanese, exit 2, no stack trace', () => {
    expect(runCli(['check', '--base', first, '--format', 'json'], repo).code).toBe(1);
    const bad = runCli(['check', '--base', 'no-such-branch'], repo);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('リビジョン「no-such-branch」が見つかりません');
    const outside = runCli(['check', '--changed'], tempDir('jusou-nogit-'));
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('git のリポジトリの中ではない');
    expect(outside.stderr + bad.stderr).not.toMatch(STACK_TRACE);
    expect(runCli(['check', '--changed', '--lang', 'en'], tempDir('jusou-nogit-')).stderr).toContain('not inside a git repository');
  });
});

/** The PR's work committed on a branch `feature`; `main` (the target) has moved on since it branched at `first`. */
function pullRequest(): void {
  git('checkout', '-q', '-b', 'feature');
  git('add', '-A');
  git('commit', '-q', '-m', 'feature');
  git('branch', 'main', first);
  git('checkout', '-q', 'main');
  put('plans/later.yaml', WITH_ERRORS);
  git('add', '-A');
  git('commit', '-q', '-m', 'main moves on');
  git('checkout', '-q', 'feature');
}

describe('--changed in CI (CI=true, no --base)', () => {
  const PR_FILES = ['plans/edited.yaml', 'plans/staged.yaml', 'plans/北町.yaml'];

  it('compares with the merge-base of the PR/MR target branch: origin/NAME first, then NAME', async () => {
    pullRequest();
    const gh = await changedPlans(['plans'], { cwd: repo, env: { CI: 'true', GITHUB_BASE_REF: 'main' } });
    expect(gh).toEqual({ ok: true, files: PR_FILES, base: first, target: 'main' });
    git('update-ref', 'refs/remotes/origin/main', first);
    const gl = await changedPlans(['plans'], { cwd: repo, env: { CI: 'true', CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main' } });
    expect(gl).toEqual({ ok: true, files: PR_FILES, base: first, target: 'origin/main' });
  });

  it('no target branch (a push build) or one not fetched (a shallow clone): every plan under the paths', async () => {
    const all = { ok: true, base: 'HEAD', all: true, files: ['plans/edited.yaml', 'plans/kept.yaml', 'plans/staged.yaml', 'plans/北町.yaml'] };
    expect(await changedPlans(['plans'], { cwd: repo, env: { CI: 'true' } })).toEqual(all);
    expect(await changedPlans(['plans'], { cwd: repo, env: { CI: 'true', GITHUB_BASE_REF: 'not-fetched' } })).toEqual(all);
  });

  it('--base wins, and CI=false or no CI compares with HEAD as on a desk', async () => {
    expect(await changedPlans(['plans'], { cwd: repo, base: 'HEAD', env: { CI: 'true' } })).toEqual({ ok: true, base: 'HEAD', files: PR_FILES });
    expect(await changedPlans(['plans'], { cwd: repo, env: { CI: 'false' } })).toEqual({ ok: true, base: 'HEAD', files: PR_FILES });
  });

  it('jusou check --changed says on stderr that it checks every plan, and exits by their findings', () => {
    process.env.CI = 'true';
    const r = runCli(['check', '--changed', '--format', 'json'], repo);
    expect(r.stderr).toContain('比較する基準が見つからないため、すべての計画を検証します');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).length).toBeGreaterThan(0);
    expect(runCli(['check', '--changed', '--lang', 'en'], repo).stderr).toContain('no base to compare with, so every plan is checked');
  });

  it('never passes by checking nothing: no plan under the paths is exit 2', () => {
    process.env.CI = 'true';
    mkdirSync(join(repo, 'empty'));
    const r = runCli(['check', '--changed', 'empty'], repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('計画ファイル（*.yaml, *.yml）が見つかりません');
  });

  it('a PR that touches no plan: exit 0, naming the branch point it compared with', () => {
    pullRequest();
    git('checkout', '-q', '-b', 'docs-only', 'main');
    Object.assign(process.env, { CI: 'true', GITHUB_BASE_REF: 'main' });
    const r = runCli(['check', '--changed'], repo);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^jusou: 変更された計画ファイルはありません（比較の基準: main との分岐点 [0-9a-f]{12}）\n$/);
  });

  it('a missing path is a usage error here too', () => {
    const r = runCli(['check', '--changed', 'plan'], repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('plan が見つかりません（plans のことですか）');
  });
});
