import { isAbsolute, join, relative } from 'node:path';
import type { Lang } from '../i18n.js';
import { parseLang, pick } from '../i18n.js';
import { stylish } from '../report/stylish.js';
import { resolveConfig, searchStart, type JusouConfig } from './load.js';
import { configMessages } from './messages.js';
import { expandPlans } from './plans.js';
import { setRuleLevels } from './severity.js';

export interface ConfigCliOptions {
  /** --config FILE */
  config?: string;
  /** --lang as given (undefined when not given: the config's lang, then ja). */
  lang?: string;
  stdinFilename?: string;
  color?: boolean;
}

export interface RunConfig {
  config: JusouConfig;
  lang: Lang;
  /** The paths to check: as given, or the config's `plans` when none were given and there is a config file. */
  paths: string[];
}

/**
 * Reads the config for a check or render run and puts its rule levels in force. A config with errors
 * is reported like a plan (file:line:col with the line) on stderr: the result is exit code 2.
 */
export async function configForRun(paths: string[], opts: ConfigCliOptions): Promise<RunConfig | number> {
  const cliLang = opts.lang === undefined ? undefined : parseLang(opts.lang);
  const result = await resolveConfig({ explicit: opts.config, start: searchStart(paths, opts.stdinFilename), lang: cliLang ?? 'ja' });
  if (!result.ok) {
    const color = Boolean(opts.color) && Boolean(process.stderr.isTTY);
    process.stderr.write(stylish(result.diagnostics, { lang: cliLang ?? 'ja', files: [result.file], sources: new Map([[result.file, result.text]]), color }));
    return 2;
  }
  const config = { ...result.config, lang: cliLang ?? result.config.lang };
  setRuleLevels(config.rules);
  if (paths.length > 0 || !config.file) return { config, lang: config.lang, paths };
  const expanded = await expandPlans(config.plans, config.dir);
  if (expanded.length === 0) {
    process.stderr.write(`jusou: ${pick(configMessages, config.lang, 'no-plans', { file: config.file, patterns: config.plans.join(', ') })}\n`);
    return 2;
  }
  return { config, lang: config.lang, paths: expanded };
}

/** render.out (relative to the config's folder) as a path from the working directory. */
export function configOut(config: JusouConfig): string {
  if (isAbsolute(config.render.out) || !config.file) return config.render.out;
  const rel = relative(process.cwd(), join(config.dir, config.render.out));
  return rel || '.';
}

/** `check --print-config`: the config in force as YAML (every rule with its level), and the file it came from. */
export async function printConfig(config: JusouConfig): Promise<string> {
  const { defaultLevels } = await import('./rule-ids.js');
  const { stringify } = await import('yaml');
  const from = config.file
    ? `# ${pick(configMessages, 'ja', 'printed-from', { file: config.file })}\n# ${pick(configMessages, 'en', 'printed-from', { file: config.file })}\n`
    : `# ${pick(configMessages, 'ja', 'printed-none')}\n# ${pick(configMessages, 'en', 'printed-none')}\n`;
  const body = { rules: { ...defaultLevels(), ...config.rules }, plans: config.plans, render: config.render, lang: config.lang };
  return from + stringify(body);
}
