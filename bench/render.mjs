// Times `jusou render` per plan: HTML (view model + template), Markdown, and PDF (Chromium print) for every
// plan under plans/, with one Chromium for the batch as the command uses. Run after `npm run compile`:
//   node bench/render.mjs [--runs 3] [--no-pdf]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { discoverPlans } from '../lib/load/discover.js';
import { PAGES_IN_FLIGHT, renderBatch } from '../lib/render/batch.js';
import { assignOutputNames, PdfPrinter } from '../lib/render/index.js';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || (args.includes('--runs') ? 1 : 3);
const pdf = !args.includes('--no-pdf');
const files = await discoverPlans(['plans']);
const names = assignOutputNames(files);
const plans = files.map((file) => ({ file, name: names.get(file), plan: parse(readFileSync(file, 'utf8')) }));
const out = mkdtempSync(join(tmpdir(), 'jusou-bench-'));
const launchStart = performance.now();
const printer = pdf ? await PdfPrinter.launch() : undefined;
const launchMs = performance.now() - launchStart;
const rows = new Map(plans.map((p) => [p.name, { html: [], md: [], pdf: [], prints: 0 }]));
const batches = [];
try {
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    const { timings } = await renderBatch(plans, { formats: pdf ? ['html', 'md', 'pdf'] : ['html', 'md'], outDir: out, printer });
    for (const t of timings) {
      const row = rows.get(t.name);
      row.html.push(t.htmlMs); row.md.push(t.mdMs); row.pdf.push(t.pdfMs); row.prints = t.prints;
    }
    batches.push(performance.now() - started);
  }
} finally {
  await printer?.close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`runs: ${runs}; Chromium launch: ${launchMs.toFixed(0)} ms; load average: ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`batch of ${plans.length} plans (wall clock, ${PAGES_IN_FLIGHT} plans in flight, every PDF printed until its page numbers agree): median ${median(batches).toFixed(0)} ms`);
console.log('plan        pages  html ms   md ms   pdf ms  prints');
for (const { name } of plans) {
  const row = rows.get(name);
  const pages = pdf ? /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(out, name, `${name}.pdf`)], { encoding: 'utf8' }))[1] : '-';
  console.log(`${name.padEnd(11)} ${String(pages).padStart(5)} ${median(row.html).toFixed(1).padStart(8)} ${median(row.md).toFixed(1).padStart(7)} ${pdf ? median(row.pdf).toFixed(0).padStart(8) : '       -'} ${String(row.prints).padStart(7)}`);
}
rmSync(out, { recursive: true, force: true });
