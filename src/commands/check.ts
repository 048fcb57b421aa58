import { checkFiles, type BatchOptions } from '../batch/index.js';
import type { Diagnostic } from '../diagnostic.js';
import { countBySeverity } from '../diagnostic.js';
import type { Lang } from '../i18n.js';
import { discoverPlans } from '../load/discover.js';
import { formatNames, loadFormatter } from '../report/index.js';
import { writeFileAtomic } from '../write.js';
import { checkStdin, isStdin, reportBadPaths, STDIN_NAME } from './input.js';

export interface CheckCommandOptions {
  format: string;
  output?: string;
  maxWarnings?: number;
  quiet?: boolean;
  lang: Lang;
  color: boolean;
  /** --cache (true) and --cache-location. */
  cache?: boolean;
  cacheLocation?: string;
  /** The name of a plan read from standard input (`check -`). */
  stdinFilename?: string;
  /** --fix writes the fixes; --fix-dry-run prints them as a unified diff and writes nothing. */
  fix?: boolean;
  fixDryRun?: boolean;
}

export interface CheckResult {
  files: string[];
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
}

/** Loads and checks every plan under the given paths (src/batch: cache, fast path, workers). Never writes to a plan file. */
export async function checkPaths(paths: readonly string[], lang: Lang, options: BatchOptions & { stdinFilename?: string } = {}): Promise<CheckResult> {
  if (isStdin(paths)) return checkStdin(options.stdinFilename ?? STDIN_NAME, lang);
  const files = await discoverPlans(paths.length ? paths : ['plans']);
  const { diagnostics, sources, cacheWarning } = await checkFiles(files, lang, options);
  if (cacheWarning) process.stderr.write(lang === 'en' ? `jusou: cannot write the cache: ${cacheWarning}\n` : `jusou: キャッシュを書き込めません: ${cacheWarning}\n`);
  return { files, diagnostics, sources };
}

export async function runCheck(paths: string[], opts: CheckCommandOptions): Promise<number> {
  if (await reportBadPaths(paths, opts.lang)) return 2;
  if ((opts.fix || opts.fixDryRun) && isStdin(paths)) {
    process.stderr.write(opts.lang === 'en' ? 'jusou: --fix cannot rewrite standard input (-); give the plan file\n' : 'jusou: 標準入力（-）の計画は --fix で書き換えられません。計画ファイルを指定してください\n');
    return 2;
  }
  const format = await loadFormatter(opts.format);
  if (!format) {
    process.stderr.write(`jusou: 出力形式「${opts.format}」はまだ使えません（使える形式: ${formatNames.join(', ')}）\n`);
    return 2;
  }
  let result = await checkPaths(paths, opts.lang, { cache: opts.cache ? opts.cacheLocation ?? true : false, stdinFilename: opts.stdinFilename });
  if ((opts.fix || opts.fixDryRun) && result.files.length) {
    const { fixChecked } = await import('../fix/run.js'); // loaded on use: jsdiff and the applier
    result = await fixChecked(result, opts.lang, Boolean(opts.fixDryRun)); // a dry run wins over --fix: it never writes
  }
  // Accepted (suppressed) findings leave every report, count and the exit code; SARIF alone keeps them, marked.
  const active = result.diagnostics.filter((d) => !d.suppressed);
  const reported = opts.format === 'sarif' ? result.diagnostics : active;
  const shown = opts.quiet ? reported.filter((d) => d.severity === 'error') : reported;
  if (result.files.length === 0) {
    process.stderr.write(opts.lang === 'en' ? 'jusou: no plan files (*.yaml, *.yml) found\n' : 'jusou: 計画ファイル（*.yaml, *.yml）が見つかりません\n');
    return 2;
  }
  const color = opts.color && !opts.output && opts.format === 'stylish' && Boolean(process.stdout.isTTY);
  const hiddenWarnings = reported.length - shown.length;
  const text = format(shown, { lang: opts.lang, files: result.files, sources: result.sources, color, hiddenWarnings });
  if (opts.output) await writeFileAtomic(opts.output, text);
  else process.stdout.write(text);
  const { errors, warnings } = countBySeverity(active);
  if (errors > 0) return 1;
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
    process.stderr.write(opts.lang === 'en' ? `jusou: ${warnings} warnings exceed --max-warnings ${opts.maxWarnings}\n` : `jusou: 警告が${warnings}件あり、--max-warnings ${opts.maxWarnings} を超えています\n`);
    return 1;
  }
  return 0;
}
