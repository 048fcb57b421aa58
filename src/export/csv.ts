import type { Cell, Column, Row } from './table.js';

/**
 * RFC 4180 CSV as デジタル庁's machine-readability rules ask: header in the first row, one record a line
 * (CRLF), no line breaks inside a cell (the tables never produce one), numbers without units.
 */
export function toCsv(columns: readonly Column[], rows: readonly Row[]): string {
  const lines = [columns.map((c) => quote(c.name)).join(',')];
  for (const row of rows) lines.push(row.map((v) => quote(cellText(v))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** A cell as the Table Schema reads it back: booleans as true/false, a missing value as the empty string. */
export function cellText(v: Cell): string {
  if (v === undefined) return '';
  return typeof v === 'string' ? v : String(v);
}

function quote(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
