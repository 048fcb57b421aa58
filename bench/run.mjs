#!/usr/bin/env node
/**
 * `npm run bench`: the national benchmark. Builds jusou, generates the 1,741-plan corpus if needed,
 * then measures through the real command line (a new process each run, so process start counts):
 * check cold / warm, the fast path and the worker pool separately, the ajv-cli peer, and render.
 *
 *   node bench/run.mjs [--runs N] [--regen] [--no-render] [--no-peer] [--no-baseline] [--no-lsp] [--before <git rev>]
 *   node bench/run.mjs [--runs N] [--regen] [--no-render] [--no-peer] [--no-baseline] [--no-collection] [--before <git rev>]
 *   node bench/run.mjs [--runs N] [--regen] [--no-render] [--no-diff] [--no-peer] [--no-baseline] [--before <git rev>]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchDiff } from './diff.mjs';
import { buildHead } from './head-baseline.mjs';
import { verifyCorpusResult } from './verify.mjs';
import { generate } from './generate.mjs';
import { machine, repeat, row, TABLE_HEAD, timed } from './measure.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const CORPUS = join(ROOT, 'bench', '.corpus');
const OUT = join(ROOT, 'bench', '.out');
const BIN = join(ROOT, 'bin', 'jusou.js');
const CACHE = join(OUT, 'bench.jusoucache');
const node = process.execPath;
const jusou = (cmdArgs, env) => timed(node, [BIN, ...cmdArgs], { env: { NO_COLOR: '1', ...env }, cwd: ROOT });

mkdirSync(OUT, { recursive: true });
console.log('building (tsc + prebuilt validator)…');
execFileSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
execFileSync(node, [join(ROOT, 'scripts', 'build-validator.mjs')], { cwd: ROOT, stdio: 'ignore' });
if (flag('--regen') || !existsSync(join(CORPUS, 'manifest.json'))) {
  console.log('generating the corpus…');
  generate(CORPUS);
}
const manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')).plans;
const plans = manifest.length;
const target = join(CORPUS, 'plans');
const lines = [`# jusou bench — ${new Date().toISOString()}`, '', `machine: ${machine()}`, `corpus: ${plans} plans, ${(manifest.reduce((s, p) => s + p.bytes, 0) / 2 ** 20).toFixed(1)} MiB, ${manifest.filter((p) => p.defect).length} with an injected defect`, ''];
const say = (s = '') => { lines.push(s); console.log(s); };

// Correctness first: every configuration must print the same diagnostics, and exactly the defective plans fail.
const reference = jusou(['check', target, '--format', 'json'], { JUSOU_FAST: '0', JUSOU_WORKERS: '1' });
say(`baseline verification: ${verifyCorpusResult(manifest, reference.stdout)}`);
const configs = [
  ['fast path, 1 thread', { JUSOU_WORKERS: '1' }],
  ['fast path, 2 workers', { JUSOU_WORKERS: '2' }],
  ['default (fast path, workers automatic)', {}],
];
for (const [label, env] of configs) {
  const r = jusou(['check', target, '--format', 'json'], env);
  say(`identical to the full loader (${label}): ${r.stdout === reference.stdout ? 'yes' : 'NO'}`);
}
say();
say('## check (real CLI, `node bin/jusou.js check <corpus>`, stylish output)');
say();
say(TABLE_HEAD);
const check = (extra = [], env = {}) => jusou(['check', target, ...extra], env);
if (!flag('--no-baseline')) {
  // The last commit before the batch work (fast path, cache, prebuilt validator, pool): the "before".
  const head = buildHead(ROOT, args.includes('--before') ? args[args.indexOf('--before') + 1] : '3de2809');
  const before = repeat(1, () => timed(node, [head.bin, 'check', target], { env: { NO_COLOR: '1' }, cwd: ROOT }));
  say(row(`**before**: git ${head.commit.slice(0, 7)} (committed jusou)`, before, plans));
  say(row('full loader, runtime-compiled schema, 1 thread', repeat(1, () => check([], { JUSOU_FAST: '0', JUSOU_WORKERS: '1', JUSOU_PREBUILT_VALIDATOR: '0' })), plans));
  say(row('full loader, prebuilt validator, 1 thread', repeat(1, () => check([], { JUSOU_FAST: '0', JUSOU_WORKERS: '1' })), plans));
  say(row('full loader, 2 workers', repeat(1, () => check([], { JUSOU_FAST: '0', JUSOU_WORKERS: '2' })), plans));
}
say(row('fast path, 1 thread', repeat(runs, () => check([], { JUSOU_WORKERS: '1' })), plans));
say(row('fast path, 2 workers', repeat(runs, () => check([], { JUSOU_WORKERS: '2' })), plans));
const cold = repeat(runs, () => check());
say(row('**cold**: default (no cache)', cold, plans));
const coldCache = repeat(runs, () => check(['--cache', '--cache-location', CACHE]), () => rmSync(CACHE, { force: true }));
say(row('cold with --cache (empty cache, writes it)', coldCache, plans));
const warm = repeat(runs, () => check(['--cache', '--cache-location', CACHE]));
say(row('**warm**: --cache, nothing changed', warm, plans));
say(`warm output identical to cold: ${warm.stdout === cold.stdout ? 'yes' : 'NO'}`);

if (!flag('--no-peer')) {
  say();
  say('## peer: ajv-cli validate (schema only) over the same YAML files');
  say();
  const ajvCli = join(ROOT, 'node_modules', 'ajv-cli', 'dist', 'index.js');
  const ajvArgs = ['validate', '--spec=draft2020', '-s', join(ROOT, 'schemas', 'plan.schema.json'), '--all-errors', '--strict-required=false', '--allow-union-types', '--errors=text'];
  const whole = timed(node, [ajvCli, ...ajvArgs, '-d', `${target}/*.yaml`], { cwd: ROOT });
  const seen = (whole.stdout + whole.stderr).split('\n').filter((l) => / (in)?valid$/.test(l)).length;
  say(`ajv-cli over the whole corpus: exit ${whole.code} after ${seen} of ${plans} files (${(whole.stderr.split('\n').find((l) => l.startsWith('error:')) ?? '').trim()}) — it stops at the first file with a duplicate key.`);
  // So the timed peer run gets every file it can read: all but the plans with an injected duplicate key.
  const readable = manifest.filter((p) => p.defect !== 'duplicate-key');
  const peer = repeat(runs, () => timed(node, [ajvCli, ...ajvArgs, ...readable.flatMap((p) => ['-d', join(CORPUS, p.file)])], { cwd: ROOT }));
  const invalid = (peer.stdout + peer.stderr).split('\n').filter((l) => / invalid$/.test(l)).length;
  say();
  say(TABLE_HEAD);
  say(row(`ajv-cli validate, ${readable.length} files (no duplicate-key plans)`, peer, readable.length));
  say(row(`jusou check, all ${plans} files, cold (default)`, cold, plans));
  say(row(`jusou check, all ${plans} files, warm (--cache)`, warm, plans));
  say();
  say(`ajv-cli found ${invalid} invalid files (schema only); jusou reports every one of the ${manifest.filter((p) => p.defect).length} defects (duplicate keys, 号, codes, references…) with positions.`);
  say(`wall time jusou ÷ ajv-cli: cold ${(cold.wall / peer.wall).toFixed(2)}, warm ${(warm.wall / peer.wall).toFixed(2)}; per file: jusou cold ${(1000 * cold.wall / plans).toFixed(2)} ms, ajv-cli ${(1000 * peer.wall / readable.length).toFixed(2)} ms`);
}

if (!flag('--no-render')) {
  say();
  say('## render');
  say();
  const help = jusou(['render', '--help']);
  if (help.code !== 0) say('skipped: render not available');
  else {
    const outDir = join(OUT, 'render');
    const html = repeat(1, () => jusou(['render', target, '--format', 'html,md', '--force', '-o', outDir]), () => rmSync(outDir, { recursive: true, force: true }));
    say(TABLE_HEAD);
    say(row(`render --format html,md --force (all ${plans}), exit ${html.code}`, html, plans));
    const fifty = manifest.slice(0, 50).map((p) => join(CORPUS, p.file));
    const pdfDir = join(OUT, 'pdf');
    const pdf = repeat(1, () => jusou(['render', ...fifty, '--format', 'pdf', '--force', '-o', pdfDir]), () => rmSync(pdfDir, { recursive: true, force: true }));
    say(row(`render --format pdf --force (50 plans), exit ${pdf.code}`, pdf, 50));
    say(`PDF: ${(pdf.wall / 50).toFixed(2)} s a plan`);
    if (html.code > 1 || pdf.code > 1) say(`render stderr: ${(html.stderr + pdf.stderr).split('\n').slice(0, 5).join(' / ')}`);
  }
}
if (!flag('--no-lsp')) {
  say();
  say('## editor: diagnostics latency of `jusou lsp --stdio` after an edit (target ≤ 150 ms, debounce included)');
  say();
  const { lspBench } = await import('./lsp.mjs');
  for (const line of await lspBench()) say(line);
  say();
  say('`jusou preview`: a save to the page\'s update event (target: within a second)');
  say();
  say('| preview | median | p90 | range |\n|---|---:|---:|---:|');
  const { previewBench } = await import('./preview.mjs');
  for (const line of await previewBench()) say(line);
}
if (!flag('--no-collection')) {
  // Commands over the whole corpus at once (target ≤ 5 s each). --force: the plans with an injected
  // defect are left out, as a prefecture would compare the valid plans; exit 1 says some were.
  say();
  say('## export and compare (all plans at once)');
  say();
  say(TABLE_HEAD);
  const dir = (name) => join(OUT, name);
  const collection = (cmd, name, extra = []) => repeat(runs, () => jusou([cmd, target, '--out', dir(name), '--force', ...extra]), () => rmSync(dir(name), { recursive: true, force: true }));
  const exp = collection('export', 'export', ['--format', 'datapackage']);
  say(row(`export --format datapackage --force (all ${plans}), exit ${exp.code}`, exp, plans));
  const cmp = collection('compare', 'compare');
  say(row(`compare --force (all ${plans}), exit ${cmp.code}`, cmp, plans));
  if (exp.code > 1 || cmp.code > 1) say(`stderr: ${(exp.stderr + cmp.stderr).split('\n').slice(-3).join(' / ')}`);
}
if (!flag('--no-diff')) {
  say();
  say('## diff (新旧対照表, no PDF)');
  say();
  benchDiff({ out: join(OUT, 'diff-bench'), runs, say });
}
say();
say(`after: ${machine()}`);
