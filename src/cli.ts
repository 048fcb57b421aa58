import { Command, CommanderError, Option } from 'commander';
import { runCheck } from './commands/check.js';
import { runCheckChanged } from './commands/check-changed.js';
import { commandOf, examplesText, helpConfiguration, langFromArgv, usageErrorText } from './commands/cli-help.js';
import { EXIT, pathsArgument, sharedOptions, wholeNumber } from './commands/cli-options.js';
import { addCollectionCommands } from './commands/collection-cli.js';
import { diffCommand } from './commands/diff-cli.js';
import { addEditorCommands } from './commands/editor-cli.js';
import { runRules } from './commands/rules.js';
import { type Lang, parseLang } from './i18n.js';

export { EXIT };

function program(lang: Lang): Command {
  const { t, langOption, configLangOption, configOption } = sharedOptions(lang);
  const cmd = new Command('jusou')
    .description(t.program)
    .exitOverride()
    // Commander's own (English) error line is replaced by usageErrorText in main.
    .configureOutput({ writeErr: (s) => process.stderr.write(s), outputError: () => {} })
    .configureHelp(helpConfiguration(lang))
    .helpOption('-h, --help', t.help)
    .helpCommand('help [command]', t.helpCommand)
    .version('0.1.0', '-V, --version', t.version)
    .addHelpText('after', examplesText(lang, 'jusou'));
  cmd.command('check')
    .description(t.check)
    .addArgument(pathsArgument(t.paths))
    .addOption(new Option('-f, --format <name>', t.format).choices(['stylish', 'json', 'github', 'sarif', 'junit']).default('stylish'))
    .option('-o, --output <file>', t.output)
    .option('--max-warnings <n>', t.maxWarnings, (v) => wholeNumber('--max-warnings', v, lang))
    .option('-q, --quiet', t.quiet)
    .addOption(configLangOption())
    .addOption(configOption())
    .option('--print-config', t.printConfig)
    .option('--no-color', t.noColor)
    .option('--changed', t.changed)
    .option('--base <rev>', t.base)
    .option('--cache', t.cache)
    .option('--cache-location <path>', t.cacheLocation)
    .option('--stdin-filename <path>', t.stdinFilename)
    .option('--fix', t.fix)
    .option('--fix-dry-run', t.fixDryRun)
    .addHelpText('after', examplesText(lang, 'check'))
    .action(async (paths: string[], opts) => {
      const { configForRun, printConfig } = await import('./config/cli.js');
      const run = await configForRun(paths, opts);
      if (typeof run === 'number') return void (process.exitCode = run);
      if (opts.printConfig) return void (process.stdout.write(await printConfig(run.config)), process.exitCode = EXIT.ok);
      const options = { ...opts, lang: run.lang };
      process.exitCode = opts.changed || opts.base !== undefined ? await runCheckChanged(run.paths, options) : await runCheck(run.paths, options);
    });
  cmd.command('rules')
    .description(t.rules)
    .argument('[id]', t.ruleId)
    .addOption(langOption())
    .addHelpText('after', examplesText(lang, 'rules'))
    .action((id: string | undefined, opts) => {
      process.exitCode = runRules(id, parseLang(opts.lang));
    });
  cmd.command('init')
    .description(t.init)
    .argument('[municipality]', t.initName)
    .option('--pref <prefecture>', t.initPref)
    .option('--file <path>', t.initFile)
    .option('--force', t.initForce)
    .option('--repo [dir]', t.repo)
    .option('--gitlab', t.gitlab)
    .option('--from <spec>', t.from)
    .addOption(langOption())
    .addHelpText('after', examplesText(lang, 'init'))
    .action(async (name: string | undefined, opts) => {
      const options = { ...opts, lang: parseLang(opts.lang) };
      // One command for both steps of adopting jusou: the repository (--repo), then a plan (a name).
      if (opts.repo) {
        const { runInitRepo } = await import('./init/repo-command.js');
        process.exitCode = await runInitRepo(opts.repo === true ? '.' : opts.repo, { gitlab: opts.gitlab, from: opts.from, lang: options.lang });
        if (process.exitCode !== EXIT.ok || name === undefined) return;
      }
      if (name === undefined) {
        process.stderr.write(`jusou: ${t.repoMissing}\n`);
        return void (process.exitCode = EXIT.usage);
      }
      const { runInit } = await import('./commands/init.js');
      process.exitCode = await runInit(name, options);
    });
  cmd.command('render')
    .description(t.render)
    .addArgument(pathsArgument(t.renderPaths))
    // No values unless given: jusou.config.yaml's render.out / render.formats apply otherwise.
    .addOption(new Option('-o, --out <dir>', t.out).default(undefined, '"dist"'))
    .addOption(new Option('-f, --format <list>', t.renderFormat).default(undefined, '"html,md"'))
    .option('--force', t.force)
    .option('--notes', t.notes)
    .addOption(configLangOption())
    .addOption(configOption())
    .option('--no-color', t.noColor)
    .addHelpText('after', examplesText(lang, 'render'))
    .action(async (paths: string[], opts) => {
      // Loaded on use: the renderer (templates, Handlebars) would add ~80 ms to every `check` start.
      const { runRender } = await import('./commands/render.js');
      const { configForRun, configOut } = await import('./config/cli.js');
      const run = await configForRun(paths, opts);
      if (typeof run === 'number') return void (process.exitCode = run);
      const out: string = opts.out ?? configOut(run.config);
      const format: string = opts.format ?? run.config.render.formats.join(',');
      process.exitCode = await runRender(run.paths, { ...opts, out, format, lang: run.lang });
    });
  addEditorCommands(cmd, lang);
  addCollectionCommands(cmd, lang);
  cmd.addCommand(diffCommand(lang, cmd));
  return cmd;
}

/**
 * A reader that stops early (`jusou rules | head`) closes stdout: later writes fail with EPIPE. They
 * are dropped, so the command ends as it would have, with its own exit code and no stack trace.
 */
export function ignoreClosedOutput(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') return;
      throw e;
    });
  }
}

export async function main(argv: string[]): Promise<number> {
  // The help is built before options are parsed, so its language is read from the command line first.
  const lang = langFromArgv(argv);
  const cmd = program(lang);
  try {
    await cmd.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return EXIT.ok;
      if (e.code === 'jusou.invalidArgument') process.stderr.write(`jusou: ${e.message}\n`);
      else if (e.code !== 'commander.help') process.stderr.write(usageErrorText(e, lang, commandOf(cmd, argv)));
      return EXIT.usage;
    }
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(lang === 'en'
      ? `jusou: internal error: ${msg}\n(please report it with the steps to reproduce; JUSOU_DEBUG=1 shows the details)\n`
      : `jusou: 内部エラーが発生しました: ${msg}\n（再現手順とともに報告してください。詳細は JUSOU_DEBUG=1 で表示されます）\n`);
    if (process.env.JUSOU_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    return EXIT.usage;
  }
}
