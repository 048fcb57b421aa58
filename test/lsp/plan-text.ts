import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';

/** A real plan's text (plans/<name>.yaml). */
export function realPlan(name: string): string {
  return readFileSync(join(ROOT, 'plans', `${name}.yaml`), 'utf8');
}

/** The text without one top-level 事業 (from its `  - ID: <id>` line to the next 事業 or the end of the list). */
export function withoutBusiness(text: string, id: string): string {
  const lines = text.split('\n');
  const start = lines.indexOf(`  - ID: ${id}`);
  if (start < 0) throw new Error(`no 事業 ${id}`);
  let end = start + 1;
  while (end < lines.length && !/^ {2}- ID: |^\S/.test(lines[end])) end++;
  return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
}

/** 0-based line of the first line equal to `line`. */
export function lineOf(text: string, line: string): number {
  const i = text.split('\n').indexOf(line);
  if (i < 0) throw new Error(`no line ${JSON.stringify(line)}`);
  return i;
}
