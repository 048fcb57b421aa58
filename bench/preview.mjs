#!/usr/bin/env node
/**
 * `jusou preview`: the time from writing the plan (plans/toyama.yaml, the largest) to the server-sent
 * event that tells the page a new state is ready (the re-check and re-render included). The issue asks
 * for a reload within a second of a save. Standalone: `node bench/preview.mjs` after npm run compile.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export async function previewBench({ saves = 10 } = {}) {
  const { startPreview } = await import('../lib/preview/server.js');
  const dir = mkdtempSync(join(tmpdir(), 'jusou-bench-preview-'));
  writeFileSync(join(dir, 'package.json'), '{}\n');
  const plan = join(dir, 'toyama.yaml');
  const text = readFileSync(join(ROOT, 'plans', 'toyama.yaml'), 'utf8');
  writeFileSync(plan, text);
  const server = await startPreview(plan, { lang: 'ja' });
  let onEvent = () => {};
  const req = get(new URL('/events', server.url), (res) => res.setEncoding('utf8').on('data', (chunk) => { if (chunk.includes('event: update')) onEvent(); }));
  await new Promise((ok) => { onEvent = ok; });
  const ms = [];
  for (let i = 0; i < saves + 2; i++) {
    const event = new Promise((ok) => { onEvent = ok; });
    const start = performance.now();
    writeFileSync(plan, text.replace('名称: 富山市', `名称: 富山市${i % 2 ? '' : ' '}`));
    await event;
    if (i >= 2) ms.push(performance.now() - start); // warm-up: the first renders compile the templates
    await new Promise((ok) => setTimeout(ok, 100)); // separate saves, as a planner's are
  }
  req.destroy();
  await server.close();
  ms.sort((a, b) => a - b);
  return [`| save → page notified (plans/toyama.yaml, check + render) | ${ms[Math.floor(ms.length / 2)].toFixed(0)} ms | ${ms[Math.floor(ms.length * 0.9)].toFixed(0)} ms | ${ms[0].toFixed(0)}–${ms[ms.length - 1].toFixed(0)} ms |`];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log('| preview | median | p90 | range |\n|---|---:|---:|---:|');
  for (const line of await previewBench()) console.log(line);
}
