import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

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
    } else if (PLAN_FILE.test(e.name) && (e.isFile() || e.isSymbolicLink())) out.push(full);
  }
  return out;
}
