import { execFile } from 'node:child_process';
import { basename, dirname, resolve } from 'node:path';
import { MAX_BYTES } from '../load/read.js';

export class GitError extends Error {
  constructor(readonly problem: 'missing' | 'failed' | 'not-repo', readonly detail: string) {
    super(detail);
  }
}

/**
 * A plan's bytes as committed in `rev`: `git show <rev>:./<name>` run in the plan's folder, with the
 * arguments passed to git directly (no shell), so Japanese or spaced file names need no quoting and
 * the path is read relative to where the plan is, whatever the repository's layout.
 */
export function gitShow(rev: string, file: string): Promise<Uint8Array> {
  const cwd = dirname(resolve(file));
  return new Promise((done, fail) => {
    execFile('git', ['show', `${rev}:./${basename(file)}`], { cwd, encoding: 'buffer', maxBuffer: MAX_BYTES + 1, env: { ...process.env, GIT_PAGER: 'cat', LC_ALL: 'C' } }, (err, stdout, stderr) => {
      if (!err) return done(new Uint8Array(stdout));
      const e = err as NodeJS.ErrnoException;
      if (e.code === 'ENOENT') return fail(new GitError('failed', 'git is not installed'));
      const first = stderr.toString('utf8').trim().split('\n')[0] || e.message;
      fail(new GitError(/not a git repository/i.test(first) ? 'not-repo' : 'missing', first));
    });
  });
}
