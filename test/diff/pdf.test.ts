/**
 * The printed 新旧対照表 through the real command (one Chromium for this file): A4 landscape, the text
 * a council member reads, and fonts embedded as outlines, not Type 3 bitmaps (the shared print CSS
 * chooses the fonts; this test holds the table to the same print rule as `jusou render`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { NEW_FILE, OLD_FILE } from './fixture.js';

const suite = existsSync('/usr/bin/chromium') || process.env.CI === 'true' ? describe : describe.skip;
const tool = (cmd: string, ...args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });

suite('jusou diff --format pdf', () => {
  const out = tempDir('jusou-diff-pdf-');
  const pdf = join(out, 'komatsu-r7-diff.pdf');

  beforeAll(() => {
    const r = runCli(['diff', OLD_FILE, NEW_FILE, '--format', 'pdf', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
  }, 120_000);

  it('is A4 landscape', () => {
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts \(A4\)/.exec(tool('pdfinfo', pdf));
    expect(size).not.toBeNull();
    expect(Number(size![1])).toBeGreaterThan(Number(size![2]));
  });

  it('reads as a 新旧対照表: heading, note, both columns, （新設） and （削る）', () => {
    const text = tool('pdftotext', '-layout', pdf, '-').replace(/[ \t]+/g, '');
    for (const s of ['新旧対照表', '令和7年4月　改定'.replace(/\s/g, ''), '（傍線部分は改正部分）', '改正後', '改正前', '（新設）', '（削る）', '（略）']) expect(text).toContain(s.replace(/\s/g, ''));
  });

  it('embeds every font, none as Type 3', () => {
    const rows = tool('pdffonts', pdf).split('\n').slice(2).filter((l) => l.trim());
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row, row).not.toMatch(/Type 3/);
  });
});
