import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/batch/check-file.js';
import { checkPlan } from '../../src/check/index.js';
import { codeEntry, normalizeCodes } from '../../src/check/codes.js';
import type { Rule } from '../../src/check/rule.js';
import { fixText } from '../../src/fix/apply.js';
import { loadText } from '../../src/load/index.js';
import { walkBusinesses } from '../../src/plan.js';
import { planPath, runCli, tempDir, tempPlan } from '../helpers/cli.js';
import { withoutPlanLevel } from '../helpers/plan-level.js';

/**
 * A real plan with the slips planners make, fixed end to end: the fixed file must check clean and read
 * as exactly the original data; a second --fix changes nothing; --fix-dry-run writes nothing.
 */
const ORIGINAL = readFileSync(planPath('komatsu'), 'utf8');
const DATA = parse(ORIGINAL) as unknown;

function slip(text: string, from: string, to: string): string {
  expect(text.includes(from), from).toBe(true);
  return text.replace(from, to);
}

/** Slips whose fixes come from the rules and the loader (full-width digits, colons, code forms). */
const SLIPS: [string, (t: string) => string][] = [
  ['号 in full-width digits', (t) => slip(t, '号: [第1号イ]', '号: [第１号イ]')],
  ['two 号 in one value, block style', (t) => slip(t, '    号: [第5号, 第6号]\n', '    号:\n      - 第５号・第６号\n')],
  ['箇所数 in full-width digits', (t) => slip(t, '箇所数: 10\n', '箇所数: １０\n')],
  ['a full-width colon after a key', (t) => slip(t, '          委託先:\n', '          委託先：\n')],
  ['a code in full-width digits', (t) => slip(t, '全国地方公共団体コード: "172031"', '全国地方公共団体コード: "１７２０３１"')],
  ['a 年度 in full-width digits', (t) => slip(t, '開始年度: 2022\n', '開始年度: ２０２２\n')],
  ['no space after a colon', (t) => slip(t, '        所管課: 長寿介護課\n', '        所管課:長寿介護課\n')],
  ['a tab in the indentation', (t) => slip(t, '        所管課: ふれあい福祉課\n', '\t\t\t\t所管課: ふれあい福祉課\n')],
  ['full-width spaces in the indentation', (t) => slip(t, '        所管課: 長寿介護課（事務局）\n', '　　　　所管課: 長寿介護課（事務局）\n')],
  ['記載無し for 記載なし', (t) => slip(t, '委託先: 記載なし', '委託先: 記載無し')],
];
const ALL = (t: string) => SLIPS.reduce((acc, [, f]) => f(acc), t);

/** Whether every diagnostic of the slipped plan carries a fix in this build (the fixes land rule by rule). */
function fixableNow(text: string): boolean {
  const diagnostics = withoutPlanLevel(checkText('komatsu.yaml', text, 'ja').diagnostics);
  return diagnostics.length > 0 && diagnostics.every((d) => d.fix?.length);
}

/** A test-only stand-in for code-form's fix, so the pipeline is exercised on a real plan today. */
const codeFix: Rule = {
  id: 'test-code-fix', severity: 'error', fixable: true,
  description: { ja: 't', en: 't' }, docs: { ja: '', en: '' }, messages: { ja: { m: 'm' }, en: { m: 'm' } },
  check(ctx) {
    for (const { business, path } of walkBusinesses(ctx.plan)) {
      if (!Array.isArray(business.号)) continue;
      business.号.forEach((v, i) => {
        if (typeof v === 'string' && !codeEntry(v)) ctx.report({ path: [...path, '号', i], messageId: 'm', fix: { path: [...path, '号', i], values: normalizeCodes(v) } });
      });
    }
  },
};

describe('komatsu with slips, fixed in process by a test rule', () => {
  it('reads back as the original data, with comments and the rest of the text untouched', () => {
    const slipped = SLIPS[1][1](SLIPS[0][1](ORIGINAL));
    const r = fixText(slipped, (t) => checkPlan(loadText('k.yaml', t, 'ja'), { lang: 'ja', rules: [codeFix] }));
    expect(r.diagnostics).toEqual([]);
    expect(parse(r.text)).toEqual(DATA);
    expect(r.text).toContain('    号:\n      - 第5号\n      - 第6号\n');
    expect(r.text.split('\n').filter((l) => l.trim().startsWith('#'))).toEqual(ORIGINAL.split('\n').filter((l) => l.trim().startsWith('#')));
  });
});

const copy = (text: string) => tempPlan(text, 'komatsu.yaml', 'jusou-fix-e2e-');

describe('jusou check --fix on komatsu', () => {
  it('a clean plan: --fix and --fix-dry-run change nothing and exit 0', () => {
    const file = join(tempDir('jusou-fix-e2e-'), 'komatsu.yaml');
    copyFileSync(planPath('komatsu'), file);
    for (const flag of ['--fix', '--fix-dry-run']) {
      const r = runCli(['check', flag, file]);
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe(ORIGINAL);
    }
  });

  it('--fix-dry-run leaves the slipped bytes identical and still fails', () => {
    const slipped = ALL(ORIGINAL);
    const file = copy(slipped);
    const r = runCli(['check', '--fix-dry-run', file]);
    expect(readFileSync(file, 'utf8')).toBe(slipped);
    expect(r.code).toBe(fixableNow(slipped) ? 0 : 1);
  });

  it.each(SLIPS)('--fix repairs: %s', (_name, f) => {
    expect(fixableNow(f(ORIGINAL)), 'every finding of the slip carries a fix').toBe(true);
    const file = copy(f(ORIGINAL));
    const dry = runCli(['check', '--fix-dry-run', file]);
    expect(dry.stdout).toMatch(/^@@ /m);
    const r = runCli(['check', '--fix', file]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(parse(readFileSync(file, 'utf8'))).toEqual(DATA);
  });

  it('--fix repairs every slip at once; a second --fix changes nothing', () => {
    expect(fixableNow(ALL(ORIGINAL))).toBe(true);
    const file = copy(ALL(ORIGINAL));
    expect(runCli(['check', '--fix', file]).code).toBe(0);
    const once = readFileSync(file, 'utf8');
    expect(parse(once)).toEqual(DATA);
    expect(runCli(['check', '--fix', file]).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(once);
  });
});
