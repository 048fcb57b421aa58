/** `jusou diff` as a planner runs it: two files, git revisions, exit codes, refusals, written files. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE, tempDir, tempPlan } from '../helpers/cli.js';
import { EXPECTED, NEW_FILE, OLD_FILE, tuples } from './fixture.js';

const jsonOf = (stdout: string) => tuples(JSON.parse(stdout).changes);

describe('jusou diff OLD NEW', () => {
  it('prints the summary in Japanese and exits 0', () => {
    const r = runCli(['diff', OLD_FILE, NEW_FILE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('新旧対照表: 小松市重層的支援体制整備事業実施計画');
    expect(r.stdout).toContain('計画期間: 令和4年度（2022年度）から令和6年度（2024年度）まで → 令和7年度（2025年度）から令和9年度（2027年度）まで');
    expect(r.stdout).toContain('改定: 令和7年4月　第２期計画（令和７年度～９年度）の策定に伴う改定');
    expect(r.stdout).toContain('公表: 令和7年4月　https://www.city.komatsu.lg.jp/　市ホームページへの掲載');
    expect(r.stdout).toContain('第3号ハ 地域活動支援センター事業: 変更 1');
    expect(r.stdout).toContain('必須12号のうち事業がある号: 12/12（変わりません）');
    expect(r.stderr).toBe('');
  });

  it('--format json alone goes to stdout: the fixture’s changes', () => {
    const r = runCli(['diff', OLD_FILE, NEW_FILE, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(jsonOf(r.stdout)).toEqual(EXPECTED);
  });

  it('--exit-code: 1 with changes, 0 without; identical inputs say 変更はありません', () => {
    expect(runCli(['diff', OLD_FILE, NEW_FILE, '--exit-code']).code).toBe(1);
    const same = runCli(['diff', OLD_FILE, OLD_FILE, '--exit-code']);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('変更はありません');
  });

  it('--lang en', () => {
    const r = runCli(['diff', OLD_FILE, NEW_FILE, '--lang', 'en']);
    expect(r.stdout).toContain('10 changes (4 added, 1 removed, 5 changed, 0 moved)');
  });

  it('writes html, md and json under --out atomically and never touches the plans', () => {
    const out = tempDir('jusou-diff-out-');
    const before = [readFileSync(OLD_FILE, 'utf8'), readFileSync(NEW_FILE, 'utf8')];
    const r = runCli(['diff', OLD_FILE, NEW_FILE, '--format', 'html,md,json', '--out', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['komatsu-r7-diff.html', 'komatsu-r7-diff.json', 'komatsu-r7-diff.md']);
    expect(readFileSync(join(out, 'komatsu-r7-diff.html'), 'utf8')).toContain('（傍線部分は改正部分）');
    expect([readFileSync(OLD_FILE, 'utf8'), readFileSync(NEW_FILE, 'utf8')]).toEqual(before);
  });

  it('--out alone writes html and md', () => {
    const out = tempDir('jusou-diff-out-');
    expect(runCli(['diff', OLD_FILE, NEW_FILE, '--out', out]).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['komatsu-r7-diff.html', 'komatsu-r7-diff.md']);
  });

  it('usage errors exit 2 with a Japanese message', () => {
    for (const args of [['diff', OLD_FILE], ['diff', OLD_FILE, NEW_FILE, '--format', 'docx'], ['diff', '--to', 'HEAD', OLD_FILE], ['diff', OLD_FILE, 'nai.yaml'], ['diff', OLD_FILE, NEW_FILE, '--order', 'sideways']]) {
      const r = runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^jusou: /);
      expect(r.stderr).not.toMatch(STACK_TRACE);
    }
  });

  it('refuses a version with errors, with positioned diagnostics; --force compares anyway', () => {
    const bad = tempPlan(readFileSync(OLD_FILE, 'utf8').replace('開始年度: 2022', '開始年度: 二千二十二'), '改定案.yaml');
    const r = runCli(['diff', OLD_FILE, bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${bad}:10:11`);
    expect(r.stderr).toContain('新旧対照表を作りませんでした');
    expect(r.stdout).toBe('');
    const forced = runCli(['diff', OLD_FILE, bad, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('計画期間');
  });

  it('--force on a malformed plan (items that are not mappings) still makes the table, with no stack trace', () => {
    const weird = tempPlan('自治体: {名称: 小松市}\n計画: {名称: x}\n事業: [null, 3, "x", {ID: a, 取組: [null, 1]}]\n章: [null, {見出し: y, 節: [1]}]\n会議: [[], {}]\n', 'weird.yaml');
    for (const args of [[OLD_FILE, weird], [weird, OLD_FILE]]) {
      const r = runCli(['diff', ...args, '--force', '--format', 'json']);
      expect(r.code).toBe(0);
      expect(r.stderr).not.toMatch(STACK_TRACE);
      expect(JSON.parse(r.stdout).changes.length).toBeGreaterThan(0);
    }
  });

  it('applies jusou.config.yaml’s rule levels to both versions, as check does', () => {
    const dir = tempDir('jusou-diff-config-');
    // A 事業 that no chapter places is a warning (unplaced-business); the config makes it an error.
    writeFileSync(join(dir, 'new.yaml'), readFileSync(OLD_FILE, 'utf8').replace('      - outreach\n', ''));
    copyFileSync(OLD_FILE, join(dir, 'old.yaml'));
    expect(runCli(['diff', 'old.yaml', 'new.yaml'], dir).code).toBe(0);
    writeFileSync(join(dir, 'jusou.config.yaml'), 'rules:\n  unplaced-business: error\n');
    const r = runCli(['diff', 'old.yaml', 'new.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unplaced-business');
  });
});

describe('jusou diff --from REV', () => {
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' });
  // A Japanese folder and file name: the path travels to git as an argument, never through a shell.
  const repo = tempDir('jusou-diff-git-');
  const plan = join(repo, '計画', '小松市 計画.yaml');
  beforeAll(() => {
    mkdirSync(join(repo, '計画'));
    git(repo, 'init', '-q');
    git(repo, 'config', 'user.email', 'test@example.jp');
    git(repo, 'config', 'user.name', 'test');
    copyFileSync(OLD_FILE, plan);
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', '第1期');
    copyFileSync(NEW_FILE, plan);
    git(repo, 'commit', '-qam', '第2期');
  });

  it('--from HEAD~1 --to HEAD gives the same change list as the two files', () => {
    const r = runCli(['diff', '--from', 'HEAD~1', '--to', 'HEAD', '計画/小松市 計画.yaml', '--format', 'json'], repo);
    expect(r.stderr).toBe('');
    expect(jsonOf(r.stdout)).toEqual(EXPECTED);
    expect(JSON.parse(r.stdout).old.file).toBe('HEAD~1:計画/小松市 計画.yaml');
  });

  it('--to defaults to the working tree; plan folders are searched', () => {
    writeFileSync(plan, readFileSync(NEW_FILE, 'utf8'));
    const r = runCli(['diff', '--from', 'HEAD~1', '計画', '--format', 'json'], repo);
    expect(jsonOf(r.stdout)).toEqual(EXPECTED);
    expect(runCli(['diff', '--from', 'HEAD', '計画', '--exit-code'], repo).code).toBe(0);
  });

  it('a revision without the plan is a usage error that names both', () => {
    const r = runCli(['diff', '--from', 'no-such-rev', '計画/小松市 計画.yaml'], repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no-such-rev に 計画/小松市 計画.yaml がありません');
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it('a plan the revision does not have is said and skipped; the others are compared', () => {
    const added = join(repo, '計画', '新しい計画.yaml');
    copyFileSync(NEW_FILE, added);
    const r = runCli(['diff', '--from', 'HEAD~1', '計画', '--format', 'json'], repo);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('HEAD~1 に 計画/新しい計画.yaml がありません');
    const docs = JSON.parse(r.stdout); // two plans asked: an array, with the one that could be compared
    expect(docs).toHaveLength(1);
    expect(tuples(docs[0].changes)).toEqual(EXPECTED);
  });

  it('several plans’ JSON on stdout is one array', () => {
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', '新しい計画');
    writeFileSync(join(repo, '計画', '新しい計画.yaml'), readFileSync(OLD_FILE, 'utf8'));
    const r = runCli(['diff', '--from', 'HEAD', '計画', '--format', 'json'], repo);
    expect(r.code).toBe(0);
    const docs = JSON.parse(r.stdout);
    expect(docs.map((d: { new: { file: string } }) => d.new.file).sort()).toEqual(['計画/小松市 計画.yaml', '計画/新しい計画.yaml']);
    expect(docs.map((d: { changes: unknown[] }) => d.changes.length > 0).sort()).toEqual([false, true]);
  });

  it('outside a git repository --from says so, with exit 2', () => {
    const plan = tempPlan(readFileSync(OLD_FILE, 'utf8'), 'komatsu.yaml');
    const r = runCli(['diff', '--from', 'HEAD', plan], join(plan, '..'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('git のリポジトリの中にありません');
  });
});
