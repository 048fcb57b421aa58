import type { Command, CommanderError, Help, Option } from 'commander';
import type { Lang } from '../i18n.js';
import { CLI_TEXT, EXAMPLES } from './cli-text.js';
import { boxWrap, displayWidth } from './help-wrap.js';

const TITLES: Record<Lang, Record<string, string>> = {
  ja: { 'Usage:': '使い方:', 'Options:': 'オプション:', 'Commands:': 'コマンド:', 'Arguments:': '引数:', 'Global Options:': '共通オプション:' },
  en: {},
};

const USAGE_WORDS: Record<Lang, Record<string, string>> = { ja: { '[options]': '[オプション]', '[command]': '[コマンド]' }, en: {} };

const usageWords = (lang: Lang, s: string) => s.split(' ').map((w) => USAGE_WORDS[lang][w] ?? w).join(' ');

const EXTRA: Record<Lang, { choices: string; default: string; open: string; close: string; sep: string }> = {
  ja: { choices: '選択肢: ', default: '既定: ', open: '（', close: '）', sep: '、' },
  en: { choices: 'choices: ', default: 'default: ', open: '(', close: ')', sep: ', ' },
};

/** A description with its choices and default, in the help's language. */
function describe(lang: Lang, description: string, choices: readonly string[] | undefined, dflt: string | undefined): string {
  const e = EXTRA[lang];
  const extra: string[] = [];
  if (choices) extra.push(`${e.choices}${choices.map((c) => JSON.stringify(c)).join(', ')}`);
  if (dflt !== undefined) extra.push(`${e.default}${dflt}`);
  if (extra.length === 0) return description;
  // 「…（- で標準入力から読む）」 takes its default inside the same brackets, not a second pair after them.
  if (description.endsWith(e.close)) return `${description.slice(0, -e.close.length)}${lang === 'ja' ? '。' : '; '}${extra.join(e.sep)}${e.close}`;
  const sep = lang === 'ja' ? '' : ' ';
  return `${description}${sep}${e.open}${extra.join(e.sep)}${e.close}`;
}

function optionDefault(o: Option): string | undefined {
  // A default described but left undefined (check/render --lang, render --out): jusou.config.yaml may set it.
  if (o.defaultValue === undefined) return o.defaultValueDescription || undefined;
  const shown = o.required || o.optional || (o.isBoolean() && typeof o.defaultValue === 'boolean' && !o.negate);
  return shown ? o.defaultValueDescription || JSON.stringify(o.defaultValue) : undefined;
}

/** Help output in Japanese (or English): headings, defaults and choices. */
export function helpConfiguration(lang: Lang): Partial<Help> {
  return {
    styleTitle: (s: string) => TITLES[lang][s] ?? s,
    // Terminal columns: a Japanese character takes two, and a Japanese line may break between any two.
    displayWidth,
    boxWrap,
    styleUsage: (s: string) => usageWords(lang, s),
    styleSubcommandTerm: (s: string) => usageWords(lang, s),
    optionDescription: (o: Option) => describe(lang, o.description ?? '', o.argChoices, optionDefault(o)),
    argumentDescription: (a) => describe(lang, a.description ?? '', a.argChoices, a.defaultValue === undefined ? undefined : a.defaultValueDescription || JSON.stringify(a.defaultValue)),
  };
}

/** The 例: section at the end of a command's help. */
export function examplesText(lang: Lang, command: string): string {
  const rows = EXAMPLES[lang][command] ?? [];
  return `\n${CLI_TEXT[lang].examples}\n${rows.map(([c, what]) => `  # ${what}\n  ${c}`).join('\n')}\n`;
}

/** The language the help and usage errors use: --lang en (or --lang=en) anywhere on the command line. */
export function langFromArgv(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    if (argv[i] === '--lang=en' || (argv[i] === '--lang' && argv[i + 1] === 'en')) return 'en';
  }
  return 'ja';
}

const ERRORS: Record<Lang, Record<string, (m: string[]) => string>> = {
  ja: {
    'commander.unknownOption': (m) => `オプション ${m[1]} はありません${m[2] ? `（${m[2]} のことですか）` : ''}`,
    'commander.unknownCommand': (m) => `コマンド「${m[1]}」はありません${m[2] ? `（${m[2]} のことですか）` : ''}（使えるコマンド: check, compare, diff, export, init, lsp, preview, render, rules）`,
    'commander.invalidArgument': (m) => `${m[1]} に「${m[2]}」は指定できません（選択肢: ${m[3]}）`,
    'commander.optionMissingArgument': (m) => `${m[1]} には値を指定してください`,
    'commander.excessArguments': () => '引数が多すぎます',
    'commander.missingArgument': (m) => `引数 ${m[1]} を指定してください`,
  },
  en: {
    'commander.unknownOption': (m) => `unknown option ${m[1]}${m[2] ? ` (did you mean ${m[2]}?)` : ''}`,
    'commander.unknownCommand': (m) => `unknown command "${m[1]}"${m[2] ? ` (did you mean ${m[2]}?)` : ''} (commands: check, compare, diff, export, init, lsp, preview, render, rules)`,
    'commander.invalidArgument': (m) => `${m[1]} cannot be "${m[2]}" (choices: ${m[3]})`,
    'commander.optionMissingArgument': (m) => `${m[1]} needs a value`,
    'commander.excessArguments': () => 'too many arguments',
    'commander.missingArgument': (m) => `missing argument ${m[1]}`,
  },
};

/** What to match in commander's English message for each error code (the groups feed ERRORS). */
const PATTERNS: Record<string, RegExp> = {
  'commander.unknownOption': /unknown option '([^']+)'(?:\s*\(Did you mean ([^?]+)\?\))?/,
  'commander.unknownCommand': /unknown command '([^']+)'(?:\s*\(Did you mean ([^?]+)\?\))?/,
  'commander.invalidArgument': /option '(?:-\w, )?([^' ]+)[^']*' argument '([^']*)' is invalid\. Allowed choices are (.+)\.$/,
  'commander.optionMissingArgument': /option '(?:-\w, )?([^' ]+)[^']*' argument missing/,
  'commander.excessArguments': /too many arguments/,
  'commander.missingArgument': /missing required argument '([^']+)'/,
};

/** A usage error of commander as one line in the user's language, with where to read more. */
export function usageErrorText(e: CommanderError, lang: Lang, command: string | undefined): string {
  const m = PATTERNS[e.code]?.exec(e.message.trim());
  const text = m ? ERRORS[lang][e.code](m) : e.message.replace(/^error: /, '');
  const more = command ? `jusou ${command} --help` : 'jusou --help';
  return lang === 'en' ? `jusou: ${text}\n(see ${more})\n` : `jusou: ${text}\n（詳しくは ${more} を見てください）\n`;
}

/** The subcommand named on the command line, if any (for the "see --help" pointer). */
export function commandOf(program: Command, argv: readonly string[]): string | undefined {
  const names = new Set(program.commands.map((c) => c.name()));
  return argv.find((a) => names.has(a));
}
