import type { Lang } from '../i18n.js';
import { reportBadPaths } from './input.js';

export interface PreviewCommandOptions { port?: number; lang: Lang }

/**
 * `jusou preview <plan>`: serves the plan's rendering and findings on 127.0.0.1 until Ctrl+C (or
 * SIGTERM). Exit 0 when stopped, 2 when the plan is not there or the port cannot be used.
 */
export async function runPreview(plan: string, opts: PreviewCommandOptions): Promise<number> {
  if (await reportBadPaths([plan], opts.lang)) return 2;
  const { startPreview } = await import('../preview/server.js');
  const { PREVIEW_TEXT } = await import('../preview/messages.js');
  const t = PREVIEW_TEXT[opts.lang];
  let server;
  try {
    server = await startPreview(plan, opts);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    process.stderr.write(`jusou: ${err.code === 'EADDRINUSE' ? t.portInUse(opts.port ?? 0) : t.listenFailed(err.code ?? err.message)}\n`);
    return 2;
  }
  process.stdout.write(`${t.listening(server.url, plan)}\n`);
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await server.close();
  return 0;
}
