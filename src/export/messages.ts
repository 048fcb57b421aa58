import type { Messages } from '../i18n.js';

/** What `jusou export` and `jusou compare` say on stderr/stdout. Japanese first. */
export const collectionMessages: Messages = {
  ja: {
    'no-files': '計画ファイル（*.yaml, *.yml）が見つかりません',
    refused: '{file} にエラーがあるため含めません',
    forced: '{file} にはエラーがあります',
    unreadable: '{file} は読み込めないため含めません（jusou check {file} で理由を確認してください）',
    'refused-all': 'エラーのある計画が{count}件あるため、何も書き出しませんでした。上のエラーを直すか、--force でエラーのない{valid}件だけを書き出せます',
    'forced-some': '--force により、エラーのある{count}件を除いた{valid}件を書き出します',
    'none-valid': 'エラーのない計画がないため、何も書き出しませんでした',
    'duplicate-code': '全国地方公共団体コード {code} の計画が複数あります（{files}）。1団体1計画にしてください',
    'bad-format': '出力形式「{format}」は使えません（使える形式: {formats}）',
    wrote: '書き出しました: {path}',
    'write-failed': '{path} に書き出せませんでした: {reason}',
    stdin: '{command} は標準入力（-）から計画を読めません。ファイルを指定してください',
  },
  en: {
    'no-files': 'no plan files (*.yaml, *.yml) found',
    refused: '{file} has errors, so it is left out',
    forced: '{file} has errors',
    unreadable: '{file} cannot be read, so it is left out (run jusou check {file} to see why)',
    'refused-all': '{count} plans have errors, so nothing was written. Fix the errors above, or use --force to write the {valid} plans without errors',
    'forced-some': '--force: writing the {valid} plans without errors, leaving out {count}',
    'none-valid': 'no plan is free of errors, so nothing was written',
    'duplicate-code': 'several plans have the municipality code {code} ({files}); keep one plan per municipality',
    'bad-format': 'unknown output format "{format}" (available: {formats})',
    wrote: 'wrote {path}',
    'write-failed': 'could not write {path}: {reason}',
    stdin: '{command} cannot read a plan from standard input (-); give a file',
  },
};
