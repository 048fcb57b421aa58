#!/usr/bin/env node
/**
 * `npm run bench`: builds jusou, generates the 1,741-plan corpus if needed, verifies that every way of
 * checking it gives the same, right answer, then measures each command through the real command line
 * (a new process per run, so process start counts) and ends with every target, met or not met.
 * Each section (bench/check.mjs, bench/render-section.mjs …) returns its table lines and targets.
 *
 *   node bench/run.mjs [--runs N] [--regen] [--only check,render,collection,diff,editor] [--before <git rev>]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchCheck } from './check.mjs';
import { benchCollection } from './collection-section.mjs';
import { benchDiff } from './diff.mjs';
import { benchEditor } from './editor-section.mjs';
import { buildHead } from './head-baseline.mjs';
import { benchRender } from './render-section.mjs';
import { verifyCorpusResult } from './verify.mjs';
import { generate } from './generate.mjs';
import { machine, targetTable, timed } from './measure.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const runs = Number(option('--runs')) || 5;
const only = option('--only')?.split(',');
const CORPUS = join(ROOT, 'bench', '.corpus');
const OUT = join(ROOT, 'bench', '.out');
const BIN = join(ROOT, 'bin', 'jusou.js');
const node = process.execPath;
const timedNode = (argv, env) => timed(node, argv, { env: { NO_COLOR: '1', ...env }, cwd: ROOT });
const jusou = (cmdArgs, env) => timedNode([BIN, ...cmdArgs], env);

mkdirSync(OUT, { recursive: true });
console.log('building (tsc + prebuilt validator)…');
execFileSync(node, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
execFileSync(node, [join(ROOT, 'scripts', 'build-validator.mjs')], { cwd: ROOT, stdio: 'ignore' });
if (args.includes('--regen') || !existsSync(join(CORPUS, 'manifest.json'))) {
  console.log('generating the corpus…');
  generate(CORPUS);
}
const manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')).plans;
const target = join(CORPUS, 'plans');
const lines = [`# jusou bench — ${new Date().toISOString()}`, '', `machine: ${machine()}`, `corpus: ${manifest.length} plans, ${(manifest.reduce((s, p) => s + p.bytes, 0) / 2 ** 20).toFixed(1)} MiB, ${manifest.filter((p) => p.defect).length} with an injected defect`, ''];
const say = (...ls) => { for (const l of ls) { lines.push(l); console.log(l); } };

// Correctness first: every configuration must print the same diagnostics, and exactly the defective plans fail.
const reference = jusou(['check', target, '--format', 'json'], { JUSOU_FAST: '0', JUSOU_WORKERS: '1' });
say(`verification (full loader, one thread): ${verifyCorpusResult(manifest, reference.stdout)}`);
for (const [label, env] of [['fast path, 1 thread', { JUSOU_WORKERS: '1' }], ['fast path, 2 threads', { JUSOU_WORKERS: '2' }], ['default', {}]]) {
  say(`identical to the full loader (${label}): ${jusou(['check', target, '--format', 'json'], env).stdout === reference.stdout ? 'yes' : 'NO'}`);
}
say('');

const ctx = { ROOT, CORPUS, OUT, manifest, runs, jusou, node, timedNode, before: option('--before') ? buildHead(ROOT, option('--before')) : undefined };
const sections = [
  ['check', benchCheck], ['render', benchRender], ['collection', benchCollection],
  ['diff', (c) => benchDiff({ out: join(c.OUT, 'diff-bench'), runs: c.runs, node: c.node })], ['editor', benchEditor],
];
const targets = [];
for (const [name, run] of sections) {
  if (only && !only.includes(name)) continue;
  const result = await run(ctx);
  say(...result.lines, '');
  targets.push(...result.targets);
}
say('## targets', '', ...targetTable(targets), '', `after: ${machine()}`);
