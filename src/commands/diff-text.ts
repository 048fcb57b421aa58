import type { Lang } from '../i18n.js';

/** `jusou diff --help`, Japanese first; kept beside the command so the shared help texts stay small. */
export const DIFF_CLI_TEXT = {
  ja: {
    diff: '計画の2つの版を比べ、新旧対照表（改正後｜改正前、傍線部分は改正部分）を作ります。2つのファイル、または --from の git の版と比べます。エラーのある計画は比べません',
    paths: '比べる2つの計画ファイル（改正前 改正後）。--from のときは計画ファイルまたはフォルダ（既定: plans）',
    from: '改正前とする git のリビジョン（例: HEAD~1、v1.0）',
    to: '改正後とする git のリビジョン（既定: 作業中のファイル）',
    format: '書き出す形式（html, pdf, md, json をカンマ区切りで）。--format も --out も指定しなければ要約だけを表示し、--out だけなら html,md を書き出します',
    out: '書き出し先のフォルダ（既定: dist/diff。json か md だけを --out なしで指定すると標準出力に出します）',
    order: '列の順（new-old: 改正後｜改正前、old-new: 改正前｜改正後）',
    force: 'エラーのある計画も比べる',
    exitCode: '変更があれば終了コード1で終わる（git diff --exit-code と同じ）',
    lang: 'メッセージの言語',
    config: '設定ファイル（既定: 計画のフォルダから上にたどって最初の jusou.config.yaml）',
    noColor: '色を付けない',
    examples: '例:',
  },
  en: {
    diff: 'Compare two versions of a plan and make the revision table (新旧対照表: new | old, changed words underlined); two files, or a git revision with --from. Plans with errors are refused',
    paths: 'the two plan files (old new); with --from, plan files or folders (default: plans)',
    from: 'the git revision of the old version (e.g. HEAD~1, v1.0)',
    to: 'the git revision of the new version (default: the working tree)',
    format: 'formats to write (html, pdf, md, json, comma-separated); with neither --format nor --out only a summary is printed, with --out alone html,md',
    out: 'output folder (default: dist/diff; json or md alone without --out goes to standard output)',
    order: 'column order (new-old: 改正後 | 改正前, old-new: 改正前 | 改正後)',
    force: 'compare plans with errors too',
    exitCode: 'exit with 1 when there are changes (like git diff --exit-code)',
    lang: 'message language',
    config: 'config file (default: the first jusou.config.yaml found upwards from the plans)',
    noColor: 'no colours',
    examples: 'Examples:',
  },
} as const satisfies Record<Lang, Record<string, string>>;

const EXAMPLES: Record<Lang, [string, string][]> = {
  ja: [
    ['jusou diff plans/komatsu.yaml 改定案/komatsu.yaml', '2つの計画を比べて要約を表示する'],
    ['jusou diff plans/komatsu.yaml 改定案/komatsu.yaml --format html,pdf --out 対照表', '新旧対照表を HTML と PDF で書き出す'],
    ['jusou diff --from HEAD~1 plans/komatsu.yaml', '1つ前のコミットからの変更を比べる'],
    ['jusou diff --from main --format md', 'main からの変更を Markdown で表示する（プルリクエスト用）'],
  ],
  en: [
    ['jusou diff plans/komatsu.yaml draft/komatsu.yaml --lang en', 'compare two plans and print a summary'],
    ['jusou diff plans/komatsu.yaml draft/komatsu.yaml --format html,pdf --out table', 'write the table as HTML and PDF'],
    ['jusou diff --from HEAD~1 plans/komatsu.yaml --lang en', 'compare with the previous commit'],
    ['jusou diff --from main --format md', 'print the changes since main as Markdown (for a pull request)'],
  ],
};

export function diffExamples(lang: Lang): string {
  return `\n${DIFF_CLI_TEXT[lang].examples}\n${EXAMPLES[lang].map(([c, what]) => `  # ${what}\n  ${c}`).join('\n')}\n`;
}
