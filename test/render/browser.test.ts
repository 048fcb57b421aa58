/**
 * The documents in a real browser: Debian's Chromium driven by playwright-core, launched once for the
 * whole file. Without /usr/bin/chromium the suite is skipped locally but fails under CI=true.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mandatedCodes } from '../../src/check/codes.js';
import { renderBatch } from '../../src/render/batch.js';
import { CHROMIUM_ARGS, PdfPrinter } from '../../src/render/index.js';
import { PLANS, tempDir } from '../helpers/cli.js';
import { leaves, readPlan } from './text.js';

const CHROMIUM = '/usr/bin/chromium';
const EVIL = '<script>window.__pwned=1</script>{{constructor}}';
const A4_WIDTH_PX = 794;
const suite = existsSync(CHROMIUM) || process.env.CI === 'true' ? describe : describe.skip;

const noSpace = (s: string) => s.replace(/\s+/g, '');
const tool = (cmd: string, ...args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });

suite('plan documents in Chromium', () => {
  let browser: Browser;
  const out = tempDir('jusou-render-');
  const plans = Object.fromEntries(PLANS.map((name) => [name, readPlan(name)]));
  const evil = readPlan('komaki');
  evil.計画.名称 = EVIL;
  evil.事業[0].名称 = EVIL;
  const file = (name: string, ext: string) => join(out, name, `${name}.${ext}`);

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const batch = [...PLANS.map((name) => ({ file: `${name}.yaml`, name, plan: plans[name] })), { file: 'evil.yaml', name: 'evil', plan: evil }];
    await renderBatch(batch, { formats: ['html', 'md', 'pdf'], outDir: out, printer: PdfPrinter.with(browser) });
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('uses Debian Chromium at /usr/bin/chromium (required under CI=true)', () => {
    expect(existsSync(CHROMIUM)).toBe(true);
  });

  describe.each(PLANS)('%s', (name) => {
    it('prints on A4 portrait (595 × 842 pt) on every page', () => {
      const info = tool('pdfinfo', '-f', '1', '-l', '999', file(name, 'pdf'));
      const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
      expect(sizes.length).toBeGreaterThan(5);
      for (const size of sizes) expect(size).toEqual([595, 842]);
    });

    it('has extractable Japanese text: the plan name, every 事業 name and the twelve 号', () => {
      const text = noSpace(tool('pdftotext', '-enc', 'UTF-8', file(name, 'pdf'), '-'));
      expect(text).toContain(noSpace(plans[name].計画.名称));
      const names = leaves(plans[name].事業).filter((l) => l.path[l.path.length - 1] === '名称').map((l) => noSpace(String(l.value)));
      for (const n of names) expect(text).toContain(n);
      for (const c of mandatedCodes()) expect(text).toContain(c.code);
    });

    it('embeds every font', () => {
      const rows = tool('pdffonts', file(name, 'pdf')).split('\n').slice(2).filter((l) => l.trim());
      expect(rows.length).toBeGreaterThan(0);
      // columns: name type encoding emb sub uni object ID
      for (const row of rows) expect(row.trim().split(/\s+/).slice(-5, -4)[0], row).toBe('yes');
    });

    it('fits A4 width in print: no element overflows the page horizontally', async () => {
      const context = await browser.newContext({ viewport: { width: A4_WIDTH_PX, height: 1123 } });
      const page = await context.newPage();
      await page.emulateMedia({ media: 'print' });
      await page.setContent(readFileSync(file(name, 'html'), 'utf8'), { waitUntil: 'load' });
      const result = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const over = [...document.body.querySelectorAll('*')]
          .map((el) => ({ el, r: el.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && (r.right > width + 0.5 || r.left < -0.5))
          .map(({ el, r }) => `${el.tagName}.${el.className} ${Math.round(r.left)}–${Math.round(r.right)}: ${(el.textContent ?? '').slice(0, 40)}`);
        return { scrollWidth: document.documentElement.scrollWidth, width, over, count: document.body.querySelectorAll('*').length };
      });
      await context.close();
      expect(result.width).toBe(A4_WIDTH_PX);
      expect(result.count).toBeGreaterThan(200);
      expect(result.over).toEqual([]);
      expect(result.scrollWidth).toBeLessThanOrEqual(A4_WIDTH_PX);
    });
  });

  describe('a plan whose text looks like markup', () => {
    it('runs no script even with script enabled and the content security policy removed', async () => {
      const html = readFileSync(file('evil', 'html'), 'utf8');
      // Without the CSP the page would run any <script> that escaped; escaping alone must keep it inert.
      const bare = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
      expect(bare).not.toBe(html);
      const context = await browser.newContext({ javaScriptEnabled: true });
      const page = await context.newPage();
      await page.setContent(bare, { waitUntil: 'load' });
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.evaluate(() => document.querySelectorAll('script').length)).toBe(0);
      expect(await page.locator('h1').innerText()).toBe(EVIL);
      expect(await page.locator('#j-chiiki-houkatsu-center .business-name').innerText()).toContain(EVIL);
      await context.close();
    });

    it('shows it as text in the PDF and the Markdown', () => {
      expect(tool('pdftotext', '-enc', 'UTF-8', file('evil', 'pdf'), '-')).toContain(EVIL);
      const md = readFileSync(file('evil', 'md'), 'utf8');
      expect(md).not.toMatch(/<script/i);
      expect(md).toContain('&lt;script&gt;window.\\_\\_pwned=1&lt;/script&gt;\\{\\{constructor\\}\\}');
    });
  });
});
