import { createTwoFilesPatch } from 'diff';
import { checkText } from '../batch/check-file.js';
import type { Diagnostic } from '../diagnostic.js';
import type { Lang } from '../i18n.js';
import { decode } from '../load/decode.js';
import { readBytes } from '../load/read.js';
import { writeFileAtomic } from '../write.js';
import { fixText, type FixTextResult } from './apply.js';

export interface FileFix extends FixTextResult {
  file: string;
  /** The decoded text before fixing (BOM removed), for the diff. */
  original: string;
  changed: boolean;
  /** Whether the fixed text was written (with --fix; never with --fix-dry-run or when broken). */
  written: boolean;
}

const BOM = [0xef, 0xbb, 0xbf];

/**
 * Fixes one plan file: the full loader and every rule (plus suppressions) re-check each pass. Written
 * atomically and only when something changed and the file still loads; a UTF-8 BOM and CRLF line
 * endings are kept. Undefined when the file cannot be read or decoded (the check has said why).
 */
export async function fixFile(file: string, lang: Lang, options: { write: boolean; check?: (text: string) => Diagnostic[] }): Promise<FileFix | undefined> {
  const read = await readBytes(file);
  if (!read.ok) return undefined;
  const decoded = decode(read.bytes);
  if (!decoded.ok) return undefined;
  const original = decoded.text;
  const bom = BOM.every((b, i) => read.bytes[i] === b);
  const crlf = original.includes('\r\n') && !/(^|[^\r])\n/.test(original);
  const check = options.check ?? ((text: string) => checkText(file, text, lang).diagnostics);
  const result = fixText(original, check, { crlf });
  const changed = !result.broken && result.text !== original;
  if (changed && options.write) await writeFileAtomic(file, bom ? `\ufeff${result.text}` : result.text);
  return { ...result, file, original, changed, written: changed && options.write };
}

/**
 * The change as a unified diff (`--fix-dry-run`). The npm `diff` package (jsdiff) writes the same
 * format as `diff -u` / `git diff`, which planners and reviewers already read, without a git checkout.
 */
export function unifiedDiff(fix: FileFix): string {
  return fix.changed ? createTwoFilesPatch(fix.file, fix.file, fix.original, fix.text, '', '', { context: 3 }) : '';
}

export const fixMessages = {
  ja: {
    broken: (file: string) => `jusou: ${file}: 修正すると計画が読み込めなくなる（YAML の誤りが増える）ため、このファイルは書き換えませんでした`,
    fixed: (n: number, files: number) => `jusou: ${files}ファイルで${n}件を修正しました`,
  },
  en: {
    broken: (file: string) => `jusou: ${file}: left unchanged: the fixes would make the plan fail to load (new YAML errors)`,
    fixed: (n: number, files: number) => `jusou: fixed ${n} problem${n === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`,
  },
} as const;
