#!/usr/bin/env node
/**
 * Builds a national corpus: one plan for each of the 1,741 市区町村 in data/municipalities.csv, derived
 * from the five real plans in plans/ (their 事業/取組/会議/章 structure, renamed, with 取組 and 支援機関
 * shuffled and sampled and chapter lengths varied), and about 3 % with one injected defect each.
 * Deterministic: a seeded PRNG (mulberry32), never Math.random, so every run writes the same bytes.
 *
 *   node bench/generate.mjs [outDir=bench/.corpus] [--seed N]
 *
 * Writes <outDir>/plans/<code>.yaml and <outDir>/manifest.json (which file has which defect).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { injectDefect, DEFECT_KINDS } from './defects.mjs';
import { mulberry32, pickWeighted, shuffle } from './prng.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BASES = ['komaki', 'komatsu', 'kotoura', 'nonoichi', 'toyama'];
const DEFECT_RATE = 0.03;

function municipalities() {
  return readFileSync(join(ROOT, 'data', 'municipalities.csv'), 'utf8').trim().split(/\r?\n/).slice(1).map((line) => {
    const [code, prefecture, name] = line.split(',');
    return { code, prefecture, name };
  });
}

function loadBases() {
  return BASES.map((id) => {
    const data = parse(readFileSync(join(ROOT, 'plans', `${id}.yaml`), 'utf8'));
    return { id, data, name: data.自治体.名称, prefecture: data.自治体.都道府県 };
  });
}

/** Replaces the base municipality's name and prefecture in every string, so the text reads as the new one's. */
function rename(value, from, to) {
  if (typeof value === 'string') return value.split(from.name).join(to.name).split(from.prefecture).join(to.prefecture);
  if (Array.isArray(value)) return value.map((v) => rename(v, from, to));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rename(v, from, to)]));
  return value;
}

/** 取組 without an ID or 号 carry nothing another part refers to: they may be dropped; all are reordered. */
function varyBusinesses(list, rand) {
  if (!Array.isArray(list)) return;
  for (const b of list) {
    if (Array.isArray(b.取組)) {
      const kept = b.取組.filter((t) => t.ID !== undefined || t.号 !== undefined || rand() < 0.75);
      b.取組 = shuffle(kept.length ? kept : b.取組.slice(0, 1), rand);
      varyBusinesses(b.取組, rand);
    }
    for (const group of Array.isArray(b.支援機関) ? b.支援機関 : []) {
      if (!Array.isArray(group.機関) || group.機関.length < 2) continue;
      group.機関 = shuffle(group.機関, rand);
      // A stated 箇所数 must keep matching the list (facility-count), so only unstated groups are sampled.
      if (typeof group.箇所数 !== 'number') group.機関 = group.機関.slice(0, 1 + Math.floor(rand() * group.機関.length));
    }
  }
}

/** Chapters grow (paragraphs repeated) or shrink (paragraphs dropped) by a factor, to spread file sizes. */
function varyChapters(chapters, factor, rand) {
  if (!Array.isArray(chapters)) return;
  for (const ch of chapters) {
    if (Array.isArray(ch.本文) && ch.本文.length) {
      const target = Math.max(1, Math.round(ch.本文.length * factor));
      const out = ch.本文.slice(0, Math.min(target, ch.本文.length));
      while (out.length < target) out.push(structuredClone(ch.本文[Math.floor(rand() * ch.本文.length)]));
      ch.本文 = out;
    }
    varyChapters(ch.節, factor, rand);
  }
}

const STATUTORY = ['市町村地域福祉計画', '介護保険事業計画', '障害福祉計画', '子ども・子育て支援事業計画'];

/**
 * What 第106条の5 asks of a plan as a whole and none of the five real plans states (目標, 意見聴取, 公表,
 * the four plans it must be in harmony with): a plan written with jusou has them, since jusou warns until
 * it does, so the national corpus has them too and its clean plans stay free of findings. Synthetic values.
 */
function completePlanLevel(data, row, rand) {
  const info = (data.計画 ??= {});
  info.目標 = [{ 指標: '相談受付件数', 現状値: 100 + Math.floor(rand() * 900), 目標値: 1000 + Math.floor(rand() * 2000), 単位: '件', 基準年度: 2024, 目標年度: 2027 }];
  info.意見聴取 = [{ 方法: 'パブリックコメント', 年月: '2025-01' }];
  info.公表 = { 年月: '2026-04', 方法: `${row.name}ホームページに掲載` }; // after every base plan's 策定 and 改定
  const related = (info.関連計画 ??= []);
  const named = new Set(related.flatMap((r) => [].concat(r.法定計画 ?? [])));
  for (const kind of STATUTORY) if (!named.has(kind)) related.push({ 名称: `${row.name}${kind}`, 法定計画: kind, 関係: '調和' });
}

function buildPlan(base, row, rand) {
  const data = rename(structuredClone(base.data), base, row);
  data.自治体 = { ...data.自治体, 名称: row.name, 都道府県: row.prefecture, 全国地方公共団体コード: row.code };
  varyBusinesses(data.事業, rand);
  varyChapters(data.章, 0.5 + rand() * 1.5, rand);
  completePlanLevel(data, row, rand);
  return data;
}

export function generate(outDir, seed = 1741) {
  const rows = municipalities();
  const bases = loadBases();
  const weights = bases.map(() => 1);
  const pick = mulberry32(seed);
  // Choose the defective plans up front: a fixed-size sample, so the rate is exact for a given seed.
  const order = shuffle(rows.map((_, i) => i), pick);
  const defective = new Map(order.slice(0, Math.round(rows.length * DEFECT_RATE)).map((idx, k) => [idx, DEFECT_KINDS[k % DEFECT_KINDS.length]]));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'plans'), { recursive: true });
  const manifest = [];
  rows.forEach((row, i) => {
    const rand = mulberry32(seed * 100003 + i);
    const base = bases[pickWeighted(weights, rand)];
    const data = buildPlan(base, row, rand);
    const kind = defective.get(i);
    const render = (d) => `# ${row.prefecture}${row.name} 重層的支援体制整備事業実施計画（ベンチマーク用の合成データ。plans/${base.id}.yaml から生成）\n${stringify(d, { lineWidth: 0 })}`;
    const text = kind ? injectDefect(kind, data, render, rand) : render(data);
    const file = join('plans', `${row.code}.yaml`);
    writeFileSync(join(outDir, file), text);
    manifest.push({ file, code: row.code, name: row.name, prefecture: row.prefecture, base: base.id, bytes: Buffer.byteLength(text), defect: kind ?? null });
  });
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify({ seed, plans: manifest }, null, 1)}\n`);
  return manifest;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(args.splice(seedAt, 2)[1]) : 1741;
  const outDir = args[0] ?? join(ROOT, 'bench', '.corpus');
  const t0 = performance.now();
  const manifest = generate(outDir, seed);
  const bytes = manifest.reduce((s, p) => s + p.bytes, 0);
  const defects = manifest.filter((p) => p.defect).length;
  console.log(`${manifest.length} plans (${(bytes / 1024 / 1024).toFixed(1)} MiB, ${defects} with a defect) in ${outDir} — ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
