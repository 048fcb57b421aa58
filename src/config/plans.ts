import { readdir } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { CONFIG_FILE } from './name.js';

const GLOB = /[*?{[]/;
/** As a folder on the command line (src/load/discover.ts): no dependencies, outputs or hidden folders. */
const SKIP_DIR = new Set(['node_modules', 'dist', 'lib']);


/** A glob (*, **, ?, {a,b}) as a regular expression over '/'-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) { re += '\\{'; continue; }
      re += `(?:${glob.slice(i + 1, end).split(',').map(escape).join('|')})`;
      i = end;
    } else re += escape(c);
  }
  return new RegExp(`^${re}/?$`);
}

const escape = (s: string) => s.replace(/[.+^$()|[\]\\*?{}]/g, '\\$&');

/** A path as the planner reads it: relative to the working directory when below it. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/**
 * The config's `plans` (relative to its folder) as paths for the checker: a plain path as it is (a folder
 * is searched as on the command line, a missing one is reported), a glob as the files it matches, sorted.
 */
export async function expandPlans(patterns: readonly string[], dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const pattern of patterns) {
    const p = pattern.replace(/\\/g, '/').replace(/^\.\//, '');
    if (!GLOB.test(p)) { out.push(shown(join(dir, p))); continue; }
    const parts = p.split('/');
    const fixed = parts.slice(0, parts.findIndex((s) => GLOB.test(s))).join('/');
    const re = globToRegExp(p);
    const base = join(dir, fixed);
    for (const file of await walk(base)) {
      const rel = relative(dir, file).split('\\').join('/');
      if (re.test(rel)) out.push(shown(file));
    }
  }
  return [...new Set(out)];
}

async function walk(dir: string): Promise<string[]> {
  let entries;
  try { entries = await readdir(dir, { withFileTypes: true }); } catch { return []; }
  const out: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = join(dir, e.name);
    if (e.name.startsWith('.')) continue;
    if (e.isDirectory()) { if (!SKIP_DIR.has(e.name)) out.push(...(await walk(full))); } else if (e.name !== CONFIG_FILE) out.push(full); // the config is YAML too, not a plan
  }
  return out;
}
