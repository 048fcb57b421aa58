import { createHash } from 'node:crypto';
import type { Column, TableDef } from './table.js';

/** The Frictionless Data Package v2 profile a descriptor names in `$schema`. */
export const DATAPACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';
export const TABLESCHEMA_PROFILE = 'https://datapackage.org/profiles/2.0/tableschema.json';

/**
 * The licence written when the publisher has not chosen one: CC BY 4.0, which 政府標準利用規約（第2.0版）
 * is compatible with. The publisher replaces it in datapackage.json (docs/export.md says how).
 */
export const DEFAULT_LICENSE = { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/deed.ja', title: 'クリエイティブ・コモンズ 表示 4.0 国際（出典を表示すれば自由に利用できます。公開する団体の利用規約に合わせて変更してください）' };

export interface WrittenTable { table: TableDef; bytes: Uint8Array }

/** datapackage.json for the CSVs as written (their size and SHA-256 included, so a reader can verify them). */
export function dataPackage(tables: readonly WrittenTable[], municipalities: number): object {
  return {
    $schema: DATAPACKAGE_PROFILE,
    name: 'jusou-jusouteki-shien-plans',
    title: '重層的支援体制整備事業実施計画 オープンデータ',
    description: `社会福祉法第106条の5の重層的支援体制整備事業実施計画（${municipalities}団体）を jusou で書き出したデータ。実施する事業を号ごとに、計画を自治体ごとに、会議体を会議ごとに収録します。複数の値は半角セミコロン（;）で区切り、年月は西暦（YYYY-MM）、年度は西暦の年です。`,
    licenses: [DEFAULT_LICENSE],
    sources: [{ title: '各自治体の重層的支援体制整備事業実施計画（計画ファイル YAML）' }],
    keywords: ['重層的支援体制整備事業', '社会福祉法第106条の4', '地域共生社会', '全国地方公共団体コード'],
    resources: tables.map(({ table, bytes }) => ({
      name: table.name,
      type: 'table',
      path: table.path,
      title: table.title,
      description: table.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: bytes.length,
      hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
      dialect: { header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true },
      schema: {
        $schema: TABLESCHEMA_PROFILE,
        fields: table.columns.map(field),
        missingValues: [''],
        primaryKey: table.primaryKey,
        ...(table.foreignKeys ? { foreignKeys: table.foreignKeys } : {}),
      },
    })),
  };
}

function field(c: Column): object {
  const constraints = {
    ...(c.required ? { required: true } : {}),
    ...(c.pattern ? { pattern: c.pattern } : {}),
    ...(c.enum ? { enum: c.enum } : {}),
    ...(c.minimum !== undefined ? { minimum: c.minimum } : {}),
    ...(c.maximum !== undefined ? { maximum: c.maximum } : {}),
  };
  return {
    name: c.name,
    type: c.type,
    ...(c.format ? { format: c.format } : {}),
    description: c.description,
    ...(c.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}
