import { texts } from '../render/values.js';
import { yearMonth } from '../wareki.js';
import type { Plan } from '../plan.js';
import type { Cell } from './table.js';

/**
 * デジタル庁's machine-readability rules for a cell: one record per line, so no line break inside a cell;
 * several values in one cell are joined with a half-width semicolon (documented in docs/export.md), and a
 * semicolon inside a value becomes a full-width one so that splitting on ";" gives the values back.
 */
export const LIST_SEPARATOR = ';';

/** Text on one line: line breaks and tabs become a space, runs of spaces one, ends trimmed; empty is missing. */
export function oneLine(v: unknown): string | undefined {
  const s = typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;
  if (s === undefined) return undefined;
  const flat = s.replace(/[\r\n\t\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
  return flat === '' ? undefined : flat;
}

/** A string or list of strings (名称の並び, 文または箇条) as one cell. */
export function joined(v: unknown): string | undefined {
  const items = flatItems(v).map((s) => oneLine(s)?.replaceAll(LIST_SEPARATOR, '；')).filter((s): s is string => s !== undefined);
  return items.length ? items.join(LIST_SEPARATOR) : undefined;
}

/** 文または箇条 may hold bullet lists ({見出し, 項目}): their headings and items, in order. */
function flatItems(v: unknown): string[] {
  if (!Array.isArray(v)) return texts(v);
  return v.flatMap((item): string[] => {
    if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
      const o = item as Record<string, unknown>;
      return [...texts(o.見出し), ...flatItems(o.項目)];
    }
    return texts(item);
  });
}

/** A 年月 (「2022-04」 or 「令和4年4月」) as 西暦 YYYY-MM; unreadable text is left out, not guessed. */
export function westernMonth(v: unknown): string | undefined {
  const ym = yearMonth(v);
  return ym && ym.month >= 1 && ym.month <= 12 ? `${ym.year}-${String(ym.month).padStart(2, '0')}` : undefined;
}

export function bool(v: unknown): boolean | undefined {
  return typeof v === 'boolean' ? v : undefined;
}

/** The three municipality cells every row starts with. */
export function municipalityCells(plan: Plan): Record<string, Cell> {
  const m = plan.自治体 ?? {};
  return { 全国地方公共団体コード: oneLine(m.全国地方公共団体コード), 都道府県: oneLine(m.都道府県), 地方公共団体名: oneLine(m.名称) };
}
