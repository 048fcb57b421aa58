import { toCsv } from './csv.js';
import { dataPackage, type WrittenTable } from './datapackage.js';
import { businessesTable } from './tables/businesses.js';
import { meetingsTable } from './tables/meetings.js';
import { plansTable } from './tables/plans.js';
import type { PlanSource, Row, TableDef } from './table.js';

export type ExportFormat = 'csv' | 'json' | 'datapackage';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'json', 'datapackage'];

/** The plans table first: the others refer to it. */
export const TABLES: readonly TableDef[] = [plansTable, businessesTable, meetingsTable];

export const JSON_FILE = 'jusou-export.json';

export interface OutputFile { path: string; data: Uint8Array }

/** One plan's rows in every table (TABLES order), made as soon as the plan is read. */
export interface PlanRows { file: string; code: string; tables: Row[][] }

export function planRows(source: PlanSource): PlanRows {
  const code = source.plan.自治体?.全国地方公共団体コード;
  return { file: source.file, code: typeof code === 'string' ? code : '', tables: TABLES.map((t) => t.rows(source)) };
}

/** Rows of every table, plans in order of 全国地方公共団体コード (as open-data lists of municipalities are). */
export function buildTables(plans: readonly PlanRows[]): { table: TableDef; rows: Row[] }[] {
  const ordered = [...plans].sort((a, b) => a.code.localeCompare(b.code) || a.file.localeCompare(b.file));
  return TABLES.map((table, i) => ({ table, rows: ordered.flatMap((p) => p.tables[i]) }));
}

/** The files of one export, relative to the output folder. UTF-8; a BOM only when asked (Excel). */
export function exportFiles(plans: readonly PlanRows[], format: ExportFormat, bom = false): OutputFile[] {
  const built = buildTables(plans);
  const encode = (text: string) => new Uint8Array(Buffer.from(bom ? `\uFEFF${text}` : text, 'utf8'));
  if (format === 'json') {
    // The same records as the CSVs, typed: numbers and booleans as JSON values, a missing value as null.
    const json = Object.fromEntries(built.map(({ table, rows }) => [table.name, rows.map((r) => Object.fromEntries(table.columns.map((c, i) => [c.name, r[i] ?? null])))]));
    return [{ path: JSON_FILE, data: encode(`${JSON.stringify(json, null, 2)}\n`) }];
  }
  const csvs: WrittenTable[] = built.map(({ table, rows }) => ({ table, bytes: encode(toCsv(table.columns, rows)) }));
  const files = csvs.map(({ table, bytes }) => ({ path: table.path, data: bytes }));
  if (format === 'datapackage') {
    files.push({ path: 'datapackage.json', data: new Uint8Array(Buffer.from(`${JSON.stringify(dataPackage(csvs, plans.length), null, 2)}\n`, 'utf8')) });
  }
  return files;
}

/** Plans that share a 全国地方公共団体コード: the plans table (and its primary key) allows one each. */
export function duplicateCodes(plans: readonly PlanRows[]): Map<string, string[]> {
  const byCode = new Map<string, string[]>();
  for (const p of plans) byCode.set(p.code, [...(byCode.get(p.code) ?? []), p.file]);
  return new Map([...byCode].filter(([, files]) => files.length > 1));
}
