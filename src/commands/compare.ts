import { join } from 'node:path';
import { renderFacts } from '../compare/index.js';
import { municipalityFacts } from '../compare/model.js';
import type { Lang } from '../i18n.js';
import { collectPlans, writeOutputs } from './collection.js';

export interface CompareCommandOptions { out: string; force?: boolean; lang: Lang; color: boolean }

/**
 * `jusou compare`: the plans side by side (号 × 自治体), one self-contained HTML for A4 landscape print and
 * a Markdown version. Exit 0 written, 1 a plan has errors (nothing written without --force), 2 usage.
 */
export async function runCompare(paths: string[], opts: CompareCommandOptions): Promise<number> {
  const collected = await collectPlans('compare', paths, opts, (file, plan) => municipalityFacts({ file, plan }));
  if (typeof collected === 'number') return collected;
  const { html, markdown } = renderFacts(collected.plans);
  const written = await writeOutputs([{ path: join(opts.out, 'compare.html'), data: html }, { path: join(opts.out, 'compare.md'), data: markdown }], opts.lang);
  return written || (collected.refused ? 1 : 0);
}
