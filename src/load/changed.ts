import { execFile } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { discoverPlans } from './discover.js';

const run = promisify(execFile);
const PLAN_FILE = /\.ya?ml$/i;

export type ChangedFailure = 'no-git' | 'not-repo' | 'bad-rev';

export type ChangedPlans =
  | { ok: true; files: string[]; base: string }
  | { ok: false; reason: ChangedFailure; detail: string };

export interface ChangedOptions {
  /** Revision to compare with; the working tree (staged or not) is compared with HEAD when omitted. */
  base?: string;
  cwd?: string;
}

class GitError extends Error {
  constructor(readonly reason: ChangedFailure, detail: string) {
    super(detail);
  }
}

/** Runs git without a shell, so no argument is ever interpreted; -z output keeps Japanese names as they are. */
async function git(cwd: string, args: string[], onFail: ChangedFailure = 'not-repo'): Promise<string> {
  try {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT') throw new GitError('no-git', 'git');
    throw new GitError(onFail, (err.stderr ?? err.message).trim().split('\n')[0]);
  }
}

const names = (out: string) => out.split('\0').filter(Boolean);

async function hasCommit(top: string, rev: string): Promise<boolean> {
  try {
    await git(top, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** Paths (relative to the repository's top) that differ from the base, plus untracked files; deletions left out. */
async function changedInRepo(top: string, base: string | undefined): Promise<string[]> {
  const rev = base ?? 'HEAD';
  // A leading dash would make git read the revision as an option.
  if (rev.startsWith('-') || !(await hasCommit(top, rev))) {
    if (base !== undefined || rev.startsWith('-')) throw new GitError('bad-rev', rev);
    // A repository without commits yet: everything staged is new.
    return names(await git(top, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']));
  }
  const diff = await git(top, ['diff', '--name-only', '-z', '--no-renames', '--diff-filter=d', rev, '--']);
  const untracked = await git(top, ['ls-files', '-z', '--others', '--exclude-standard']);
  return [...names(diff), ...names(untracked)];
}

/**
 * The plans under the given paths that differ from a git revision: those `git diff --name-only REV` lists
 * (the working tree against REV, staged or not) and untracked ones, filtered the way plain `check`
 * discovers plans (.yaml/.yml, no hidden folders). Paths come back relative to cwd, as the user gave them.
 */
export async function changedPlans(paths: readonly string[], options: ChangedOptions = {}): Promise<ChangedPlans> {
  const cwd = await realpath(options.cwd ?? process.cwd());
  const base = options.base ?? 'HEAD';
  try {
    const top = (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
    const changed = new Set((await changedInRepo(top, options.base)).map((p) => join(top, p)));
    const discovered = await discoverPlans(paths.map((p) => resolve(cwd, p)));
    const files = discovered.filter((f) => PLAN_FILE.test(f) && changed.has(f)).map((f) => relative(cwd, f) || f);
    return { ok: true, files, base };
  } catch (e) {
    if (e instanceof GitError) return { ok: false, reason: e.reason, detail: e.message };
    throw e;
  }
}
