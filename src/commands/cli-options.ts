import { Argument, CommanderError, Option } from 'commander';
import type { Lang } from '../i18n.js';
import { CLI_TEXT } from './cli-text.js';

/** Exit codes: 0 clean, 1 problems found, 2 usage or internal error. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

const LANGS = ['ja', 'en'];

/** No paths means plans/; left empty here so that only a path the user typed is reported as missing. */
export const pathsArgument = (description: string) => new Argument('[paths...]', description).default([], '"plans"');

/** A whole number option (--port, --debounce, --max-warnings); anything else is a usage error (exit 2). */
export function wholeNumber(option: string, v: string, lang: Lang): number {
  if (!/^\d+$/.test(v)) throw new CommanderError(EXIT.usage, 'jusou.invalidArgument', lang === 'en' ? `${option} takes a whole number of 0 or more: ${v}` : `${option} には0以上の整数を指定してください: ${v}`);
  return Number(v);
}

/** The options several commands share, in the help's language; each call makes a new Option for one command. */
export function sharedOptions(lang: Lang) {
  const t = CLI_TEXT[lang];
  return {
    t,
    langOption: () => new Option('--lang <lang>', t.lang).choices(LANGS).default('ja'),
    // check, render, lsp, preview: no value unless given, so that jusou.config.yaml's lang applies otherwise.
    configLangOption: () => new Option('--lang <lang>', t.lang).choices(LANGS).default(undefined, '"ja"'),
    configOption: () => new Option('--config <file>', t.config),
  };
}
