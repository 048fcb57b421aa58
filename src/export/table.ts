import type { Plan } from '../plan.js';

/**
 * One table of the open-data export, described once: the CSV header, the JSON keys and the Frictionless
 * Table Schema all come from these columns, so the three cannot drift apart.
 */
export type FieldType = 'string' | 'integer' | 'year' | 'yearmonth' | 'boolean';
export type Cell = string | number | boolean | undefined;
export type Row = Cell[];

export interface Column {
  /** The Japanese column name (CSV header, JSON key, Table Schema field name). */
  name: string;
  type: FieldType;
  description: string;
  required?: boolean;
  pattern?: string;
  enum?: readonly string[];
  minimum?: number;
  maximum?: number;
  /** A list value joined with LIST_SEPARATOR. */
  list?: boolean;
  format?: 'uri';
}

export interface ForeignKey { fields: string[]; reference: { resource: string; fields: string[] } }

/** What a table's rows are built from: one accepted plan and where it came from. */
export interface PlanSource { file: string; plan: Plan }

export interface TableDef {
  /** Resource name (lower-case, URL-safe as Data Package asks) and the CSV file name. */
  name: string;
  path: string;
  title: string;
  description: string;
  columns: readonly Column[];
  primaryKey: string[];
  foreignKeys?: ForeignKey[];
  /** Rows as cells in column order (see rowOf). */
  rows(source: PlanSource): Row[];
}

/** 全国地方公共団体コード, 都道府県, 地方公共団体名: the first three columns of every table. */
export const MUNICIPALITY_COLUMNS: readonly Column[] = [
  { name: '全国地方公共団体コード', type: 'string', required: true, pattern: '^[0-9]{6}$', description: '総務省の全国地方公共団体コード（6桁、検査数字を含む）。先頭の0を保つため文字列。' },
  { name: '都道府県', type: 'string', required: true, description: '都道府県名（例：石川県）。' },
  { name: '地方公共団体名', type: 'string', required: true, description: '市区町村名（例：小松市）。' },
];

/** The plans table is the one the others refer to through the municipality code. */
export const TO_PLANS: ForeignKey = { fields: ['全国地方公共団体コード'], reference: { resource: 'plans', fields: ['全国地方公共団体コード'] } };

/** A text column (most are): name, description and any constraints. */
export function stringColumn(name: string, description: string, extra: Partial<Column> = {}): Column {
  return { name, type: 'string', description, ...extra };
}

const indexes = new WeakMap<readonly Column[], Map<string, number>>();

/**
 * A row from named parts, in column order. Rows are arrays, not objects: 40,000 objects of 33 Japanese
 * keys built with spreads took V8's slow path (3 s for the national corpus); arrays take 0.2 s.
 */
export function rowOf(columns: readonly Column[], ...parts: Record<string, Cell>[]): Row {
  let index = indexes.get(columns);
  if (!index) indexes.set(columns, (index = new Map(columns.map((c, i) => [c.name, i]))));
  const row: Row = new Array(columns.length).fill(undefined);
  for (const part of parts) {
    for (const key in part) {
      const i = index.get(key);
      if (i === undefined) throw new Error(`no column ${key}`);
      row[i] = part[key];
    }
  }
  return row;
}
