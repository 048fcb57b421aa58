import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { imageState, type Dependency } from '../check/plan-files.js';
import type { Diagnostic } from '../diagnostic.js';
import type { Lang } from '../i18n.js';
import { writeFileAtomic } from '../write.js';

/**
 * A result cache in the manner of ESLint's --cache: one file mapping each plan (its path relative to
 * the repository root, so a moved or freshly cloned checkout still hits) to the hash of the bytes that
 * were checked, the language, and the diagnostics. The whole cache belongs to one tool fingerprint
 * (src/batch/fingerprint.ts); a different fingerprint discards every entry.
 *
 * Like ESLint's default (metadata) strategy, an entry also keeps the file's stat stamp: when size,
 * mtime, ctime and inode are unchanged the file is not even read. Unlike it, a stamp is a shortcut to
 * the hash, never a replacement: a file whose stamp differs is read and hashed, and one modified in
 * the last seconds gets no stamp (file times are coarse, so a second same-size write could keep them:
 * git's "racily clean" problem), so its next check compares bytes.
 */
export const DEFAULT_CACHE_FILE = '.jusoucache';
/** Inside node_modules, where npm's tools keep their caches (out of the plans and out of git). */
export const NODE_MODULES_CACHE_FILE = join('node_modules', '.cache', 'jusou', 'cache.json');
const FORMAT = 3;
/** A file modified this recently (ms) is not stamped: the kernel's file clock ticks coarsely. */
const RACY_MS = 2000;

const isDirectory = (path: string) => {
  try { return statSync(path).isDirectory(); } catch { return false; }
};

/** The nearest folder at or above `from` with a package.json or a .git; `from` itself when there is none. */
export function repositoryRoot(from = process.cwd()): string {
  const start = resolve(from);
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) || existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return start;
  }
}

/** node_modules/.cache/jusou/cache.json when the repository root has node_modules, else .jusoucache there. */
export function defaultCacheFile(root = repositoryRoot()): string {
  return isDirectory(join(root, 'node_modules')) ? join(root, NODE_MODULES_CACHE_FILE) : join(root, DEFAULT_CACHE_FILE);
}

/**
 * `deps`: the files besides the plan that its result depends on (figure images), by path from the root,
 * with what the check saw of each; a hit needs each to look the same now (like make's dependency files).
 * `stamp`: the plan file's stat stamp when it was checked (fileStamp).
 */
interface Entry { hash: string; lang: Lang; diagnostics: Diagnostic[]; deps?: Dependency[]; stamp?: string }

/** size, mtime, ctime and inode in nanoseconds, or undefined for a file too recently changed (or unreadable) to trust them. */
export function fileStamp(file: string, now = Date.now()): string | undefined {
  try {
    const st = statSync(file, { bigint: true });
    if (!st.isFile() || now - Number(st.mtimeMs) < RACY_MS || now - Number(st.ctimeMs) < RACY_MS) return undefined;
    return `${st.size}:${st.mtimeNs}:${st.ctimeNs}:${st.ino}`;
  } catch {
    return undefined;
  }
}
interface CacheFile { format: number; fingerprint: string; entries: Record<string, Entry> }

export class ResultCache {
  private changed = false;

  private constructor(
    readonly location: string,
    private readonly root: string,
    private readonly fingerprint: string,
    private readonly entries: Map<string, Entry>,
  ) {}

  /**
   * An unreadable, corrupt or foreign cache is an empty one: a cache can only save work, never fail a check.
   * Without a location the cache is the repository's default one (defaultCacheFile).
   */
  static open(location: string | undefined, fingerprint: string, root = repositoryRoot()): ResultCache {
    const file = location === undefined ? defaultCacheFile(root) : cacheFile(location);
    let entries = new Map<string, Entry>();
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
      if (parsed.format === FORMAT && parsed.fingerprint === fingerprint && parsed.entries && typeof parsed.entries === 'object') {
        entries = new Map(Object.entries(parsed.entries));
      }
    } catch { /* no cache yet, or not ours */ }
    return new ResultCache(file, root, fingerprint, entries);
  }

  /** The cached diagnostics for exactly these bytes in this language, re-labelled with the path as given. */
  get(file: string, hash: string, lang: Lang): Diagnostic[] | undefined {
    const e = this.entries.get(this.key(file));
    if (!e || e.hash !== hash || e.lang !== lang || !Array.isArray(e.diagnostics)) return undefined;
    if (e.deps && !e.deps.every((d) => imageState(resolve(this.root, d.path)) === d.state)) return undefined;
    return e.diagnostics.map((d) => ({ ...d, file }));
  }

  /** Whether there is any entry for the file: without one, its bytes need not be read here to be compared. */
  has(file: string): boolean {
    return this.entries.has(this.key(file));
  }

  /** The cached diagnostics when the file's stat stamp is the one recorded with them: no read, no hash (its images are still re-inspected). */
  getByStamp(file: string, stamp: string | undefined, lang: Lang): Diagnostic[] | undefined {
    if (!stamp) return undefined;
    const e = this.entries.get(this.key(file));
    return e?.stamp === stamp ? this.get(file, e.hash, lang) : undefined;
  }

  set(file: string, hash: string, lang: Lang, diagnostics: Diagnostic[], dependencies: readonly Dependency[] = [], stamp?: string): void {
    const deps = dependencies.map((d) => ({ path: this.key(d.path), state: d.state }));
    this.entries.set(this.key(file), { hash, lang, diagnostics, ...(deps.length ? { deps } : {}), ...(stamp ? { stamp } : {}) });
    this.changed = true;
  }

  /** Records the stamp of a file whose bytes matched its entry, so the next run need not read it. */
  restamp(file: string, stamp: string | undefined): void {
    const e = this.entries.get(this.key(file));
    if (!e || !stamp || e.stamp === stamp) return;
    e.stamp = stamp;
    this.changed = true;
  }

  /** A path from the repository root, with / on every system. */
  private key(file: string): string {
    return relative(this.root, resolve(file)).split(sep).join('/');
  }

  /** Writes atomically when anything changed; returns the error message instead of throwing. */
  async save(): Promise<string | undefined> {
    if (!this.changed) return undefined;
    const body: CacheFile = { format: FORMAT, fingerprint: this.fingerprint, entries: Object.fromEntries(this.entries) };
    try {
      await writeFileAtomic(this.location, JSON.stringify(body));
      return undefined;
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }
}

/** As ESLint: a location that is an existing directory (or ends with a separator) holds .jusoucache. */
export function cacheFile(location: string): string {
  return /[\\/]$/.test(location) || isDirectory(location) ? join(location, DEFAULT_CACHE_FILE) : location;
}
