import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Lang } from '../i18n.js';
import type { FileResult, Job, JobReply } from './job.js';

/** Files per message: large enough that messaging is noise, small enough that the workers finish together. */
const CHUNK = 24;
/** Chunks a worker holds at once, so that it never waits for the main thread between two. */
const IN_FLIGHT = 2;

function spawn(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url));
  // Run from src/ (tests): the worker is TypeScript, so it registers tsx's loader before importing itself.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const worker = new URL('./worker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(worker)}); });`, { eval: true });
}

/**
 * Spreads files over `size` worker threads and returns their results in the order of `files`.
 * Each worker loads the checker once and then takes chunks from a shared queue.
 */
export async function checkInWorkers(files: readonly string[], options: { lang: Lang; fast: boolean; hash: boolean }, size: number): Promise<FileResult[]> {
  const results: FileResult[] = new Array(files.length);
  const chunks: { id: number; start: number; files: string[] }[] = [];
  for (let start = 0; start < files.length; start += CHUNK) chunks.push({ id: chunks.length, start, files: files.slice(start, start + CHUNK) });
  const starts = new Map(chunks.map((c) => [c.id, c.start]));
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(size, chunks.length)) }, spawn);
  try {
    await Promise.all(workers.map((worker) => new Promise<void>((resolve, reject) => {
      let pending = 0;
      const send = () => {
        while (pending < IN_FLIGHT && next < chunks.length) {
          const c = chunks[next++];
          const job: Job = { id: c.id, files: c.files, ...options };
          worker.postMessage(job);
          pending++;
        }
        if (pending === 0) resolve();
      };
      worker.on('message', (reply: JobReply) => {
        pending--;
        if ('error' in reply) { reject(new Error(reply.error)); return; }
        const start = starts.get(reply.id)!;
        reply.results.forEach((r, i) => { results[start + i] = r; });
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => { if (pending > 0) reject(new Error(`worker exited with code ${code}`)); });
      send();
    })));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
