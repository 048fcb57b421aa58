import { rules } from '../check/rules/index.js';
import type { Lang } from '../i18n.js';
import { loaderRuleDocs, type RuleDoc } from '../load/rule-docs.js';
import { suppressionRuleDocs } from '../suppress/rule-docs.js';
import { paragraphUrl } from './catalog.js';
import { LABELS } from './labels.js';

// docs/rules.md is generated from the rules' own metadata (`npm run docs`), so the reference cannot drift
// from what `jusou rules` prints; a test fails when the file is out of date.

/** Rules (not loader docs) may declare that `--fix` repairs some of their findings. */
export const isFixable = (r: RuleDoc): boolean => 'fixable' in r && r.fixable === true;

const row = (r: RuleDoc) => `| [\`${r.id}\`](#${r.id}) | ${LABELS.ja[r.severity]} | ${r.description.ja}${isFixable(r) ? '（--fix で修正可）' : ''} |`;

function section(r: RuleDoc): string[] {
  const en: Lang = 'en';
  const out = [`### ${r.id}`, '', `重大度: ${LABELS.ja[r.severity]}（${LABELS[en][r.severity]}）`, '', `**${r.description.ja}**`, '', r.docs.ja, ''];
  if (r.id === 'mandated-codes') out.push(`条文: [社会福祉法第106条の4第2項](${paragraphUrl()})`, '');
  if (isFixable(r)) out.push('`jusou check --fix` で自動的に直せる指摘があります（--fix で修正可）。', '');
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
    ...suppressionRuleDocs.map(row),
    ...loaderRuleDocs.map(row),
    '',
    '## 検証のルール',
    '',
    ...rules.flatMap(section),
    '## 抑止のコメントのルール',
    '',
    '指摘を認めて残すときは、その行の前に `# jusou-disable-next-line ルールID -- 理由` を、範囲には',
    '`# jusou-disable ルールID -- 理由` と `# jusou-enable ルールID` を書きます（行の先頭が `#` のコメント行だけを読みます）。',
    '抑止した指摘は stylish・json・github・junit の出力と件数、終了コードから外れ、SARIF には理由とともに残ります。',
    '読み込みのエラーは抑止できません。抑止のコメント自体の誤りは次のルールで報告します。',
    '',
    ...suppressionRuleDocs.flatMap(section),
    '## 読み込みのルール',
    '',
    'ファイルを読み込む段階（文字コード、YAML の書き方）で報告するものです。',
    '',
    ...loaderRuleDocs.flatMap(section),
  ].join('\n').replace(/\n+$/, '\n');
}
