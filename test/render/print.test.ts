/**
 * The printed plan, page by page: Debian's Chromium (one browser for the file) prints the five plans as
 * `jusou render --format pdf` does, and poppler / pdfjs read the PDFs back as a print shop or a council
 * member's viewer would.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderBatch } from '../../src/render/batch.js';
import { buildDocument, CHROMIUM_ARGS, PdfPrinter, renderHtml } from '../../src/render/index.js';
import { digitsFor, readPageNumbers } from '../../src/render/pages.js';
import type { DocumentView, TocEntry } from '../../src/render/view.js';
import { tool } from '../../src/report/tool-info.js';
import { parse } from 'yaml';
import { PLANS, ROOT, tempDir } from '../helpers/cli.js';
import { readPlan } from './text.js';

const CHROMIUM = '/usr/bin/chromium';
const suite = existsSync(CHROMIUM) || process.env.CI === 'true' ? describe : describe.skip;
const run = (cmd: string, ...args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
const noSpace = (s: string) => s.replace(/\s+/g, '');
/** The text of one printed page, without the running head (first line) and the page number (last). */
const pageText = (pdf: string, n: number) => run('pdftotext', '-enc', 'UTF-8', '-layout', '-f', String(n), '-l', String(n), pdf, '-');
const bodyLines = (text: string) => text.split('\n').filter((l) => l.trim()).slice(1, -1);
const flatToc = (entries: TocEntry[]): TocEntry[] => entries.flatMap((e) => [e, ...flatToc(e.children)]);

/** A plan whose chapter holds a captioned table three pages long, after enough text to start it low on a page. */
function longTable() {
  const plan = parse(readFileSync(join(ROOT, 'test', 'fixtures', 'minimal.yaml'), 'utf8'));
  plan.章.push({
    番号: '2', 見出し: '相談窓口の一覧',
    本文: Array.from({ length: 14 }, (_, i) => `相談窓口の一覧について説明する段落${i + 1}。`.repeat(4)),
    表: [{ キャプション: '表1 相談窓口', 列: ['窓口名', '所在地', '受付時間'], 行: Array.from({ length: 90 }, (_, i) => [`窓口${i + 1}`, `小松市○○町${i + 1}番地`, '平日9時から17時まで']) }],
  });
  return plan;
}

suite('printed plans (PDF)', () => {
  let browser: Browser;
  const out = tempDir('jusou-print-');
  const docs = Object.fromEntries(PLANS.map((name) => [name, buildDocument(readPlan(name))])) as Record<string, DocumentView>;
  const pdfOf = (name: string) => join(out, name, `${name}.pdf`);

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const printer = PdfPrinter.with(browser);
    const plans = PLANS.map((name) => ({ file: `${name}.yaml`, name, plan: readPlan(name) }));
    await renderBatch(plans, { formats: ['pdf'], outDir: out, printer });
    await renderBatch([
      { file: 'komaki.yaml', name: 'komaki-notes', plan: readPlan('komaki') },
      { file: 'long-table.yaml', name: 'long-table', plan: longTable() },
    ], { formats: ['pdf'], outDir: out, printer, notes: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(out, { recursive: true, force: true });
  });

  describe.each(PLANS)('%s', (name) => {
    const pages = () => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', pdfOf(name)))![1]);

    it('embeds every font as CID TrueType (BIZ UD), none as Type 3', () => {
      const rows = run('pdffonts', pdfOf(name)).split('\n').slice(2).filter((l) => l.trim());
      expect(rows.length).toBeGreaterThanOrEqual(3);
      for (const row of rows) {
        expect(row, row).toMatch(/\+BIZUD\S+\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
        expect(row).not.toMatch(/Type 3/);
      }
    });

    it('prints the plan, not its transcription, and nothing meant for the screen', () => {
      const text = noSpace(run('pdftotext', '-enc', 'UTF-8', pdfOf(name), '-'));
      for (const word of ['推定', '号の注記', '号の表記', '記載なし', 'クリック']) expect(text, word).not.toContain(word);
    });

    it('gives in the 目次 the page on which each heading is printed', async () => {
      const doc = docs[name];
      const entries = flatToc(doc.toc);
      const dests = (await readPageNumbers(new Uint8Array(readFileSync(pdfOf(name))))).pages;
      const tocPages = Array.from({ length: dests[doc.anchors.summary] - 2 }, (_, i) => i + 2);
      expect(tocPages.length).toBeGreaterThan(0);
      const lines = tocPages.flatMap((n) => bodyLines(pageText(pdfOf(name), n)));
      let line = 0;
      for (const e of entries) {
        // An entry may wrap: its lines, joined, hold its number and title; the page ends its last line.
        const key = noSpace(`${e.number ?? ''}${e.title}`);
        let joined = '';
        for (let start = line; line < lines.length && !joined.includes(key); line++) joined = lines.slice(start, line + 1).map(noSpace).join('');
        expect(joined, e.title).toContain(key);
        const page = Number(/(\d+)\s*$/.exec(lines[line - 1])?.[1]);
        // The heading is printed on that page (its number and title as one line of text) …
        expect(noSpace(pageText(pdfOf(name), page)), `${e.title} → p.${page}`).toContain(noSpace(`${e.number ?? ''}${e.title}`));
        // … and it is the page the PDF's own link target lands on.
        expect(page, e.title).toBe(dests[e.anchor]);
      }
    });

    it('gives the page of every printed cross-reference 「→ 名称（Nページ）」', async () => {
      const { pages: dests, count } = await readPageNumbers(new Uint8Array(readFileSync(pdfOf(name))));
      // The printed document is this HTML when the page numbers were stable: rebuilt from the PDF's own
      // link targets, its references must be the ones the PDF prints, each naming the target's page.
      const html = renderHtml(docs[name], { pages: dests, digits: digitsFor(count) });
      const refs = [...html.matchAll(/<a href="#([^"]+)">([^<]+)<\/a><span class="page-ref">（<span[^>]*>(\d*)<\/span>ページ）/g)];
      expect(refs.length).toBeGreaterThan(5);
      const text = noSpace(run('pdftotext', '-enc', 'UTF-8', pdfOf(name), '-'));
      expect(text.match(/（\d+ページ）/g)).toHaveLength(refs.length);
      for (const [, anchor, target, page] of refs) {
        expect(Number(page), target).toBe(dests[anchor]);
        const printed = noSpace(pageText(pdfOf(name), Number(page)));
        expect(['事業', '取組', '会議'].some((kind) => printed.includes(noSpace(`${kind}${target}`))), `${target} → p.${page}`).toBe(true);
      }
    });

    it('leaves no near-empty page except before a break the plan asks for', async () => {
      const doc = docs[name];
      const dests = (await readPageNumbers(new Uint8Array(readFileSync(pdfOf(name))))).pages;
      const breaks = (cs: DocumentView['chapters']): string[] => cs.flatMap((c) => [...(c.pageBreak ? [c.anchor] : []), ...breaks(c.sections)]);
      const breakPages = new Set([doc.anchors.summary, doc.anchors.coverage, doc.anchors.unplaced, ...breaks(doc.chapters)].map((a) => dests[a]));
      const n = pages();
      const short: number[] = [];
      // A page that carries an image (a 体制図) is not empty however few its lines of text.
      const hasImage = (p: number) => run('pdfimages', '-list', '-f', String(p), '-l', String(p), pdfOf(name)).split('\n').slice(2).some((l) => l.trim());
      for (let p = 2; p < n; p++) if (bodyLines(pageText(pdfOf(name), p)).length < 5 && !breakPages.has(p + 1) && !hasImage(p)) short.push(p);
      expect(short).toEqual([]);
    });

    it('says what it is in its metadata, in Japanese, with bookmarks for chapters and 事業', async () => {
      const info = run('pdfinfo', pdfOf(name));
      const doc = docs[name];
      expect(info).toMatch(new RegExp(`Title:\\s+${doc.title}\\n`));
      expect(info).toMatch(new RegExp(`Author:\\s+${doc.prefecture}${doc.municipality}\\n`));
      expect(info).toMatch(/Subject:\s+社会福祉法第106条の5に基づく重層的支援体制整備事業実施計画/);
      expect(info).toContain(`Creator:         ${tool.name} ${tool.version}\n`);
      expect(info).toMatch(/Tagged:\s+yes/);
      expect(readFileSync(pdfOf(name)).toString('latin1')).toContain('/Lang (ja)');
      const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const pdf = await getDocument({ data: new Uint8Array(readFileSync(pdfOf(name))), verbosity: 0 }).promise;
      const titles: string[] = [];
      const walk = (items: { title: string; items: unknown[] }[] | null) => items?.forEach((o) => { titles.push(o.title); walk(o.items as never); });
      walk(await pdf.getOutline() as never);
      await pdf.destroy();
      for (const c of doc.chapters) expect(titles, c.title).toContain(`${c.number ? `${c.number} ` : ''}${c.title}`);
      const businesses = doc.chapters.flatMap(function all(c): string[] {
        return [...c.businesses.flatMap((b) => (b.kind === 'business' ? [b.name] : [])), ...c.sections.flatMap(all)];
      });
      expect(businesses.length).toBeGreaterThan(0);
      for (const b of businesses) expect(titles, b).toContain(`事業 ${b}`);
    });
  });

  it('prints toyama\'s 32 地域包括支援センター once', () => {
    const text = run('pdftotext', '-enc', 'UTF-8', pdfOf('toyama'), '-');
    expect(text.match(/水橋北/g)).toHaveLength(1);
    expect(text.match(/藤ノ木・山室中部/g)).toHaveLength(1);
  });

  it('prints the transcription notes for reviewers with --notes, and says so on the cover', () => {
    const text = noSpace(run('pdftotext', '-enc', 'UTF-8', join(out, 'komaki-notes', 'komaki-notes.pdf'), '-'));
    for (const word of ['号は法定の事業名から推定', '号の注記', '計画書に記載なし', '確認用']) expect(text, word).toContain(word);
  });

  it('keeps a table\'s caption with its first rows and repeats its header row on every page it continues on', () => {
    const pdf = join(out, 'long-table', 'long-table.pdf');
    const n = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', pdf))![1]);
    const withRows = Array.from({ length: n }, (_, i) => i + 1).filter((p) => /窓口\d+/.test(pageText(pdf, p)));
    expect(withRows.length).toBeGreaterThanOrEqual(2);
    const first = bodyLines(pageText(pdf, withRows[0])).map(noSpace);
    const caption = first.findIndex((l) => l.includes('表1相談窓口'));
    expect(caption).toBeGreaterThanOrEqual(0);
    // Below the caption: the header row, then the first row, on the same page.
    expect(first[caption + 1]).toContain('窓口名所在地受付時間');
    expect(first[caption + 2]).toContain('窓口1');
    for (const p of withRows.slice(1)) {
      const lines = bodyLines(pageText(pdf, p)).map(noSpace);
      expect(lines.find((l) => /窓口\d+/.test(l) || l.includes('窓口名')), `p.${p}`).toContain('窓口名所在地受付時間');
    }
  });
});
