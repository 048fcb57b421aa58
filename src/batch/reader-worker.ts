import { parentPort, workerData } from 'node:worker_threads';
import { readPlan, type ReadPlan } from './reader.js';

/**
 * The pipeline's reader thread: reads and parses the files it was given, in order, a batch per message,
 * keeping at most WINDOW batches unacknowledged so a slower checking thread never has the whole
 * corpus queued in memory.
 */
const BATCH = 8;
const WINDOW = 6;
const { files, fast, hash } = workerData as { files: string[]; fast: boolean; hash: boolean };
let next = 0;
let unacked = 0;

function pump(): void {
  while (unacked < WINDOW && next < files.length) {
    const batch: ReadPlan[] = [];
    for (const end = Math.min(next + BATCH, files.length); next < end; next++) batch.push(readPlan(next, files[next], fast, hash));
    unacked++;
    parentPort!.postMessage(batch);
  }
}

parentPort!.on('message', () => { unacked--; pump(); });
pump();
