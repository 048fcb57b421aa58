import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { stringify } from 'yaml';
import type { MunicipalityRow } from '../check/municipalities.js';
import { codeTable, mandatedCodes } from '../check/codes.js';
import { UNFILLED } from '../check/rules/unfilled.js';
import { resourcePath } from '../resources.js';
import { statutoryPlans } from '../check/law.js';

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

let template: Handlebars.TemplateDelegate | undefined;

/** templates/init/plan.yaml.hbs, compiled once; its helpers write YAML values, never HTML. */
function planTemplate(): Handlebars.TemplateDelegate {
  if (template) return template;
  const hbs = Handlebars.create();
  hbs.registerHelper('yaml', (s: string) => v(s));
  hbs.registerHelper('json', (s: string) => JSON.stringify(s));
  hbs.registerHelper('todo', (what: string) => v(`${UNFILLED}${what}`));
  template = hbs.compile(readFileSync(resourcePath('templates', 'init', 'plan.yaml.hbs'), 'utf8'), { noEscape: true, strict: true });
  return template;
}

/**
 * The text of a new plan for a municipality: its name and code from the table, the chapters a plan
 * needs, and the twelve mandated 事業 with their statutory names. Whatever only the municipality knows
 * is the marker 【未記入】 followed by what to write (rule unfilled); the rest checks clean.
 */
export function scaffoldPlan(row: MunicipalityRow, schemaPath: string, today = new Date()): string {
  const start = nextFiscalYear(today);
  return planTemplate()({
    schemaPath, unfilled: UNFILLED, name: row.name, prefecture: row.prefecture, code: row.code,
    planName: `${row.name}重層的支援体制整備事業実施計画`, basis: `${codeTable().law.name}第106条の5`,
    start, end: start + 2, startWareki: wareki(start),
    // The four plans 第106条の5第3項 requires harmony with: their kind is known, their local names are not.
    statutoryPlans: statutoryPlans().map((p) => ({ name: p.name, what: `${p.name}の名前` })),
    businesses: mandatedCodes().map((b) => ({
      id: IDS[b.code], code: b.code, name: b.name, basis: b.basis ? `（${b.basis.law}${b.basis.article}）` : '',
    })),
  });
}
