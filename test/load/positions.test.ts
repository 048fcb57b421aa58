import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/load/index.js';

const text = ['自治体:', '  名称: 小松市', '事業:', '  - ID: a', '    号: [第1号イ, 第2号]', '  - ID: b', '    取組:', '      - 名称: サロン', ''].join('\n');

describe('data path → source range', () => {
  const plan = loadText('x.yaml', text, 'ja');

  it('finds scalar values', () => {
    expect(plan.rangeOf(['自治体', '名称'])).toMatchObject({ line: 2, column: 7, endLine: 2, endColumn: 10 });
    expect(plan.rangeOf(['事業', 0, '号', 1])).toMatchObject({ line: 5, column: 15, endColumn: 18 });
  });

  it('frames keys when asked', () => {
    expect(plan.rangeOf(['事業'], 'key')).toMatchObject({ line: 3, column: 1, endColumn: 3 });
  });

  it('frames only the first line of a collection', () => {
    expect(plan.rangeOf(['事業', 1])).toMatchObject({ line: 6, column: 5, endLine: 6 });
  });

  it('falls back to the nearest existing key for a missing path', () => {
    expect(plan.rangeOf(['事業', 1, '取組', 0, '所管課'])).toMatchObject({ line: 8, column: 9 });
  });

  it('counts CRLF files the same way', () => {
    const crlf = loadText('x.yaml', text.replace(/\n/g, '\r\n'), 'ja');
    expect(crlf.rangeOf(['事業', 0, '号', 1])).toEqual(plan.rangeOf(['事業', 0, '号', 1]));
  });
});
