import { Command, Option } from 'commander';
import { type Lang, parseLang } from '../i18n.js';
import { DIFF_CLI_TEXT, diffExamples } from './diff-text.js';

/**
 * `jusou diff`, declared here so that src/cli.ts only adds it (one line to merge). It takes the
 * program's settings (Japanese help, exit override, error output) as a command made with .command() does.
 */
export function diffCommand(lang: Lang, program: Command): Command {
  const d = DIFF_CLI_TEXT[lang];
  const options: [string, string][] = [
    ['--from <rev>', d.from], ['--to <rev>', d.to], ['-f, --format <list>', d.format], ['-o, --out <dir>', d.out],
    ['--force', d.force], ['--exit-code', d.exitCode], ['--no-color', d.noColor],
  ];
  const cmd = new Command('diff').copyInheritedSettings(program).description(d.diff).argument('[paths...]', d.paths);
  for (const [flags, description] of options) cmd.option(flags, description);
  return cmd
    .addOption(new Option('--order <order>', d.order).choices(['new-old', 'old-new']).default('new-old'))
    .addOption(new Option('--lang <lang>', d.lang).choices(['ja', 'en']).default('ja'))
    .addHelpText('after', diffExamples(lang))
    .action(async (paths: string[], opts) => {
      const { runDiff } = await import('./diff.js'); // loaded on use, like render
      process.exitCode = await runDiff(paths, { ...opts, lang: parseLang(opts.lang) });
    });
}
