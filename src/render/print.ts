import { tool } from '../report/tool-info.js';
import { renderHtml } from './html.js';
import { setPdfInfo, type PdfInfo } from './pdf-info.js';
import { digitsFor, PAGE_OF, readPageNumbers, samePages, type PageNumbers } from './pages.js';
import type { PdfPrinter } from './pdf.js';
import type { DocumentView } from './view.js';

/** Prints after which the page numbers are taken as they are (never reached by the five plans: 2 prints). */
const MAX_PRINTS = 4;

export interface PrintedPlan { pdf: Uint8Array; prints: number; pageNumbers: PageNumbers }

/**
 * The plan as a PDF whose 目次 and cross-references give the page each heading is printed on. Chromium
 * cannot compute that (no target-counter()), so the document is printed, the pages of its anchors are
 * read back from the PDF's named destinations, and it is printed again with those numbers, until two
 * prints agree. The numbers sit in fixed-width boxes, so the second print normally already agrees. The
 * first print is a draft (no structure tree, no outline: the same layout for less work); every later one
 * is final, so the one that agrees is the one written.
 */
export async function printWithPageNumbers(doc: DocumentView, printer: PdfPrinter): Promise<PrintedPlan> {
  return printer.session(async (job) => {
    let numbers: PageNumbers = { pages: {}, digits: 2 };
    await job.load(renderHtml(doc, numbers));
    let pdf = await job.pdf({ draft: true });
    for (let prints = 1; ; prints++) {
      const read = await readPageNumbers(pdf);
      const next: PageNumbers = { pages: read.pages, digits: digitsFor(read.count) };
      const stable = prints > 1 && next.digits === numbers.digits && samePages(next.pages, numbers.pages);
      if (stable || prints === MAX_PRINTS) return finish(doc, pdf, prints, numbers);
      // The same boxes, filled in place (what renderHtml(doc, next) would print); wider boxes need the document again.
      if (next.digits === numbers.digits) await job.fill(PAGE_OF, next.pages);
      else await job.load(renderHtml(doc, next));
      numbers = next;
      pdf = await job.pdf();
    }
  });
}

function finish(doc: DocumentView, pdf: Uint8Array, prints: number, pageNumbers: PageNumbers): PrintedPlan {
  return { pdf: setPdfInfo(pdf, pdfInfo(doc)), prints, pageNumbers };
}

/** What a PDF reader, a library catalogue or a search engine shows about the plan. */
export function pdfInfo(doc: DocumentView): PdfInfo {
  const author = [doc.prefecture, doc.municipality].filter(Boolean).join('') || undefined;
  return {
    title: doc.title || undefined,
    author,
    subject: '社会福祉法第106条の5に基づく重層的支援体制整備事業実施計画',
    keywords: ['重層的支援体制整備事業', '実施計画', author].filter(Boolean).join(', '),
    creator: `${tool.name} ${tool.version}`,
  };
}
