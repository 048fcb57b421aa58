import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RuleLevels } from '../config/severity.js';
import type { Lang } from '../i18n.js';
import { readBytesSync } from '../load/read.js';
import type { FileResult, Job, JobReply } from './job.js';

/** Files per message: large enough that messaging is noise, small enough that the threads finish together. */
const CHUNK = 16;
/** Chunks a worker holds at once, so that it never waits for the main thread between two. */
const IN_FLIGHT = 2;

type Options = { lang: Lang; fast: boolean; hash: boolean; levels?: RuleLevels };
interface Chunk { id: number; start: number; files: string[] }

function spawn(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url));
  // Run from src/ (tests): the worker is TypeScript, so it registers tsx's loader before importing itself.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const worker = new URL('./worker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(worker)}); });`, { eval: true });
}

/** Feeds one worker chunks from the shared queue until it is empty. */
function drive(worker: Worker, take: () => Chunk | undefined, options: Options, store: (c: Chunk | number, r: FileResult[]) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let pending = 0;
    const send = () => {
      for (let c = pending < IN_FLIGHT ? take() : undefined; c; c = ++pending < IN_FLIGHT ? take() : undefined) {
        const job: Job = { id: c.id, files: c.files, ...options };
        worker.postMessage(job);
      }
      if (pending === 0) resolve();
    };
    worker.on('message', (reply: JobReply) => {
      pending--;
      if ('error' in reply) { reject(new Error(reply.error)); return; }
      store(reply.id, reply.results);
      send();
    });
    worker.on('error', reject);
    worker.on('exit', (code) => { if (pending > 0) reject(new Error(`worker exited with code ${code}`)); });
    send();
  });
}

/**
 * Checks files on `threads` threads — this one and threads − 1 workers — taking chunks from one
 * queue, and returns the results in the order of `files`. This thread starts at once, while the
 * workers are still loading the checker, so their start-up costs less than a thread's share.
 */
export async function checkInPool(files: readonly string[], options: Options, threads: number): Promise<FileResult[]> {
  const results: FileResult[] = new Array(files.length);
  const chunks: Chunk[] = [];
  for (let start = 0; start < files.length; start += CHUNK) chunks.push({ id: chunks.length, start, files: files.slice(start, start + CHUNK) });
  let next = 0;
  const take = () => (next < chunks.length ? chunks[next++] : undefined);
  const store = (c: Chunk | number, r: FileResult[]) => {
    const start = typeof c === 'number' ? chunks[c].start : c.start;
    r.forEach((x, i) => { results[start + i] = x; });
  };
  const workers = Array.from({ length: Math.max(0, Math.min(threads - 1, chunks.length - 1)) }, spawn);
  const { checkOneFile } = await import('./job.js');
  const ownShare = async () => {
    for (let c = take(); c; c = take()) {
      store(c, c.files.map((file) => checkOneFile(file, readBytesSync(file), options)));
      await new Promise((r) => setImmediate(r)); // let the workers' replies in
    }
  };
  try {
    await Promise.all([ownShare(), ...workers.map((w) => drive(w, take, options, store))]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
