import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostic.js';
import type { Lang } from '../i18n.js';
import { writeFileAtomic } from '../write.js';

/**
 * A result cache in the manner of ESLint's --cache: one file mapping each plan (absolute path) to the
 * hash of the bytes that were checked, the language, and the diagnostics. The whole cache belongs to
 * one tool fingerprint (src/batch/fingerprint.ts); a different fingerprint discards every entry.
 */
export const DEFAULT_CACHE_FILE = '.jusoucache';
const FORMAT = 1;

interface Entry { hash: string; lang: Lang; diagnostics: Diagnostic[] }
interface CacheFile { format: number; fingerprint: string; entries: Record<string, Entry> }

export class ResultCache {
  private changed = false;

  private constructor(readonly location: string, private readonly fingerprint: string, private readonly entries: Map<string, Entry>) {}

  /** An unreadable, corrupt or foreign cache is an empty one: a cache can only save work, never fail a check. */
  static open(location: string | undefined, fingerprint: string): ResultCache {
    const file = cacheFile(location);
    let entries = new Map<string, Entry>();
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
      if (parsed.format === FORMAT && parsed.fingerprint === fingerprint && parsed.entries && typeof parsed.entries === 'object') {
        entries = new Map(Object.entries(parsed.entries));
      }
    } catch { /* no cache yet, or not ours */ }
    return new ResultCache(file, fingerprint, entries);
  }

  /** The cached diagnostics for exactly these bytes in this language, re-labelled with the path as given. */
  get(file: string, hash: string, lang: Lang): Diagnostic[] | undefined {
    const e = this.entries.get(resolve(file));
    if (!e || e.hash !== hash || e.lang !== lang || !Array.isArray(e.diagnostics)) return undefined;
    return e.diagnostics.map((d) => ({ ...d, file }));
  }

  set(file: string, hash: string, lang: Lang, diagnostics: Diagnostic[]): void {
    this.entries.set(resolve(file), { hash, lang, diagnostics });
    this.changed = true;
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
export function cacheFile(location: string | undefined): string {
  const where = location ?? DEFAULT_CACHE_FILE;
  if (/[\\/]$/.test(where)) return join(where, DEFAULT_CACHE_FILE);
  try {
    if (statSync(where).isDirectory()) return join(where, DEFAULT_CACHE_FILE);
  } catch { /* a file that does not exist yet */ }
  return where;
}
