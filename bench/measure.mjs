/**
 * Runs a command as a separate process and measures it the way a user would feel it: wall time
 * including process start, CPU time and peak RSS from GNU time (/usr/bin/time), which follows the whole
 * process (worker threads share it). Falls back to wall time alone when GNU time is missing.
 * Comparisons are interleaved (A B C A B C …) so that a machine whose speed drifts — these are shared
 * and noisy — slows every contender alike; figures are medians with their min–max.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
export const haveGnuTime = existsSync(GNU_TIME);

/** One run: { wall (s), rssMiB, cpu (s, user + sys), code, stdout, stderr }. */
export function timed(cmd, args, { env = {}, cwd } = {}) {
  const stats = join(tmpdir(), `jusou-bench-${process.pid}.time`);
  const argv = haveGnuTime ? [GNU_TIME, '-f', '%e %M %U %S', '-o', stats, cmd, ...args] : [cmd, ...args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  let rssMiB = NaN;
  let cpu = NaN;
  if (haveGnuTime && existsSync(stats)) {
    const line = readFileSync(stats, 'utf8').trim().split('\n').pop() ?? '';
    const [, rss, u, s] = line.split(' ').map(Number);
    rssMiB = rss / 1024;
    cpu = u + s;
    rmSync(stats, { force: true });
  }
  return { wall, rssMiB, cpu, code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

/** Summary of several runs of one command: medians, min–max of the wall time, the largest RSS, the last output. */
export function summarize(runs) {
  const walls = runs.map((r) => r.wall);
  return {
    runs, n: runs.length, wall: median(walls), min: Math.min(...walls), max: Math.max(...walls),
    cpu: median(runs.map((r) => r.cpu)), rssMiB: Math.max(...runs.map((r) => r.rssMiB)),
    code: runs[runs.length - 1].code, stdout: runs[runs.length - 1].stdout, stderr: runs[runs.length - 1].stderr,
  };
}

/**
 * `rounds` rounds of every command in turn (after one unmeasured warm-up round that fills the page
 * cache); `before[name]` runs before each measured run of that command (e.g. deleting a cache).
 * Returns name → summary, plus ratio(a, b): the median of the per-round ratios a/b with min–max.
 */
export function interleave(rounds, commands, before = {}) {
  const names = Object.keys(commands);
  for (const name of names) { before[name]?.(); commands[name](); }
  const runs = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < rounds; i++) for (const name of names) { before[name]?.(); runs[name].push(commands[name]()); }
  const out = Object.fromEntries(names.map((n) => [n, summarize(runs[n])]));
  out.ratio = (a, b) => {
    const rs = runs[a].map((r, i) => r.wall / runs[b][i].wall);
    return { median: median(rs), min: Math.min(...rs), max: Math.max(...rs) };
  };
  return out;
}

/** Runs one command `times` times, not interleaved (for the slow rows). */
export function repeat(times, run, before = () => {}) {
  const runs = [];
  for (let i = 0; i < times; i++) { before(); runs.push(run()); }
  return summarize(runs);
}

export function machine() {
  const c = cpus();
  return `${c.length} × ${c[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load average ${loadavg().map((x) => x.toFixed(2)).join(' / ')}`;
}

export const TABLE_HEAD = '| run | wall (median) | wall (min–max) | runs | plans/s | CPU (median) | peak RSS |\n|---|---:|---:|---:|---:|---:|---:|';

export function row(label, s, plans) {
  const rss = Number.isNaN(s.rssMiB) ? 'n/a' : `${s.rssMiB.toFixed(0)} MiB`;
  const cpu = Number.isNaN(s.cpu) ? 'n/a' : `${s.cpu.toFixed(2)} s`;
  return `| ${label} | ${s.wall.toFixed(2)} s | ${s.min.toFixed(2)}–${s.max.toFixed(2)} s | ${s.n} | ${(plans / s.wall).toFixed(0)} | ${cpu} | ${rss} |`;
}

/** A target as data: the section that measured it says what was asked and what it got. */
export function target(name, value, limit, unit = 's', detail = '') {
  return { name, value, limit, unit, detail, met: value <= limit };
}

export function targetTable(targets) {
  const fmt = (v, unit) => (unit === 's' ? `${v.toFixed(2)} s` : unit === '×' ? `${v.toFixed(2)}×` : `${v.toFixed(0)} ${unit}`);
  return ['| target | measured (median) | limit | result |', '|---|---:|---:|---|',
    ...targets.map((t) => `| ${t.name} | ${fmt(t.value, t.unit)}${t.detail ? ` (${t.detail})` : ''} | ≤ ${fmt(t.limit, t.unit)} | ${t.met ? 'met' : '**not met**'} |`)];
}
