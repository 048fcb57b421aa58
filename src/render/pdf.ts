import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium.js';

export interface PrintOptions {
  /**
   * A draft print, read only for its page numbers: without the structure tree and the outline, which
   * cost about 40% of a print and do not change the layout.
   */
  draft?: boolean;
}

/** One document loaded in one printer page: printed, amended in place, printed again. */
export interface PrintJob {
  load(html: string): Promise<void>;
  /** Sets the text of every element that has `attribute` to `values[its value]` (or empty): no reload, no reparse. */
  fill(attribute: string, values: Readonly<Record<string, number | string>>): Promise<void>;
  pdf(options?: PrintOptions): Promise<Uint8Array>;
}

/**
 * Prints HTML documents to PDF with one Chromium for a whole batch: launched once, one browser context,
 * pages kept open and reused (a new page costs a renderer more than the print itself), closed at the end.
 * The pages run no script of the document's and may fetch nothing: the document is self-contained.
 */
export class PdfPrinter {
  /** The promise, not the context: plans printed at once must share one context, not race to make two. */
  private context: Promise<BrowserContext> | undefined;
  /** Pages that have printed and wait for the next document; closing the context closes them all. */
  private readonly idle: Page[] = [];

  private constructor(private readonly browser: Browser, private readonly ownsBrowser: boolean) {}

  /** Launches Chromium (JUSOU_CHROMIUM or /usr/bin/chromium); close() shuts it down. */
  static async launch(executablePath?: string): Promise<PdfPrinter> {
    return new PdfPrinter(await launchChromium(executablePath), true);
  }

  /** Prints with a browser the caller owns (the browser tests share one); close() leaves it running. */
  static with(browser: Browser): PdfPrinter {
    return new PdfPrinter(browser, false);
  }

  private async page(): Promise<Page> {
    const reused = this.idle.pop();
    if (reused) return reused;
    this.context ??= this.browser.newContext({ javaScriptEnabled: false }).then(async (context) => {
      await context.route('**/*', (route) => route.abort());
      return context;
    });
    const page = await (await this.context).newPage();
    await page.emulateMedia({ media: 'print' });
    return page;
  }

  /** Runs `work` with a page of its own; the page is reused afterwards unless `work` failed. */
  async session<T>(work: (job: PrintJob) => Promise<T>): Promise<T> {
    const page = await this.page();
    let healthy = false;
    try {
      const result = await work({
        load: async (html) => { await page.setContent(html, { waitUntil: 'load' }); },
        // Playwright's own evaluation world: the document's scripts stay disabled.
        fill: (attribute, values) => page.evaluate(([attr, map]) => {
          for (const el of document.querySelectorAll(`[${attr}]`)) el.textContent = String(map[el.getAttribute(attr)!] ?? '');
        }, [attribute, values] as const),
        pdf: async (options = {}) => {
          const final = !options.draft;
          return page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: final, outline: final });
        },
      });
      healthy = true;
      return result;
    } finally {
      // A page that failed is not reused: it may hold half a document.
      if (healthy) this.idle.push(page);
      else await page.close().catch(() => undefined);
    }
  }

  async print(html: string, options: PrintOptions = {}): Promise<Uint8Array> {
    return this.session(async (job) => {
      await job.load(html);
      return job.pdf(options);
    });
  }

  async close(): Promise<void> {
    const context = this.context;
    this.context = undefined;
    this.idle.length = 0;
    await (await context)?.close();
    if (this.ownsBrowser) await this.browser.close();
  }
}
