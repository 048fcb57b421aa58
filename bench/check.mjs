/**
 * The check section of `npm run bench`: the national corpus cold (default, one thread, two threads)
 * interleaved with the ajv-cli peer over the same files, warm with the cache, and one plan, each as a
 * new process (process start counts). Returns its table lines and its targets as data.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { interleave, row, TABLE_HEAD, target } from './measure.mjs';

export function benchCheck({ ROOT, CORPUS, OUT, manifest, runs, jusou, node, timedNode, before }) {
  const plans = manifest.length;
  const corpus = join(CORPUS, 'plans');
  const cache = join(OUT, 'bench.jusoucache');
  const lines = [];
  const ajvCli = join(ROOT, 'node_modules', 'ajv-cli', 'dist', 'index.js');
  const ajvArgs = ['validate', '--spec=draft2020', '-s', join(ROOT, 'schemas', 'plan.schema.json'), '--all-errors', '--strict-required=false', '--allow-union-types', '--errors=text'];
  // ajv-cli stops at the first file it cannot parse (a duplicate key), so it gets every other file.
  const readable = manifest.filter((p) => p.defect !== 'duplicate-key').map((p) => join(CORPUS, p.file));
  const ajv = (files) => () => timedNode([ajvCli, ...ajvArgs, ...files.flatMap((f) => ['-d', f])]);

  const cold = {
    'jusou check (default)': () => jusou(['check', corpus]),
    'jusou check, 1 thread': () => jusou(['check', corpus], { JUSOU_WORKERS: '1' }),
    'jusou check, 2 threads': () => jusou(['check', corpus], { JUSOU_WORKERS: '2' }),
    [`ajv-cli validate (${readable.length} files)`]: ajv(readable),
    ...(before ? { [`jusou check at ${before.commit.slice(0, 7)}`]: () => timedNode([before.bin, 'check', corpus]) } : {}),
  };
  const c = interleave(runs, cold);
  const peer = `ajv-cli validate (${readable.length} files)`;
  lines.push(`## check: the national corpus, cold (${runs} interleaved rounds)`, '', TABLE_HEAD);
  for (const name of Object.keys(cold)) lines.push(row(name, c[name], name === peer ? readable.length : plans));
  const ratio = c.ratio('jusou check (default)', peer);
  lines.push('', `jusou ÷ ajv-cli, per round: median ${ratio.median.toFixed(2)} (${ratio.min.toFixed(2)}–${ratio.max.toFixed(2)})`);
  if (before) {
    const r = c.ratio('jusou check (default)', `jusou check at ${before.commit.slice(0, 7)}`);
    lines.push(`jusou ÷ jusou at ${before.commit.slice(0, 7)}, per round: median ${r.median.toFixed(2)} (${r.min.toFixed(2)}–${r.max.toFixed(2)})`);
  }

  rmSync(cache, { force: true });
  jusou(['check', corpus, '--cache', '--cache-location', cache]); // fills the cache
  const toyama = join(ROOT, 'plans', 'toyama.yaml');
  const w = interleave(runs, {
    'jusou check --cache, nothing changed': () => jusou(['check', corpus, '--cache', '--cache-location', cache]),
    'jusou check plans/toyama.yaml (one plan)': () => jusou(['check', toyama]),
    'ajv-cli validate plans/toyama.yaml': ajv([toyama]),
  });
  lines.push('', `## check: warm and one plan (${runs} interleaved rounds)`, '', TABLE_HEAD);
  for (const [name, plansIn] of [['jusou check --cache, nothing changed', plans], ['jusou check plans/toyama.yaml (one plan)', 1], ['ajv-cli validate plans/toyama.yaml', 1]]) lines.push(row(name, w[name], plansIn));
  lines.push('', `warm output identical to cold: ${w['jusou check --cache, nothing changed'].stdout === c['jusou check (default)'].stdout ? 'yes' : 'NO'}`);

  const rss = Math.max(...Object.values(c).filter((s) => s.rssMiB).map((s) => s.rssMiB), w['jusou check --cache, nothing changed'].rssMiB);
  const targets = [
    target('national check, cold', c['jusou check (default)'].wall, 1.0, 's', `${c['jusou check (default)'].min.toFixed(2)}–${c['jusou check (default)'].max.toFixed(2)} s`),
    target('national check ÷ ajv-cli (same rounds)', ratio.median, 0.5, '×', `${ratio.min.toFixed(2)}–${ratio.max.toFixed(2)}`),
    target('national check, warm (--cache)', w['jusou check --cache, nothing changed'].wall, 0.25, 's'),
    target('one plan, process start included', w['jusou check plans/toyama.yaml (one plan)'].wall, 0.2, 's'),
    target('peak RSS of any check run', rss, 1024, 'MiB'),
  ];
  return { lines, targets, cold: c['jusou check (default)'] };
}
