import { Command, Option } from 'commander';
import type { Lang } from '../i18n.js';
import { DIFF_CLI_TEXT, diffExamples } from './diff-text.js';

/**
 * `jusou diff`, declared here so that src/cli.ts only adds it (one line to merge). It takes the
 * program's settings (Japanese help, exit override, error output) as a command made with .command() does.
 */
export function diffCommand(lang: Lang, program: Command): Command {
  const d = DIFF_CLI_TEXT[lang];
  const options: [string, string][] = [
    ['--from <rev>', d.from], ['--to <rev>', d.to], ['-f, --format <list>', d.format], ['-o, --out <dir>', d.out],
    ['--force', d.force], ['--exit-code', d.exitCode], ['--config <file>', d.config], ['--no-color', d.noColor],
  ];
  const cmd = new Command('diff').copyInheritedSettings(program).description(d.diff).argument('[paths...]', d.paths);
  for (const [flags, description] of options) cmd.option(flags, description);
  return cmd
    .addOption(new Option('--order <order>', d.order).choices(['new-old', 'old-new']).default('new-old'))
    // No value unless given, as for check and render: jusou.config.yaml's lang applies otherwise.
    .addOption(new Option('--lang <lang>', d.lang).choices(['ja', 'en']).default(undefined, '"ja"'))
    .addHelpText('after', diffExamples(lang))
    .action(async (paths: string[], opts) => {
      const { runDiff } = await import('./diff.js'); // loaded on use, like render
      // The config's rule levels apply to both versions' checks, as they do for check and render.
      const { configForRun } = await import('../config/cli.js');
      const run = await configForRun(paths, opts);
      if (typeof run === 'number') return void (process.exitCode = run);
      // Two files are compared as given; with --from, no paths means the config's plans (or plans/).
      process.exitCode = await runDiff(opts.from === undefined ? paths : run.paths, { ...opts, lang: run.lang });
    });
}
