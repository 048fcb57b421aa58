/**
 * A plan with a PNG and an SVG figure (test/fixtures/figures/example.yaml), rendered as a planner would
 * and read back: the HTML as Chromium shows it, the PDF with poppler's tools, the Markdown's copies.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderBatch } from '../../src/render/batch.js';
import { CHROMIUM_ARGS, PdfPrinter } from '../../src/render/index.js';
import { ROOT, tempDir } from '../helpers/cli.js';
import { parse } from 'yaml';

const CHROMIUM = '/usr/bin/chromium';
const suite = existsSync(CHROMIUM) || process.env.CI === 'true' ? describe : describe.skip;
const FIXTURE = join(ROOT, 'test', 'fixtures', 'figures');
const PLAN = join(FIXTURE, 'example.yaml');
const PNG = readFileSync(join(FIXTURE, 'images', 'soudan-kensu.png'));
const tool = (cmd: string, ...args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
const noSpace = (s: string) => s.replace(/\s+/g, '');

suite('figures with images', () => {
  let browser: Browser;
  const out = tempDir('jusou-figures-');
  const file = (ext: string) => join(out, 'example', `example.${ext}`);

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    await renderBatch([{ file: PLAN, name: 'example', plan: parse(readFileSync(PLAN, 'utf8')) }], { formats: ['html', 'md', 'pdf'], outDir: out, printer: PdfPrinter.with(browser) });
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('HTML: both images inline as data URIs, the PNG byte for byte, the SVG without its dangerous parts', () => {
    const html = readFileSync(file('html'), 'utf8');
    const uris = [...html.matchAll(/src="data:(image\/[a-z+]+);base64,([^"]+)"/g)].map((m) => ({ type: m[1], bytes: Buffer.from(m[2].replace(/&#x3D;/g, '='), 'base64') }));
    expect(uris.map((u) => u.type)).toEqual(['image/svg+xml', 'image/png']);
    expect(uris[1].bytes.equals(PNG)).toBe(true);
    const svg = uris[0].bytes.toString('utf8');
    expect(svg).toContain('多機関協働事業');
    expect(svg.replace(/ xmlns(:\w+)?="[^"]*"/g, '')).not.toMatch(/<script|onload|onclick|__pwned|foreignObject|https?:|file:|@import/i);
    expect(html).not.toContain('図の画像は本書に収録していません');
    expect(html).not.toMatch(/<img[^>]+src="(?!data:)/); // nothing to fetch
  });

  it('HTML in Chromium (scripts on): both images load at column width under their captions, and nothing runs', async () => {
    const page = await browser.newPage();
    try {
      const requests: string[] = [];
      page.on('request', (r) => { if (!r.url().startsWith('data:') && !r.url().startsWith('file:')) requests.push(r.url()); });
      await page.goto(pathToFileURL(file('html')).href, { waitUntil: 'load' });
      const figures = await page.$$eval('figure.figure-with-image', (els) => els.map((f) => {
        const img = f.querySelector('img') as HTMLImageElement;
        return { caption: f.querySelector('figcaption')!.textContent, loaded: img.complete && img.naturalWidth > 0, width: img.getBoundingClientRect().width, column: (f.parentElement as HTMLElement).getBoundingClientRect().width, alt: img.alt };
      }));
      expect(figures.map((f) => f.caption)).toEqual(['図　包括的な支援体制（体制図）', '図　延べ相談件数の推移']);
      for (const f of figures) {
        expect(f.loaded).toBe(true);
        expect(Math.abs(f.width - f.column)).toBeLessThan(2);
      }
      expect(figures[1].alt).toBe('延べ相談件数の推移');
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(requests).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('PDF: the PNG is printed (pdfimages) on the page of its caption, and the SVG\'s own text is on the page of its', () => {
    const list = tool('pdfimages', '-list', file('pdf')).split('\n').slice(2).filter(Boolean).map((l) => l.trim().split(/\s+/));
    const png = list.find((cols) => cols[3] === '640' && cols[4] === '300');
    expect(png).toBeDefined();
    const pages = Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', file('pdf')))![1]);
    const pageText = (n: number) => noSpace(tool('pdftotext', '-f', String(n), '-l', String(n), '-enc', 'UTF-8', file('pdf'), '-'));
    const texts = Array.from({ length: pages }, (_, i) => pageText(i + 1));
    const pageOf = (s: string) => texts.findIndex((t) => t.includes(s)) + 1;
    expect(pageOf('図延べ相談件数の推移')).toBe(Number(png![0])); // break-inside: avoid keeps caption and image together
    // The SVG is drawn as vector shapes and text: its labels are in the PDF's text, with its caption.
    expect(pageOf('（福祉総合相談課）')).toBeGreaterThan(0);
    expect(pageOf('（福祉総合相談課）')).toBe(pageOf('図包括的な支援体制（体制図）'));
  });

  it('PDF: the SVG\'s text is set in the print font, embedded as TrueType (an image cannot see the page\'s fonts)', () => {
    const fonts = tool('pdffonts', file('pdf')).split('\n').slice(2).filter(Boolean);
    expect(fonts.filter((l) => /BIZUDPGothic/.test(l) && /CID TrueType/.test(l)).length).toBeGreaterThan(0);
  });

  it('Markdown: links copies placed beside it, the SVG copy sanitised, the PNG copy identical', () => {
    const md = readFileSync(file('md'), 'utf8');
    const links = [...md.matchAll(/!\[([^\]]*)\]\(([^)]+)\)/g)].map((m) => ({ alt: m[1], href: decodeURIComponent(m[2]) }));
    expect(links.map((l) => l.alt)).toEqual(['包括的な支援体制（体制図）', '延べ相談件数の推移']);
    for (const l of links) {
      expect(l.href.startsWith('example-images/')).toBe(true);
      expect(existsSync(join(out, 'example', l.href))).toBe(true);
    }
    expect(readFileSync(join(out, 'example', links[1].href)).equals(PNG)).toBe(true);
    const svg = readFileSync(join(out, 'example', links[0].href), 'utf8');
    expect(svg).toContain('多機関協働事業');
    expect(svg).not.toMatch(/<script|onload|foreignObject/);
    expect(md).not.toContain('収録していません');
  });
});
