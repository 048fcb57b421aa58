import { codeEntry, codeTable } from '../../check/codes.js';
import type { Business } from '../../plan.js';
import { walkBusinesses } from '../../plan.js';
import { int, record } from '../../render/values.js';
import { bool, joined, municipalityCells, oneLine } from '../cells.js';
import { agencyCount, agencyNames, businessNumber, codesOf, methods } from '../facts.js';
import { MUNICIPALITY_COLUMNS, rowOf, stringColumn as s, TO_PLANS, type Cell, type Row, type TableDef } from '../table.js';

/** The 号 cell of a 事業 or 取組 that carries none of 第106条の4第2項 (a municipality's own project). */
export const NO_CODE = 'なし';


/** One row per (自治体, 事業 or 取組, 号): a 事業 carrying two 号 is two rows, a 取組 inherits its 事業's 号. */
export const businessesTable: TableDef = {
  name: 'businesses',
  path: 'businesses.csv',
  title: '実施する事業（自治体・事業または取組・号ごと）',
  description: '重層的支援体制整備事業実施計画に記載された事業と取組。社会福祉法第106条の4第2項の号ごとに1行。取組は、自らの号がなければ親の事業の号を引き継ぎます。',
  columns: [
    ...MUNICIPALITY_COLUMNS,
    s('事業番号', '計画の中での事業の順番（1から）。取組は「事業の番号-取組の番号」（例：1-2）。', { required: true, pattern: '^[0-9]+(-[0-9]+)*$' }),
    s('階層', '事業（計画の事業）か取組（事業の中の個々の取組）か。', { required: true, enum: ['事業', '取組'] }),
    s('号', `社会福祉法第106条の4第2項の号（正規形、例：第1号イ）。どの号にも当たらない事業は「${NO_CODE}」。`, { required: true, enum: [...codeTable().codes.map((c) => c.code), NO_CODE] }),
    s('号_名称', '号の法定の事業名（例：地域包括支援センターの運営）。'),
    s('号_条項', '号の条項（例：社会福祉法第106条の4第2項第1号イ）。'),
    { name: '号_推定', type: 'boolean', description: '計画書に号の記載がなく、法定の事業名から号を当てた場合に true。' },
    s('事業ID', '計画ファイルの中での事業または取組のID（あれば）。'),
    s('事業名', '事業の名称（取組の行では、その取組が属する事業の名称）。', { required: true }),
    s('取組名', '取組の名称（事業の行では空欄）。'),
    s('分類', '計画書がこの事業を置いている区分・見出し（例：相談支援）。'),
    s('分野', '計画書が示す分野（例：介護、障害、子ども）。'),
    s('区分', '継続・既存・新規・新たな機能のいずれか。', { enum: ['継続', '既存', '新規', '新たな機能'] }),
    s('設置形態', '包括的相談支援の拠点の設置形態（基本型・統合型・地域型）。', { enum: ['基本型', '統合型', '地域型'] }),
    s('実施方式', '直営・委託・一部委託・補助のうち該当するもの（複数は「;」区切り）。', { list: true }),
    s('実施方式_記載', '計画書の実施方式の書き方そのまま。'),
    s('実施方式_直営', '直営で実施する課や施設（複数は「;」区切り）。', { list: true }),
    s('実施方式_委託先', '委託先（複数は「;」区切り）。', { list: true }),
    s('実施方式_補助先', '補助先（複数は「;」区切り）。', { list: true }),
    s('実施主体', '実施主体の記載。'),
    s('支援対象者', '支援対象者の記載。'),
    s('圏域', '圏域の記載（複数は「;」区切り）。', { list: true }),
    s('活動場所', '活動場所（複数は「;」区切り）。', { list: true }),
    { name: '支援機関_箇所数', type: 'integer', minimum: 0, description: '支援機関の箇所数（計画書の箇所数、なければ列挙された機関の数）。単位なしの数値。' },
    s('支援機関_名称', '列挙された支援機関の名称（複数は「;」区切り）。', { list: true }),
    s('所管課', '所管課（複数は「;」区切り）。', { list: true }),
    { name: '会員数', type: 'integer', minimum: 0, description: '会員数（人）。単位なしの数値。' },
    s('会員数_時点', '会員数の時点の記載。'),
    s('業務内容', '業務内容（箇条は「;」区切り）。', { list: true }),
    s('概要', '事業の説明（箇条は「;」区切り）。', { list: true }),
    s('関係会議ID', 'この事業に関係する会議のID（会議一覧の会議ID、複数は「;」区切り）。', { list: true }),
  ],
  primaryKey: ['全国地方公共団体コード', '事業番号', '号'],
  foreignKeys: [TO_PLANS],
  rows({ plan }) {
    const where = municipalityCells(plan);
    const rows: Row[] = [];
    let top: Business | undefined;
    for (const visit of walkBusinesses(plan)) {
      const b = visit.business;
      if (visit.depth === 0) top = b;
      const fields = businessCells(b, visit.depth === 0 ? undefined : top);
      const codes = codesOf(visit);
      for (const code of codes.length ? codes : [NO_CODE]) {
        const entry = codeEntry(code);
        rows.push(rowOf(this.columns, where, { 事業番号: businessNumber(visit.path), 階層: visit.depth === 0 ? '事業' : '取組', 号: code, 号_名称: entry?.name, 号_条項: entry?.provision }, fields));
      }
    }
    return rows;
  },
};

function businessCells(b: Business, parent: Business | undefined): Record<string, Cell> {
  const method = record(b.実施方式);
  const members = record(b.会員数);
  return {
    号_推定: bool(b.号の推定), 事業ID: oneLine(b.ID), 事業名: oneLine((parent ?? b).名称), 取組名: parent ? oneLine(b.名称) : undefined,
    分類: oneLine(b.分類), 分野: oneLine(b.分野), 区分: oneLine(b.区分), 設置形態: oneLine(b.設置形態),
    実施方式: joined(methods(b)), 実施方式_記載: oneLine(method.記載), 実施方式_直営: joined(method.直営),
    実施方式_委託先: joined(method.委託先), 実施方式_補助先: joined(method.補助先), 実施主体: oneLine(b.実施主体),
    支援対象者: oneLine(b.支援対象者), 圏域: joined(b.圏域), 活動場所: joined(b.活動場所),
    支援機関_箇所数: agencyCount(b), 支援機関_名称: joined(agencyNames(b)), 所管課: joined(b.所管課),
    会員数: int(members.人数), 会員数_時点: oneLine(members.時点), 業務内容: joined(b.業務内容), 概要: joined(b.概要), 関係会議ID: joined(b.会議),
  };
}
