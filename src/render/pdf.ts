import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from './chromium.js';

/**
 * Prints HTML documents to PDF with one Chromium for a whole batch: launched once, one page per plan,
 * closed at the end. The page runs no script and may fetch nothing: the document is self-contained.
 */
export class PdfPrinter {
  /** The promise, not the context: two plans printed at once must share one context, not race to make two. */
  private context: Promise<BrowserContext> | undefined;

  private constructor(private readonly browser: Browser, private readonly ownsBrowser: boolean) {}

  /** Launches Chromium (JUSOU_CHROMIUM or /usr/bin/chromium); close() shuts it down. */
  static async launch(executablePath?: string): Promise<PdfPrinter> {
    return new PdfPrinter(await launchChromium(executablePath), true);
  }

  /** Prints with a browser the caller owns (the browser tests share one); close() leaves it running. */
  static with(browser: Browser): PdfPrinter {
    return new PdfPrinter(browser, false);
  }

  async print(html: string): Promise<Uint8Array> {
    this.context ??= this.browser.newContext({ javaScriptEnabled: false });
    const page = await (await this.context).newPage();
    try {
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      return await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    } finally {
      await page.close();
    }
  }

  async close(): Promise<void> {
    const context = this.context;
    this.context = undefined;
    await (await context)?.close();
    if (this.ownsBrowser) await this.browser.close();
  }
}
