import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT, tempDir, type CliResult } from './cli.js';

/**
 * jusou as a municipality installs it without the public registry: `npm pack` of this checkout, then
 * `npm install -D ./jusou-<version>.tgz` in a fresh repository. Tests of the installed tool (check,
 * init, …) take the repository from installedRepo() and run the tool in it with runInstalled().
 */
export interface InstalledRepo {
  /** The municipality's repository: package.json, package-lock.json, node_modules/jusou. */
  dir: string;
  /** The tarball that was installed, outside this checkout. */
  tarball: string;
  /** What npm pack put in it (paths inside the package). */
  files: string[];
}

function npm(args: string[], cwd: string): SpawnSyncReturns<string> {
  // npm_config_* from a surrounding `npm test` (e.g. a prefix or a dry run) must not leak into these runs.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  return spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...env, NO_COLOR: '1', npm_config_update_notifier: 'false' } });
}

function must(r: SpawnSyncReturns<string>, what: string): string {
  if (r.status !== 0) throw new Error(`${what} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/**
 * Packs with --ignore-scripts: the tests' global setup has just compiled lib/ (what `prepare` does),
 * and compiling again here would rewrite lib/ under the tests running beside this one.
 */
function pack(): { tarball: string; files: string[] } {
  const out = tempDir('jusou-pack-');
  const [info] = JSON.parse(must(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', out], ROOT), 'npm pack')) as { filename: string; files: { path: string }[] }[];
  return { tarball: join(out, info.filename), files: info.files.map((f) => f.path) };
}

/**
 * A lock file listing jusou's run-time dependencies as this checkout installed them (every entry of
 * package-lock.json that is not a dev dependency), so that the install below resolves nothing: npm
 * takes the same versions, and their tarballs from the npm cache that this checkout's install filled.
 */
function seedLock(dir: string, name: string): void {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
  const packages: Record<string, object> = { '': { name } };
  for (const [path, entry] of Object.entries(lock.packages)) if (path && !entry.dev) packages[path] = { ...entry, dev: true };
  writeFileSync(join(dir, 'package-lock.json'), `${JSON.stringify({ name, lockfileVersion: 3, requires: true, packages }, null, 2)}\n`);
}

let installed: InstalledRepo | undefined;

/** Packs and installs once per test file; every test of the file shares the repository (give each its own plans). */
export function installedRepo(): InstalledRepo {
  if (installed) return installed;
  const { tarball, files } = pack();
  const dir = tempDir('jusou-municipality-');
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'municipality-plans', private: true }, null, 2)}\n`);
  seedLock(dir, 'municipality-plans');
  const install = (mode: string) => npm(['install', '-D', tarball, mode, '--no-audit', '--no-fund'], dir);
  let r = install('--offline');
  // A cache that lacks a tarball (cleaned since this checkout's install): fetch only what is missing.
  if (r.status !== 0 && /ENOTCACHED/.test(r.stderr)) r = install('--prefer-offline');
  must(r, 'npm install -D jusou-<version>.tgz');
  mkdirSync(join(dir, 'plans'), { recursive: true });
  installed = { dir, tarball, files };
  return installed;
}

/** Removes the repository and the tarball (its node_modules holds a few MB of dependencies); for afterAll. */
export function removeInstalledRepo(): void {
  if (!installed) return;
  rmSync(installed.dir, { recursive: true, force: true });
  rmSync(dirname(installed.tarball), { recursive: true, force: true });
  installed = undefined;
}

/** `npx jusou …` in the installed repository (or a folder in it), as the municipality's CI runs it. */
export function runInstalled(repo: InstalledRepo, args: string[], cwd = repo.dir): CliResult {
  const r = npm(['exec', '--offline', '--', 'jusou', ...args], cwd);
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
