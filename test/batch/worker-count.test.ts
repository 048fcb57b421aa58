import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { MIN_FILES_FOR_WORKERS, workerCount } from '../../src/batch/index.js';
import { restoreEnvAfterEach } from '../helpers/cli.js';

/** How many threads a batch gets: one for small batches and small machines; as asked when asked. */
describe('workerCount', () => {
  restoreEnvAfterEach('JUSOU_WORKERS');

  it('checks a small batch in this thread', () => {
    delete process.env.JUSOU_WORKERS;
    expect(workerCount(MIN_FILES_FOR_WORKERS - 1)).toBe(1);
  });

  it('uses two threads (the pipeline) for a national batch only with a core to spare', () => {
    delete process.env.JUSOU_WORKERS;
    expect(workerCount(1741)).toBe(availableParallelism() >= 3 ? 2 : 1);
  });

  it('follows an explicit request, never more threads than files', () => {
    expect(workerCount(1741, 2)).toBe(2);
    expect(workerCount(1, 4)).toBe(1);
    expect(workerCount(10, 0)).toBe(1);
  });

  it('takes JUSOU_WORKERS when nothing is requested in code', () => {
    process.env.JUSOU_WORKERS = '2';
    expect(workerCount(1741)).toBe(2);
    expect(workerCount(1741, 1)).toBe(1);
  });
});
