#!/usr/bin/env node
/**
 * Times `jusou check` (the real CLI, process start included) on each hard input of
 * test/load/hard-inputs.test.ts, for bench/RESULTS.md: the target is a clear Japanese refusal in
 * under 2 s. Prints a Markdown table.
 *
 *   node bench/hard-inputs.mjs
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machine, timed } from './measure.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'jusou-hard-bench-'));
const plan = readFileSync(join(ROOT, 'plans', 'kotoura.yaml'), 'utf8');
const file = (name, content) => { const f = join(dir, name); writeFileSync(f, content); return f; };

const laughs = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
for (let i = 1; i <= 10; i++) laughs.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
mkdirSync(join(dir, 'tree', 'real'), { recursive: true });
symlinkSync(join(dir, 'tree', 'real'), join(dir, 'tree', 'link.yaml'));
symlinkSync(join(dir, 'loop-b.yaml'), join(dir, 'loop-a.yaml'));
symlinkSync(join(dir, 'loop-a.yaml'), join(dir, 'loop-b.yaml'));
execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);

const cases = [
  ['alias bomb (10 levels of 10 aliases)', file('laughs.yaml', `${laughs.join('\n')}\n`)],
  ['50 MB file', file('huge.yaml', Buffer.alloc(50 * 1024 * 1024, 0x61))],
  ['10,000-deep flow [[[[…', file('flow.yaml', `a: ${'['.repeat(10000)}${']'.repeat(10000)}\n`)],
  ['10,000-deep flow {a: {a: …', file('flowmap.yaml', `${'{a: '.repeat(10000)}1${'}'.repeat(10000)}\n`)],
  ['10,000-deep compact block - - - …', file('compact.yaml', `${'- '.repeat(10000)}x\n`)],
  ['3,000-deep block indentation (4.5 MB)', file('block3000.yaml', Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' x\n')],
  ['10,000-deep block indentation (50 MB)', file('block10000.yaml', Array.from({ length: 10000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'))],
  ['a symlink named like a plan, to a directory, in a checked folder', join(dir, 'tree')],
  ['a symlink loop', join(dir, 'loop-a.yaml')],
  ['a named pipe', join(dir, 'pipe.yaml')],
  ['__proto__ / constructor / prototype keys', file('proto.yaml', plan.replace('自治体:\n', '__proto__:\n  polluted: yes\nconstructor: x\n自治体:\n  prototype: y\n'))],
];

console.log(`machine: ${machine()}\n`);
console.log('| input | exit | wall | peak RSS | first message |\n|---|---:|---:|---:|---|');
for (const [label, path] of cases) {
  const args = ['check', path];
  const r = timed(process.execPath, [join(ROOT, 'bin', 'jusou.js'), ...args, '--format', 'json'], { env: { NO_COLOR: '1' } });
  let first = r.stderr.trim().split('\n')[0];
  try {
    const ds = JSON.parse(r.stdout);
    const d = ds[0];
    first = d ? `${d.line}:${d.column} ${d.rule}: ${d.message}` : '(none)';
  } catch { /* not JSON: stderr shown */ }
  console.log(`| ${label} | ${r.code} | ${r.wall.toFixed(2)} s | ${Number.isNaN(r.rssMiB) ? 'n/a' : `${r.rssMiB.toFixed(0)} MiB`} | ${first.replace(/\|/g, '\\|').slice(0, 90)} |`);
}
