import type { Lang } from '../i18n.js';
import { pick } from '../i18n.js';
import { renderBatch, type BatchPlan } from '../render/batch.js';
import { assertChromium, assertPrintFonts, assignOutputNames, ChromiumError, FontError, fontErrorMessage, parseFormats } from '../render/index.js';
import { renderMessages } from '../render/messages.js';
import { acceptedPlans, shown, wholePlan } from './accepted.js';
import { reportBadPaths } from './input.js';

export interface RenderCommandOptions {
  out: string;
  format: string;
  force?: boolean;
  /** Reviewers' copy: print the transcription notes too. */
  notes?: boolean;
  lang: Lang;
  color: boolean;
}

/**
 * `jusou render`: checks the plans with the check pipeline, refuses those with errors (unless --force),
 * and writes HTML / Markdown / PDF under --out. Exit 0 done, 1 a plan was refused, 2 usage or environment.
 */
export async function runRender(paths: string[], opts: RenderCommandOptions): Promise<number> {
  const say = (id: string, params?: Record<string, unknown>) => pick(renderMessages, opts.lang, id, params);
  const fail = (text: string) => { process.stderr.write(`jusou: ${text}\n`); };
  if (paths.includes('-')) return (fail(opts.lang === 'en' ? 'render cannot read a plan from standard input (-); give a file' : 'render は標準入力（-）から計画を読めません。ファイルを指定してください'), 2);
  if (await reportBadPaths(paths, opts.lang)) return 2;
  const { formats, unknown } = parseFormats(opts.format);
  if (unknown !== undefined) return (fail(say('bad-format', { format: unknown })), 2);
  if (formats.length === 0) return (fail(say('no-format')), 2);
  try {
    // Before any work: a missing browser or print font writes nothing.
    if (formats.includes('pdf')) { assertChromium(); assertPrintFonts(); }
  } catch (e) {
    if (e instanceof FontError) return (fail(fontErrorMessage(e, opts.lang)), 2);
    return (fail(chromiumMessage(e, say)), 2);
  }

  const { files, plans, refused } = await acceptedPlans(paths, { lang: opts.lang, color: opts.color, includeErrors: Boolean(opts.force), say: (id, file) => say(id, { file }) }, wholePlan);
  if (files.length === 0) return (fail(say('no-files')), 2);

  const names = assignOutputNames(plans.map((p) => p.file));
  const batch: BatchPlan[] = plans.map((p) => ({ ...p, name: names.get(p.file)! }));
  try {
    await renderBatch(batch, { formats, outDir: opts.out, notes: opts.notes === true, onWrite: (path) => process.stdout.write(`${say('wrote', { path: shown(path) })}\n`) });
  } catch (e) {
    if (e instanceof ChromiumError) return (fail(chromiumMessage(e, say)), 2);
    const err = e as NodeJS.ErrnoException;
    if (err && typeof err.code === 'string' && 'path' in err) return (fail(say('write-failed', { path: err.path, reason: err.code })), 2);
    throw e;
  }
  return refused.length ? 1 : 0;
}

function chromiumMessage(e: unknown, say: (id: string, p?: Record<string, unknown>) => string): string {
  if (!(e instanceof ChromiumError)) throw e;
  return say(`chromium.${e.problem}`, { path: e.path, detail: e.detail });
}
