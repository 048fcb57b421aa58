import { stat } from 'node:fs/promises';
import type { Lang } from '../i18n.js';
import { pick } from '../i18n.js';
import { discoverPlans } from '../load/discover.js';
import { readBytes, type ReadResult } from '../load/read.js';
import { stylish } from '../report/stylish.js';
import { assertChromium, ChromiumError } from '../render/chromium.js';
import { assertPrintFonts, FontError, fontErrorMessage } from '../render/fonts.js';
import { renderMessages } from '../render/messages.js';
import { GitError, gitShow } from '../diff/git.js';
import { diffMessages } from '../diff/messages.js';
import { compareVersions, MissingRevision, shownPath, type Pair } from '../diff/run.js';
import { DIFF_FORMATS } from '../diff/types.js';
import { reportBadPaths } from './input.js';

export interface DiffCommandOptions {
  from?: string; to?: string; format?: string; out?: string; order: string;
  force?: boolean; exitCode?: boolean; lang: Lang; color: boolean;
}

/**
 * `jusou diff`: checks both versions with the check pipeline (refusing one with errors unless --force),
 * compares them and prints the summary, or writes the 新旧対照表 in the asked formats. Never writes to
 * a plan. Exit 0 done (1 with --exit-code when something changed), 1 a version was refused, 2 usage.
 */
export async function runDiff(paths: string[], opts: DiffCommandOptions): Promise<number> {
  const say = (id: string, p?: Record<string, unknown>) => pick(diffMessages, opts.lang, id, p);
  const fail = (text: string) => void process.stderr.write(`jusou: ${text}\n`);
  if (opts.order !== 'new-old' && opts.order !== 'old-new') return (fail(say('bad-order', { order: opts.order })), 2);
  // --out alone writes what render writes by default (html, md); neither prints the summary only.
  const asked = (opts.format ?? (opts.out !== undefined ? 'html,md' : '')).split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const unknown = asked.find((f) => !(DIFF_FORMATS as readonly string[]).includes(f));
  if (unknown !== undefined) return (fail(say('bad-format', { format: unknown })), 2);
  const formats = DIFF_FORMATS.filter((f) => asked.includes(f));
  if (opts.to !== undefined && opts.from === undefined) return (fail(say('to-without-from')), 2);
  if (paths.includes('-')) return (fail(say('needs-two')), 2);
  try {
    if (formats.includes('pdf')) { assertChromium(); assertPrintFonts(); } // before any work: a missing browser or font writes nothing
  } catch (e) {
    if (e instanceof FontError) return (fail(fontErrorMessage(e, opts.lang)), 2);
    return (fail(chromiumMessage(e, opts.lang)), 2);
  }
  const pairs = await pairsOf(paths, opts, fail, say);
  if (typeof pairs === 'number') return pairs;
  // json or md alone and no --out: the output itself goes to stdout (a pipe, a PR comment).
  const toStdout = opts.out === undefined && formats.length === 1 && (formats[0] === 'json' || formats[0] === 'md') ? formats[0] : undefined;
  try {
    return await compareVersions(pairs, { ...opts, formats, toStdout, outDir: opts.out ?? 'dist/diff' }, { say, fail, report: (d, s) => report(d, s, opts) });
  } catch (e) {
    if (e instanceof ChromiumError) return (fail(chromiumMessage(e, opts.lang)), 2);
    if (e instanceof GitError && e.problem === 'not-repo') return (fail(say('not-repo', { file: e.detail })), 2);
    if (e instanceof GitError) return (fail(say('git-failed', { detail: e.detail })), 2);
    const err = e as NodeJS.ErrnoException;
    if (err && typeof err.code === 'string' && 'path' in err) return (fail(say('write-failed', { path: err.path, reason: err.code })), 2);
    throw e;
  }
}

async function pairsOf(paths: string[], opts: DiffCommandOptions, fail: (t: string) => void, say: (id: string, p?: Record<string, unknown>) => string): Promise<Pair[] | number> {
  if (opts.from === undefined) {
    if (paths.length !== 2) return (fail(say('needs-two')), 2);
    if (await reportBadPaths(paths, opts.lang)) return 2;
    for (const p of paths) if (!(await stat(p)).isFile()) return (fail(say('not-file', { path: p })), 2);
    const [a, b] = paths;
    return [{ name: b, old: a, new: b, readOld: () => readBytes(a), readNew: () => readBytes(b) }];
  }
  if (await reportBadPaths(paths, opts.lang)) return 2;
  const files = await discoverPlans(paths.length ? paths : ['plans']);
  if (files.length === 0) return (fail(pick(renderMessages, opts.lang, 'no-files')), 2);
  const from = opts.from;
  const to = opts.to;
  return files.map((file) => {
    const shown = shownPath(file);
    return {
      name: file, old: `${from}:${shown}`, new: to === undefined ? shown : `${to}:${shown}`,
      readOld: () => gitRead(from, file), readNew: () => (to === undefined ? readBytes(file) : gitRead(to, file)),
    };
  });
}

/** A version missing from a revision is reported as that (not as an unreadable file): exit 2. */
async function gitRead(rev: string, file: string): Promise<ReadResult> {
  try {
    return { ok: true, bytes: await gitShow(rev, file) };
  } catch (e) {
    if (e instanceof GitError && e.problem === 'missing') throw new MissingRevision(rev, shownPath(file), e.detail);
    if (e instanceof GitError && e.problem === 'not-repo') throw new GitError('not-repo', shownPath(file)); // the message names the plan
    throw e;
  }
}


function report(diagnostics: Parameters<typeof stylish>[0], sources: Map<string, string>, opts: DiffCommandOptions): void {
  const color = opts.color && Boolean(process.stderr.isTTY);
  process.stderr.write(stylish(diagnostics, { lang: opts.lang, files: [...new Set(diagnostics.map((d) => d.file))], sources, color }));
}

function chromiumMessage(e: unknown, lang: Lang): string {
  if (!(e instanceof ChromiumError)) throw e;
  return pick(renderMessages, lang, `chromium.${e.problem}`, { path: e.path, detail: e.detail });
}
