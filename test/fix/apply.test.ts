import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/check/index.js';
import type { Rule } from '../../src/check/rule.js';
import type { Diagnostic } from '../../src/diagnostic.js';
import { applyEdits, applyFixes, fixText, MAX_PASSES } from '../../src/fix/apply.js';
import { fixFile } from '../../src/fix/file.js';
import { loadText } from '../../src/load/index.js';
import { tempDir } from '../helpers/cli.js';

/** A test-only rule: every string value "x…" (at the top level) should lose one leading x. */
const dropX: Rule = {
  id: 'drop-x', severity: 'error', fixable: true,
  description: { ja: 'x', en: 'x' }, docs: { ja: '', en: '' }, messages: { ja: { m: 'x' }, en: { m: 'x' } },
  check(ctx) {
    for (const [k, v] of Object.entries(ctx.plan as Record<string, unknown>)) {
      if (typeof v === 'string' && v.startsWith('x')) ctx.report({ path: [k], messageId: 'm', fix: { path: [k], values: [v.slice(1)] } });
    }
  },
};
const checkWith = (rules: Rule[]) => (text: string) => checkPlan(loadText('t.yaml', text, 'ja'), { lang: 'ja', rules });

describe('applyEdits', () => {
  it('applies edits in text order whatever order they come in', () => {
    const r = applyEdits('abcdef', [{ start: 4, end: 5, text: 'E' }, { start: 0, end: 1, text: 'AA' }, { start: 2, end: 2, text: '+' }]);
    expect(r).toEqual({ text: 'AAb+cdEf', applied: 3, skipped: 0 });
  });

  it('skips an edit overlapping an earlier one, and a second insertion at the same point', () => {
    const r = applyEdits('abcdef', [{ start: 1, end: 4, text: 'X' }, { start: 3, end: 5, text: 'Y' }, { start: 0, end: 0, text: '1' }, { start: 0, end: 0, text: '2' }]);
    expect(r).toEqual({ text: '1aXef', applied: 2, skipped: 2 });
  });

  it('takes one fix (a group of edits) whole or not at all', () => {
    const r = applyFixes('abcdef', [[{ start: 0, end: 2, text: 'X' }], [{ start: 1, end: 1, text: '!' }, { start: 5, end: 5, text: '?' }]]);
    expect(r).toEqual({ text: 'Xcdef', applied: 1, skipped: 2 });
  });
});

describe('fixText', () => {
  it('repeats fix and re-check until stable, resolving rule fixes through the loader', () => {
    const r = fixText('# c\na: xxx値  # 注\nb: y\n', checkWith([dropX]));
    expect(r.text).toBe('# c\na: 値  # 注\nb: y\n');
    expect(r.passes).toBe(3);
    expect(r.diagnostics).toEqual([]);
  });

  it('stops after MAX_PASSES', () => {
    const r = fixText(`a: ${'x'.repeat(MAX_PASSES + 3)}\n`, checkWith([dropX]));
    expect(r.passes).toBe(MAX_PASSES);
    expect(r.text).toBe('a: xxx\n');
    expect(r.diagnostics).toHaveLength(1);
  });

  it('applies loader fixes (handcrafted edits) and leaves suppressed findings alone', () => {
    const loaderish = (text: string): Diagnostic[] => {
      const at = text.indexOf('\u3000');
      const base = { file: 't.yaml', line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error' as const, message: 'm', path: [] };
      return at === -1 ? [] : [{ ...base, rule: 'fullwidth-indent', fix: [{ start: at, end: at + 1, text: '  ' }] }, { ...base, rule: 'x', fix: [{ start: 0, end: 0, text: 'NO' }], suppressed: { justification: 'j' } }];
    };
    expect(fixText('a:\n\u3000b: 1\n', loaderish).text).toBe('a:\n  b: 1\n');
  });

  it('leaves the text untouched when the fixes would break the YAML', () => {
    const breaker: Rule = { ...dropX, id: 'breaker', check(ctx) { if ((ctx.plan as { a?: string }).a === 'v') ctx.report({ path: ['a'], messageId: 'm' }); } };
    let calls = 0;
    const check = (text: string) => {
      const d = checkWith([breaker])(text);
      // The first time, pretend a loader fix that unbalances a bracket.
      return calls++ === 0 ? d.map((x) => ({ ...x, fix: [{ start: 3, end: 4, text: '[v' }] })) : d;
    };
    const r = fixText('a: v\n', check);
    expect(r.text).toBe('a: v\n');
    expect(r.broken?.length).toBeGreaterThan(0);
  });
});

describe('fixFile', () => {
  it('keeps a BOM and CRLF line endings, and adds CRLF for inserted lines', async () => {
    const file = join(tempDir('jusou-fix-'), 'p.yaml');
    writeFileSync(file, '\ufeffa: xv\r\nb: y\r\n');
    const r = await fixFile(file, 'ja', { write: true, check: checkWith([dropX]) });
    expect(r?.written).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('\ufeffa: v\r\nb: y\r\n');
  });

  it('writes nothing without write, and nothing when there is nothing to fix', async () => {
    const file = join(tempDir('jusou-fix-'), 'p.yaml');
    writeFileSync(file, 'a: xv\n');
    expect((await fixFile(file, 'ja', { write: false, check: checkWith([dropX]) }))?.changed).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('a: xv\n');
    writeFileSync(file, 'a: v\n');
    expect((await fixFile(file, 'ja', { write: true, check: checkWith([dropX]) }))?.written).toBe(false);
  });
});

describe('unifiedDiff (--fix-dry-run)', () => {
  it('is a unified diff of the decoded texts, empty when nothing changed', async () => {
    const { unifiedDiff } = await import('../../src/fix/file.js');
    const base = { file: 'plans/a.yaml', original: 'a: xv\nb: 1\n', text: 'a: v\nb: 1\n', applied: 1, passes: 1, diagnostics: [], written: false };
    const out = unifiedDiff({ ...base, changed: true });
    expect(out).toContain('--- plans/a.yaml');
    expect(out).toContain('+++ plans/a.yaml');
    expect(out).toContain('@@ -1,2 +1,2 @@\n-a: xv\n+a: v\n b: 1\n');
    expect(unifiedDiff({ ...base, changed: false })).toBe('');
  });
});
