import { execFile } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { discoverPlans } from './discover.js';

const run = promisify(execFile);
const PLAN_FILE = /\.ya?ml$/i;
const IMAGE_FILE = /\.(png|jpe?g|svg)$/i;

export type ChangedFailure = 'no-git' | 'not-repo' | 'bad-rev';

export type ChangedPlans =
  /** `target`: in CI, the PR/MR target branch whose merge-base is `base`; `all`: in CI with no base to compare with, every plan. */
  | { ok: true; files: string[]; base: string; target?: string; all?: true }
  | { ok: false; reason: ChangedFailure; detail: string };

export interface ChangedOptions {
  /** Revision to compare with; the working tree (staged or not) is compared with HEAD when omitted. */
  base?: string;
  cwd?: string;
  /** Where CI and the PR/MR target branch are read from (default: process.env). */
  env?: NodeJS.ProcessEnv;
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

/**
 * Paths (relative to the repository's top) that differ from the base, plus untracked files. Deletions are
 * included: a deleted image changes the plans that show it, and a deleted plan is not discovered anyway.
 */
async function changedInRepo(top: string, base: string | undefined): Promise<string[]> {
  const rev = base ?? 'HEAD';
  // A leading dash would make git read the revision as an option.
  if (rev.startsWith('-') || !(await hasCommit(top, rev))) {
    if (base !== undefined || rev.startsWith('-')) throw new GitError('bad-rev', rev);
    // A repository without commits yet: everything staged is new.
    return names(await git(top, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']));
  }
  const diff = await git(top, ['diff', '--name-only', '-z', '--no-renames', rev, '--']);
  const untracked = await git(top, ['ls-files', '-z', '--others', '--exclude-standard']);
  return [...names(diff), ...names(untracked)];
}

/**
 * The plans among `plans` whose figures show one of `images` (図.画像, relative to the plan): a changed or
 * deleted image changes what check says of them and what render prints. Read only when images changed.
 */
async function plansShowing(plans: readonly string[], images: ReadonlySet<string>): Promise<Set<string>> {
  const [{ loadData }, { walkFigures, isObject }] = await Promise.all([import('./index.js'), import('../plan.js')]);
  const out = new Set<string>();
  for (const plan of plans) {
    const data = await loadData(plan, 'ja');
    if (!isObject(data)) continue;
    for (const { figure } of walkFigures(data)) {
      if (typeof figure.画像 === 'string' && images.has(resolve(dirname(plan), figure.画像))) out.add(plan);
    }
  }
  return out;
}

/** CI=true (GitHub Actions, GitLab CI and most others set it). */
function isCi(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.CI) && env.CI !== 'false' && env.CI !== '0';
}

/**
 * In CI, the merge-base of HEAD and the PR/MR target branch (GITHUB_BASE_REF, CI_MERGE_REQUEST_TARGET_
 * BRANCH_NAME), tried as origin/NAME and as NAME; null when there is none (a push build, a shallow clone).
 */
async function ciBase(top: string, env: NodeJS.ProcessEnv): Promise<{ base: string; target: string } | null> {
  const branches = [env.GITHUB_BASE_REF, env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME].filter((b): b is string => Boolean(b) && !b!.startsWith('-'));
  for (const target of branches.flatMap((b) => [`origin/${b}`, b])) {
    try {
      const base = (await git(top, ['merge-base', 'HEAD', target])).trim();
      if (base) return { base, target };
    } catch {
      // not fetched here, or no common history: try the next name
    }
  }
  return null;
}

/**
 * The plans under the given paths that differ from a git revision: those `git diff --name-only REV` lists
 * (the working tree against REV, staged or not) and untracked ones, filtered the way plain `check`
 * discovers plans (.yaml/.yml, no hidden folders). Paths come back relative to cwd, as the user gave them.
 */
export async function changedPlans(paths: readonly string[], options: ChangedOptions = {}): Promise<ChangedPlans> {
  const cwd = await realpath(options.cwd ?? process.cwd());
  let base = options.base;
  try {
    const top = (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
    const discovered = (await discoverPlans(paths.map((p) => resolve(cwd, p)))).filter((f) => PLAN_FILE.test(f));
    const shown = (fs: string[]) => fs.map((f) => relative(cwd, f) || f);
    const ci = base === undefined && isCi(options.env ?? process.env) ? await ciBase(top, options.env ?? process.env) : undefined;
    // In CI without a target branch to compare with, checking nothing would pass unseen: check everything.
    if (ci === null) return { ok: true, files: shown(discovered), base: 'HEAD', all: true };
    if (ci) base = ci.base;
    const changed = new Set((await changedInRepo(top, base)).map((p) => join(top, p)));
    const images = new Set([...changed].filter((p) => IMAGE_FILE.test(p)));
    const showing = images.size ? await plansShowing(discovered.filter((f) => !changed.has(f)), images) : new Set<string>();
    const files = shown(discovered.filter((f) => changed.has(f) || showing.has(f)));
    return { ok: true, files, base: base ?? 'HEAD', ...(ci ? { target: ci.target } : {}) };
  } catch (e) {
    if (e instanceof GitError) return { ok: false, reason: e.reason, detail: e.message };
    throw e;
  }
}
