import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../write.js';
import { renderIndexHtml, type IndexEntry } from './html.js';
import { outputPath } from './outputs.js';
import { FORMATS, type Format } from './index.js';

/** What the index says about a plan, without its links (those come from the files present). */
export type IndexPlan = Omit<IndexEntry, 'links'> & { name: string };

/**
 * <out>/.jusou-index.json: the plans rendered into this folder by any run, so that `jusou render
 * plans/kanazawa.yaml --out dist` adds kanazawa to dist/index.html instead of replacing the list.
 */
const MANIFEST = '.jusou-index.json';
const LINK_LABEL: Record<Format, string> = { html: 'HTML', pdf: 'PDF', md: 'Markdown' };

function readManifest(outDir: string): IndexPlan[] {
  try {
    const data: unknown = JSON.parse(readFileSync(outputPath(outDir, MANIFEST), 'utf8'));
    return Array.isArray(data) ? data.filter((p): p is IndexPlan => typeof p?.name === 'string' && typeof p?.title === 'string') : [];
  } catch {
    return []; // none yet, or not ours to trust: the plans of this run still make a correct index
  }
}

/**
 * The folder's plans: those of this run, then those of earlier runs, each linked to the formats whose
 * file is there; a plan whose files were all deleted is dropped. Sorted by output name, as a folder lists.
 */
export function indexPlans(outDir: string, rendered: readonly IndexPlan[]): { plans: IndexPlan[]; entries: IndexEntry[] } {
  const byName = new Map<string, IndexPlan>();
  for (const p of [...readManifest(outDir), ...rendered]) byName.set(p.name, p);
  const plans: IndexPlan[] = [];
  const entries: IndexEntry[] = [];
  for (const p of [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    let links: IndexEntry['links'];
    try {
      links = FORMATS.filter((f) => existsSync(outputPath(outDir, p.name, `${p.name}.${f}`)))
        .map((f) => ({ label: LINK_LABEL[f], href: `${encodeURIComponent(p.name)}/${encodeURIComponent(p.name)}.${f}` }));
    } catch {
      continue; // a name from a hand-edited manifest that is not a plain file name
    }
    if (!links.length) continue;
    plans.push(p);
    entries.push({ title: p.title, municipality: p.municipality, prefecture: p.prefecture, period: p.period, complete: p.complete, missing: p.missing, links });
  }
  return { plans, entries };
}

/** The index page (written with `write`, reported like every output) and its manifest (atomic, not reported: bookkeeping). */
export async function writeIndex(outDir: string, rendered: readonly IndexPlan[], write: (path: string, data: string) => Promise<void>): Promise<void> {
  const { plans, entries } = indexPlans(outDir, rendered);
  await writeFileAtomic(outputPath(outDir, MANIFEST), `${JSON.stringify(plans, null, 1)}\n`);
  await write(outputPath(outDir, 'index.html'), renderIndexHtml(entries));
}
