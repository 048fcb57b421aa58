import { availableParallelism } from 'node:os';
import { ruleLevels, ruleLevelsKey } from '../config/severity.js';
import type { Diagnostic } from '../diagnostic.js';
import type { Lang } from '../i18n.js';
import { decode } from '../load/decode.js';
import { readBytesSync, type ReadResult } from '../load/read.js';
import { fileStamp, ResultCache } from './cache.js';
import { contentHash, toolFingerprint } from './fingerprint.js';
import type { FileResult } from './job.js';

export interface BatchOptions {
  /** Read plans as plain data first and position only files with diagnostics (default: on; JUSOU_FAST=0 turns it off). */
  fast?: boolean;
  /** Threads (this one plus workers); 0 or 1 checks in this thread only; default: automatic (JUSOU_WORKERS overrides). */
  workers?: number;
  /** Cache results: true for the repository's default cache (src/batch/cache.ts: defaultCacheFile), or a file or directory. */
  cache?: boolean | string;
  /**
   * How more than one thread is used: 'pipeline' (default: a reader thread parses, this one checks,
   * pipeline.ts) or 'pool' (every thread checks whole files, pool.ts); JUSOU_THREADS_MODE overrides.
   */
  threads?: 'pipeline' | 'pool';
  /**
   * Called with each plan checked in this thread (one thread or the pipeline), in order, with its data
   * and diagnostics, so a command that goes on to use the plans (render, export, compare) need not read
   * them again. Plans answered from the cache or checked in a pool worker are not passed: read those.
   */
  onData?: (file: string, data: unknown, diagnostics: Diagnostic[]) => void;
}

export interface BatchResult {
  diagnostics: Diagnostic[];
  /** Source text of every file that has a diagnostic (for code frames). */
  sources: Map<string, string>;
  /** Why the cache could not be written, if it could not (the check itself is unaffected). */
  cacheWarning?: string;
}

/** Below this many files to check, starting a second thread (it loads its half of the checker) costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 150;
const MIN_FILES_PER_THREAD = 60;

/**
 * Cores needed before a second thread is used by default. Measured on two cores (bench/RESULTS.md): two
 * threads — as a pipeline or as a pool — finish the national corpus no sooner than one, because one
 * thread already keeps V8's compiler and garbage collector busy on the second core (1.3–1.4 cores of CPU
 * per core of wall time), and a second isolate must warm up and optimise its own code. So a second thread
 * is used only with a core to spare for those; JUSOU_WORKERS (or `workers`) asks for threads explicitly.
 */
const MIN_CORES_FOR_THREADS = 3;

/**
 * Threads to check `files` files on: one, or with cores and files enough two as a pipeline (a reader
 * thread parses while this one checks; pipeline.ts). The pool (threads: 'pool') takes any number.
 */
export function workerCount(files: number, requested?: number): number {
  const env = process.env.JUSOU_WORKERS;
  if (requested === undefined && env !== undefined && /^\d+$/.test(env)) requested = Number(env);
  if (requested !== undefined) return Math.max(1, Math.min(requested, files));
  if (availableParallelism() < MIN_CORES_FOR_THREADS || files < MIN_FILES_FOR_WORKERS) return 1;
  return Math.max(1, Math.min(2, Math.floor(files / MIN_FILES_PER_THREAD)));
}

function textOf(read: ReadResult): string {
  if (!read.ok) return '';
  const d = decode(read.bytes);
  return d.ok ? d.text : ''; // decode() has already dropped a BOM
}

/**
 * Checks files in the given order and returns their diagnostics in that order: from the cache when
 * the bytes, the language and jusou are unchanged, otherwise in this thread or in a worker pool.
 * The checker itself (parser, schema, rules) is loaded only when some file has to be checked.
 */
export async function checkFiles(files: readonly string[], lang: Lang, options: BatchOptions = {}): Promise<BatchResult> {
  const fast = options.fast ?? process.env.JUSOU_FAST !== '0';
  const cache = options.cache ? ResultCache.open(options.cache === true ? undefined : options.cache, toolFingerprint() + ruleLevelsKey()) : undefined;
  const results: FileResult[] = new Array(files.length);
  const reads = new Map<number, ReadResult>();
  const stamps = new Map<number, string | undefined>();
  const misses: number[] = [];
  for (let i = 0; i < files.length; i++) {
    if (!cache) { misses.push(i); continue; }
    // Stat before reading: a file changed between the two keeps the older stamp and is read again next time.
    const stamp = fileStamp(files[i]);
    // Nothing cached for it: whoever checks it reads (and hashes) it, here or in a worker, once.
    if (!cache.has(files[i])) { misses.push(i); stamps.set(i, stamp); continue; }
    const byStamp = cache.getByStamp(files[i], stamp, lang);
    if (byStamp && !byStamp.length) { results[i] = { diagnostics: byStamp }; continue; }
    const read = readBytesSync(files[i]);
    const hit = byStamp ?? (read.ok ? cache.get(files[i], contentHash(read.bytes), lang) : undefined);
    if (hit) {
      cache.restamp(files[i], stamp);
      results[i] = { diagnostics: hit, ...(hit.length ? { text: textOf(read) } : {}) };
    } else { misses.push(i); reads.set(i, read); stamps.set(i, stamp); }
  }
  // The config's rule levels go with each job (workers) and into the cache key: they change the results.
  const job = { lang, fast, hash: Boolean(cache), levels: ruleLevels() };
  const inThread = { ...job, keepData: Boolean(options.onData) };
  const handOver = (i: number) => {
    const r = results[i];
    if (!options.onData || !('data' in r)) return;
    options.onData(files[i], r.data, r.diagnostics);
    delete r.data; // the command has it now; the batch keeps no parsed plans
  };
  const size = workerCount(misses.length, options.workers);
  const mode = options.threads ?? (process.env.JUSOU_THREADS_MODE === 'pool' ? 'pool' : 'pipeline');
  if (size > 1 && mode === 'pipeline') {
    reads.clear();
    const { checkPipelined } = await import('./pipeline.js');
    await checkPipelined(misses.map((i) => files[i]), inThread, (k, r) => { results[misses[k]] = r; handOver(misses[k]); });
  } else if (size > 1) {
    reads.clear();
    const { checkInPool } = await import('./pool.js');
    const out = await checkInPool(misses.map((i) => files[i]), job, size);
    out.forEach((r, k) => { results[misses[k]] = r; });
  } else if (misses.length) {
    const { checkOneFile } = await import('./job.js');
    for (const i of misses) {
      results[i] = checkOneFile(files[i], reads.get(i) ?? readBytesSync(files[i]), inThread);
      reads.delete(i);
      handOver(i);
    }
  }
  if (cache) for (const i of misses) if (results[i].hash) cache.set(files[i], results[i].hash!, lang, results[i].diagnostics, results[i].dependencies, stamps.get(i));
  const cacheWarning = cache ? await cache.save() : undefined;
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  results.forEach((r, i) => {
    diagnostics.push(...r.diagnostics);
    if (r.text !== undefined) sources.set(files[i], r.text);
  });
  return { diagnostics, sources, ...(cacheWarning ? { cacheWarning } : {}) };
}
