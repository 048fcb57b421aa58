import type { Lang } from '../i18n.js';
import { changedPlans, type ChangedFailure } from '../load/changed.js';
import { loadFormatter } from '../report/index.js';
import { writeFileAtomic } from '../write.js';
import { runCheck, type CheckCommandOptions } from './check.js';
import { reportBadPaths } from './input.js';

type Notes = { none: (base: string) => string; all: () => string; noPlans: () => string; since: (target: string, base: string) => string };

const TEXT: Record<Lang, Record<ChangedFailure, (detail: string) => string> & Notes> = {
  ja: {
    'no-git': () => 'git が見つかりません。--changed を使うには git をインストールしてください',
    'not-repo': () => 'git のリポジトリの中ではないため、--changed で変更された計画を調べられません（リポジトリのフォルダで実行するか、--changed を外してください）',
    'bad-rev': (rev) => `--base に指定したリビジョン「${rev}」が見つかりません（例: --base origin/main。CI では fetch-depth: 0 で履歴を取得してください）`,
    none: (base) => `変更された計画ファイルはありません（比較の基準: ${base}）`,
    all: () => '比較する基準が見つからないため、すべての計画を検証します（PR/MR の対象ブランチがない、または履歴が浅いため。--base で指定するか、fetch-depth: 0 で履歴を取得してください）',
    noPlans: () => '計画ファイル（*.yaml, *.yml）が見つかりません',
    since: (target, base) => `${target} との分岐点 ${base.slice(0, 12)}`,
  },
  en: {
    'no-git': () => 'git not found; install git to use --changed',
    'not-repo': () => 'not inside a git repository, so --changed cannot tell which plans changed (run it in the repository, or drop --changed)',
    'bad-rev': (rev) => `the revision "${rev}" given to --base does not exist (e.g. --base origin/main; in CI fetch the history with fetch-depth: 0)`,
    none: (base) => `no changed plan files (compared with ${base})`,
    all: () => 'no base to compare with, so every plan is checked (no PR/MR target branch, or a shallow history; give --base, or fetch the history with fetch-depth: 0)',
    noPlans: () => 'no plan files (*.yaml, *.yml) found',
    since: (target, base) => `the merge-base ${base.slice(0, 12)} with ${target}`,
  },
};

/**
 * `check --changed [--base REV]`: checks only the plans that differ from a git revision (in CI without
 * --base, from the merge-base with the PR/MR target branch, or every plan when there is none). With none, it
 * says so and succeeds; a machine-readable format still gets its (empty) report, so a CI step that
 * uploads the file finds one.
 */
export async function runCheckChanged(paths: string[], opts: CheckCommandOptions & { base?: string }): Promise<number> {
  const t = TEXT[opts.lang];
  // Only paths the user typed: without any, a repository that is not there says so first (not-repo).
  if (paths.length > 0 && await reportBadPaths(paths, opts.lang)) return 2;
  const found = await changedPlans(paths.length ? paths : ['plans'], { base: opts.base });
  if (!found.ok) {
    process.stderr.write(`jusou: ${t[found.reason](found.detail)}\n`);
    return 2;
  }
  if (found.all) {
    process.stderr.write(`jusou: ${t.all()}\n`);
    // A CI step never passes by checking nothing.
    if (found.files.length === 0) return (process.stderr.write(`jusou: ${t.noPlans()}\n`), 2);
  }
  if (found.files.length > 0) return runCheck(found.files, opts);
  process.stderr.write(`jusou: ${t.none(found.target ? t.since(found.target, found.base) : found.base)}\n`);
  const format = await loadFormatter(opts.format); // the command line only offers known formats
  if (format && opts.format !== 'stylish') {
    const text = format([], { lang: opts.lang, files: [], sources: new Map(), color: false });
    if (opts.output) await writeFileAtomic(opts.output, text);
    else process.stdout.write(text);
  }
  return 0;
}
