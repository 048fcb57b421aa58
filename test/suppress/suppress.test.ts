import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../../src/commands/check.js';
import { parseDirectives } from '../../src/suppress/directives.js';
import { ROOT, runCli, tempDir, tempPlan } from '../helpers/cli.js';

const CODE_FORM = readFileSync(join(ROOT, 'test', 'fixtures', 'rules', 'code-form', 'fail.yaml'), 'utf8');
const FACILITY = readFileSync(join(ROOT, 'test', 'fixtures', 'rules', 'facility-count', 'fail.yaml'), 'utf8');

/** Inserts a comment line before the 1-based line `at`. */
function withLine(text: string, at: number, line: string): string {
  const lines = text.split('\n');
  lines.splice(at - 1, 0, line);
  return lines.join('\n');
}

const plan = (text: string) => tempPlan(text, 'plan.yaml', 'jusou-suppress-');

describe('parseDirectives', () => {
  it('reads own-line comments only, several ids, and a reason after -- (or the IME\'s －－)', () => {
    const text = [
      '# jusou-disable-next-line code-form, references -- 計画書のまま',
      '  # jusou-disable facility-count、schema －－ 別表で管理',
      'a: 1  # jusou-disable-next-line code-form -- 値の後ろは読まない',
      '# jusou-enable facility-count',
      '# jusou-disable code-form',
      '# jusou-disabled x -- not a directive',
    ].join('\n');
    expect(parseDirectives(text).map(({ kind, line, rules, reason }) => ({ kind, line, rules, reason }))).toEqual([
      { kind: 'disable-next-line', line: 1, rules: ['code-form', 'references'], reason: '計画書のまま' },
      { kind: 'disable', line: 2, rules: ['facility-count', 'schema'], reason: '別表で管理' },
      { kind: 'enable', line: 4, rules: ['facility-count'], reason: '' },
      { kind: 'disable', line: 5, rules: ['code-form'], reason: '' },
    ]);
  });
});

describe('inline suppressions', () => {
  it('a suppressed finding leaves stylish, its count and the exit code', () => {
    const file = plan(withLine(FACILITY, 21, '        # jusou-disable-next-line facility-count -- 4か所目は準備中で名称未定'));
    const r = runCli(['check', file]);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).not.toContain('facility-count');
    // What is left are the fixture's true warnings about the plan as a whole (no 目標 …), no error.
    expect(r.stdout).toContain('エラー 0件');
  });

  it('SARIF keeps it with its justification, as inSource/accepted, and is valid SARIF 2.1.0', async () => {
    const file = plan(withLine(FACILITY, 21, '        # jusou-disable-next-line facility-count -- 4か所目は準備中で名称未定'));
    const r = runCli(['check', '-f', 'sarif', file]);
    expect(r.code).toBe(0);
    const log = JSON.parse(r.stdout);
    const result = log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'facility-count');
    expect(result.suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: '4か所目は準備中で名称未定' }]);
    const { validateSarif } = await import('./sarif-schema.js');
    expect(validateSarif(log)).toEqual([]);
  });

  it('a directive without a reason is an error and suppresses nothing (exit 1)', () => {
    const file = plan(withLine(FACILITY, 21, '        # jusou-disable-next-line facility-count'));
    const r = runCli(['check', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('suppression-reason');
    expect(r.stdout).toContain('facility-count');
  });

  it('an unknown rule id is an error with the nearest id; a loader id cannot be suppressed', async () => {
    const text = withLine(withLine(FACILITY, 21, '        # jusou-disable-next-line facility-cuont -- 理由'), 1, '# jusou-disable yaml-syntax -- 理由');
    const { diagnostics } = await checkPaths([plan(text)], 'ja', { fast: false });
    const unknown = diagnostics.filter((d) => d.rule === 'suppression-unknown-rule').map((d) => d.message);
    expect(unknown).toEqual([
      'ルール「yaml-syntax」は読み込みのエラーなので抑止できません。ファイルを直してください',
      'ルール「facility-cuont」はありません。「facility-count」のことですか',
    ]);
  });

  it('a directive that suppresses nothing is a warning', async () => {
    const file = plan(withLine(FACILITY, 5, '# jusou-disable-next-line code-form -- 念のため'));
    const { diagnostics } = await checkPaths([file], 'ja', { fast: false });
    expect(diagnostics.filter((d) => d.rule === 'suppression-unused').map((d) => [d.severity, d.line])).toEqual([['warning', 5]]);
  });

  it('disable … enable covers the lines between, and only those', async () => {
    // code-form at line 23 and mandated-codes at line 16: a block around 23 only.
    let text = withLine(CODE_FORM, 24, '# jusou-enable code-form, mandated-codes');
    text = withLine(text, 17, '# jusou-disable code-form, mandated-codes -- 旧計画の表記を転記中');
    const { diagnostics } = await checkPaths([plan(text)], 'ja', { fast: false });
    const by = (rule: string) => diagnostics.find((d) => d.rule === rule);
    expect(by('code-form')?.suppressed).toEqual({ justification: '旧計画の表記を転記中' });
    expect(by('mandated-codes')?.suppressed).toBeUndefined();
    expect(by('suppression-unused')?.message).toContain('mandated-codes');
  });

  it('is the same on the fast path, in workers and from the cache', async () => {
    const text = withLine(withLine(FACILITY, 21, '        # jusou-disable-next-line facility-count -- 理由'), 3, '# jusou-disable-next-line schema');
    const files = [plan(text), plan(withLine(CODE_FORM, 23, '      # jusou-disable-next-line code-form -- 理由'))];
    const reference = (await checkPaths(files, 'ja', { fast: false, workers: 1 })).diagnostics;
    expect(reference.filter((d) => d.suppressed)).toHaveLength(2);
    const cache = join(tempDir('jusou-suppress-cache-'), 'cache.json');
    for (const options of [{ fast: true, workers: 1 }, { fast: true, workers: 2 }, { cache }, { cache }]) {
      expect((await checkPaths(files, 'ja', options)).diagnostics).toEqual(reference);
    }
  });
});
