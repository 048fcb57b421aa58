import { stringify } from 'yaml';
import type { MunicipalityRow } from '../check/municipalities.js';
import { codeTable, mandatedCodes } from '../check/codes.js';
import { UNFILLED } from '../check/rules/unfilled.js';

/** IDs of the twelve mandated 事業 (ASCII, as the schema's ID asks). */
const IDS: Record<string, string> = {
  第1号イ: 'chiiki-houkatsu', 第1号ロ: 'shougaisha-soudan', 第1号ハ: 'riyousha-shien', 第1号ニ: 'jiritsu-soudan',
  第2号: 'sanka-shien', 第3号イ: 'kaigo-yobou', 第3号ロ: 'seikatsu-shien', 第3号ハ: 'chiiki-katsudou',
  第3号ニ: 'kosodate-kyoten', 第4号: 'outreach', 第5号: 'takikan-kyoudou', 第6号: 'shien-plan',
};

/** The first 年度 after the current one (a 年度 starts on 1 April). */
export function nextFiscalYear(today = new Date()): number {
  return (today.getMonth() >= 3 ? today.getFullYear() : today.getFullYear() - 1) + 1;
}

/** 令和9年度 for 2027. */
function wareki(year: number): string {
  const era = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric' }).format(new Date(year, 6, 1));
  return `${era.replace(/年$/, '')}年度`;
}

/** A value written so that YAML reads it back as this string. */
const v = (s: string) => stringify(s, { lineWidth: 0 }).trimEnd();
const todo = (what: string) => v(`${UNFILLED}${what}`);

const CHAPTERS: { heading: string; comment: string; body?: string; businesses?: boolean }[] = [
  { heading: 'はじめに', comment: '計画を策定する趣旨と背景（地域共生社会の実現、地域の課題、これまでの取組）', body: '計画を策定する趣旨と背景' },
  { heading: '基本方針', comment: '高齢者・障害者・児童・生活困窮者その他の福祉に関する基本方針（施行規則第34条の10）', body: '重層的支援体制整備事業の基本方針' },
  { heading: '計画の位置づけと計画期間', comment: '地域福祉計画・介護保険事業計画・障害福祉計画・子ども・子育て支援事業計画との調和（法第106条の5第3項）と計画期間', body: 'ほかの計画との関係と計画期間' },
  { heading: '実施する事業', comment: '法第106条の4第2項各号の事業の提供体制と実施時期。事業そのものは下の「事業」に1つずつ書きます', businesses: true },
  { heading: '推進体制', comment: '支援関係機関相互間の一体的な連携、支援会議（法第106条の6）・重層的支援会議などの会議体', body: '計画を推進する体制と支援関係機関の連携' },
  { heading: '評価・見直し', comment: '事業の目標と評価指標（相談受付件数、参加支援の対象者数など）、評価・見直しの方法と頻度', body: '目標・評価指標と、評価・見直しの方法' },
];

/** Per 事業: the fields a planner must fill, and what the marker asks for. */
const FIELDS: [string, string][] = [
  ['所管課', 'この事業を担当する課の名前'],
  ['支援対象者', 'この事業が支援する人'],
  ['業務内容', 'この事業で行うこと'],
];

/**
 * The text of a new plan for a municipality: its name and code from the table, the chapters a plan
 * needs, and the twelve mandated 事業 with their statutory names. Whatever only the municipality knows
 * is the marker 【未記入】 followed by what to write (rule unfilled); the rest checks clean.
 */
export function scaffoldPlan(row: MunicipalityRow, schemaPath: string, today = new Date()): string {
  const start = nextFiscalYear(today);
  const end = start + 2;
  const businesses = mandatedCodes();
  const out: string[] = [
    `# yaml-language-server: $schema=${schemaPath}`,
    `# ${row.name}重層的支援体制整備事業実施計画（jusou init で作成した雛形）`,
    `# 「${UNFILLED}」の箇所を書き換えてください。残っているあいだ jusou check はエラー（unfilled）を報告します。`,
    '自治体:',
    `  名称: ${v(row.name)}`,
    `  都道府県: ${v(row.prefecture)}`,
    `  全国地方公共団体コード: ${JSON.stringify(row.code)}`,
    '',
    '計画:',
    `  名称: ${v(`${row.name}重層的支援体制整備事業実施計画`)}`,
    `  根拠: ${v(`${codeTable().law.name}第106条の5`)}`,
    `  # 計画期間は来年度（${wareki(start)}）からの3年間としています。実際の期間に直してください。`,
    '  期間:',
    `    開始年度: ${start}`,
    `    終了年度: ${end}`,
    '',
    '章:',
  ];
  CHAPTERS.forEach((c, i) => {
    out.push(`  # ${c.heading}：${c.comment}`, `  - 番号: ${JSON.stringify(String(i + 1))}`, `    見出し: ${v(c.heading)}`);
    if (c.body) out.push('    本文:', `      - ${todo(c.body)}`);
    if (c.businesses) out.push(`    事業: [${businesses.map((b) => IDS[b.code]).join(', ')}]`);
  });
  out.push('', '事業:');
  for (const b of businesses) {
    const basis = b.basis ? `（${b.basis.law}${b.basis.article}）` : '';
    out.push(
      `  # ${b.code} ${b.name}${basis}`,
      `  - ID: ${IDS[b.code]}`,
      `    名称: ${v(b.name)}`,
      `    号: [${b.code}]`,
    );
    for (const [key, what] of FIELDS.slice(0, 1)) out.push(`    ${key}: ${todo(what)}`);
    out.push('    実施方式:', `      記載: ${todo('直営・委託・一部委託・補助のどれで実施するか（あわせて方式を、委託なら委託先も書きます）')}`);
    for (const [key, what] of FIELDS.slice(1)) out.push(`    ${key}: ${todo(what)}`);
  }
  return `${out.join('\n')}\n`;
}
