import { formatPlanFiscalYear, formatPlanMonth } from '../render/dates.js';
import { isObject } from '../plan.js';
import type { Line } from './types.js';
import { line } from './collector.js';

const YEAR_KEYS = new Set(['開始年度', '終了年度']);
const MONTH_KEYS = new Set(['年月', '策定', '設置']);

/** A scalar as the plan document prints it: 年度 and 年月 in 和暦, true/false in words. */
export function scalarText(key: string | undefined, v: unknown): string {
  if (v === undefined || v === null) return '';
  if (key && YEAR_KEYS.has(key)) return formatPlanFiscalYear(v) ?? String(v);
  if (key && MONTH_KEYS.has(key) && typeof v === 'string') return formatPlanMonth(v) ?? v;
  if (typeof v === 'boolean') return v ? 'はい' : 'いいえ';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  return '';
}

/** The name a list element goes by: the string itself or its 名称. */
export function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (isObject(v) && typeof v.名称 === 'string') return v.名称;
  return undefined;
}

/** An item's heading: 「第２ 見出し」 for a chapter, its 名称 otherwise. */
export function headingText(v: unknown): string {
  if (!isObject(v)) return scalarText(undefined, v);
  if (typeof v.見出し === 'string') return [v.番号, v.見出し].filter((s) => typeof s === 'string' && s).join('　');
  return nameOf(v) ?? (typeof v.ID === 'string' ? v.ID : '');
}

/**
 * A value as lines of a table cell, all marked or none: 「ラベル：値」 for each field of an object,
 * lists joined with 「、」 when they are names, one line per element otherwise.
 */
export function valueLines(v: unknown, mark: boolean, key?: string, indent = ''): Line[] {
  if (Array.isArray(v)) {
    if (v.every((x) => !Array.isArray(x) && !isObject(x))) {
      const short = v.every((x) => String(x).length <= 30);
      return short ? [indented(indent, v.map((x) => scalarText(key, x)).join('、'), mark)] : v.map((x) => indented(indent, scalarText(key, x), mark));
    }
    return v.flatMap((x) => valueLines(x, mark, key, indent));
  }
  if (isObject(v)) {
    const out: Line[] = [];
    for (const [k, x] of Object.entries(v)) {
      if (Array.isArray(x) && x.every((e) => !Array.isArray(e) && !isObject(e)) && x.every((e) => String(e).length <= 30)) {
        out.push(indented(indent, `${k}：${x.map((e) => scalarText(k, e)).join('、')}`, mark));
      } else if (Array.isArray(x) || isObject(x)) {
        out.push(indented(indent, k, mark), ...valueLines(x, mark, k, `${indent}　`));
      } else out.push(indented(indent, `${k}：${scalarText(k, x)}`, mark));
    }
    return out;
  }
  return [indented(indent, scalarText(key, v), mark)];
}

/** A line with its indentation left unmarked: the 傍線 runs under the words only. */
function indented(indent: string, text: string, mark: boolean): Line {
  return indent ? [{ text: indent }, ...line(text, mark)] : line(text, mark);
}

/** Every text in a value, for similarity: the keys are left out, they are the same on both sides. */
export function flatText(v: unknown): string {
  if (Array.isArray(v)) return v.map(flatText).join('\n');
  if (isObject(v)) return Object.values(v).map(flatText).join('\n');
  return v === undefined || v === null ? '' : String(v);
}

/** A field path as the JSON shows it: 実施方式.委託先, 本文[2]. */
export function fieldName(field: readonly (string | number)[]): string {
  return field.map((f, i) => (typeof f === 'number' ? `[${f}]` : i === 0 ? f : `.${f}`)).join('');
}

/** A field path as a row label: the keys only (実施方式　委託先), indices left out. */
export function fieldLabel(field: readonly (string | number)[]): string {
  return field.filter((f): f is string => typeof f === 'string').join('　');
}
