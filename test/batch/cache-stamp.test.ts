import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileStamp, ResultCache } from '../../src/batch/cache.js';
import { tempDir } from '../helpers/cli.js';

/**
 * The stat stamp lets a warm check skip reading unchanged files; it must never stand in for the bytes
 * of a file that changed, nor be trusted for a file changed so recently that a same-size rewrite could
 * keep its (coarse) file times.
 */
describe('cache stamps', () => {
  const later = () => Date.now() + 10_000; // "the file was written long ago"

  it('gives no stamp to a file changed in the last seconds (racily clean)', () => {
    const file = join(tempDir('jusou-stamp-'), 'a.yaml');
    writeFileSync(file, 'a: 1\n');
    expect(fileStamp(file)).toBeUndefined();
    expect(fileStamp(file, later())).toMatch(/^\d+:\d+:\d+:\d+$/);
  });

  it('changes when a same-size rewrite changes the file times, even with mtime put back', () => {
    const file = join(tempDir('jusou-stamp-'), 'a.yaml');
    writeFileSync(file, 'a: 1\n');
    utimesSync(file, new Date(2020, 0, 1), new Date(2020, 0, 1));
    const before = fileStamp(file, later());
    writeFileSync(file, 'a: 2\n');
    utimesSync(file, new Date(2020, 0, 1), new Date(2020, 0, 1)); // as cp -p or rsync -t would; ctime still moves
    expect(fileStamp(file, later())).not.toBe(before);
  });

  it('answers from a matching stamp only, and a restamped entry then answers', () => {
    const dir = tempDir('jusou-stamp-');
    const file = join(dir, 'a.yaml');
    writeFileSync(file, 'a: 1\n');
    const cache = ResultCache.open(join(dir, 'cache.json'), 'fp', dir);
    cache.set(file, 'h', 'ja', [], [], 'S1');
    expect(cache.getByStamp(file, 'S1', 'ja')).toEqual([]);
    expect(cache.getByStamp(file, 'S2', 'ja')).toBeUndefined();
    expect(cache.getByStamp(file, undefined, 'ja')).toBeUndefined();
    expect(cache.getByStamp(file, 'S1', 'en')).toBeUndefined();
    cache.restamp(file, 'S2');
    expect(cache.getByStamp(file, 'S2', 'ja')).toEqual([]);
  });
});
