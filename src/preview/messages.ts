import type { Lang } from '../i18n.js';

/** The preview page's words (templates/preview/) and the command's lines. */
export const PREVIEW_TEXT = {
  ja: {
    title: 'jusou プレビュー', connecting: '接続しています…', documentLabel: '印刷イメージ', problems: '問題',
    stale: 'エラーがあるため文書を更新できません。最後に正しく読めた版を表示しています。右の問題を直して保存してください。',
    empty: 'エラーがあるため、まだ文書にできません。右の問題を直して保存してください。',
    clean: '問題はありません', error: 'エラー', warning: '警告', hint: 'ヒント', count: '（{n}件）',
    updated: '{time} に検証', offline: 'プレビューのサーバーに接続できません（jusou preview は終了しましたか）',
    listening: (url: string, file: string) => `jusou: ${file} のプレビューを ${url} で表示しています（保存するたびに更新。Ctrl+C で終了）`,
    portInUse: (port: number) => `ポート ${port} は使われています。--port で別の番号を指定するか、--port を付けずに空いているポートを使ってください`,
    listenFailed: (reason: string) => `プレビューのサーバーを起動できません: ${reason}`,
    choose: (n: number) => n === 0 ? '計画ファイルが見つかりません。表示する計画を指定してください（例: jusou preview plans/kanazawa.yaml）' : `計画が${n}件あります。表示する計画を1つ指定してください（例: jusou preview plans/kanazawa.yaml）`,
  },
  en: {
    title: 'jusou preview', connecting: 'connecting…', documentLabel: 'printed document', problems: 'Problems',
    stale: 'The plan has errors, so the document cannot be updated: this is the last good version. Fix the problems on the right and save.',
    empty: 'The plan has errors, so there is no document yet. Fix the problems on the right and save.',
    clean: 'No problems', error: 'error', warning: 'warning', hint: 'hint', count: '({n})',
    updated: 'checked at {time}', offline: 'cannot reach the preview server (has jusou preview ended?)',
    listening: (url: string, file: string) => `jusou: previewing ${file} at ${url} (updated on every save; Ctrl+C ends)`,
    portInUse: (port: number) => `port ${port} is in use: choose another with --port, or leave --port out for a free one`,
    listenFailed: (reason: string) => `cannot start the preview server: ${reason}`,
    choose: (n: number) => n === 0 ? 'no plan files found: give the plan to preview (e.g. jusou preview plans/kanazawa.yaml)' : `there are ${n} plans: give the one to preview (e.g. jusou preview plans/kanazawa.yaml)`,
  },
} satisfies Record<Lang, Record<string, unknown>>;

/** The texts the page's script needs (no functions), as one JSON attribute. */
export function pageTexts(lang: Lang): Record<string, string> {
  const t = PREVIEW_TEXT[lang];
  return Object.fromEntries(Object.entries(t).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
}
