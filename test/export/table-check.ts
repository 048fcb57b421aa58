import { execFileSync } from 'node:child_process';
import { municipalityCheckDigit } from '../../src/check/municipalities.js';

/**
 * Checks CSV rows against a Frictionless Table Schema as a data consumer would: the CSV is read by
 * Python's csv module (not by jusou), then every value is checked against its field's type and
 * constraints, the primary key for uniqueness, and the municipality code for its check digit.
 */
export interface Field { name: string; type: string; constraints?: { required?: boolean; pattern?: string; enum?: string[]; minimum?: number; maximum?: number }; trueValues?: string[]; falseValues?: string[] }
export interface TableSchema { fields: Field[]; primaryKey: string[]; foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[]; missingValues?: string[] }

/** The CSV as Python reads it: a header and rows of strings. */
export function readCsv(file: string): { header: string[]; rows: string[][] } {
  const script = 'import csv,json,sys\nwith open(sys.argv[1], newline="", encoding="utf-8") as f:\n    rows = list(csv.reader(f))\nprint(json.dumps(rows))';
  const rows = JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 })) as string[][];
  return { header: rows[0], rows: rows.slice(1) };
}

const TYPES: Record<string, (v: string, f: Field) => boolean> = {
  string: () => true,
  integer: (v) => /^-?\d+$/.test(v),
  year: (v) => /^\d{4}$/.test(v),
  yearmonth: (v) => /^\d{4}-(0[1-9]|1[0-2])$/.test(v),
  boolean: (v, f) => [...(f.trueValues ?? ['true']), ...(f.falseValues ?? ['false'])].includes(v),
};

/** Every problem found, as readable lines (an empty list means the table conforms). */
export function checkRows(schema: TableSchema, header: string[], rows: string[][]): string[] {
  const problems: string[] = [];
  if (header.join() !== schema.fields.map((f) => f.name).join()) problems.push(`header ${header.join()} ≠ schema fields`);
  const missing = new Set(schema.missingValues ?? ['']);
  rows.forEach((row, r) => {
    if (row.length !== schema.fields.length) problems.push(`row ${r + 2}: ${row.length} cells`);
    schema.fields.forEach((f, i) => {
      const v = row[i] ?? '';
      const at = `row ${r + 2} ${f.name}=${JSON.stringify(v)}`;
      const required = f.constraints?.required || schema.primaryKey.includes(f.name);
      if (missing.has(v)) {
        if (required) problems.push(`${at}: required`);
        return;
      }
      if (/[\r\n]/.test(v)) problems.push(`${at}: line break in a cell`);
      if (!TYPES[f.type]?.(v, f)) problems.push(`${at}: not a ${f.type}`);
      const c = f.constraints ?? {};
      if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(v)) problems.push(`${at}: pattern ${c.pattern}`);
      if (c.enum && !c.enum.includes(v)) problems.push(`${at}: not in enum`);
      if (c.minimum !== undefined && Number(v) < c.minimum) problems.push(`${at}: < ${c.minimum}`);
      if (c.maximum !== undefined && Number(v) > c.maximum) problems.push(`${at}: > ${c.maximum}`);
      if (f.name === '全国地方公共団体コード' && municipalityCheckDigit(v.slice(0, 5)) !== v[5]) problems.push(`${at}: check digit`);
    });
  });
  const keys = new Set<string>();
  const keyIndex = schema.primaryKey.map((k) => header.indexOf(k));
  for (const row of rows) {
    const key = JSON.stringify(keyIndex.map((i) => row[i]));
    if (keys.has(key)) problems.push(`primary key ${key} repeated`);
    keys.add(key);
  }
  return problems;
}

/** Foreign keys: every referencing value is a key of the referenced table. */
export function unresolved(fromHeader: string[], fromRows: string[][], fields: string[], toHeader: string[], toRows: string[][], toFields: string[]): string[] {
  const pick = (header: string[], names: string[]) => names.map((n) => header.indexOf(n));
  const targets = new Set(toRows.map((r) => JSON.stringify(pick(toHeader, toFields).map((i) => r[i]))));
  return fromRows.map((r) => JSON.stringify(pick(fromHeader, fields).map((i) => r[i]))).filter((k) => !targets.has(k));
}
