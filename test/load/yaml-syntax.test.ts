import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/load/index.js';
import { codeFrame } from '../../src/report/stylish.js';
import { restoreEnvAfterEach } from '../helpers/cli.js';

describe('YAML syntax errors in Japanese', () => {
  restoreEnvAfterEach('JUSOU_DEBUG');

  it('explains a "key: value: value" line; yaml\'s words only with --lang en or JUSOU_DEBUG=1', () => {
    const plan = loadText('x.yaml', '自治体:\n  名称: 小松市: 石川\n', 'ja');
    expect(plan.diagnostics).toHaveLength(1);
    const [d] = plan.diagnostics;
    expect(d).toMatchObject({ rule: 'yaml-syntax', line: 2, column: 7 });
    expect(d.message).toBe('YAML の書き方に誤りがあります: キーの値を同じ行で「- 」や「キー:」から始めることはできません。改行してインデントするか、値を引用符で囲んでください');
    expect(d.note).toBeUndefined();
    expect(loadText('x.yaml', '自治体:\n  名称: 小松市: 石川\n', 'en').diagnostics[0].note).toMatch(/^YAML says: Nested mappings/);
    process.env.JUSOU_DEBUG = '1';
    expect(loadText('x.yaml', '自治体:\n  名称: 小松市: 石川\n', 'ja').diagnostics[0].note).toMatch(/^YAML の説明: Nested mappings/);
  });

  it('reports only the first error of a cascade on one line', () => {
    const plan = loadText('x.yaml', `a: ${'- '.repeat(50)}x\n`, 'ja');
    expect(plan.diagnostics.filter((d) => d.line === 1)).toHaveLength(1);
  });

  it('frames a very long line as a window around the error', () => {
    const line = `a: ${'- '.repeat(3000)}x`;
    const plan = loadText('x.yaml', `${line}\n`, 'ja');
    const frame = codeFrame(`${line}\n`, plan.diagnostics[0], false);
    for (const l of frame.split('\n')) expect(l.length).toBeLessThan(130);
    expect(frame).toContain('…');
    expect(frame.split('\n')[1]).toMatch(/\|\s{4}\^$/);
  });
});
