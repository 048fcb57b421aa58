import { isAbsolute, relative } from 'node:path';
import type { Diagnostic } from '../diagnostic.js';
import type { Lang } from '../i18n.js';
import { parseFast } from '../load/fast-parse.js';
import { loadText } from '../load/index.js';
import type { ReadResult } from '../load/read.js';
import type { Plan } from '../plan.js';
import { isObject } from '../plan.js';
import { checkBytes } from '../batch/check-file.js';
import { assignOutputNames, outputPath } from '../render/outputs.js';
import { writeFileAtomic } from '../write.js';
import { diffDocument, type ColumnOrder } from './document.js';
import type { DiffFormat } from './types.js';
import { diffPlans } from './plan-diff.js';
import { summarize, type DiffSummary } from './summary.js';
import { summaryLines } from './text.js';

/** One comparison: the two versions' names (for messages and the table) and how to read their bytes. */
export interface Pair { name: string; old: string; new: string; readOld: () => Promise<ReadResult>; readNew: () => Promise<ReadResult> }

export class MissingRevision extends Error {
  constructor(readonly rev: string, readonly file: string, readonly detail: string) {
    super(detail);
  }
}

export interface RunOptions {
  formats: DiffFormat[]; toStdout?: 'json' | 'md'; outDir: string; order: string;
  force?: boolean; exitCode?: boolean; lang: Lang; color: boolean;
}

export interface Io {
  say: (id: string, p?: Record<string, unknown>) => string;
  fail: (text: string) => void;
  report: (diagnostics: Diagnostic[], sources: Map<string, string>) => void;
}

/** A version read and checked as `jusou check` does (suppressions, config levels); undefined when refused. */
async function loadVersion(name: string, read: () => Promise<ReadResult>, opts: RunOptions, io: Io): Promise<Plan | undefined> {
  const { diagnostics, text } = checkBytes(name, await read(), opts.lang, process.env.JUSOU_FAST !== '0');
  const errors = diagnostics.filter((d) => d.severity === 'error' && !d.suppressed);
  if (errors.length && !opts.force) {
    io.report(errors, new Map([[name, text]]));
    io.fail(io.say('refused', { file: name }));
    return undefined;
  }
  // The plain-data reader when it reads the plan as the full loader would (positions are not needed).
  const data = text ? (parseFast(text) ?? loadText(name, text, opts.lang)).data : undefined;
  if (!isObject(data)) {
    io.report(errors, new Map([[name, text]]));
    io.fail(io.say('unreadable', { file: name }));
    return undefined;
  }
  if (errors.length) io.fail(io.say('forced', { file: name }));
  return data as Plan;
}

export async function compareVersions(pairs: Pair[], opts: RunOptions, io: Io): Promise<number> {
  const names = assignOutputNames(pairs.map((p) => p.name));
  let refused = false;
  let changed = false;
  let missing = 0;
  const jsonDocs: string[] = [];
  const printer = opts.formats.includes('pdf') ? await (await import('../render/pdf.js')).PdfPrinter.launch() : undefined;
  try {
    for (const pair of pairs) {
      let oldPlan: Plan | undefined;
      let newPlan: Plan | undefined;
      try {
        oldPlan = await loadVersion(pair.old, pair.readOld, opts, io);
        newPlan = await loadVersion(pair.new, pair.readNew, opts, io);
      } catch (e) {
        // A plan one revision does not have (a new plan in a PR): said, and the other plans compared.
        if (!(e instanceof MissingRevision)) throw e;
        io.fail(io.say('git-missing', { rev: e.rev, file: e.file, detail: e.detail }));
        missing++;
        continue;
      }
      if (!oldPlan || !newPlan) {
        refused = true;
        continue;
      }
      const diff = diffPlans(oldPlan, newPlan);
      const summary = summarize(oldPlan, newPlan, diff);
      if (diff.changes.length) changed = true;
      if (opts.toStdout === undefined) printSummary(pair, summary, opts, io);
      if (opts.formats.length === 0) continue;
      // Loaded on use: the templates (Handlebars) are not needed for the summary alone.
      const { diffHtml, diffJson, diffMarkdown } = await import('./output.js');
      const doc = diffDocument(diff, summary, { old: pair.old, new: pair.new }, opts.order as ColumnOrder, summaryLines(summary, 'ja', false));
      const outputs: Record<DiffFormat, () => string | Promise<Uint8Array>> = {
        html: () => diffHtml(doc),
        md: () => diffMarkdown(doc),
        json: () => diffJson(diff, summary, { old: side(pair.old, oldPlan), new: side(pair.new, newPlan) }),
        pdf: () => printer!.print(diffHtml(doc)),
      };
      if (opts.toStdout) {
        const text = outputs[opts.toStdout]() as string;
        // Several plans' JSON on stdout is one array, so the output stays one JSON document.
        if (opts.toStdout === 'json' && pairs.length > 1) jsonDocs.push(text.trim());
        else process.stdout.write(text);
        continue;
      }
      for (const format of opts.formats) {
        const file = outputPath(opts.outDir, `${names.get(pair.name)}-diff.${format}`);
        await writeFileAtomic(file, await outputs[format]());
        process.stdout.write(`${io.say('wrote', { path: shownPath(file) })}\n`);
      }
    }
  } finally {
    await printer?.close();
  }
  if (opts.toStdout === 'json' && pairs.length > 1) process.stdout.write(`[\n${jsonDocs.join(',\n')}\n]\n`);
  if (missing === pairs.length) return 2; // nothing could be compared: a wrong revision or path
  if (refused) return 1;
  return opts.exitCode && changed ? 1 : 0;
}

function side(file: string, plan: Plan): { file: string; municipality?: string; title?: string } {
  const name = (v: unknown) => (isObject(v) && typeof v.名称 === 'string' ? v.名称 : undefined);
  return { file, municipality: name(plan.自治体), title: name(plan.計画) };
}

function printSummary(pair: Pair, summary: DiffSummary, opts: RunOptions, io: Io): void {
  const red = opts.color && Boolean(process.stdout.isTTY) ? (s: string) => `\x1b[31m${s}\x1b[39m` : (s: string) => s;
  const heading = io.say('heading', { title: summary.title.new ?? summary.title.old ?? pair.name });
  const lines = summaryLines(summary, opts.lang).map((l) => `${l.item ? '  ' : ''}${l.error ? red(l.text) : l.text}`);
  const out = [heading, `  ${io.say('sources', { old: pair.old, new: pair.new })}`, ...lines.map((l) => `  ${l}`)];
  process.stdout.write(`${out.join('\n')}\n`);
}

/** Paths under the working directory as typed (dist/diff/…), others in full. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
