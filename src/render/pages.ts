import Handlebars from 'handlebars';

type HandlebarsEnv = typeof Handlebars;

/**
 * Printed page numbers for the 目次 and the cross-references (「→ 多機関協働事業（12ページ）」). Chromium
 * has no target-counter(), so the PDF is printed twice (src/render/print.ts): the first print carries
 * blank numbers, the pages of its headings are read back from its named destinations, and the second
 * print carries them. Every number sits in a box of a fixed number of monospaced digits, so filling it
 * in moves nothing on the page.
 */
export interface PageNumbers {
  /** anchor (element id) → page, 1-based; empty in the first print. */
  pages: Readonly<Record<string, number>>;
  /** Width of every number box, in digits: the number of digits of the page count (at least 2). */
  digits: number;
}

interface HelperOptions { data?: { root?: { pageNumbers?: PageNumbers } } }

function numbers(options: HelperOptions): PageNumbers | undefined {
  return options.data?.root?.pageNumbers;
}

/** The attribute that names the anchor a number box shows the page of (fillPageNumbers finds it). */
export const PAGE_OF = 'data-page-of';

function numberBox(n: PageNumbers, anchor: string, cls: string): string {
  const page = n.pages[anchor];
  // ch of a monospaced face: a blank box and a filled one are exactly as wide. Anchors are [A-Za-z0-9_-].
  return `<span class="${cls}" ${PAGE_OF}="${Handlebars.escapeExpression(anchor)}" style="width:${n.digits}ch">${page === undefined ? '' : page}</span>`;
}

export function registerPageHelpers(hb: HandlebarsEnv): void {
  /** The 目次 column: the page of the heading with this id (nothing on screen). */
  hb.registerHelper('tocPage', (anchor: unknown, options: HelperOptions) => {
    const n = numbers(options);
    return n && typeof anchor === 'string' ? new hb.SafeString(numberBox(n, anchor, 'page-no')) : '';
  });
  /** After an in-document link in print: 「（12ページ）」; on screen the link alone. */
  hb.registerHelper('pageRef', (href: unknown, options: HelperOptions) => {
    const n = numbers(options);
    if (!n || typeof href !== 'string' || !href.startsWith('#')) return '';
    return new hb.SafeString(`<span class="page-ref">（${numberBox(n, href.slice(1), 'page-no')}ページ）</span>`);
  });
}

/** Anchor → page of every named destination of a PDF (Chromium writes one per in-document link target). */
export async function readPageNumbers(pdf: Uint8Array): Promise<{ pages: Record<string, number>; count: number }> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // A plain Uint8Array copy: pdfjs refuses a Buffer and detaches the array it is given.
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
  try {
    const dests = await doc.getDestinations();
    const pages: Record<string, number> = {};
    for (const [name, dest] of Object.entries(dests)) {
      const ref = Array.isArray(dest) ? dest[0] : undefined;
      if (ref && typeof ref === 'object') pages[name] = (await doc.getPageIndex(ref)) + 1;
    }
    return { pages, count: doc.numPages };
  } finally {
    await doc.destroy();
  }
}

/** Digits a page-number box needs for a document of `count` pages. */
export function digitsFor(count: number): number {
  return Math.max(2, String(count).length);
}

export function samePages(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
