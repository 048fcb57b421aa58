#!/usr/bin/env node
/**
 * Where the time of `check` goes, stage by stage, in one thread over the corpus (compiled lib/ code):
 * read, decode, the full positioned parse (`yaml` parseDocument + toJS), `yaml`'s parse(), the fast
 * parse (js-yaml), schema validation and the rules. CPU time per plan, best of three passes.
 *
 *   node bench/stages.mjs [corpusDir=bench/.corpus] [limit=600]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseDocument, LineCounter } from 'yaml';
import { checkPlan } from '../lib/check/index.js';
import { rules } from '../lib/check/rules/index.js';
import { validatePlan } from '../lib/check/schema.js';
import { decode } from '../lib/load/decode.js';
import { parseFast } from '../lib/load/fast-parse.js';
import { loadText } from '../lib/load/index.js';
import { readBytesSync } from '../lib/load/read.js';

const dir = join(process.argv[2] ?? 'bench/.corpus', 'plans');
const files = readdirSync(dir).sort().slice(0, Number(process.argv[3] ?? 600)).map((f) => join(dir, f));
const bytes = files.map((f) => readBytesSync(f).bytes);
const texts = bytes.map((b) => decode(b).text);
const datas = texts.map((t) => parseFast(t)?.data).filter((d) => d !== undefined);

function cpuMs(fn, inputs) {
  let best = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const t0 = process.cpuUsage();
    for (const x of inputs) { try { fn(x); } catch { /* defective plans may throw in a bare parser */ } }
    const d = process.cpuUsage(t0);
    best = Math.min(best, (d.user + d.system) / 1000);
  }
  return best / inputs.length;
}

const stages = [
  ['read (open/fstat/read/close)', () => cpuMs(readBytesSync, files)],
  ['decode (UTF-8, fatal)', () => cpuMs(decode, bytes)],
  ['yaml parseDocument (with LineCounter)', () => cpuMs((t) => parseDocument(t, { lineCounter: new LineCounter(), uniqueKeys: true, prettyErrors: false, strict: true }), texts)],
  ['yaml parseDocument + toJS', () => cpuMs((t) => parseDocument(t, { uniqueKeys: true, prettyErrors: false, strict: true }).toJS({ maxAliasCount: 100 }), texts)],
  ['yaml parse() (plain data)', () => cpuMs((t) => parse(t), texts)],
  ['loadText (full loader: checks + parse + toJS)', () => cpuMs((t) => loadText('x.yaml', t, 'ja'), texts)],
  ['parseFast (eligibility scan + js-yaml)', () => cpuMs(parseFast, texts)],
  ['schema validation (ajv)', () => cpuMs(validatePlan, datas)],
  ['rules (11, given schema errors)', () => cpuMs((d) => { const schemaErrors = validatePlan(d); for (const r of rules) r.check({ plan: d, lang: 'ja', schemaErrors, report() {} }); }, datas)],
  ['checkPlan on fast data (schema + rules + messages)', () => cpuMs((d) => checkPlan({ file: 'x', text: '', data: d, diagnostics: [], rangeOf: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }) }, { lang: 'ja' }), datas)],
];

const mib = bytes.reduce((s, b) => s + b.length, 0) / files.length / 1024;
console.log(`${files.length} plans, ${mib.toFixed(1)} KiB on average; CPU ms per plan (best of 3):`);
for (const [name, run] of stages) console.log(`${run().toFixed(3).padStart(8)}  ${name}`);
