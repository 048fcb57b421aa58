import { LIST_SEPARATOR } from './cells.js';
import { DEFAULT_LICENSE } from './datapackage.js';
import { JSON_FILE, TABLES } from './index.js';
import type { Column } from './table.js';

/**
 * docs/export.md, written from the table definitions themselves (scripts/docs.ts), so that the column
 * list a publisher reads is the one jusou writes.
 */
const TYPE_NAMES: Record<Column['type'], string> = { string: '文字列', integer: '整数', year: '年（西暦）', yearmonth: '年月（YYYY-MM）', boolean: '真偽（true/false）' };

export function exportMarkdown(): string {
  const lines = [
    '# jusou export：オープンデータの書き出し',
    '',
    '<!-- npm run docs が src/export/tables/ の定義から書き出します。直接編集しないでください。 -->',
    '',
    '`jusou export PATHS --format csv|json|datapackage [--out DIR] [--bom] [--force]` は、計画ファイルを',
    '自治体標準オープンデータセットの書き方にならったオープンデータにします。',
    '',
    '- `csv`（既定）：' + TABLES.map((t) => `\`${t.path}\``).join('、') + '。',
    `- \`json\`：同じレコードを \`${JSON_FILE}\` に（表の名前 ${TABLES.map((t) => `\`${t.name}\``).join('・')} ごとの配列、数値と真偽は JSON の値、空欄は null）。`,
    '- `datapackage`：CSV と `datapackage.json`（Frictionless Data Package v2、`$schema` は https://datapackage.org/profiles/2.0/datapackage.json）。',
    '  各リソースは `type: table` で、Table Schema（型、必須、主キー、外部キー）と、CSV の大きさと SHA-256 を持ちます。',
    '',
    '## 機械判読のための決まり（デジタル庁のルールに沿って）',
    '',
    '- 1行目が見出し、1行に1レコード（CRLF 区切りの RFC 4180 の CSV）。セルの中に改行を入れません（計画の改行は空白にします）。',
    `- 1つのセルに複数の値があるときは半角セミコロン「${LIST_SEPARATOR}」で区切ります。値の中のセミコロンは全角「；」にします。`,
    '- 数値に単位を付けません（箇所数、人数、回数）。',
    '- 年度は西暦の年（2022）、年月は西暦の YYYY-MM（2025-10）。計画の和暦は「計画期間_記載」に書かれたとおり残ります。',
    '- 全国地方公共団体コードは6桁（検査数字を含む）の文字列です。Table Schema で文字列型としているので、先頭の0（北海道 012025 など）は落ちません。Excel で開くときは「データ」→「テキストまたは CSV から」で列を文字列に指定してください。',
    '- 文字コードは UTF-8（BOM なし）。Excel でそのまま開くときは `--bom` を付けます。',
    '- 列名は日本語で、項目の下位の項目は `_` でつなぎます（`実施方式_委託先`、`支援機関_箇所数`）。どの表も 全国地方公共団体コード・都道府県・地方公共団体名 から始まります。',
    '',
    '## ライセンス',
    '',
    `\`datapackage.json\` の \`licenses\` は、既定で ${DEFAULT_LICENSE.name}（${DEFAULT_LICENSE.path}）です。政府標準利用規約（第2.0版）は CC BY 4.0 と互換です。`,
    '公開する団体の利用規約が異なるときは、公開の前に `datapackage.json` の `licenses` を書き換えてください（`name`・`path`・`title`）。',
    '',
    '## エラーのある計画',
    '',
    'エラーのある計画が1つでもあれば、そのエラーを位置（ファイル:行:列）とともに表示し、何も書き出しません（終了コード 1）。',
    '`--force` を付けると、エラーのある計画を除いた残りを書き出します（終了コード 1）。同じ全国地方公共団体コードの計画が2つあると書き出しません（主キーが重複するため）。',
    '',
  ];
  for (const t of TABLES) {
    lines.push(`## ${t.path}：${t.title}`, '', t.description, '', `主キー：${t.primaryKey.join(' + ')}。${t.foreignKeys ? `外部キー：${t.foreignKeys.map((f) => `${f.fields.join(', ')} → ${f.reference.resource}.${f.reference.fields.join(', ')}`).join('、')}。` : ''}`, '');
    lines.push('| 列 | 型 | 必須 | 説明 |', '|---|---|:-:|---|');
    for (const c of t.columns) {
      const notes = [c.enum ? `値：${c.enum.join('・')}` : '', c.pattern ? `形式：\`${c.pattern}\`` : ''].filter(Boolean).join('。');
      lines.push(`| ${c.name} | ${TYPE_NAMES[c.type]} | ${c.required || t.primaryKey.includes(c.name) ? '○' : ''} | ${c.description}${notes ? ` ${notes}` : ''} |`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}`;
}
