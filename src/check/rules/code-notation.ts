import { walkBusinesses } from '../../plan.js';
import { codeEntry, normalizeCodes } from '../codes.js';
import type { Rule } from '../rule.js';

export const codeNotation: Rule = {
  id: 'code-notation',
  severity: 'warning',
  description: { ja: '「号」と計画書の「号の表記」が食い違うときは理由を書く', en: 'Where 号 differs from the printed 号の表記, say why' },
  docs: {
    ja: '「号の表記」は計画書に印刷された号、「号」は正規の号です。表記にある号が「号」にない場合は転記の誤りです。表記にない号を「号」に加える場合（例：計画書が第5号とだけ書く多機関協働事業が支援プランを作成するので第6号を加える）は、「号の注記」に理由を書くか、号を事業名から当てたことを「号の推定: true」で示します。',
    en: '号の表記 is the code as printed; 号 is the canonical code. A printed code missing from 号 is a transcription error. Adding a code that the plan does not print (e.g. 第6号 for a 多機関協働事業 printed as 第5号 that makes 支援プラン) needs a reason in 号の注記, or 号の推定: true when codes were inferred from program names.',
  },
  messages: {
    ja: {
      missingPrinted: '計画書の表記「{printed}」にある「{code}」が「号」にありません',
      unexplained: '「号」の「{code}」は計画書の表記「{printed}」にありません。理由を「号の注記」に書いてください',
    },
    en: {
      missingPrinted: '"{code}" printed in "{printed}" is missing from 号',
      unexplained: '"{code}" in 号 is not printed in "{printed}"; give the reason in 号の注記',
    },
  },
  check(ctx) {
    for (const { business, path } of walkBusinesses(ctx.plan)) {
      const printed = business.号の表記;
      if (typeof printed !== 'string' || !Array.isArray(business.号)) continue;
      // Until every value is canonical, mismatches are code-form's to report.
      if (!business.号.every((c) => typeof c === 'string' && codeEntry(c))) continue;
      const fromPrint = normalizeCodes(printed);
      if (fromPrint.length === 0) continue;
      for (const code of fromPrint) {
        // A printed 第1号 is honoured by 第1号イ〜ニ: the plan printed the 号, the encoding names the item.
        const covered = business.号.some((c) => c === code || codeEntry(c)?.parent === code);
        if (!covered) ctx.report({ path: [...path, '号'], messageId: 'missingPrinted', params: { code, printed } });
      }
      if (business.号の注記 || business.号の推定) continue;
      business.号.forEach((code, i) => {
        const entry = codeEntry(code)!;
        if (!fromPrint.includes(code) && !(entry.parent && fromPrint.includes(entry.parent))) {
          ctx.report({ path: [...path, '号', i], messageId: 'unexplained', params: { code, printed } });
        }
      });
    }
  },
};
