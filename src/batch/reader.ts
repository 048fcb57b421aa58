import { decode } from '../load/decode.js';
import { parseUnchecked } from '../load/fast-parse.js';
import { readBytesSync } from '../load/read.js';
import { contentHash } from './fingerprint.js';

/**
 * The first half of a plan's check, run by the reader thread of the pipeline (pipeline.ts): read,
 * decode and parse to plain data with js-yaml. What crosses to the checking thread is the text and the
 * data (structured clone keeps NaN, ±Infinity and -0 as js-yaml made them; `fast` false when js-yaml
 * refused the text), or nothing but the failure when the bytes could not be read or decoded (the
 * checking thread then loads that file itself, to report it exactly as a one-thread check would).
 * Whether the data may stand for the plan (fastEligible) is decided by the checking thread: that scan
 * costs about a fifth of the reading side, and moving it there balances the two threads.
 */
export type ReadPlan =
  | { i: number; text: string; data?: unknown; fast: boolean; hash?: string }
  | { i: number; failed: true };

export function readPlan(i: number, file: string, fast: boolean, hash: boolean): ReadPlan {
  const read = readBytesSync(file);
  if (!read.ok) return { i, failed: true };
  const decoded = decode(read.bytes);
  if (!decoded.ok) return { i, failed: true };
  const parsed = fast ? parseUnchecked(decoded.text) : undefined;
  return {
    i, text: decoded.text, fast: parsed !== undefined, ...(parsed ? { data: parsed.data } : {}),
    ...(hash ? { hash: contentHash(read.bytes) } : {}),
  };
}
