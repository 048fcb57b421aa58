/** Printable plan documents: plan → view model → HTML / Markdown (Handlebars templates) → PDF (Chromium). */
export { buildDocument } from './model.js';
export { renderHtml, renderIndexHtml, type IndexEntry } from './html.js';
export { renderMarkdown } from './markdown.js';
export { PdfPrinter } from './pdf.js';
export { assertChromium, ChromiumError, chromiumPath, CHROMIUM_ARGS, launchChromium } from './chromium.js';
export { assertPrintFonts, FontError, fontCss, fontErrorMessage, missingPrintFaces, PRINT_FACES } from './fonts.js';
export { assignOutputNames, outputName, outputPath } from './outputs.js';
export type { DocumentView } from './view.js';

export const FORMATS = ['html', 'md', 'pdf'] as const;
export type Format = (typeof FORMATS)[number];

/** "html,md,pdf" → the formats in a fixed order; undefined names the first unknown one. */
export function parseFormats(value: string): { formats: Format[]; unknown?: string } {
  const asked = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const unknown = asked.find((f) => !(FORMATS as readonly string[]).includes(f));
  return { formats: FORMATS.filter((f) => asked.includes(f)), unknown };
}
