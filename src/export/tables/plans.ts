import { basename } from 'node:path';
import { findMunicipality } from '../../check/municipalities.js';
import { codeTable, mandatedCodes } from '../../check/codes.js';
import { walkBusinesses } from '../../plan.js';
import { list, record } from '../../render/values.js';
import { fiscalYear } from '../../wareki.js';
import { joined, municipalityCells, oneLine, westernMonth } from '../cells.js';
import { codesOf, isArticle106_6, isJusouMeeting } from '../facts.js';
import { MUNICIPALITY_COLUMNS, rowOf, stringColumn as s, type TableDef } from '../table.js';

const n = (name: string, description: string) => ({ name, type: 'integer' as const, minimum: 0, description: `${description}単位なしの数値。` });

/** One row per 自治体: the plan as a whole. The other tables refer to it by 全国地方公共団体コード. */
export const plansTable: TableDef = {
  name: 'plans',
  path: 'plans.csv',
  title: '重層的支援体制整備事業実施計画の一覧（自治体ごと）',
  description: '自治体ごとに1行。計画期間、策定・公表の年月、事業・取組・会議の数、実施する号と実施していない法定の号。',
  columns: [
    ...MUNICIPALITY_COLUMNS,
    s('地方公共団体名_かな', '市区町村名のよみ（ひらがな、全国地方公共団体コードの一覧による）。'),
    s('計画名', '計画の名称。'),
    { name: '計画期間_開始年度', type: 'year', description: '計画期間の最初の年度（西暦、例：2022）。' },
    { name: '計画期間_終了年度', type: 'year', description: '計画期間の最後の年度（西暦）。' },
    s('計画期間_記載', '計画書の期間の書き方そのまま（和暦を含む）。'),
    { name: '策定年月', type: 'yearmonth', description: '計画を策定した年月（西暦 YYYY-MM）。' },
    { name: '公表年月', type: 'yearmonth', description: '計画を公表した年月（西暦 YYYY-MM、社会福祉法第106条の5第4項）。' },
    s('公表_URL', '計画を公表しているウェブページ。', { format: 'uri' }),
    s('公表_方法', '公表の方法の記載。'),
    n('事業数', '計画の事業の数（取組を除く）。'),
    n('取組数', '事業の中の取組の数。'),
    n('会議数', '計画に記載された会議体の数。'),
    s('実施する号', '事業または取組が実施する号（正規形、「;」区切り）。', { list: true }),
    { ...n('法定の号の実施数', '社会福祉法第106条の4第2項の必須12号のうち、実施する号の数（0～12）。'), maximum: 12 },
    s('実施していない法定の号', '必須12号のうち、どの事業・取組も実施していない号（「;」区切り、すべて実施なら空欄）。', { list: true }),
    { name: '支援会議の設置', type: 'boolean', required: true, description: '社会福祉法第106条の6の支援会議を記載していれば true。' },
    { name: '重層的支援会議の設置', type: 'boolean', required: true, description: '重層的支援会議を記載していれば true。' },
    s('担当課', '推進体制の担当課（「;」区切り）。', { list: true }),
    s('計画ファイル', '書き出した計画ファイルの名前（YAML）。', { required: true }),
  ],
  primaryKey: ['全国地方公共団体コード'],
  rows({ file, plan }) {
    const where = municipalityCells(plan);
    const info = record(plan.計画);
    const period = record(info.期間);
    const published = record(info.公表);
    const visits = [...walkBusinesses(plan)];
    const codes = new Set(visits.flatMap(codesOf));
    const mandated = mandatedCodes().map((c) => c.code);
    const meetings = list(plan.会議).map(record);
    const kana = findMunicipality(String(where.全国地方公共団体コード ?? ''))?.kana;
    return [rowOf(this.columns, where, {
      地方公共団体名_かな: kana, 計画名: oneLine(info.名称),
      計画期間_開始年度: fiscalYear(period.開始年度), 計画期間_終了年度: fiscalYear(period.終了年度), 計画期間_記載: oneLine(period.記載),
      策定年月: westernMonth(info.策定), 公表年月: westernMonth(published.年月), 公表_URL: oneLine(published.URL), 公表_方法: oneLine(published.方法),
      事業数: visits.filter((v) => v.depth === 0).length, 取組数: visits.filter((v) => v.depth > 0).length, 会議数: meetings.length,
      実施する号: joined([...codes].sort(byCodeOrder)), 法定の号の実施数: mandated.filter((c) => codes.has(c)).length,
      実施していない法定の号: joined(mandated.filter((c) => !codes.has(c))),
      支援会議の設置: meetings.some(isArticle106_6), 重層的支援会議の設置: meetings.some(isJusouMeeting),
      担当課: joined(record(plan.推進体制).担当課), 計画ファイル: basename(file),
    })];
  },
};

function byCodeOrder(a: string, b: string): number {
  order ??= new Map(codeTable().codes.map((c, i) => [c.code, i]));
  return (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity);
}

/** Codes in the order of the law (schemas/codes.json), built once. */
let order: Map<string, number> | undefined;
