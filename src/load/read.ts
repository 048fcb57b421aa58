import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';

/** Non-blocking, so that a named pipe given as a plan is refused instead of waiting for a writer forever. */
const READ_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;

/** Plans are a few dozen KB; anything far larger is not a plan and would only cost memory. */
export const MAX_BYTES = 5 * 1024 * 1024;

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; code: string; size?: number };

/** Reads a plan's bytes read-only; never creates, truncates or locks the file. */
export async function readBytes(file: string): Promise<ReadResult> {
  let handle;
  try {
    handle = await open(file, READ_FLAGS);
  } catch (e) {
    return { ok: false, code: (e as NodeJS.ErrnoException).code ?? 'UNKNOWN' };
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) return { ok: false, code: 'EISDIR' };
    if (!stat.isFile()) return { ok: false, code: 'NOT_FILE' };
    if (stat.size > MAX_BYTES) return { ok: false, code: 'TOO_LARGE', size: stat.size };
    return { ok: true, bytes: await handle.readFile() };
  } catch (e) {
    return { ok: false, code: (e as NodeJS.ErrnoException).code ?? 'UNKNOWN' };
  } finally {
    await handle.close();
  }
}

/**
 * The same read, synchronously: for a batch of small files in one process, a blocking read costs a
 * fraction of four round trips through the thread pool per file.
 */
export function readBytesSync(file: string): ReadResult {
  let fd: number;
  try {
    fd = openSync(file, READ_FLAGS);
  } catch (e) {
    return { ok: false, code: (e as NodeJS.ErrnoException).code ?? 'UNKNOWN' };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, code: 'EISDIR' };
    if (!stat.isFile()) return { ok: false, code: 'NOT_FILE' };
    if (stat.size > MAX_BYTES) return { ok: false, code: 'TOO_LARGE', size: stat.size };
    return { ok: true, bytes: readFileSync(fd) };
  } catch (e) {
    return { ok: false, code: (e as NodeJS.ErrnoException).code ?? 'UNKNOWN' };
  } finally {
    closeSync(fd);
  }
}
