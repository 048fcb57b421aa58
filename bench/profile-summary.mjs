#!/usr/bin/env node
// Summarises a V8 .cpuprofile (node --cpu-prof): self time by source area and the top functions,
// so the benchmark can say where the time goes before and after an optimisation.
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) { console.error('usage: profile-summary.mjs <file.cpuprofile> [top]'); process.exit(2); }
const top = Number(process.argv[3] ?? 15);
const prof = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map();
const dts = prof.timeDeltas;
for (let i = 0; i < prof.samples.length; i++) self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + (dts[i] ?? 0));

function area(url, name) {
  if (!url) return name === '(garbage collector)' ? 'gc' : name === '(idle)' || name === '(program)' ? name : 'native/other';
  if (url.startsWith('node:')) return 'node internals (module loading, fs)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return `dep: ${m[1]}`;
  const s = /\/(lib|src)\/(.+)$/.exec(url);
  if (s) return `jusou: ${s[2].split('/').slice(0, -1).join('/') || s[2]}`;
  return url.replace(/^file:\/\//, '');
}

const areas = new Map();
const fns = new Map();
let total = 0;
for (const [id, us] of self) {
  const n = byId.get(id);
  const { url, functionName, lineNumber } = n.callFrame;
  total += us;
  const a = area(url, functionName);
  areas.set(a, (areas.get(a) ?? 0) + us);
  const key = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
  fns.set(key, (fns.get(key) ?? 0) + us);
}
const ms = (us) => `${(us / 1000).toFixed(0).padStart(6)} ms`;
const pct = (us) => `${((100 * us) / total).toFixed(1).padStart(5)} %`;
console.log(`total sampled: ${(total / 1000).toFixed(0)} ms`);
console.log('\nself time by area:');
for (const [a, us] of [...areas].sort((x, y) => y[1] - x[1]).slice(0, top)) console.log(`${ms(us)} ${pct(us)}  ${a}`);
console.log('\ntop functions (self):');
for (const [f, us] of [...fns].sort((x, y) => y[1] - x[1]).slice(0, top)) console.log(`${ms(us)} ${pct(us)}  ${f}`);
