/**
 * Defensive readers for plan values. `render --force` accepts plans that failed the schema, so every
 * value may have the wrong type: these keep what can be shown as text and drop the rest.
 */
import { asList } from '../plan.js';

export function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/** A string or a list of strings, as a list (TextOrList and 名称の並び). */
export function texts(v: unknown): string[] {
  return asList(v).map(text).filter((s): s is string => s !== undefined);
}

export function list<T = unknown>(v: unknown): T[] {
  return Array.isArray(v) ? (v as T[]) : [];
}

export function record(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

export function int(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

/**
 * Hands out HTML ids that are unique within one document and safe in an attribute and a URL fragment:
 * plan IDs match [A-Za-z0-9_-] when the plan is valid, anything else is spelled out as code points.
 */
export class AnchorBook {
  private readonly used = new Set<string>();

  take(prefix: string, key: string): string {
    const safe = key.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}`);
    let id = `${prefix}-${safe}`;
    for (let n = 2; this.used.has(id); n++) id = `${prefix}-${safe}-${n}`;
    this.used.add(id);
    return id;
  }
}
