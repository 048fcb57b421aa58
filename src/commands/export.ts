import { join } from 'node:path';
import { duplicateCodes, EXPORT_FORMATS, exportFiles, planRows, type ExportFormat } from '../export/index.js';
import type { Lang } from '../i18n.js';
import { collectPlans, sayer, writeOutputs } from './collection.js';

export interface ExportCommandOptions { format: string; out: string; bom?: boolean; force?: boolean; lang: Lang; color: boolean }

/**
 * `jusou export`: the plans as open data (CSV, JSON, or a Frictionless Data Package). Exit 0 written,
 * 1 a plan has errors (nothing written without --force; with it, the others and exit 1), 2 usage.
 */
export async function runExport(paths: string[], opts: ExportCommandOptions): Promise<number> {
  const say = sayer(opts.lang);
  if (!EXPORT_FORMATS.includes(opts.format as ExportFormat)) {
    process.stderr.write(`jusou: ${say('bad-format', { format: opts.format, formats: EXPORT_FORMATS.join(', ') })}\n`);
    return 2;
  }
  const collected = await collectPlans('export', paths, opts, (file, plan) => planRows({ file, plan }));
  if (typeof collected === 'number') return collected;
  const duplicates = duplicateCodes(collected.plans);
  for (const [code, files] of duplicates) process.stderr.write(`jusou: ${say('duplicate-code', { code: code || '（なし）', files: files.join(', ') })}\n`);
  if (duplicates.size) return 1;
  const files = exportFiles(collected.plans, opts.format as ExportFormat, Boolean(opts.bom)).map((f) => ({ path: join(opts.out, f.path), data: f.data }));
  const written = await writeOutputs(files, opts.lang);
  return written || (collected.refused ? 1 : 0);
}
