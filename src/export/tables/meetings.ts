import type { Meeting } from '../../plan.js';
import { int, list, record } from '../../render/values.js';
import { bool, joined, municipalityCells, oneLine, westernMonth } from '../cells.js';
import { isArticle106_6 } from '../facts.js';
import { MUNICIPALITY_COLUMNS, rowOf, stringColumn as s, TO_PLANS, type TableDef } from '../table.js';


/** One row per 会議体 of a plan. */
export const meetingsTable: TableDef = {
  name: 'meetings',
  path: 'meetings.csv',
  title: '会議体（自治体・会議ごと）',
  description: '計画に記載された会議体。支援会議（社会福祉法第106条の6）と重層的支援会議を種別で区別します。',
  columns: [
    ...MUNICIPALITY_COLUMNS,
    s('会議ID', '計画ファイルの中での会議のID。', { required: true }),
    s('会議名', '計画書の表記どおりの会議名。', { required: true }),
    s('種別', '会議の種別（支援会議、重層的支援会議、協議会など）。'),
    { name: '法第106条の6の支援会議', type: 'boolean', required: true, description: '社会福祉法第106条の6の支援会議（本人同意不要・守秘義務あり）なら true。種別または根拠による。' },
    s('根拠', '会議の根拠の記載。'),
    { name: '設置年月', type: 'yearmonth', description: '会議を設置した年月（西暦 YYYY-MM）。' },
    s('本人同意', '情報共有に本人の同意を要するか（必要・不要）。', { enum: ['必要', '不要'] }),
    { name: '守秘義務', type: 'boolean', description: '構成員に守秘義務が課されるか（計画書に記載がある場合のみ）。' },
    s('開催頻度', '開催頻度の記載。'),
    { name: '年間開催回数', type: 'integer', minimum: 0, description: '年あたりの開催回数。単位なしの数値。' },
    s('主催', '主催する課・担当。'),
    s('事務局', '事務局。'),
    s('構成員', '構成員（「;」区切り）。', { list: true }),
    s('部会', '専門部会（「;」区切り）。', { list: true }),
    s('参加団体', '参加団体（「;」区切り）。', { list: true }),
    s('関係事業ID', 'この会議に関係する事業のID（「;」区切り）。', { list: true }),
  ],
  primaryKey: ['全国地方公共団体コード', '会議ID'],
  foreignKeys: [TO_PLANS],
  rows({ plan }) {
    const where = municipalityCells(plan);
    return list(plan.会議).map(record).map((m) => rowOf(this.columns, where, {
      会議ID: oneLine(m.ID), 会議名: oneLine(m.名称), 種別: oneLine(m.種別), 法第106条の6の支援会議: isArticle106_6(m as Meeting),
      根拠: oneLine(m.根拠), 設置年月: westernMonth(m.設置), 本人同意: oneLine(m.本人同意), 守秘義務: bool(m.守秘義務),
      開催頻度: oneLine(m.開催頻度), 年間開催回数: int(m.年間開催回数), 主催: oneLine(m.主催), 事務局: oneLine(m.事務局),
      構成員: joined(m.構成員), 部会: joined(m.部会), 参加団体: joined(m.参加団体), 関係事業ID: joined(m.事業),
    }));
  },
};
