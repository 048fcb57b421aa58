/**
 * `jusou preview` in a real browser (Debian's Chromium via playwright-core, one browser for the file):
 * a save shows in the page, a plan with errors keeps the last good rendering beside its errors.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS } from '../../src/render/index.js';
import { startPreview, type PreviewServer } from '../../src/preview/server.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { withPlanLevel } from '../helpers/plan-level.js';

const CHROMIUM = '/usr/bin/chromium';
const suite = existsSync(CHROMIUM) || process.env.CI === 'true' ? describe : describe.skip;
/** The page must follow a save within this long (the issue asks for a second; the wait allows for a loaded machine). */
const SHOWS_WITHIN = 2000;

suite('jusou preview in Chromium', () => {
  let browser: Browser;
  let server: PreviewServer;
  let page: Page;
  const dir = tempDir('jusou-preview-');
  const plan = join(dir, 'komatsu.yaml');
  // Komatsu with the plan-level sections its document lacks: a real plan with no findings at all.
  const original = withPlanLevel(readFileSync(join(ROOT, 'plans', 'komatsu.yaml'), 'utf8'));
  const frameText = () => page.frameLocator('#doc').locator('body');

  beforeAll(async () => {
    writeFileSync(join(dir, 'package.json'), '{}\n');
    writeFileSync(plan, original);
    server = await startPreview(plan, { lang: 'ja' });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('binds to the loopback address and shows the rendered plan beside an empty problems panel', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    await expect.poll(() => frameText().innerText(), { timeout: 10_000 }).toContain('小松市重層的支援体制整備事業実施計画');
    await expect.poll(() => page.locator('#clean').isVisible()).toBe(true);
    expect(await page.locator('header h1').innerText()).toBe('jusou プレビュー');
  });

  it('shows an edit after the file is saved', async () => {
    writeFileSync(plan, original.replace('名称: 小松市重層的支援体制整備事業実施計画', '名称: 小松市重層的支援体制整備事業実施計画（改定案）'));
    await expect.poll(() => frameText().innerText(), { timeout: SHOWS_WITHIN, interval: 50 }).toContain('（改定案）');
  });

  it('keeps the last good rendering and lists the errors when a save breaks the plan', async () => {
    writeFileSync(plan, original.replace('名称: 小松市重層的支援体制整備事業実施計画', '名称: 小松市重層的支援体制整備事業実施計画（改定案）').replace('号: [第3号ハ]', '号: [第3号]'));
    await expect.poll(() => page.locator('#list').innerText(), { timeout: SHOWS_WITHIN, interval: 50 }).toContain('第3号ハ（地域活動支援センター事業）を実施する事業がありません');
    expect(await page.locator('#stale').isVisible()).toBe(true);
    expect(await page.locator('#count').innerText()).toMatch(/^（\d+件）$/);
    expect(await frameText().innerText()).toContain('（改定案）');
    await page.screenshot({ path: join(dir, 'preview.png') });
    if (process.env.JUSOU_PREVIEW_SCREENSHOT) writeFileSync(process.env.JUSOU_PREVIEW_SCREENSHOT, readFileSync(join(dir, 'preview.png')));
    // Fixed and saved: the stale note goes, the document is the new one.
    writeFileSync(plan, original);
    await expect.poll(() => page.locator('#stale').isVisible(), { timeout: SHOWS_WITHIN, interval: 50 }).toBe(false);
    await expect.poll(() => frameText().innerText(), { timeout: SHOWS_WITHIN, interval: 50 }).not.toContain('（改定案）');
  });

  it('serves the plan\'s folder and nothing outside it, and only to this machine by name', async () => {
    const get = (path: string, host?: string) => fetch(new URL(path, server.url), host ? { headers: { host } } : {}).then((r) => r.status);
    expect(await get('/files/komatsu.yaml')).toBe(200);
    expect(await get('/files/..%2F..%2Fetc%2Fpasswd')).toBe(404);
    expect(await get('/files/%2e%2e/package.json')).toBe(404);
    expect(await get(`/files/${encodeURIComponent(join(ROOT, 'package.json'))}`)).toBe(404);
    const res = await fetch(new URL('/', server.url), { method: 'POST' });
    expect(res.status).toBe(405);
    // A page elsewhere whose DNS name was rebound to 127.0.0.1 sends its own name as the Host.
    const rebound = await new Promise<number>((ok, fail) => {
      request(new URL('/state', server.url), { headers: { host: 'attacker.example:80' } }, (r) => { r.resume(); ok(r.statusCode ?? 0); }).on('error', fail).end();
    });
    expect(rebound).toBe(421);
  });

  it('runs from the command line until SIGTERM, and refuses a port in use', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'jusou.js'), 'preview', plan], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const url = await new Promise<string>((ok, fail) => {
      child.stdout.setEncoding('utf8').on('data', (s: string) => { out += s; const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out); if (m) ok(m[0]); });
      child.on('exit', () => fail(new Error(`preview ended: ${out}`)));
    });
    expect(out).toContain('のプレビューを');
    const state = await fetch(new URL('/state', url)).then((r) => r.json()) as { diagnostics: unknown[]; rendering: number };
    expect(state.rendering).toBeGreaterThan(0);
    const taken = runCli(['preview', plan, '--port', new URL(url).port]);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain(`ポート ${new URL(url).port} は使われています`);
    const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('says plainly when the plan is not there', () => {
    const r = runCli(['preview', join(dir, 'komatu.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('komatu.yaml が見つかりません');
  });
});
