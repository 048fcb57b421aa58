#!/usr/bin/env node
/**
 * Diagnostics latency of `jusou lsp --stdio` after an edit, for the largest real plan (plans/toyama.yaml):
 * the time from sending textDocument/didChange to receiving the publishDiagnostics for that version,
 * as an editor sees it (debounce included). Target: ≤ 150 ms. Standalone: `node bench/lsp.mjs [--edits N]`
 * (build first: npm run compile); `npm run bench` runs it as its last section.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileUri, startClient } from './lsp-client.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const stats = (ms) => {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { min: s[0], median: at(0.5), p90: at(0.9), max: s[s.length - 1] };
};
const fmt = (s) => `${s.median.toFixed(0)} ms | ${s.p90.toFixed(0)} ms | ${s.min.toFixed(0)}–${s.max.toFixed(0)} ms`;

/**
 * Two kinds of edit, alternated: a keystroke in a sentence (the plan stays clean: the fast path) and
 * one that breaks a 号 and back (a diagnostic to place: the positioned re-read).
 */
async function measure(debounceMs, edits) {
  const text = readFileSync(join(ROOT, 'plans', 'toyama.yaml'), 'utf8');
  const client = await startClient({ initializationOptions: { debounceMs } });
  const uri = fileUri(join(ROOT, 'plans', 'bench-toyama.yaml'));
  await client.open(uri, text);
  await client.diagnostics(uri, (p) => p.version === 1);
  const lines = text.split('\n');
  const sentence = lines.findIndex((l) => /^ {10}- .{20,}/.test(l));
  const codeLine = lines.findIndex((l) => l.includes('号: [第3号ハ]'));
  const codeAt = lines[codeLine].indexOf('第3号ハ') + 3;
  const clean = [];
  const broken = [];
  for (let i = 0; i < edits * 2 + 4; i++) {
    const keystroke = i % 2 === 0;
    const range = keystroke
      ? { start: { line: sentence, character: 14 }, end: { line: sentence, character: 14 } }
      : { start: { line: codeLine, character: codeAt }, end: { line: codeLine, character: codeAt + (i % 4 === 1 ? 1 : 0) } };
    const insert = keystroke ? 'あ' : i % 4 === 1 ? '' : 'ハ';
    const start = performance.now();
    await client.edit(uri, range, insert);
    const version = client.version(uri);
    const published = await client.diagnostics(uri, (p) => p.version === version);
    const ms = performance.now() - start;
    if (i < 4) continue; // warm-up: the first checks load the rules and the validator
    (keystroke ? clean : broken).push(ms);
    if (!keystroke && i % 4 === 1 && !published.diagnostics.some((d) => d.code === 'mandated-codes')) throw new Error('the broken 号 was not reported');
  }
  await client.stop();
  return { clean: stats(clean), broken: stats(broken) };
}

export async function lspBench({ edits = 20 } = {}) {
  const out = ['| edit (plans/toyama.yaml, 751 lines) | debounce | median | p90 | range |', '|---|---:|---:|---:|---:|'];
  for (const debounce of [50, 0]) {
    const r = await measure(debounce, edits);
    out.push(`| keystroke in a sentence (plan stays clean) | ${debounce} ms | ${fmt(r.clean)} |`);
    out.push(`| 第3号ハ broken / restored (a diagnostic to place) | ${debounce} ms | ${fmt(r.broken)} |`);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const edits = Number(args[args.indexOf('--edits') + 1]) || 20;
  for (const line of await lspBench({ edits })) console.log(line);
}
