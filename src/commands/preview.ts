import type { Lang } from '../i18n.js';
import { discoverPlans } from '../load/discover.js';
import { reportBadPaths } from './input.js';

export interface PreviewCommandOptions { port?: number; lang: Lang }

/**
 * `jusou preview [plan]`: serves the plan's rendering and findings on 127.0.0.1 until Ctrl+C (or
 * SIGTERM). Without a plan, the one plan of plans/ (or of the config's `plans`). Exit 0 when stopped,
 * 2 when there is no single plan to show or the port cannot be used.
 */
export async function runPreview(paths: string[], opts: PreviewCommandOptions): Promise<number> {
  if (await reportBadPaths(paths, opts.lang)) return 2;
  const { PREVIEW_TEXT } = await import('../preview/messages.js');
  const t = PREVIEW_TEXT[opts.lang];
  const plans = await discoverPlans(paths.length ? paths : ['plans']);
  if (plans.length !== 1) {
    process.stderr.write(`jusou: ${t.choose(plans.length)}\n`);
    return 2;
  }
  const plan = plans[0];
  const { startPreview } = await import('../preview/server.js');
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
