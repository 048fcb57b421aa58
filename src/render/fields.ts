import type { FieldView } from './view.js';
import { texts } from './values.js';

/** A 文または箇条 value: one paragraph, or bullets when the plan lists several. */
export function textField(label: string, v: unknown): FieldView | undefined {
  if (Array.isArray(v)) {
    const items = texts(v);
    return items.length ? { label, bullets: items } : undefined;
  }
  const items = texts(v);
  return items.length ? { label, paragraphs: items } : undefined;
}

/** A 名称の並び value: names, as bullets when there are several. */
export function listField(label: string, v: unknown): FieldView | undefined {
  const items = texts(v);
  if (!items.length) return undefined;
  return items.length === 1 ? { label, paragraphs: items } : { label, bullets: items };
}
