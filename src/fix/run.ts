import type { Diagnostic } from '../diagnostic.js';
import type { Lang } from '../i18n.js';
import { fixFile, fixMessages, unifiedDiff } from './file.js';

export interface Checked {
  files: string[];
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
}

/** True for a diagnostic `--fix` would act on. */
export function isFixable(d: Diagnostic): boolean {
  return !d.suppressed && Boolean(d.fix?.length);
}

/**
 * `--fix` / `--fix-dry-run` over a finished check: only files with a fixable diagnostic are loaded again
 * and fixed; their diagnostics are replaced by the re-check of the fixed text, so the report and the exit
 * code say what is left. With `dryRun`, a unified diff per file goes to stdout and nothing is written.
 */
export async function fixChecked(checked: Checked, lang: Lang, dryRun: boolean): Promise<Checked> {
  const targets = [...new Set(checked.diagnostics.filter(isFixable).map((d) => d.file))];
  if (targets.length === 0) return checked;
  const replaced = new Map<string, Diagnostic[]>();
  const sources = new Map(checked.sources);
  let applied = 0;
  let files = 0;
  for (const file of targets) {
    const fix = await fixFile(file, lang, { write: !dryRun });
    if (!fix) continue;
    if (fix.broken) { process.stderr.write(`${fixMessages[lang].broken(file)}\n`); continue; }
    if (!fix.changed) continue;
    if (dryRun) process.stdout.write(unifiedDiff(fix));
    applied += fix.applied;
    files++;
    replaced.set(file, fix.diagnostics.map((d) => ({ ...d, file })));
    sources.set(file, fix.text);
  }
  if (!dryRun && files > 0) process.stderr.write(`${fixMessages[lang].fixed(applied, files)}\n`);
  const diagnostics: Diagnostic[] = [];
  const done = new Set<string>();
  for (const d of checked.diagnostics) {
    const fresh = replaced.get(d.file);
    if (!fresh) diagnostics.push(d);
    else if (!done.has(d.file)) { done.add(d.file); diagnostics.push(...fresh); }
  }
  return { files: checked.files, diagnostics, sources };
}
