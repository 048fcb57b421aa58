import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'jusou.js');

export interface CliResult { code: number; stdout: string; stderr: string }

/** Runs the real command line (compiled by the global setup) as a planner would; `input` goes to its stdin. */
export function runCli(args: string[], cwd = ROOT, input?: string | Uint8Array): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the command line with its stdout closed before it writes (a reader such as `head` that has gone). */
export function runCliClosedStdout(args: string[], cwd = ROOT): Promise<{ code: number; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => { stderr += s; });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? -1, stderr })));
}

export function tempDir(prefix = 'jusou-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A plan text written to a file of its own in a new temporary folder; returns the file's path. */
export function tempPlan(text: string, name = 'plan.yaml', prefix = 'jusou-'): string {
  const file = join(tempDir(prefix), name);
  writeFileSync(file, text);
  return file;
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
