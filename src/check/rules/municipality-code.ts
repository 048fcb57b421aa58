import { findMunicipality, municipalityCheckDigit } from '../municipalities.js';
import type { Rule } from '../rule.js';

export const municipalityCode: Rule = {
  id: 'municipality-code',
  severity: 'error',
  description: { ja: '全国地方公共団体コードの検査数字が正しく、名称・都道府県と一致する', en: 'The 全国地方公共団体コード has a valid check digit and matches the name and prefecture' },
  docs: {
    ja: '全国地方公共団体コードは5桁と検査数字1桁の6桁です。5桁を a b c d e とすると、検査数字は (11 − (6a+5b+4c+3d+2e) mod 11) mod 10 です。このルールは検査数字を確かめ、さらに全国1,741市区町村の一覧（data/municipalities.csv）と照らして、コードと自治体名・都道府県が一致していることを確かめます。写し間違いで他の自治体のコードになっているのを防ぎます。',
    en: 'The code is five digits and a check digit: with digits a b c d e, check = (11 − (6a+5b+4c+3d+2e) mod 11) mod 10. The rule verifies the check digit and compares code, name and prefecture with the list of all 1,741 municipalities (data/municipalities.csv), so a mistyped code cannot point at another municipality.',
  },
  messages: {
    ja: {
      checkDigit: '全国地方公共団体コード「{code}」の検査数字が正しくありません（正しくは「{expected}」）',
      unknown: '全国地方公共団体コード「{code}」の市区町村は一覧にありません',
      name: '全国地方公共団体コード「{code}」は{prefecture}{actual}のコードです（自治体名は「{name}」）',
      prefecture: '{name}は{actual}の市区町村です（都道府県は「{prefecture}」）',
      byName: '{prefecture}{name}のコードは「{code}」です',
    },
    en: {
      checkDigit: 'the check digit of "{code}" is wrong (expected "{expected}")',
      unknown: 'no municipality has the code "{code}"',
      name: '"{code}" is the code of {prefecture}{actual} (the name given is "{name}")',
      prefecture: '{name} is in {actual} (the prefecture given is "{prefecture}")',
      byName: 'the code of {prefecture}{name} is "{code}"',
    },
  },
  check(ctx) {
    const m = ctx.plan.自治体;
    const code = m?.全国地方公共団体コード;
    if (typeof code !== 'string' || !/^\d{6}$/.test(code)) return; // the schema rule reports the form
    const path = ['自治体', '全国地方公共団体コード'];
    const expected = code.slice(0, 5) + municipalityCheckDigit(code.slice(0, 5));
    if (expected !== code) {
      ctx.report({ path, messageId: 'checkDigit', params: { code, expected } });
      return;
    }
    const found = findMunicipality(code);
    if (!found) {
      ctx.report({ path, messageId: 'unknown', params: { code } });
      return;
    }
    if (typeof m?.名称 === 'string' && m.名称 !== found.name) {
      const byName = findMunicipality(undefined, m.名称, m.都道府県);
      ctx.report({
        path, messageId: 'name', params: { code, actual: found.name, prefecture: found.prefecture, name: m.名称 },
      });
      if (byName) ctx.report({ path: ['自治体', '名称'], messageId: 'byName', params: { name: byName.name, prefecture: byName.prefecture, code: byName.code }, severity: 'warning' });
    } else if (typeof m?.都道府県 === 'string' && m.都道府県 !== found.prefecture) {
      ctx.report({ path: ['自治体', '都道府県'], messageId: 'prefecture', params: { name: found.name, actual: found.prefecture, prefecture: m.都道府県 } });
    }
  },
};
