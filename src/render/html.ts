import { fontCss } from './fonts.js';
import type { PageNumbers } from './pages.js';
import { template, templateText } from './templates.js';
import type { DocumentView } from './view.js';

let css: string | undefined;

/** The print CSS (after the shared fonts) is inlined so that the HTML is one self-contained file that makes no requests. */
function printCss(): string {
  css ??= `${fontCss()}\n${templateText('html', 'print.css')}`;
  return css;
}

/** The document; with `pageNumbers` (printing a PDF) the 目次 and the cross-references carry page numbers. */
export function renderHtml(doc: DocumentView, pageNumbers?: PageNumbers): string {
  return template('html', 'document')({ doc, css: printCss(), pageNumbers });
}

export interface IndexEntry {
  title: string; municipality?: string; prefecture?: string; period?: string; complete: boolean; missing: number;
  links: { label: string; href: string }[];
}

/** dist/index.html: the rendered plans, each with links to its formats. */
export function renderIndexHtml(entries: IndexEntry[]): string {
  return template('html', 'index')({ entries, css: printCss() });
}
