import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/check/rules/index.js';
import { checkPaths } from '../../src/commands/check.js';
import { ROOT } from '../helpers/cli.js';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'rules');

/** Lines a fixture marks with `# ← rule-id`: exactly where that rule must report. */
function markedLines(file: string, ruleId: string): number[] {
  return readFileSync(file, 'utf8').split('\n').flatMap((line, i) => (line.includes(`# ← ${ruleId}`) ? [i + 1] : []));
}

describe.each(rules.map((r) => [r.id, r] as const))('rule %s', (id, rule) => {
  const pass = join(FIXTURES, id, 'pass.yaml');
  const fail = join(FIXTURES, id, 'fail.yaml');

  it('has metadata: description, a one-paragraph doc and messages in both languages', () => {
    for (const lang of ['ja', 'en'] as const) {
      expect(rule.description[lang].length).toBeGreaterThan(5);
      expect(rule.docs[lang].length).toBeGreaterThan(80);
      expect(rule.docs[lang]).not.toMatch(/\n\n/);
    }
    expect(Object.keys(rule.messages.en).sort()).toEqual(Object.keys(rule.messages.ja).sort());
  });

  it('has a passing and a failing fixture', () => {
    expect(existsSync(pass)).toBe(true);
    expect(existsSync(fail)).toBe(true);
  });

  it('is silent on the passing fixture (and so is every other rule)', async () => {
    const { diagnostics } = await checkPaths([pass], 'ja');
    expect(diagnostics).toEqual([]);
  });

  it('reports exactly the marked lines of the failing fixture', async () => {
    const { diagnostics } = await checkPaths([fail], 'ja');
    const lines = diagnostics.filter((d) => d.rule === id).map((d) => d.line);
    const expected = markedLines(fail, id);
    expect(expected.length).toBeGreaterThan(0);
    expect([...new Set(lines)].sort((a, b) => a - b)).toEqual(expected);
    for (const d of diagnostics.filter((x) => x.rule === id)) {
      expect(d.column).toBeGreaterThan(0);
      expect(d.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('speaks English with --lang en', async () => {
    const { diagnostics } = await checkPaths([fail], 'en');
    const mine = diagnostics.filter((d) => d.rule === id);
    expect(mine.length).toBeGreaterThan(0);
    for (const d of mine) expect(d.message).toMatch(/[a-z]{3}/);
  });
});
