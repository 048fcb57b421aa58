/**
 * The editor section of `npm run bench`: diagnostics latency of `jusou lsp --stdio` after an edit
 * (bench/lsp.mjs) and `jusou preview` from a save to the page's update event (bench/preview.mjs).
 * Their tables give medians as "N ms" (column 3 for the LSP, 2 for the preview); the targets take the slowest.
 */
/** The number in column `col` of each table row ("| label | … | 61 ms | …"), header rows skipped. */
const medians = (lines, col) => lines.map((l) => l.split('|').slice(1, -1).map((c) => c.trim())).map((cells) => /^(\d+) ms$/.exec(cells[col] ?? '')).filter(Boolean).map((m) => Number(m[1]));

export async function benchEditor() {
  const { target } = await import('./measure.mjs');
  const { lspBench } = await import('./lsp.mjs');
  const { previewBench } = await import('./preview.mjs');
  const lsp = await lspBench();
  const preview = await previewBench();
  const lines = [
    '## editor: diagnostics of `jusou lsp --stdio` after an edit (debounce included)', '', ...lsp, '',
    '`jusou preview`: a save to the page\'s update event', '', '| preview | median | p90 | range |', '|---|---:|---:|---:|', ...preview,
  ];
  return {
    lines,
    targets: [
      target('LSP diagnostics after an edit, plans/toyama.yaml (slowest median)', Math.max(...medians(lsp, 2)), 150, 'ms'),
      target('preview: save → page notified (median)', Math.max(...medians(preview, 1)), 1000, 'ms'),
    ],
  };
}
