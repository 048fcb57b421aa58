import { template } from './templates.js';
import type { DocumentView } from './view.js';

/** GitHub-flavoured Markdown with the content and order of the HTML document. */
export function renderMarkdown(doc: DocumentView): string {
  const raw = template('md', 'document')({ doc });
  // Templates leave blank lines where optional parts are absent; one blank line separates blocks.
  const lines = raw.split('\n').map((line) => (line.trim() === '' ? '' : line));
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
