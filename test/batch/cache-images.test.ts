import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../../src/commands/check.js';
import { ROOT, tempDir } from '../helpers/cli.js';
import { makePng } from '../helpers/png.js';

/**
 * A cached result must not outlive the images it judged: the plan's bytes are unchanged, but an image
 * it names was deleted, replaced or repaired. Each run after the first is compared with the truth.
 */
const MINIMAL = readFileSync(join(ROOT, 'test', 'fixtures', 'minimal.yaml'), 'utf8');
const PLAN = MINIMAL.replace(/^( {4}事業: \[.*\]\n)/m, '$1    図:\n      - キャプション: 体制図\n        画像: images/taiseizu.png\n');

function setup(copies = 1) {
  const root = tempDir('jusou-cache-img-');
  const plans = Array.from({ length: copies }, (_, i) => join(root, `plan${i}.yaml`));
  for (const p of plans) writeFileSync(p, PLAN);
  mkdirSync(join(root, 'images'));
  const image = join(root, 'images', 'taiseizu.png');
  writeFileSync(image, makePng(4, 4, () => [0, 90, 160]));
  return { plans, image, cache: join(root, 'cache.json') };
}

const rulesOf = async (plans: string[], cache: string, workers?: number) =>
  (await checkPaths(plans, 'ja', { cache, ...(workers ? { workers } : {}) })).diagnostics.map((d) => d.rule);

describe('--cache and figure images', () => {
  it('records the image a result depends on, and checks again when it is deleted, replaced or restored', async () => {
    const { plans, image, cache } = setup();
    expect(await rulesOf(plans, cache)).toEqual([]);
    const entry = Object.values(JSON.parse(readFileSync(cache, 'utf8')).entries)[0] as { deps: { path: string }[] };
    expect(entry.deps.map((d) => d.path)).toEqual([expect.stringMatching(/jusou-cache-img-\w+\/images\/taiseizu\.png$/)]);
    rmSync(image);
    expect(await rulesOf(plans, cache)).toEqual(['figure-image']);
    expect(await rulesOf(plans, cache)).toEqual(['figure-image']); // the stale verdict is cached too, and still true
    writeFileSync(image, 'not an image');
    expect(await rulesOf(plans, cache)).toEqual(['figure-image']);
    writeFileSync(image, makePng(2, 2, () => [0, 0, 0]));
    expect(await rulesOf(plans, cache)).toEqual([]);
  });

  it('still serves a plan whose images are unchanged from the cache', async () => {
    const { plans, cache } = setup();
    await rulesOf(plans, cache);
    const body = JSON.parse(readFileSync(cache, 'utf8'));
    for (const entry of Object.values(body.entries) as { diagnostics: unknown[] }[]) {
      entry.diagnostics = [{ file: 'x', line: 1, column: 1, endLine: 1, endColumn: 2, severity: 'error', rule: 'planted', message: 'from the cache', path: [] }];
    }
    writeFileSync(cache, JSON.stringify(body));
    expect(await rulesOf(plans, cache)).toEqual(['planted']);
  });

  it('warns again when an SVG of the same size gains an event attribute (what render removes is part of the state)', async () => {
    const { plans, image, cache } = setup();
    const svg = join(image, '..', 'zu.svg');
    for (const p of plans) writeFileSync(p, PLAN.replace('images/taiseizu.png', 'images/zu.svg'));
    writeFileSync(svg, '<svg xmlns="http://www.w3.org/2000/svg" aa="aaaaaaaa"/>');
    expect(await rulesOf(plans, cache)).toEqual([]);
    writeFileSync(svg, '<svg xmlns="http://www.w3.org/2000/svg" onload="abcd"/>');
    expect(await rulesOf(plans, cache)).toEqual(['figure-image']);
  });

  it('keeps the dependencies that worker threads found', async () => {
    const { plans, image, cache } = setup(2);
    expect(await rulesOf(plans, cache, 2)).toEqual([]);
    copyFileSync(join(ROOT, 'test', 'fixtures', 'rules', 'figure-image', 'images', 'shashin.jpg'), image); // JPEG bytes, .png name
    expect(await rulesOf(plans, cache)).toEqual(['figure-image', 'figure-image']);
  });
});
