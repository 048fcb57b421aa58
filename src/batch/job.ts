import type { Dependency } from '../check/plan-files.js';
import type { Diagnostic } from '../diagnostic.js';
import type { RuleLevels } from '../config/severity.js';
import type { Lang } from '../i18n.js';
import type { ReadResult } from '../load/read.js';
import type { ReadPlan } from './reader.js';
import { fastEligible } from '../load/fast-eligible.js';
import { readBytesSync } from '../load/read.js';
import { checkBytes, checkText } from './check-file.js';
import { contentHash } from './fingerprint.js';

/** A unit of work for the pool or the main thread: the same function runs in both. */
export interface Job { id: number; files: string[]; lang: Lang; fast: boolean; hash: boolean; levels?: RuleLevels }

export interface FileResult {
  diagnostics: Diagnostic[];
  /** Source text, only for files with diagnostics (code frames need nothing else). */
  text?: string;
  /** Hash of the bytes that were actually checked, for the cache; absent when the file could not be read. */
  hash?: string;
  /** The checked plan's data, only when asked for (keepData) and only in the thread that will use it. */
  data?: unknown;
  /** Files besides the plan that were looked at (figure images): the cache checks them again on a hit. */
  dependencies?: Dependency[];
}

export type JobReply = { id: number; results: FileResult[] } | { id: number; error: string };

/** What a check in this thread keeps: `keepData` for a command that uses the plans it checked (accepted.ts). */
type InThread = Pick<Job, 'lang' | 'fast' | 'hash'> & { keepData?: boolean };

export function checkOneFile(file: string, read: ReadResult, job: InThread): FileResult {
  const { diagnostics, text, data, dependencies } = checkBytes(file, read, job.lang, job.fast);
  return {
    diagnostics,
    ...(job.keepData ? { data } : {}),
    ...(diagnostics.length ? { text } : {}),
    ...(job.hash && read.ok ? { hash: contentHash(read.bytes) } : {}),
    ...(job.hash && dependencies.length ? { dependencies } : {}),
  };
}

/** The second half of the pipeline (pipeline.ts): a plan the reader thread read and parsed, checked here. */
export function checkRead(file: string, r: ReadPlan, job: InThread): FileResult {
  if ('failed' in r) return checkOneFile(file, readBytesSync(file), job); // reported exactly as without the reader
  const { diagnostics, text, data, dependencies } = checkText(file, r.text, job.lang, job.fast, r.fast && fastEligible(r.text) ? { data: r.data } : null);
  return {
    diagnostics, ...(diagnostics.length ? { text } : {}), ...(r.hash ? { hash: r.hash } : {}), ...(job.keepData ? { data } : {}),
    ...(r.hash && dependencies.length ? { dependencies } : {}),
  };
}
