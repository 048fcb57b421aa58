import type { Lang } from '../i18n.js';

export interface LspCommandOptions {
  stdio?: boolean;
  lang?: Lang;
  debounce?: number;
}

/** How long the server waits after the last keystroke before checking: long enough to skip a burst of typing. */
export const DEFAULT_DEBOUNCE_MS = 50;

/**
 * `jusou lsp --stdio`: the language server for editors (src/lsp/). Standard input and output carry
 * JSON-RPC only; the command ends when the editor sends `exit` or closes standard input.
 */
export async function runLsp(opts: LspCommandOptions): Promise<number> {
  if (!opts.stdio) {
    process.stderr.write(opts.lang === 'en'
      ? 'jusou: lsp talks to the editor over standard input and output: give --stdio (jusou lsp --stdio)\n'
      : 'jusou: lsp はエディタと標準入出力でやりとりします。--stdio を指定してください（jusou lsp --stdio）\n');
    return 2;
  }
  const { startServer } = await import('../lsp/server.js');
  startServer({ debounceMs: opts.debounce ?? DEFAULT_DEBOUNCE_MS, lang: opts.lang });
  // An editor that goes away without `exit` closes the pipe: end then, instead of lingering.
  await new Promise<void>((resolve) => process.stdin.once('close', resolve).once('end', resolve));
  return 0;
}
