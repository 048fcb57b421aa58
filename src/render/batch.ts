import { dirname, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import type { Plan } from '../plan.js';
import { writeFileAtomic } from '../write.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { copyImages, embedImages } from './images.js';
import { buildDocument } from './model.js';
import { outputPath } from './outputs.js';
import { PdfPrinter } from './pdf.js';
import { printWithPageNumbers } from './print.js';
import { writeIndex, type IndexPlan } from './site-index.js';
import type { Format } from './index.js';

export interface BatchPlan { file: string; name: string; plan: Plan }
export interface PlanTiming { name: string; htmlMs: number; mdMs: number; pdfMs: number; prints: number }
export interface BatchResult { written: string[]; timings: PlanTiming[] }

export interface BatchOptions {
  formats: readonly Format[];
  outDir: string;
  /** A printer the caller owns; otherwise one Chromium is launched for the batch when PDF is asked for. */
  printer?: PdfPrinter;
  /** render --notes: the reviewers' copy with the transcription notes. */
  notes?: boolean;
  onWrite?: (path: string) => void;
}

/**
 * Plans printed at the same time, one page each in one browser context: while Chromium lays out one,
 * Node reads another's page numbers back, so one more than the cores keeps every core busy.
 */
export const PAGES_IN_FLIGHT = availableParallelism() + 1;

/**
 * Renders plans into <out>/<name>/<name>.{html,md,pdf} and <out>/index.html (every plan rendered into
 * <out>, by this run or an earlier one). Every file is written atomically and only below outDir; one
 * Chromium serves every PDF of the batch.
 */
export async function renderBatch(plans: readonly BatchPlan[], opts: BatchOptions): Promise<BatchResult> {
  const written: string[] = [];
  const write = async (path: string, data: string | Uint8Array) => {
    await writeFileAtomic(path, data);
    written.push(path);
    opts.onWrite?.(path);
  };
  const printer = opts.formats.includes('pdf') ? (opts.printer ?? (await PdfPrinter.launch())) : undefined;
  const done: { entry: IndexPlan; timing: PlanTiming }[] = new Array(plans.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < plans.length; i = next++) done[i] = await renderOne(plans[i], opts, write, printer);
  };
  try {
    await Promise.all(Array.from({ length: Math.min(PAGES_IN_FLIGHT, plans.length) }, worker));
  } finally {
    if (printer && !opts.printer) await printer.close();
  }
  if (done.length) await writeIndex(opts.outDir, done.map((d) => d.entry), write);
  return { written, timings: done.map((d) => d.timing) };
}

async function renderOne(
  { file, name, plan }: BatchPlan, { formats, outDir, notes }: BatchOptions,
  write: (path: string, data: string | Uint8Array) => Promise<void>, printer: PdfPrinter | undefined,
): Promise<{ entry: IndexPlan; timing: PlanTiming }> {
  let t = performance.now();
  const doc = buildDocument(plan, { notes });
  const planDir = dirname(resolve(file)); // 図.画像 paths are relative to the plan file
  // The HTML and the PDF carry the images inline; the Markdown links copies placed beside it (below).
  const embedded = formats.includes('html') || printer ? embedImages(doc, planDir) : doc;
  // The HTML file is the screen document: page numbers exist only in the PDF, which prints its own.
  if (formats.includes('html')) await write(outputPath(outDir, name, `${name}.html`), renderHtml(embedded));
  const htmlMs = performance.now() - t;
  t = performance.now();
  if (formats.includes('md')) {
    const linked = copyImages(doc, planDir, outDir, name);
    for (const copy of linked.copies) await write(copy.path, copy.bytes);
    await write(outputPath(outDir, name, `${name}.md`), renderMarkdown(linked.doc));
  }
  const mdMs = performance.now() - t;
  t = performance.now();
  let prints = 0;
  if (printer) {
    const printed = await printWithPageNumbers(embedded, printer);
    prints = printed.prints;
    await write(outputPath(outDir, name, `${name}.pdf`), printed.pdf);
  }
  const entry: IndexPlan = {
    name, title: doc.title, municipality: doc.municipality, prefecture: doc.prefecture, period: doc.period ?? doc.periodText,
    complete: doc.coverage.complete, missing: doc.coverage.missing,
  };
  return { entry, timing: { name, htmlMs, mdMs, pdfMs: performance.now() - t, prints } };
}
