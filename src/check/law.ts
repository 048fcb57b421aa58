import { readJsonResource } from '../resources.js';
import { codeTable } from './codes.js';

/**
 * What 社会福祉法第106条の5 and the ordinance it delegates to ask of the plan, read from
 * schemas/plan-contents.json (citations as data, each with what was verified and where).
 */
export interface PlanContentsTable {
  asOf: string;
  sources: Record<string, { title: string; url: string; readFrom: string; verified: string }>;
  paragraphs: Record<'第1項' | '第2項' | '第3項' | '第4項', { provision: string; anchor: string; duty: string; source: string }>;
  contents: { provision: string; source: string; items: { key: ContentKey; summary: string; summaryEn: string }[] };
  statutoryPlans: { name: string; basis: string }[];
}

export type ContentKey = '基本方針' | '提供体制' | '目標' | '連携';
export type Paragraph = keyof PlanContentsTable['paragraphs'];

let table: PlanContentsTable | undefined;

export function planContentsTable(): PlanContentsTable {
  table ??= readJsonResource<PlanContentsTable>('schemas', 'plan-contents.json');
  return table;
}

/** The provision of a paragraph of 第106条の5 and its e-Gov link. */
export function paragraph(p: Paragraph): { provision: string; url: string } {
  const entry = planContentsTable().paragraphs[p];
  const codes = codeTable();
  return { provision: entry.provision, url: `${codes.eGovBase}${codes.law.lawId}#${entry.anchor}` };
}

/** The four plans 第106条の5第3項 names, in its order. */
export function statutoryPlans(): { name: string; basis: string }[] {
  return planContentsTable().statutoryPlans;
}
