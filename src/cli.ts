import { Command, CommanderError, Option } from 'commander';
import { runCheck } from './commands/check.js';
import { runCheckChanged } from './commands/check-changed.js';
import { runRules } from './commands/rules.js';
import { parseLang } from './i18n.js';

/** Exit codes: 0 clean, 1 problems found, 2 usage or internal error. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

function program(): Command {
  const cmd = new Command('jusou')
    .description('重層的支援体制整備事業実施計画の検証と印刷用文書の作成 (plan-as-code for 社会福祉法第106条の5)')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  cmd.command('check')
    .description('計画ファイルを社会福祉法第106条の4第2項とスキーマに照らして検証します')
    .argument('[paths...]', '計画ファイルまたはフォルダ', ['plans'])
    .addOption(new Option('-f, --format <name>', '出力形式').choices(['stylish', 'json', 'github', 'sarif', 'junit']).default('stylish'))
    .option('-o, --output <file>', '結果をファイルに書き出す')
    .option('--max-warnings <n>', '警告がこの数を超えたら失敗にする', (v) => {
      if (!/^\d+$/.test(v)) throw new CommanderError(EXIT.usage, 'jusou.invalidArgument', `--max-warnings には0以上の整数を指定してください: ${v}`);
      return Number(v);
    })
    .option('-q, --quiet', 'エラーだけを表示する')
    .option('--lang <lang>', 'メッセージの言語 (ja | en)', 'ja')
    .option('--no-color', '色を付けない')
    .option('--changed', 'git で変更された計画だけを検証する（既定ではコミットしていない変更と新しいファイル）')
    .option('--base <rev>', '--changed で比べるリビジョン（既定: HEAD）。指定すると --changed になります')
    .option('--cache', '結果をキャッシュし、前回から変わっていない計画の検証を省く')
    .option('--cache-location <path>', 'キャッシュのファイルまたはフォルダ（既定: .jusoucache）')
    .option('--fix', '自動で直せる問題を直して計画ファイルを書き換え、残りの問題を表示する')
    .option('--fix-dry-run', '--fix で行う修正を差分（unified diff）で表示する。ファイルは書き換えない')
    .action(async (paths: string[], opts) => {
      const options = { ...opts, lang: parseLang(opts.lang) };
      process.exitCode = opts.changed || opts.base !== undefined ? await runCheckChanged(paths, options) : await runCheck(paths, options);
    });
  cmd.command('rules')
    .description('ルールの一覧と説明を表示します')
    .argument('[id]', 'ルールID')
    .option('--lang <lang>', 'メッセージの言語 (ja | en)', 'ja')
    .action((id: string | undefined, opts) => {
      process.exitCode = runRules(id, parseLang(opts.lang));
    });
  cmd.command('render')
    .description('計画を印刷用の文書（A4 の HTML・PDF、Markdown）にします。エラーのある計画は文書にしません')
    .argument('[paths...]', '計画ファイルまたはフォルダ', ['plans'])
    .option('-o, --out <dir>', '書き出し先のフォルダ', 'dist')
    .option('-f, --format <list>', '出力形式（html, md, pdf をカンマ区切りで）', 'html,md')
    .option('--force', 'エラーのある計画も文書にする')
    .option('--lang <lang>', 'メッセージの言語 (ja | en)', 'ja')
    .option('--no-color', '色を付けない')
    .action(async (paths: string[], opts) => {
      // Loaded on use: the renderer (templates, Handlebars) would add ~80 ms to every `check` start.
      const { runRender } = await import('./commands/render.js');
      process.exitCode = await runRender(paths, { ...opts, lang: parseLang(opts.lang) });
    });
  return cmd;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await program().parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return EXIT.ok;
      if (e.code === 'jusou.invalidArgument') process.stderr.write(`jusou: ${e.message}\n`);
      return EXIT.usage;
    }
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(`jusou: 内部エラーが発生しました: ${msg}\n（再現手順とともに報告してください。詳細は JUSOU_DEBUG=1 で表示されます）\n`);
    if (process.env.JUSOU_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    return EXIT.usage;
  }
}
