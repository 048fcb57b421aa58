import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { editDistance } from '../check/suggest.js';
import { CONFIG_FILE } from '../config/name.js';

const PLAN_FILE = /\.ya?ml$/i;
const SKIP_DIR = new Set(['node_modules', '.git', 'dist', 'lib']);


/**
 * Expands the paths given on the command line: files as given (even if not .yaml, so a wrong file gets
 * a clear error rather than silence), directories to the .yaml/.yml plans below them, in a stable order.
 * Paths that do not exist are returned as they are: the loader reports them with a position-less error.
 */
export async function discoverPlans(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch {
      isDir = false;
    }
    if (isDir) out.push(...(await walk(p)).sort());
    else out.push(p);
  }
  return [...new Set(out)];
}

async function walk(dir: string, seen = new Set<string>()): Promise<string[]> {
  const out: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIR.has(e.name) && !seen.has(full)) { seen.add(full); out.push(...(await walk(full, seen))); }
    } else if (PLAN_FILE.test(e.name) && e.name !== CONFIG_FILE /* jusou's config is YAML, not a plan */ && (e.isFile() || e.isSymbolicLink())) out.push(full);
  }
  return out;
}

/** A path given on the command line that does not exist, and a similarly named entry beside it, if any. */
export interface MissingPath {
  path: string;
  suggestion?: string;
}

/** The given paths that do not exist (`-`, standard input, is never missing), each with a suggestion. */
export async function missingPaths(paths: readonly string[]): Promise<MissingPath[]> {
  const out: MissingPath[] = [];
  for (const p of paths) {
    if (p === '-') continue;
    try {
      await stat(p);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT' && (e as NodeJS.ErrnoException).code !== 'ENOTDIR') continue;
      const suggestion = await similarEntry(p);
      out.push(suggestion === undefined ? { path: p } : { path: p, suggestion });
    }
  }
  return out;
}

/** The entry of p's folder whose name is closest to p's (a typo or two away), as a path written like p. */
async function similarEntry(p: string): Promise<string | undefined> {
  const trailing = /[\\/]$/.test(p) ? p.slice(-1) : '';
  const bare = trailing ? p.slice(0, -1) : p;
  const name = basename(bare);
  let entries: string[];
  try {
    entries = (await readdir(dirname(bare))).filter((e) => !e.startsWith('.'));
  } catch {
    return undefined;
  }
  const limit = Math.max(1, Math.floor([...name].length / 4));
  let best: { entry: string; d: number } | undefined;
  for (const entry of entries) {
    const d = entry.toLowerCase() === name.toLowerCase() ? 0 : editDistance(entry, name);
    if (d <= limit && (!best || d < best.d)) best = { entry, d };
  }
  if (!best) return undefined;
  return `${bare.slice(0, bare.length - name.length)}${best.entry}${trailing}`;
}
