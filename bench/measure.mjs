/**
 * Runs a command as a separate process and measures it the way a user would feel it: wall time
 * including process start, and peak RSS from GNU time (/usr/bin/time), which follows the whole
 * process (worker threads share it). Falls back to wall time alone when GNU time is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
export const haveGnuTime = existsSync(GNU_TIME);

/** One run: { wall (s), rssMiB, user (s), sys (s), code, stdout, stderr }. */
export function timed(cmd, args, { env = {}, cwd } = {}) {
  const stats = join(tmpdir(), `jusou-bench-${process.pid}.time`);
  const argv = haveGnuTime ? [GNU_TIME, '-f', '%e %M %U %S', '-o', stats, cmd, ...args] : [cmd, ...args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  let rssMiB = NaN;
  let user = NaN;
  let sys = NaN;
  if (haveGnuTime && existsSync(stats)) {
    const line = readFileSync(stats, 'utf8').trim().split('\n').pop() ?? '';
    const [, rss, u, s] = line.split(' ').map(Number);
    rssMiB = rss / 1024;
    user = u;
    sys = s;
    rmSync(stats, { force: true });
  }
  return { wall, rssMiB, user, sys, code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** Runs `times` times (after `before()`, e.g. deleting a cache) and keeps every run; the best is reported. */
export function repeat(times, run, before = () => {}) {
  const runs = [];
  for (let i = 0; i < times; i++) {
    before();
    runs.push(run());
  }
  const walls = runs.map((r) => r.wall).sort((a, b) => a - b);
  const best = runs.reduce((a, b) => (b.wall < a.wall ? b : a));
  return { ...best, median: walls[Math.floor(walls.length / 2)], runs };
}

export function machine() {
  const c = cpus();
  return `${c.length} × ${c[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load average ${loadavg().map((x) => x.toFixed(2)).join(' / ')}`;
}

export function row(label, r, plans) {
  const rate = plans / r.wall;
  return `| ${label} | ${r.wall.toFixed(2)} s | ${r.median.toFixed(2)} s | ${rate.toFixed(0)} | ${Number.isNaN(r.rssMiB) ? 'n/a' : `${r.rssMiB.toFixed(0)} MiB`} | ${Number.isNaN(r.user) ? 'n/a' : `${(r.user + r.sys).toFixed(2)} s`} |`;
}

export const TABLE_HEAD = '| run | wall (best) | wall (median) | plans/s (best) | peak RSS | CPU (user+sys) |\n|---|---:|---:|---:|---:|---:|';
