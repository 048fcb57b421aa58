/**
 * The collection section of `npm run bench`: `export` and `compare` over the whole corpus at once
 * (target ≤ 5 s each). --force: the plans with an injected defect are left out, as a prefecture would
 * compare the valid plans; exit 1 says some were.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { interleave, row, TABLE_HEAD, target } from './measure.mjs';

export function benchCollection({ OUT, CORPUS, manifest, runs, jusou }) {
  const dir = (name) => join(OUT, name);
  const corpus = join(CORPUS, 'plans');
  const exportLabel = `export --format datapackage --force (all ${manifest.length})`;
  const compareLabel = `compare --force (all ${manifest.length})`;
  const r = interleave(runs, {
    [exportLabel]: () => jusou(['export', corpus, '--format', 'datapackage', '--out', dir('export'), '--force']),
    [compareLabel]: () => jusou(['compare', corpus, '--out', dir('compare'), '--force']),
  }, { [exportLabel]: () => rmSync(dir('export'), { recursive: true, force: true }), [compareLabel]: () => rmSync(dir('compare'), { recursive: true, force: true }) });
  const lines = [`## export and compare (all plans at once, ${runs} interleaved rounds)`, '', TABLE_HEAD,
    row(`${exportLabel}, exit ${r[exportLabel].code}`, r[exportLabel], manifest.length),
    row(`${compareLabel}, exit ${r[compareLabel].code}`, r[compareLabel], manifest.length)];
  for (const l of [exportLabel, compareLabel]) if (r[l].code > 1) lines.push(`stderr (${l}): ${r[l].stderr.split('\n').slice(-3).join(' / ')}`);
  return {
    lines,
    targets: [target('export of the national corpus', r[exportLabel].wall, 5, 's'), target('compare of the national corpus', r[compareLabel].wall, 5, 's')],
  };
}
