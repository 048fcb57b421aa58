import { Command, CommanderError, Option } from 'commander';
import { runCheck } from './commands/check.js';
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
    .action(async (paths: string[], opts) => {
      process.exitCode = await runCheck(paths, { ...opts, lang: parseLang(opts.lang) });
    });
  cmd.command('rules')
    .description('ルールの一覧と説明を表示します')
    .argument('[id]', 'ルールID')
    .option('--lang <lang>', 'メッセージの言語 (ja | en)', 'ja')
    .action((id: string | undefined, opts) => {
      process.exitCode = runRules(id, parseLang(opts.lang));
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
