import { closeSync, ftruncateSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../../src/commands/check.js';
import { checkStdin } from '../../src/commands/input.js';
import { MAX_IMAGE_BYTES, probeImage } from '../../src/load/image.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { makePng } from '../helpers/png.js';

/** The smallest complete plan (test/fixtures/minimal.yaml) with one figure whose 画像 is `image`. */
const MINIMAL = readFileSync(join(ROOT, 'test', 'fixtures', 'minimal.yaml'), 'utf8');
const PLAN = (image: string) => MINIMAL.replace(/^( {4}事業: \[.*\]\n)/m, `$1    図:\n      - キャプション: 体制図\n        画像: ${image}\n`);
const LINE = PLAN('x').split('\n').findIndex((l) => l.includes('画像: x')) + 1;

function planWith(image: string): { dir: string; plan: string } {
  const dir = tempDir('jusou-figure-');
  const plan = join(dir, 'plan.yaml');
  writeFileSync(plan, PLAN(image));
  return { dir, plan };
}

const imageFindings = async (plan: string) => (await checkPaths([plan], 'ja')).diagnostics.filter((d) => d.rule === 'figure-image');

describe('figure-image', () => {
  it('refuses an image over 5 MiB, naming its size, and accepts one just at the limit', async () => {
    const { dir, plan } = planWith('images/big.png');
    mkdirSync(join(dir, 'images'));
    const fd = openSync(join(dir, 'images', 'big.png'), 'w');
    writeSync(fd, makePng(2, 2, () => [0, 0, 0]));
    ftruncateSync(fd, MAX_IMAGE_BYTES + 1); // sparse: costs no disk
    closeSync(fd);
    const [d] = await imageFindings(plan);
    expect(d).toMatchObject({ line: LINE, column: 13, severity: 'error' });
    expect(d.message).toContain('5.0 MiB');
    expect(d.message).toContain('上限');
    const fd2 = openSync(join(dir, 'images', 'big.png'), 'r+');
    ftruncateSync(fd2, MAX_IMAGE_BYTES);
    closeSync(fd2);
    expect(await imageFindings(plan)).toEqual([]);
  });

  it('judges by content: a PNG named .png passes, the same name holding text does not', () => {
    const dir = tempDir('jusou-probe-');
    writeFileSync(join(dir, 'a.png'), makePng(1, 1, () => [255, 0, 0]));
    writeFileSync(join(dir, 'b.png'), 'GIF89a');
    writeFileSync(join(dir, 'c.svg'), '\ufeff<?xml version="1.0"?>\n<!-- 体制図 -->\n<!DOCTYPE svg>\n<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(probeImage(join(dir, 'a.png'))).toMatchObject({ ok: true, kind: 'png' });
    expect(probeImage(join(dir, 'b.png'))).toMatchObject({ ok: false, problem: 'unsupported' });
    expect(probeImage(join(dir, 'c.svg'))).toMatchObject({ ok: true, kind: 'svg' });
  });

  it('from bare standard input (no folder) checks only the path: a missing file is not claimed, a bad extension is', async () => {
    const stdin = async (text: string, name?: string) => (await checkStdin(name ?? '<stdin>', 'ja', Readable.from([Buffer.from(text)]))).diagnostics.filter((d) => d.rule === 'figure-image');
    expect(await stdin(PLAN('images/nai.png'))).toEqual([]);
    expect((await stdin(PLAN('images/zu.gif'))).map((d) => d.line)).toEqual([LINE]);
    expect((await stdin(PLAN('https://example.jp/zu.png'))).map((d) => d.line)).toEqual([LINE]);
    // With --stdin-filename the plan's folder is that file's: the missing image is found missing.
    const { plan } = planWith('images/nai.png');
    expect((await stdin(PLAN('images/nai.png'), plan)).map((d) => d.message)).toEqual([expect.stringContaining('見つかりません')]);
  });

  it('warns (exit 0) of what render will take out of the example SVG, naming each part', async () => {
    const [d, ...rest] = (await checkPaths([join(ROOT, 'test', 'fixtures', 'figures', 'example.yaml')], 'ja')).diagnostics;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ rule: 'figure-image', severity: 'warning' });
    for (const part of ['<script>', 'onload', 'onclick', '<foreignObject>', 'https://example.jp/tracker.png', 'file:///etc/passwd#x', '@import']) expect(d.message).toContain(part);
  });

  it('fails `jusou check` with exit 1 at the 画像 line:column for a missing image', () => {
    const { dir } = planWith('images/taiseizu.png');
    const r = runCli(['check', 'plan.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`plan.yaml:${LINE}:13`);
    expect(r.stdout).toContain('画像「images/taiseizu.png」が見つかりません');
    mkdirSync(join(dir, 'images'));
    writeFileSync(join(dir, 'images', 'taiseizu.png'), makePng(4, 4, () => [0, 90, 160]));
    expect(runCli(['check', 'plan.yaml'], dir).code).toBe(0);
  });
});
