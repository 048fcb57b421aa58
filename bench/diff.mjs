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
import { repeat, row, TABLE_HEAD, timed } from './measure.mjs';

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

export function benchDiff({ out, runs = 3, say = console.log, node = process.execPath }) {
  const source = join(ROOT, 'plans', 'toyama.yaml');
  const revised = join(out, 'toyama-r.yaml');
  mkdirSync(out, { recursive: true });
  writeFileSync(revised, revise(readFileSync(source, 'utf8')));
  const dir = join(out, 'diff');
  const args = [join(ROOT, 'bin', 'jusou.js'), 'diff', source, revised, '--format', 'html,md,json', '--out', dir];
  const r = repeat(runs, () => timed(node, args, { env: { NO_COLOR: '1' }, cwd: ROOT }), () => rmSync(dir, { recursive: true, force: true }));
  const changes = r.code === 0 ? JSON.parse(readFileSync(join(dir, 'toyama-r-diff.json'), 'utf8')).changes.length : 'n/a';
  // For scale on a busy machine: the same process start, and checking the same two plans.
  const start = repeat(runs, () => timed(node, [args[0], '--version'], { cwd: ROOT }));
  const check = repeat(runs, () => timed(node, [args[0], 'check', source, revised], { env: { NO_COLOR: '1' }, cwd: ROOT }));
  say(TABLE_HEAD);
  say(row(`diff toyama.yaml vs a revised copy --format html,md,json (${changes} changes), exit ${r.code}`, r, 1));
  say(row('for scale: jusou --version (process start)', start, 1));
  say(row('for scale: jusou check of the same two plans', check, 1));
  say(`diff: ${r.wall.toFixed(2)} s best, target ≤ 0.5 s (${r.wall <= 0.5 ? 'met' : 'NOT met'}); ${(r.wall / check.wall).toFixed(2)} × the check of both plans`);
  return r;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  benchDiff({ out: join(ROOT, 'bench', '.out', 'diff-bench'), runs: Number(args[args.indexOf('--runs') + 1]) || 3 });
}
