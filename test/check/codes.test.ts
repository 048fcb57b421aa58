import { describe, expect, it } from 'vitest';
import { codeTable, mandatedCodes, normalizeCodes, provisionUrl } from '../../src/check/codes.js';
import { municipalities, municipalityCheckDigit } from '../../src/check/municipalities.js';

describe('the codes table', () => {
  it('has the 14 canonical codes and exactly the twelve mandated ones of domain.md', () => {
    expect(codeTable().codes.map((c) => c.code)).toEqual([
      '第1号', '第1号イ', '第1号ロ', '第1号ハ', '第1号ニ', '第2号', '第3号', '第3号イ', '第3号ロ', '第3号ハ', '第3号ニ', '第4号', '第5号', '第6号',
    ]);
    expect(mandatedCodes().map((c) => c.code)).toEqual([
      '第1号イ', '第1号ロ', '第1号ハ', '第1号ニ', '第2号', '第3号イ', '第3号ロ', '第3号ハ', '第3号ニ', '第4号', '第5号', '第6号',
    ]);
  });

  it('links each code to its 号 on e-Gov 法令検索', () => {
    const third = mandatedCodes().find((c) => c.code === '第3号ハ')!;
    expect(provisionUrl(third)).toBe('https://laws.e-gov.go.jp/law/326AC0000000045#Mp-At_106_4-Pr_2-It_3');
  });
});

describe('normalizeCodes reads the ways plans print a 号', () => {
  it.each([
    ['[第１号のイ]', ['第1号イ']],
    ['（法第106条の4第2項第1号）', ['第1号']],
    ['同項第5号6号', ['第5号', '第6号']],
    ['第５号・第６号', ['第5号', '第6号']],
    ['[第５号・第６号]', ['第5号', '第6号']],
    ['（法第 106 条の 4 第 2 項第 2 号）', ['第2号']],
    ['第3号ニ', ['第3号ニ']],
    ['第7号', []],
    ['地域づくり', []],
  ])('%s → %j', (raw, expected) => {
    expect(normalizeCodes(raw)).toEqual(expected);
  });
});

describe('全国地方公共団体コード check digits', () => {
  it('holds for the five reference municipalities (domain.md)', () => {
    for (const code of ['172031', '232190', '172120', '313718', '162019']) {
      expect(municipalityCheckDigit(code.slice(0, 5))).toBe(code[5]);
    }
  });

  it('holds for all 1,741 municipalities of the national list', () => {
    const rows = municipalities();
    expect(rows).toHaveLength(1741);
    const wrong = rows.filter((r) => municipalityCheckDigit(r.code.slice(0, 5)) !== r.code[5]);
    expect(wrong).toEqual([]);
  });
});
