import { readFileSync } from 'node:fs';
import { resourcePath } from '../resources.js';

/** All 1,741 市区町村 with their codes (data/municipalities.csv, CC0), loaded on first use. */
export interface MunicipalityRow { code: string; prefecture: string; name: string; kana: string }

let rows: MunicipalityRow[] | undefined;
let byCode: Map<string, MunicipalityRow> | undefined;

export function municipalities(): MunicipalityRow[] {
  if (!rows) {
    const lines = readFileSync(resourcePath('data', 'municipalities.csv'), 'utf8').trim().split(/\r?\n/).slice(1);
    rows = lines.map((line) => {
      const [code, prefecture, name, kana] = line.split(',');
      return { code, prefecture, name, kana };
    });
    byCode = new Map(rows.map((r) => [r.code, r]));
  }
  return rows;
}

export function findMunicipality(code?: string, name?: string, prefecture?: string): MunicipalityRow | undefined {
  municipalities();
  if (code) return byCode!.get(code);
  const hits = rows!.filter((r) => r.name === name && (!prefecture || r.prefecture === prefecture));
  return hits.length === 1 ? hits[0] : undefined;
}

/** Check digit of the first five digits: (11 − Σ weight·digit mod 11) mod 10, weights 6 5 4 3 2. */
export function municipalityCheckDigit(five: string): string {
  let s = 0;
  for (let i = 0; i < 5; i++) s += (6 - i) * Number(five[i]);
  return String((11 - (s % 11)) % 10);
}
