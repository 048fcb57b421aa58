import type { Messages } from '../i18n.js';

/** What `jusou render` tells the planner, Japanese first. */
export const renderMessages: Messages = {
  ja: {
    'no-files': '計画ファイル（*.yaml, *.yml）が見つかりません',
    'bad-format': '出力形式「{format}」は使えません（使える形式: html, md, pdf。カンマで区切って複数指定できます）',
    'no-format': '出力形式を1つ以上指定してください（例: --format html,md,pdf）',
    refused: '{file} にエラーがあるため文書にしませんでした（上の内容を直すか、--force で強制的に作成できます）',
    forced: '{file} にはエラーがありますが、--force により文書にします',
    unreadable: '{file} は読み込めないため文書にできません（jusou check {file} で理由を確認してください）',
    wrote: '書き出しました: {path}',
    'write-failed': '{path} に書き出せませんでした: {reason}',
    'chromium.missing': 'PDF の作成に必要な Chromium が見つかりません（{path}）。Debian/Ubuntu では「sudo apt-get install -y chromium fonts-morisawa-bizud-gothic fonts-morisawa-bizud-mincho poppler-utils」でインストールするか、環境変数 JUSOU_CHROMIUM に Chromium の実行ファイルの場所を指定してください。HTML と Markdown は --format html,md で作成できます。',
    'chromium.module': 'PDF の作成に必要な npm パッケージ playwright-core が読み込めません（{detail}）。「npm install playwright-core」を実行してください。',
    'chromium.launch': 'Chromium（{path}）を起動できませんでした: {detail}',
    'fonts.missing': 'PDF の印刷に使う書体 {fonts} がインストールされていません。代わりの書体では印刷所が受け付けない PDF になるため、PDF を作成しませんでした。Debian/Ubuntu では「sudo apt-get install -y {packages}」でインストールしてください。HTML と Markdown は --format html,md で作成できます。',
  },
  en: {
    'no-files': 'no plan files (*.yaml, *.yml) found',
    'bad-format': 'unknown output format "{format}" (use html, md, pdf, comma-separated)',
    'no-format': 'give at least one output format (e.g. --format html,md,pdf)',
    refused: '{file} has errors, so it was not rendered (fix them, or use --force to render anyway)',
    forced: '{file} has errors; rendering it anyway because of --force',
    unreadable: '{file} cannot be read, so it cannot be rendered (run jusou check {file} to see why)',
    wrote: 'wrote {path}',
    'write-failed': 'could not write {path}: {reason}',
    'chromium.missing': 'Chromium, needed for PDF output, was not found ({path}). On Debian/Ubuntu run "sudo apt-get install -y chromium fonts-morisawa-bizud-gothic fonts-morisawa-bizud-mincho poppler-utils", or set JUSOU_CHROMIUM to the Chromium executable. HTML and Markdown need no browser: --format html,md.',
    'chromium.module': 'the npm package playwright-core, needed for PDF output, cannot be loaded ({detail}); run "npm install playwright-core"',
    'chromium.launch': 'could not start Chromium ({path}): {detail}',
    'fonts.missing': 'the print fonts {fonts} are not installed; another font would make a PDF print shops reject, so no PDF was written. On Debian/Ubuntu run "sudo apt-get install -y {packages}". HTML and Markdown need no fonts: --format html,md.',
  },
};
