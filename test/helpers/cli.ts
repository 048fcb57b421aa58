import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'jusou.js');

export interface CliResult { code: number; stdout: string; stderr: string }

/** Runs the real command line (compiled by the global setup) as a planner would. */
export function runCli(args: string[], cwd = ROOT): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = 'jusou-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A Node stack frame in output means an error escaped to the user. */
export const STACK_TRACE = /^\s+at .+(\.js|\.ts):\d+/m;

export const PLANS = ['komatsu', 'komaki', 'nonoichi', 'kotoura', 'toyama'] as const;

export function planPath(name: string): string {
  return join(ROOT, 'plans', `${name}.yaml`);
}

/** Puts an environment variable back as it was after each test of the enclosing describe. */
export function restoreEnvAfterEach(name: string): void {
  const saved = process.env[name];
  afterEach(() => {
    if (saved === undefined) delete process.env[name];
    else process.env[name] = saved;
  });
}
