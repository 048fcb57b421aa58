import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostic.js';
import { stylish } from '../../src/report/stylish.js';
import { runCli } from '../helpers/cli.js';

const diag = (over: Partial<Diagnostic>): Diagnostic => ({
  file: 'plans/a.yaml', line: 1, column: 1, endLine: 1, endColumn: 2, severity: 'error', rule: 'code-form', message: 'm', path: [], ...over,
});

describe('fixable findings in the reports', () => {
  it('the stylish footer says how many --fix would fix', () => {
    const list = [diag({ fix: [{ start: 0, end: 1, text: 'x' }] }), diag({ line: 2 }), diag({ line: 3, fix: [] })];
    const ctx = { files: ['plans/a.yaml'], sources: new Map(), color: false };
    expect(stylish(list, { ...ctx, lang: 'ja' })).toContain('✖ 3件の問題（エラー 3件、警告 0件）\n  うち 1 件は --fix で修正できます\n');
    expect(stylish(list, { ...ctx, lang: 'en' })).toContain('  1 fixable with --fix\n');
    expect(stylish([diag({})], { ...ctx, lang: 'ja' })).not.toContain('--fix');
  });

  it('jusou rules lists the suppression rules and a fixable column', () => {
    const r = runCli(['rules']);
    expect(r.code).toBe(0);
    for (const id of ['suppression-reason', 'suppression-unknown-rule', 'suppression-unused']) expect(r.stdout).toContain(id);
    expect(r.stdout).toContain('✓ = --fix で修正可');
    expect(runCli(['rules', 'suppression-reason']).stdout).toContain('-- 理由');
  });
});
