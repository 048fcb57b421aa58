import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, STACK_TRACE, tempDir } from '../helpers/cli.js';

// The real command line (compiled by the global setup) on a copy of 小松市's plan without its 第2号 事業.
const FORMATS = ['stylish', 'json', 'github', 'sarif', 'junit'] as const;
let dir: string;
let broken: string;
let brokenLine: number;

/** komatsu.yaml with the 事業 entry tagged 第2号 (参加支援事業, sanka-shien) cut out, text otherwise unchanged. */
function withoutSecondCode(text: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l === '  - ID: sanka-shien');
  expect(lines[start + 2]).toBe('    号: [第2号]');
  const end = lines.findIndex((l, i) => i > start && /^ {2}- ID: /.test(l));
  return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
}

beforeAll(() => {
  dir = tempDir('jusou-formats-');
  broken = join(dir, 'komatsu.yaml');
  const text = withoutSecondCode(readFileSync(join(ROOT, 'plans', 'komatsu.yaml'), 'utf8'));
  writeFileSync(broken, text);
  brokenLine = text.split('\n').indexOf('事業:') + 1;
  expect(brokenLine).toBeGreaterThan(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MESSAGE = '社会福祉法第106条の4第2項第2号（参加支援事業）を実施する事業がありません';

describe('each format reports a plan missing 第2号 at its position and exits 1', () => {
  it('stylish', () => {
    const r = runCli(['check', broken, '--format', 'stylish']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${broken}:${brokenLine}:1  エラー  ${MESSAGE}  mandated-codes`);
  });

  it('json', () => {
    const r = runCli(['check', broken, '--format', 'json']);
    expect(r.code).toBe(1);
    const found = JSON.parse(r.stdout).find((d: { rule: string; message: string }) => d.rule === 'mandated-codes' && d.message === MESSAGE);
    expect(found).toMatchObject({ file: broken, line: brokenLine, column: 1 });
  });

  it('github', () => {
    const r = runCli(['check', broken, '--format', 'github']);
    expect(r.code).toBe(1);
    const line = r.stdout.split('\n').find((l) => l.includes(MESSAGE));
    expect(line).toMatch(new RegExp(`^::error file=[^,]*komatsu\\.yaml,line=${brokenLine},col=1,endLine=${brokenLine},endColumn=\\d+,title=[^,:]*\\(mandated-codes\\)::`));
  });

  it('sarif', () => {
    const r = runCli(['check', broken, '--format', 'sarif']);
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout).runs[0].results.find((x: { message: { text: string } }) => x.message.text === MESSAGE);
    expect(result.ruleId).toBe('mandated-codes');
    expect(result.locations[0].physicalLocation.region.startLine).toBe(brokenLine);
  });

  it('junit', () => {
    const r = runCli(['check', broken, '--format', 'junit']);
    expect(r.code).toBe(1);
    const root = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(r.stdout).testsuites;
    const failure = root.testsuite.testcase.find((c: { name: string }) => c.name === 'mandated-codes').failure;
    expect(failure['#text']).toContain(`${broken}:${brokenLine}:1 エラー ${MESSAGE}`);
  });
});

describe('the exit-code contract holds for every format (1 is shown above)', () => {
  for (const format of FORMATS) {
    it(`${format}: 0 for a clean plan, 2 for a usage error`, () => {
      expect(runCli(['check', 'test/fixtures/report/seiketsu.yaml', '--format', format]).code).toBe(0);
      const usage = runCli(['check', broken, '--format', format, '--max-warnings', 'many']);
      expect(usage.code).toBe(2);
      expect(usage.stderr).toContain('--max-warnings');
      expect(usage.stderr).not.toMatch(STACK_TRACE);
    });
  }

  it('--output writes the CI reports to a file instead of stdout, with the same exit code', () => {
    for (const format of ['sarif', 'junit']) {
      const out = join(dir, 'reports', `jusou.${format}`);
      const r = runCli(['check', broken, '--format', format, '--output', out]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(readFileSync(out, 'utf8')).toContain(MESSAGE);
    }
  });
});
