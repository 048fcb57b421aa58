import { Option, type Command } from 'commander';
import { parseLang, type Lang } from '../i18n.js';
import { examplesText } from './cli-help.js';
import { pathsArgument, sharedOptions } from './cli-options.js';

/** `jusou export` and `jusou compare`: commands over many municipalities' plans at once (prefectures, the ministry). */
export function addCollectionCommands(cmd: Command, lang: Lang): void {
  const { t, langOption } = sharedOptions(lang);
  cmd.command('export')
    .description(t.export)
    .addArgument(pathsArgument(t.renderPaths))
    .addOption(new Option('-f, --format <name>', t.exportFormat).choices(['csv', 'json', 'datapackage']).default('csv'))
    .option('-o, --out <dir>', t.out, 'dist/opendata')
    .option('--bom', t.bom)
    .option('--force', t.collectionForce)
    .addOption(langOption())
    .option('--no-color', t.noColor)
    .addHelpText('after', examplesText(lang, 'export'))
    .action(async (paths: string[], opts) => {
      const { runExport } = await import('./export.js'); // loaded on use, as render is
      process.exitCode = await runExport(paths, { ...opts, lang: parseLang(opts.lang) });
    });
  cmd.command('compare')
    .description(t.compare)
    .addArgument(pathsArgument(t.renderPaths))
    .option('-o, --out <dir>', t.out, 'dist/compare')
    .option('--force', t.collectionForce)
    .addOption(langOption())
    .option('--no-color', t.noColor)
    .addHelpText('after', examplesText(lang, 'compare'))
    .action(async (paths: string[], opts) => {
      const { runCompare } = await import('./compare.js');
      process.exitCode = await runCompare(paths, { ...opts, lang: parseLang(opts.lang) });
    });
}
