/**
 * The "before" of the benchmark: a committed jusou (the revision given), unpacked with `git archive`
 * into bench/.out/head and compiled there, sharing this checkout's node_modules. Nothing
 * in the repository is touched (no worktree, no checkout).
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function buildHead(root, rev = 'HEAD') {
  const dir = join(root, 'bench', '.out', 'head');
  const commit = execFileSync('git', ['rev-parse', rev], { cwd: root, encoding: 'utf8' }).trim();
  const stamp = join(dir, '.commit');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === commit) return { bin: join(dir, 'bin', 'jusou.js'), commit };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execSync(`git archive ${commit} | tar -x -C ${JSON.stringify(dir)}`, { cwd: root });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], { cwd: dir, stdio: 'inherit' });
  writeFileSync(stamp, commit);
  return { bin: join(dir, 'bin', 'jusou.js'), commit };
}
