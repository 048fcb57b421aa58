import { municipalities, municipalityCheckDigit, type MunicipalityRow } from '../check/municipalities.js';
import { editDistance } from '../check/suggest.js';

export type Resolution =
  | { kind: 'found'; row: MunicipalityRow }
  | { kind: 'ambiguous'; candidates: MunicipalityRow[] }
  | { kind: 'unknown'; suggestions: MunicipalityRow[]; code?: string };

const SUFFIX = /[市町村区]$/;

/** 七ヶ宿町 and 龍ケ崎市 are both in the table: a planner may type either small or large ケ (and full-width digits). */
const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').replace(/[ヶヵ]/g, 'ケ');

/**
 * A municipality from what a planner types: 金沢市, 石川県金沢市, 金沢 (without 市), a 6-digit
 * 全国地方公共団体コード or its first five digits; `prefecture` narrows a name shared by several.
 */
export function resolveMunicipality(query: string, prefecture?: string): Resolution {
  const q = fold(query);
  const pref = prefecture?.normalize('NFKC').trim();
  const rows = municipalities();
  if (/^\d{5,6}$/.test(q)) {
    const code = q.length === 5 ? q + municipalityCheckDigit(q) : q;
    const row = rows.find((r) => r.code === code);
    return row ? { kind: 'found', row } : { kind: 'unknown', suggestions: [], code: q };
  }
  const inPref = (r: MunicipalityRow) => !pref || r.prefecture === pref || r.prefecture.replace(/[都道府県]$/, '') === pref;
  const matchers: ((r: MunicipalityRow) => boolean)[] = [
    (r) => fold(r.name) === q || r.prefecture + fold(r.name) === q,
    // 金沢 for 金沢市 (and 石川県金沢); 府中 stays ambiguous.
    (r) => !SUFFIX.test(q) && (fold(r.name).replace(SUFFIX, '') === q || r.prefecture + fold(r.name).replace(SUFFIX, '') === q),
  ];
  for (const match of matchers) {
    const hits = rows.filter((r) => match(r) && inPref(r));
    if (hits.length === 1) return { kind: 'found', row: hits[0] };
    if (hits.length > 1) return { kind: 'ambiguous', candidates: hits };
  }
  return { kind: 'unknown', suggestions: nearestMunicipalities(q, rows.filter(inPref)) };
}

/** Up to five names near the query (a typo, a wrong suffix), nearest first. */
function nearestMunicipalities(q: string, rows: MunicipalityRow[]): MunicipalityRow[] {
  const limit = Math.max(1, Math.floor([...q].length / 3));
  return rows
    .map((r) => ({ r, d: Math.min(editDistance(q, r.name), editDistance(q, r.prefecture + r.name)) }))
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || a.r.code.localeCompare(b.r.code))
    .slice(0, 5)
    .map((x) => x.r);
}
