import type { PlanSource } from '../export/table.js';
import { fontCss } from '../render/fonts.js';
import { template, templateText } from '../render/templates.js';
import { groupedView } from './groups.js';
import { municipalityFacts, type MunicipalityFacts } from './model.js';
import { detailedView } from './view.js';

/** Up to this many plans get the full 号 × 自治体 matrix (a column each fits A4 landscape); more are grouped by 都道府県. */
export const DETAILED_MAX = 8;

let css: string | undefined;

/** The shared print CSS (fonts, colours, tables) with the comparison's landscape page and matrix on top. */
function compareCss(): string {
  css ??= `${fontCss()}\n${templateText('html', 'print.css')}\n${templateText('compare', 'html', 'compare.css')}`;
  return css;
}

export interface Comparison { html: string; markdown: string }

/** The comparison of the given plans, columns (or rows) ordered by 全国地方公共団体コード. */
export function renderComparison(plans: readonly PlanSource[]): Comparison {
  return renderFacts(plans.map(municipalityFacts));
}

/** The same from the facts of each plan (the command takes them as each plan is read). */
export function renderFacts(facts: readonly MunicipalityFacts[]): Comparison {
  const all = [...facts].sort((a, b) => a.code.localeCompare(b.code) || a.file.localeCompare(b.file));
  const prefectures = new Set(all.map((m) => m.prefecture));
  const detailed = all.length <= DETAILED_MAX;
  const doc = {
    title: `重層的支援体制整備事業実施計画の比較（${all.length}団体）`,
    count: all.length,
    prefectureCount: prefectures.size,
    prefectures: [...prefectures].join('・'),
    detailed: detailed ? detailedView(all) : undefined,
    grouped: detailed ? undefined : groupedView(all),
  };
  return { html: template('compare/html', 'document')({ doc, css: compareCss() }), markdown: template('compare/md', 'document')({ doc }) };
}
