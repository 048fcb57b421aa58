import { walkBusinesses } from '../../plan.js';
import { codeEntry, normalizeCodes } from '../codes.js';
import type { Rule } from '../rule.js';

export const codeForm: Rule = {
  id: 'code-form',
  severity: 'error',
  description: { ja: '「号」は正規形（第1号イ、第5号など）で書く', en: '号 codes are written in canonical form (第1号イ, 第5号, …)' },
  docs: {
    ja: '計画書は号を「[第１号のイ]」「同項第5号6号」「第５号・第６号」などさまざまに書きますが、「号」の値は集計と照合のため正規形（半角数字、カタカナのイロハニ、1つの値に1つの号）で書きます。計画書の書き方は「号の表記」に残します。このルールは正規形でない値を誤りとし、読み取れる正規形を候補として示します。',
    en: 'Plans print codes many ways (「[第１号のイ]」, 「同項第5号6号」, 「第５号・第６号」). The 号 values must be canonical (ASCII digits, katakana イロハニ, one code per value) so they can be counted and compared; the printed form belongs in 号の表記. Non-canonical values are errors, with the canonical reading as a suggestion.',
  },
  messages: {
    ja: {
      nonCanonical: '号「{value}」は正規形ではありません。{suggestion}と書いてください',
      unknown: '号「{value}」は社会福祉法第106条の4第2項にありません（第1号イ〜第6号）',
      note: '計画書の書き方は「号の表記」に残せます',
    },
    en: {
      nonCanonical: 'the code "{value}" is not canonical; write {suggestion}',
      unknown: 'the code "{value}" is not in 社会福祉法第106条の4第2項 (第1号イ to 第6号)',
      note: 'keep the printed form in 号の表記',
    },
  },
  fixable: true,
  check(ctx) {
    for (const { business, path } of walkBusinesses(ctx.plan)) {
      if (!Array.isArray(business.号)) continue;
      business.号.forEach((value, i) => {
        if (typeof value !== 'string' || codeEntry(value)) return;
        const codes = normalizeCodes(value);
        const suggestion = codes.map((c) => `「${c}」`).join(ctx.lang === 'en' ? ', ' : '、');
        ctx.report({
          path: [...path, '号', i], messageId: codes.length ? 'nonCanonical' : 'unknown',
          params: { value, suggestion }, noteId: 'note',
          // 「第5号、第6号」 splits into two items: each value carries one code.
          ...(codes.length ? { fix: { path: [...path, '号', i], values: codes } } : {}),
        });
      });
    }
  },
};
