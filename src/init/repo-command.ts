import type { Lang } from '../i18n.js';
import { initRepo, type InitRepoOptions } from './repo.js';

const TEXT = {
  ja: {
    wrote: (p: string) => `書き込みました: ${p}`,
    skipped: (p: string) => `そのままにしました（既にあります）: ${p}`,
    nothing: 'すべてのファイルが既にあるため、何も書き込んでいません',
    next: '次にすること:',
    replace: (spec: string) => `package.json の devDependencies の jusou「${spec}」を、自治体で使う jusou の置き場所（tarball のパスまたは git の URL）に書き換えます（jusou init --repo --from <tarball|git-url> でも指定できます）`,
    addDep: (spec: string) => `package.json は既にあるため書き換えていません。devDependencies に "jusou": "${spec}" を、scripts に "check": "jusou check" と "render": "jusou render" を加えてください`,
    install: 'npm install を実行し、できた package-lock.json もコミットします（CI の npm ci が使います）',
    failed: (p: string, reason: string) => `${p} に書き込めません: ${reason}`,
  },
  en: {
    wrote: (p: string) => `wrote: ${p}`,
    skipped: (p: string) => `left as it is (already there): ${p}`,
    nothing: 'every file is already there; nothing was written',
    next: 'Next:',
    replace: (spec: string) => `in package.json, replace jusou's devDependency "${spec}" with where your jusou comes from (a tarball path or a git URL; or give it with jusou init --repo --from <tarball|git-url>)`,
    addDep: (spec: string) => `package.json was already there and is unchanged: add "jusou": "${spec}" to its devDependencies and "check": "jusou check", "render": "jusou render" to its scripts`,
    install: 'run npm install and commit the package-lock.json it writes (CI\'s npm ci uses it)',
    failed: (p: string, reason: string) => `cannot write to ${p}: ${reason}`,
  },
};

/** `jusou init --repo [dir]`: writes the repository files and says what it wrote, what it skipped and what to do next. */
export async function runInitRepo(dir: string, opts: InitRepoOptions & { lang: Lang }): Promise<number> {
  const t = TEXT[opts.lang];
  let result;
  try {
    result = await initRepo(dir, opts);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    process.stderr.write(`jusou: ${t.failed(err.path ?? dir, err.code ?? err.message)}\n`);
    return 2;
  }
  const lines = [...result.written.map(t.wrote), ...result.skipped.map(t.skipped)];
  if (result.written.length === 0) lines.push(t.nothing);
  const next: string[] = [];
  if (!result.hasJusou) next.push(t.addDep(result.from));
  else if (result.placeholder && result.written.includes('package.json')) next.push(t.replace(result.from));
  if (result.written.includes('package.json') || next.length) next.push(t.install);
  if (next.length) lines.push('', t.next, ...next.map((s, i) => `  ${i + 1}. ${s}`));
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
