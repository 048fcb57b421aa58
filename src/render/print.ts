import { renderHtml } from './html.js';
import { digitsFor, readPageNumbers, samePages, type PageNumbers } from './pages.js';
import type { PdfPrinter } from './pdf.js';
import type { DocumentView } from './view.js';

/** Prints after which the page numbers are taken as they are (never reached by the five plans: 2 prints). */
const MAX_PRINTS = 4;

export interface PrintedPlan { pdf: Uint8Array; prints: number; pageNumbers: PageNumbers }

/**
 * The plan as a PDF whose 目次 and cross-references give the page each heading is printed on. Chromium
 * cannot compute that (no target-counter()), so the document is printed, the pages of its anchors are
 * read back from the PDF's named destinations, and it is printed again with those numbers, until two
 * prints agree. The numbers sit in fixed-width boxes, so the second print normally already agrees.
 */
export async function printWithPageNumbers(doc: DocumentView, printer: PdfPrinter): Promise<PrintedPlan> {
  let numbers: PageNumbers = { pages: {}, digits: 2 };
  let pdf: Uint8Array = new Uint8Array();
  for (let prints = 1; prints <= MAX_PRINTS; prints++) {
    pdf = await printer.print(renderHtml(doc, numbers));
    const read = await readPageNumbers(pdf);
    const next: PageNumbers = { pages: read.pages, digits: digitsFor(read.count) };
    if (prints > 1 && next.digits === numbers.digits && samePages(next.pages, numbers.pages)) return { pdf, prints, pageNumbers: numbers };
    numbers = next;
  }
  return { pdf, prints: MAX_PRINTS, pageNumbers: numbers };
}
