import type { Command } from 'commander';
import { parseLang, type Lang } from '../i18n.js';
import { examplesText } from './cli-help.js';
import { sharedOptions, wholeNumber } from './cli-options.js';

/** `jusou lsp` and `jusou preview`: the commands an editor (or a planner beside one) starts. */
export function addEditorCommands(cmd: Command, lang: Lang): void {
  const { t, configLangOption, configOption } = sharedOptions(lang);
  cmd.command('lsp')
    .description(t.lsp)
    .option('--stdio', t.lspStdio)
    .option('--debounce <ms>', t.debounce, (v) => wholeNumber('--debounce', v, lang))
    .addOption(configLangOption())
    .addHelpText('after', examplesText(lang, 'lsp'))
    .action(async (opts) => {
      const { runLsp } = await import('./lsp.js'); // the server and its protocol library: only for editors
      process.exitCode = await runLsp({ ...opts, lang: opts.lang === undefined ? undefined : parseLang(opts.lang) });
    });
  cmd.command('preview')
    .description(t.preview)
    .argument('[plan]', t.previewPlan)
    .option('--port <n>', t.port, (v) => wholeNumber('--port', v, lang))
    .addOption(configLangOption())
    .addOption(configOption())
    .addHelpText('after', examplesText(lang, 'preview'))
    .action(async (plan: string | undefined, opts) => {
      const { runPreview } = await import('./preview.js');
      const { configForRun } = await import('../config/cli.js');
      const run = await configForRun(plan === undefined ? [] : [plan], opts);
      if (typeof run === 'number') return void (process.exitCode = run);
      process.exitCode = await runPreview(run.paths, { port: opts.port, lang: run.lang });
    });
}
