import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers/cli.js';

/** Plain-data copy of a reference plan, as the renderer receives it. */
export function readPlan(name: string): any {
  return parse(readFileSync(join(ROOT, 'plans', `${name}.yaml`), 'utf8'));
}

export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e] ?? whole;
  });
}

/** The text a reader sees in the body of an HTML document (what the browser would show, roughly). */
export function htmlText(html: string): string {
  const body = html.slice(html.indexOf('<body'));
  return squash(decodeEntities(body.replace(/<[^>]*>/g, ' ')));
}

/** The text of a Markdown document once GitHub has rendered it: escapes and line-break tags undone. */
export function markdownText(md: string): string {
  const text = md.replace(/<br>/g, ' ').replace(/<a id="[^"]*"><\/a>/g, ' ').replace(/\\([!-/:-@[-`{-~])/g, '$1');
  return squash(decodeEntities(text));
}

export interface Leaf { path: (string | number)[]; value: string | number }

/** Every string and number in the plan with its path. */
export function leaves(v: unknown, path: (string | number)[] = []): Leaf[] {
  if (typeof v === 'string' || typeof v === 'number') return [{ path, value: v }];
  if (Array.isArray(v)) return v.flatMap((x, i) => leaves(x, [...path, i]));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => leaves(x, [...path, k]));
  return [];
}
