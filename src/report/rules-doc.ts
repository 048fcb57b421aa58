import { rules } from '../check/rules/index.js';
import type { Lang } from '../i18n.js';
import { loaderRuleDocs, type RuleDoc } from '../load/rule-docs.js';
import { paragraphUrl } from './catalog.js';
import { LABELS } from './labels.js';

// docs/rules.md is generated from the rules' own metadata (`npm run docs`), so the reference cannot drift
// from what `jusou rules` prints; a test fails when the file is out of date.

const row = (r: RuleDoc) => `| [\`${r.id}\`](#${r.id}) | ${LABELS.ja[r.severity]} | ${r.description.ja} |`;

function section(r: RuleDoc): string[] {
  const en: Lang = 'en';
  const out = [`### ${r.id}`, '', `重大度: ${LABELS.ja[r.severity]}（${LABELS[en][r.severity]}）`, '', `**${r.description.ja}**`, '', r.docs.ja, ''];
  if (r.id === 'mandated-codes') out.push(`条文: [社会福祉法第106条の4第2項](${paragraphUrl()})`, '');
  if (r.stopsCheck) out.push('このエラーがあるファイルは、ほかのルールでは検証しません。', '');
  out.push(`> ${r.description.en}. ${r.docs.en}`, '');
  return out;
}

export function rulesMarkdown(): string {
  return [
    '# ルール一覧（jusou check）',
    '',
    '<!-- このファイルは `npm run docs` がルールの定義（src/check/rules/、src/load/rule-docs.ts）から作ります。直接編集しないでください。 -->',
    '',
    '`jusou check` が報告するルールです。ルールの ID は、stylish 出力の各行の末尾、GitHub の注釈の題名、SARIF の',
    '`ruleId`、JUnit の testcase 名に出ます。`jusou rules ID` でも同じ説明を表示します。',
    '',
    '| ID | 重大度 | 内容 |',
    '|---|---|---|',
    ...rules.map(row),
    ...loaderRuleDocs.map(row),
    '',
    '## 検証のルール',
    '',
    ...rules.flatMap(section),
    '## 読み込みのルール',
    '',
    'ファイルを読み込む段階（文字コード、YAML の書き方）で報告するものです。',
    '',
    ...loaderRuleDocs.flatMap(section),
  ].join('\n').replace(/\n+$/, '\n');
}
