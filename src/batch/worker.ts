import { parentPort } from 'node:worker_threads';
import { setRuleLevels } from '../config/severity.js';
import { readBytesSync } from '../load/read.js';
import { checkOneFile, type Job, type JobReply } from './job.js';

/** A pool worker: checks the files it is sent and answers with their results, in the same order. */
parentPort?.on('message', (job: Job) => {
  let reply: JobReply;
  setRuleLevels(job.levels); // the main thread's jusou.config.yaml rule levels
  try {
    reply = { id: job.id, results: job.files.map((file) => checkOneFile(file, readBytesSync(file), job)) };
  } catch (e) {
    reply = { id: job.id, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort!.postMessage(reply);
});
