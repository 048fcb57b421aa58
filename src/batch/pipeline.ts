import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileResult, Job } from './job.js';
import type { ReadPlan } from './reader.js';

/** Runs a worker module from lib/ (compiled) or, under the tests, from src/ through tsx's loader. */
export function spawnModule(name: string, workerData?: unknown): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, import.meta.url), { workerData });
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const url = new URL(`./${name}.ts`, import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(url)}); });`, { eval: true, workerData });
}

/**
 * Checks files on two threads as a pipeline: a reader thread reads, decodes and parses (reader.ts);
 * this thread validates, runs the rules and places diagnostics. Each thread runs its own half of the
 * code, so each compiles only that half: two threads that each ran the whole check (pool.ts) both had
 * to warm up and optimise everything, which on two cores ate the gain (bench/RESULTS.md).
 */
export async function checkPipelined(
  files: readonly string[], job: Pick<Job, 'lang' | 'fast' | 'hash'> & { keepData?: boolean }, store: (index: number, result: FileResult) => void,
): Promise<void> {
  const { checkRead } = await import('./job.js');
  const reader = spawnModule('reader-worker', { files, fast: job.fast, hash: job.hash });
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      if (files.length === 0) { resolve(); return; }
      reader.on('message', (batch: ReadPlan[]) => {
        reader.postMessage(0); // acknowledge first, so the reader reads on while this thread checks
        try {
          for (const r of batch) store(r.i, checkRead(files[r.i], r, job)); // in file order: the reader sends them so
        } catch (e) {
          reject(e);
          return;
        }
        done += batch.length;
        if (done === files.length) resolve();
      });
      reader.on('error', reject);
      reader.on('exit', (code) => { if (done < files.length) reject(new Error(`reader exited with code ${code}`)); });
    });
  } finally {
    await reader.terminate();
  }
}
