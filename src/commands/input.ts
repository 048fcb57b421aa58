import type { Lang } from '../i18n.js';
import { missingPaths } from '../load/discover.js';
import { MAX_BYTES, type ReadResult } from '../load/read.js';
import type { CheckResult } from './check.js';

/** The name a plan read from standard input has in messages when --stdin-filename is not given. */
export const STDIN_NAME = '<stdin>';

const TEXT = {
  ja: {
    missing: (p: string) => `${p} が見つかりません`,
    suggest: (s: string) => `（${s} のことですか）`,
    noSuggestion: '（ファイル名とフォルダの名前を確かめてください）',
    stdinAlone: '- （標準入力）はほかのパスと一緒には指定できません',
    noDefault: 'plans フォルダが見つかりません。計画ファイルまたはフォルダを指定してください（例: jusou check 計画/kanazawa.yaml）',
  },
  en: {
    missing: (p: string) => `${p} does not exist`,
    suggest: (s: string) => ` (did you mean ${s}?)`,
    noSuggestion: ' (check the file and folder names)',
    stdinAlone: '- (standard input) cannot be given together with other paths',
    noDefault: 'there is no plans folder here; give a plan file or folder (e.g. jusou check my-plans/kanazawa.yaml)',
  },
};

/**
 * Says on stderr which of the given paths do not exist (with a similarly named plan beside it, if any)
 * and that `-` is given alone. True when the command line cannot be run as it stands: exit 2.
 */
export async function reportBadPaths(paths: readonly string[], lang: Lang): Promise<boolean> {
  const t = TEXT[lang];
  if (paths.includes('-') && paths.length > 1) {
    process.stderr.write(`jusou: ${t.stdinAlone}\n`);
    return true;
  }
  if (paths.length === 0) {
    // No paths means plans/: say so plainly when there is none.
    const none = (await missingPaths(['plans'])).length > 0;
    if (none) process.stderr.write(`jusou: ${t.noDefault}\n`);
    return none;
  }
  const missing = await missingPaths(paths);
  for (const m of missing) process.stderr.write(`jusou: ${t.missing(m.path)}${m.suggestion ? t.suggest(m.suggestion) : t.noSuggestion}\n`);
  return missing.length > 0;
}

/** True for the command line `check -`: the plan comes from standard input. */
export function isStdin(paths: readonly string[]): boolean {
  return paths.length === 1 && paths[0] === '-';
}

/** Standard input's bytes, read to the end; larger than a plan can be is refused as a file would be. */
export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buf.length;
      if (size > MAX_BYTES) return { ok: false, code: 'TOO_LARGE', size };
      chunks.push(buf);
    }
  } catch (e) {
    return { ok: false, code: (e as NodeJS.ErrnoException).code ?? 'UNKNOWN' };
  }
  return { ok: true, bytes: new Uint8Array(Buffer.concat(chunks)) };
}

/**
 * Checks the plan on standard input through the same loader as a file (decode, parse, rules), under
 * the given name. Never cached: there is no file whose bytes a later run could compare.
 */
export async function checkStdin(name: string, lang: Lang, stream?: NodeJS.ReadableStream): Promise<CheckResult> {
  const read = await readStdin(stream);
  const { checkBytes } = await import('../batch/check-file.js'); // the checker, as batch loads it: on use
  const { PlanFiles } = await import('../check/plan-files.js');
  // A plan named by --stdin-filename finds its images beside that file (as an editor sends it); a bare
  // `-` has no folder, so image files are not looked for (their paths are still checked as text).
  const folder = name === STDIN_NAME ? null : PlanFiles.forPlan(name);
  const { diagnostics, text } = checkBytes(name, read, lang, process.env.JUSOU_FAST !== '0', folder);
  const sources = new Map<string, string>();
  if (diagnostics.length) sources.set(name, text);
  return { files: [name], diagnostics, sources };
}
