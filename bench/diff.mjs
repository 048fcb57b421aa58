/**
 * `jusou diff` on the largest plan: plans/toyama.yaml against a revised copy (period moved on three
 * years, a 事業 renamed, a 取組 cut, a 事業 added, a paragraph reworded, the 会議 reordered), through the
 * real command line with HTML, Markdown and JSON written (no PDF). Target: ≤ 0.5 s.
 *
 *   node bench/diff.mjs [--runs N]      (also run by bench/run.mjs unless --no-diff)
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { interleave, row, TABLE_HEAD, target, timed } from './measure.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A plausible next edition of a plan: each kind of change the diff matches, once. */
export function revise(text) {
  const plan = yaml.load(text);
  const period = plan.計画?.期間;
  if (period) for (const k of ['開始年度', '終了年度']) if (typeof period[k] === 'number') period[k] += 3;
  const [first, second] = plan.事業;
  first.名称 = `${first.名称}（第２期）`;
  const withActions = plan.事業.find((b) => Array.isArray(b.取組) && b.取組.length > 1);
  withActions?.取組.pop();
  const added = { ...structuredClone(second), ID: `${second.ID}-2`, 名称: `${second.名称}（新規）`, 区分: '新規' };
  for (const action of added.取組 ?? []) delete action.ID; // IDs are unique across the plan
  plan.事業.push(added);
  const chapter = plan.章.find((c) => Array.isArray(c.本文) && typeof c.本文[0] === 'string');
  if (chapter) chapter.本文[0] = chapter.本文[0].replace(/。/, '、その充実を図ります。');
  if (Array.isArray(plan.会議)) plan.会議.reverse();
  return yaml.dump(plan, { lineWidth: -1 });
}

/** The diff section of `npm run bench`: the diff interleaved with process start and a check of the same two plans, for scale. */
export function benchDiff({ out, runs = 5, node = process.execPath }) {
  const source = join(ROOT, 'plans', 'toyama.yaml');
  const revised = join(out, 'toyama-r.yaml');
  mkdirSync(out, { recursive: true });
  writeFileSync(revised, revise(readFileSync(source, 'utf8')));
  const dir = join(out, 'diff');
  const bin = join(ROOT, 'bin', 'jusou.js');
  const run = (args) => () => timed(node, [bin, ...args], { env: { NO_COLOR: '1' }, cwd: ROOT });
  const label = 'diff toyama.yaml vs a revised copy --format html,md,json';
  const r = interleave(runs, {
    [label]: run(['diff', source, revised, '--format', 'html,md,json', '--out', dir]),
    'for scale: jusou --version (process start)': run(['--version']),
    'for scale: jusou check of the same two plans': run(['check', source, revised]),
  }, { [label]: () => rmSync(dir, { recursive: true, force: true }) });
  const diff = r[label];
  const changes = diff.code === 0 ? JSON.parse(readFileSync(join(dir, 'toyama-r-diff.json'), 'utf8')).changes.length : 'n/a';
  const lines = [`## diff (新旧対照表, no PDF; ${runs} interleaved rounds)`, '', TABLE_HEAD,
    row(`${label} (${changes} changes), exit ${diff.code}`, diff, 1),
    row('for scale: jusou --version (process start)', r['for scale: jusou --version (process start)'], 1),
    row('for scale: jusou check of the same two plans', r['for scale: jusou check of the same two plans'], 1)];
  return { lines, targets: [target('diff of the largest plan, no PDF', diff.wall, 0.5, 's', `${diff.min.toFixed(2)}–${diff.max.toFixed(2)} s`)] };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  for (const line of benchDiff({ out: join(ROOT, 'bench', '.out', 'diff-bench'), runs: Number(args[args.indexOf('--runs') + 1]) || 5 }).lines) console.log(line);
}
