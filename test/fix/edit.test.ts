import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/fix/apply.js';
import { loadText } from '../../src/load/index.js';
import { scalarText } from '../../src/load/edit.js';
import type { DataPath } from '../../src/diagnostic.js';

/** Resolves a fix the way checkPlan does and applies it. */
function fixed(text: string, path: DataPath, values: (string | number)[]): string {
  const edits = loadText('t.yaml', text, 'ja').editFor!(path, values);
  expect(edits, 'an edit exists').toBeDefined();
  return applyEdits(text, edits!).text;
}

describe('LoadedPlan.editFor: a scalar becomes new values, the rest of the text stays', () => {
  it('replaces only the scalar (quotes included), keeping comments and order', () => {
    const text = '# 先頭\nb: 1\na: "第１号"  # 注\nc: x\n';
    expect(fixed(text, ['a'], ['第1号'])).toBe('# 先頭\nb: 1\na: 第1号  # 注\nc: x\n');
  });

  it('writes a number plain, so １２ → 12 reads as the number', () => {
    const out = fixed('箇所数: １２\n', ['箇所数'], [12]);
    expect(out).toBe('箇所数: 12\n');
    expect(parse(out)).toEqual({ 箇所数: 12 });
  });

  it('keeps a code text: "１７２０３１" becomes "172031", never the number 172031', () => {
    const out = fixed('全国地方公共団体コード: "１７２０３１"\n', ['全国地方公共団体コード'], ['172031']);
    expect(parse(out)).toEqual({ 全国地方公共団体コード: '172031' });
  });

  it('quotes what would not read back as the same text', () => {
    for (const v of ['- 先頭', 'a: b', 'x #y', '012', 'yes', '', '"q"', '[a]', '改行\nあり', '@at']) {
      const out = fixed('k: 元\n', ['k'], [v]);
      const read = parse(out) as { k: unknown };
      expect(read.k, `${v} → ${out}`).toBe(v);
      if (v === '012' || v === 'a: b' || v === '') expect(out).toBe(`k: ${JSON.stringify(v)}\n`);
    }
    expect(scalarText('第5号')).toBe('第5号');
    expect(scalarText('a, b', true)).toBe('"a, b"');
  });

  it('splits a block sequence item into items at its indentation, keeping the comment', () => {
    const text = '事業:\n  - 号:\n      - 第5号、第6号  # 二つ\n      - 第1号イ\n    名称: x\n';
    const out = fixed(text, ['事業', 0, '号', 0], ['第5号', '第6号']);
    expect(out).toBe('事業:\n  - 号:\n      - 第5号  # 二つ\n      - 第6号\n      - 第1号イ\n    名称: x\n');
  });

  it('splits at the end of the file and with CRLF line endings', () => {
    expect(fixed('号:\n  - a、b', ['号', 0], ['a', 'b'])).toBe('号:\n  - a\n  - b');
    expect(fixed('号:\r\n- a、b\r\nx: 1\r\n', ['号', 0], ['a', 'b'])).toBe('号:\r\n- a\r\n- b\r\nx: 1\r\n');
  });

  it('splits a flow sequence item with ", "', () => {
    const out = fixed('号: [第5号、第6号, 第1号イ]\n', ['号', 0], ['第5号', '第6号']);
    expect(out).toBe('号: [第5号, 第6号, 第1号イ]\n');
    expect(parse(out)).toEqual({ 号: ['第5号', '第6号', '第1号イ'] });
  });

  it('gives no edit where none is safe: a missing path, a collection, a block scalar, a split outside a list', () => {
    const plan = loadText('t.yaml', 'a: |\n  text\nb: [1]\nc: x\n', 'ja');
    expect(plan.editFor!(['nope'], ['v'])).toBeUndefined();
    expect(plan.editFor!(['b'], ['v'])).toBeUndefined();
    expect(plan.editFor!(['a'], ['v'])).toBeUndefined();
    expect(plan.editFor!(['c'], ['v', 'w'])).toBeUndefined();
    expect(plan.editFor!(['c'], [])).toBeUndefined();
  });
});
