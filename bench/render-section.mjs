/**
 * The render section of `npm run bench`: HTML + Markdown of the whole corpus, and PDF of 50 plans
 * with one browser, each as one process (the command's own batch).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { repeat, row, TABLE_HEAD, target } from './measure.mjs';

export function benchRender({ OUT, CORPUS, manifest, jusou }) {
  const lines = ['## render', ''];
  if (jusou(['render', '--help']).code !== 0) return { lines: [...lines, 'skipped: render not available'], targets: [] };
  const outDir = join(OUT, 'render');
  const html = repeat(1, () => jusou(['render', join(CORPUS, 'plans'), '--format', 'html,md', '--force', '-o', outDir]), () => rmSync(outDir, { recursive: true, force: true }));
  const fifty = manifest.slice(0, 50).map((p) => join(CORPUS, p.file));
  const pdfDir = join(OUT, 'pdf');
  const pdf = repeat(1, () => jusou(['render', ...fifty, '--format', 'pdf', '--force', '-o', pdfDir]), () => rmSync(pdfDir, { recursive: true, force: true }));
  lines.push(TABLE_HEAD,
    row(`render --format html,md --force (all ${manifest.length}), exit ${html.code}`, html, manifest.length),
    row(`render --format pdf --force (50 plans), exit ${pdf.code}`, pdf, 50),
    '', `PDF: ${(pdf.wall / 50).toFixed(2)} s a plan`);
  if (html.code > 1 || pdf.code > 1) lines.push(`render stderr: ${(html.stderr + pdf.stderr).split('\n').slice(0, 5).join(' / ')}`);
  return { lines, targets: [target('PDF, one plan of 50 (one browser)', pdf.wall / 50, 1.0, 's')] };
}
