import type { Lang } from '../i18n.js';
import { changedPlans, type ChangedFailure } from '../load/changed.js';
import { loadFormatter } from '../report/index.js';
import { writeFileAtomic } from '../write.js';
import { runCheck, type CheckCommandOptions } from './check.js';

const TEXT: Record<Lang, Record<ChangedFailure, (detail: string) => string> & { none: (base: string) => string }> = {
  ja: {
    'no-git': () => 'git が見つかりません。--changed を使うには git をインストールしてください',
    'not-repo': () => 'git のリポジトリの中ではないため、--changed で変更された計画を調べられません（リポジトリのフォルダで実行するか、--changed を外してください）',
    'bad-rev': (rev) => `--base に指定したリビジョン「${rev}」が見つかりません（例: --base origin/main。CI では fetch-depth: 0 で履歴を取得してください）`,
    none: (base) => `変更された計画ファイルはありません（比較の基準: ${base}）`,
  },
  en: {
    'no-git': () => 'git not found; install git to use --changed',
    'not-repo': () => 'not inside a git repository, so --changed cannot tell which plans changed (run it in the repository, or drop --changed)',
    'bad-rev': (rev) => `the revision "${rev}" given to --base does not exist (e.g. --base origin/main; in CI fetch the history with fetch-depth: 0)`,
    none: (base) => `no changed plan files (compared with ${base})`,
  },
};

/**
 * `check --changed [--base REV]`: checks only the plans that differ from a git revision. With none, it
 * says so and succeeds; a machine-readable format still gets its (empty) report, so a CI step that
 * uploads the file finds one.
 */
export async function runCheckChanged(paths: string[], opts: CheckCommandOptions & { base?: string }): Promise<number> {
  const t = TEXT[opts.lang];
  const found = await changedPlans(paths.length ? paths : ['plans'], { base: opts.base });
  if (!found.ok) {
    process.stderr.write(`jusou: ${t[found.reason](found.detail)}\n`);
    return 2;
  }
  if (found.files.length > 0) return runCheck(found.files, opts);
  process.stderr.write(`jusou: ${t.none(found.base)}\n`);
  const format = await loadFormatter(opts.format); // the command line only offers known formats
  if (format && opts.format !== 'stylish') {
    const text = format([], { lang: opts.lang, files: [], sources: new Map(), color: false });
    if (opts.output) await writeFileAtomic(opts.output, text);
    else process.stdout.write(text);
  }
  return 0;
}
