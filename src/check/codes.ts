import { readJsonResource } from '../resources.js';

/** The categories of 社会福祉法第106条の4第2項, read from schemas/codes.json (the law as data). */
export interface CodeEntry {
  code: string;
  name: string;
  nameEn: string;
  provision: string;
  anchor: string;
  mandated: boolean;
  parent: string | null;
  pillar: string;
  /** Words of the statutory name that point to this code when a 事業 名称 contains them (rule code-name). */
  名称の手がかり?: string[];
  basis?: { law: string; article: string; anchor: string };
}

export interface CodeTable {
  asOf: string;
  law: { name: string; number: string; lawId: string };
  eGovBase: string;
  laws: Record<string, string>;
  codes: CodeEntry[];
}

let table: CodeTable | undefined;

export function codeTable(): CodeTable {
  table ??= readJsonResource<CodeTable>('schemas', 'codes.json');
  return table;
}

export function codeEntry(code: string): CodeEntry | undefined {
  return codeTable().codes.find((c) => c.code === code);
}

export function mandatedCodes(): CodeEntry[] {
  return codeTable().codes.filter((c) => c.mandated);
}

/** e-Gov 法令検索 link to the provision of a code (社会福祉法第106条の4第2項第N号). */
export function provisionUrl(entry: CodeEntry): string {
  const t = codeTable();
  return `${t.eGovBase}${t.law.lawId}#${entry.anchor}`;
}

/** e-Gov link to the other law a code rests on (介護保険法 第115条の45 …), when there is one. */
export function basisUrl(entry: CodeEntry): string | undefined {
  if (!entry.basis) return undefined;
  const t = codeTable();
  const id = t.laws[entry.basis.law];
  return id ? `${t.eGovBase}${id}#${entry.basis.anchor}` : undefined;
}

/**
 * Reads the many ways plans print a 号 (「[第１号のイ]」「同項第5号6号」「第５号・第６号」
 * 「（法第106条の4第2項第1号）」) and returns the canonical codes, or [] when none can be read.
 */
export function normalizeCodes(raw: string): string[] {
  const s = raw
    .normalize('NFKC')
    .replace(/社会福祉法|法|第106条の4|第2項|同項|[\s()[\]（）［］【】「」、・,]/g, '');
  const out: string[] = [];
  for (const m of s.matchAll(/第?(\d+)号の?([イロハニ])?/g)) {
    const code = `第${Number(m[1])}号${m[2] ?? ''}`;
    if (codeEntry(code) && !out.includes(code)) out.push(code);
  }
  return out;
}

/** The codes a 号 list means: canonical values as they are, others as normalizeCodes reads them. */
export function canonicalCodes(values: unknown): string[] {
  const out: string[] = [];
  for (const v of Array.isArray(values) ? values : []) {
    if (typeof v !== 'string') continue;
    for (const c of codeEntry(v) ? [v] : normalizeCodes(v)) if (!out.includes(c)) out.push(c);
  }
  return out;
}

/** The codes whose statutory name a 事業 名称 contains (「地域包括支援センターの運営」 → 第1号イ). */
export function codesNamedIn(name: string): string[] {
  const text = name.normalize('NFKC');
  cues ??= codeTable().codes.flatMap((c) => (c.名称の手がかり ?? []).map((cue) => ({ code: c.code, cue: cue.normalize('NFKC') })));
  const out: string[] = [];
  for (const { code, cue } of cues) if (text.includes(cue) && !out.includes(code)) out.push(code);
  return out;
}

/** The name cues of every code, normalised once: the check asks for each 事業 of every plan. */
let cues: { code: string; cue: string }[] | undefined;

/** The 号 a code belongs to: 第1号イ → 第1号, 第5号 → 第5号. */
export function itemOf(code: string): string {
  return codeEntry(code)?.parent ?? code;
}
