/**
 * jusou compare in a real browser: the page the command writes for the five plans, in Chromium (one
 * browser for the file), and printed to PDF. Without /usr/bin/chromium skipped locally, failed under CI.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mandatedCodes } from '../../src/check/codes.js';
import { renderComparison } from '../../src/compare/index.js';
import { CHROMIUM_ARGS, PdfPrinter } from '../../src/render/index.js';
import { PLANS, planPath, runCli, tempDir } from '../helpers/cli.js';

const CHROMIUM = '/usr/bin/chromium';
const suite = existsSync(CHROMIUM) || process.env.CI === 'true' ? describe : describe.skip;
/** A4 landscape at CSS 96 dpi: 297 mm. */
const A4_LANDSCAPE_PX = 1123;
/** Municipalities of the five plans in 全国地方公共団体コード order. */
const NAMES = ['富山市', '小松市', '野々市市', '小牧市', '琴浦町'];

type Yaml = Record<string, any>;
const plans = () => PLANS.map((name) => ({ file: `${name}.yaml`, plan: parse(readFileSync(planPath(name), 'utf8')) as Yaml }));

/** The 事業 and 取組 names that carry a 号 themselves, read straight from the YAML (not through jusou). */
function namesFor(plan: Yaml, code: string): string[] {
  const out: string[] = [];
  const walk = (list: Yaml[] | undefined) => {
    for (const b of list ?? []) {
      if ((b.号 ?? []).includes(code)) out.push(b.名称);
      walk(b.取組);
    }
  };
  walk(plan.事業);
  return out;
}

suite('jusou compare on the five plans, in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const out = tempDir('jusou-compare-');
  const run = runCli(['compare', 'plans', '--out', out]);
  const html = () => readFileSync(join(out, 'compare.html'), 'utf8');

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await (await browser.newContext({ javaScriptEnabled: false, viewport: { width: A4_LANDSCAPE_PX, height: 794 } })).newPage();
    await page.route('**/*', (route) => route.abort()); // self-contained: nothing may be fetched
    await page.setContent(html(), { waitUntil: 'load' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('writes compare.html and compare.md (exit 0)', () => {
    expect(run.code).toBe(0);
    expect(existsSync(join(out, 'compare.md'))).toBe(true);
  });

  it('has no horizontal overflow at A4 landscape width: neither the page nor any table', async () => {
    const widths = await page.evaluate(() => ({
      page: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
      tables: [...document.querySelectorAll('table')].map((t) => [t.scrollWidth, t.parentElement!.clientWidth]),
    }));
    expect(widths.page[0]).toBeLessThanOrEqual(widths.page[1]);
    for (const [table, box] of widths.tables) expect(table).toBeLessThanOrEqual(box + 1);
  });

  it('the matrix: 5 municipalities in code order × the 12 mandated 号, each cell naming the plan\'s 事業', async () => {
    const heads = await page.$$eval('.cmp-matrix thead th .muni', (ths) => ths.map((th) => th.textContent));
    expect(heads).toEqual(NAMES);
    const rows = await page.$$eval('.cmp-matrix tbody tr', (trs) => trs.map((tr) => ({
      code: tr.querySelector('th .code')!.textContent,
      cells: [...tr.querySelectorAll('td')].map((td) => [...td.querySelectorAll('.impl-name')].map((n) => n.textContent)),
    })));
    const mandated = mandatedCodes().map((c) => c.code);
    expect(mandated).toHaveLength(12);
    expect(rows.slice(0, 12).map((r) => r.code)).toEqual(mandated);
    const byName = Object.fromEntries(plans().map((p) => [p.plan.自治体.名称, p.plan]));
    for (const row of rows.slice(0, 12)) {
      row.cells.forEach((names, i) => {
        const expected = namesFor(byName[NAMES[i]], row.code!);
        expect(expected.length, `${NAMES[i]} ${row.code}`).toBeGreaterThan(0);
        expect(names, `${NAMES[i]} ${row.code}`).toEqual(expected);
      });
    }
  });

  it('charts are inline SVG: a bar per municipality for 区分 and for 実施方式, and the period timeline', async () => {
    expect(await page.$$eval('.cmp-summary tbody tr', (trs) => trs.map((tr) => tr.querySelectorAll('svg.bar').length))).toEqual([2, 2, 2, 2, 2]);
    expect(await page.$$eval('svg.timeline .bar-label', (ts) => ts.map((t) => t.textContent))).toEqual(NAMES);
    expect(await page.$eval('svg.timeline', (svg) => svg.textContent)).toContain('2022～2024年度'); // 小松市
    expect(html()).not.toMatch(/<script|https?:\/\/(?!laws\.e-gov\.go\.jp)[^"\s]*\.(js|css)/);
  });

  it('a missing 号 stands out: marked 未実施, on a coloured cell', async () => {
    const edited = plans();
    const komatsu = edited.find((p) => p.file === 'komatsu.yaml')!.plan;
    komatsu.事業 = komatsu.事業.filter((b: Yaml) => !(b.号 ?? []).includes('第4号'));
    const p = await browser.newPage({ viewport: { width: A4_LANDSCAPE_PX, height: 794 } });
    await p.setContent(renderComparison(edited).html);
    const cells = await p.$$eval('.cmp-matrix tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => ({ text: td.textContent!.trim(), bg: getComputedStyle(td).backgroundColor }))));
    const outreach = cells[mandatedCodes().findIndex((c) => c.code === '第4号')];
    expect(outreach[1].text).toContain('未実施');
    expect(outreach[1].bg).not.toBe(outreach[0].bg);
    expect(await p.$eval('.cmp-summary tbody tr:nth-child(2)', (tr) => tr.textContent)).toContain('第4号');
    await p.close();
  });

  it('prints to an A4 landscape PDF', async () => {
    const pdf = join(out, 'compare.pdf');
    writeFileSync(pdf, await PdfPrinter.with(browser).print(html()));
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
    expect(Math.round(Number(w))).toBe(842);
    expect(Math.round(Number(h))).toBe(595);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThanOrEqual(2);
  });
});

describe('jusou compare: Markdown, many plans, refusal', () => {
  it('the Markdown matrix has the 5 municipalities as columns and the 12 号 as rows', () => {
    const md = renderComparison(plans()).markdown;
    const header = md.split('\n').find((l) => l.startsWith('| 号 |'))!;
    expect(NAMES.every((n) => header.includes(n))).toBe(true);
    for (const c of mandatedCodes()) expect(md).toContain(`| **${c.code}**`);
  });

  it('more plans than fit as columns: a summary per 都道府県 and one page per 都道府県', () => {
    // Nine plans: the five, and four of them again as other municipalities of 石川県.
    const more = plans();
    const others = [['172014', '金沢市'], ['172022', '七尾市'], ['172049', '輪島市'], ['172057', '珠洲市']];
    others.forEach(([code, name], i) => {
      const copy = structuredClone(more[i].plan);
      copy.自治体 = { 名称: name, 都道府県: '石川県', 全国地方公共団体コード: code };
      more.push({ file: `${code}.yaml`, plan: copy });
    });
    // One of them lacks 第4号: its row shows ×, and the 都道府県 count for 第4号 falls to 5 of 6.
    const nanao = more.find((p) => p.file === '172022.yaml')!.plan;
    const strip = (list: Yaml[] | undefined) => { for (const b of list ?? []) { if (b.号) b.号 = b.号.filter((c: string) => c !== '第4号'); strip(b.取組); } };
    strip(nanao.事業);
    const { html, markdown } = renderComparison(more);
    expect(html).not.toContain('class="cmp-matrix"');
    const nanaoRow = /<tr class="has-missing"><td class="code">172022<\/td>.*?<\/tr>/s.exec(html)![0];
    expect(nanaoRow.match(/class="mark missing"/g)).toHaveLength(1);
    expect(markdown).toMatch(/\| 石川県 \| 6 \|( \d \|){9} 5 \|/);
    expect(html.match(/class="cmp-section page-break pref-page"/g)).toHaveLength(4);
    expect(html).toMatch(/石川県（6市区町村）/);
    expect(markdown).toMatch(/## 石川県（6市区町村）/);
    expect(markdown).toMatch(/\| \*\*全国（合計）\*\* \| 9 \|/);
  });

  it('a plan with an error is refused by name, nothing is written; --force compares the others', () => {
    const dir = tempDir('jusou-compare-bad-');
    for (const name of PLANS) writeFileSync(join(dir, `${name}.yaml`), readFileSync(planPath(name)));
    writeFileSync(join(dir, 'broken.yaml'), readFileSync(planPath('kotoura'), 'utf8').replace('名称: 琴浦町', '名称: 琴浦町\n  未知の項目: 1'));
    const out = join(tempDir('jusou-compare-out-'), 'out');
    const r = runCli(['compare', dir, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.yaml/);
    expect(existsSync(out)).toBe(false);
    const forced = runCli(['compare', dir, '--out', out, '--force']);
    expect(forced.code).toBe(1);
    expect(readFileSync(join(out, 'compare.html'), 'utf8')).toContain('（5団体）');
  });
});
