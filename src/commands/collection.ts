import type { Lang } from '../i18n.js';
import { pick } from '../i18n.js';
import { collectionMessages } from '../export/messages.js';
import type { Plan } from '../plan.js';
import { writeFileAtomic } from '../write.js';
import { acceptedPlans, shown } from './accepted.js';
import { reportBadPaths } from './input.js';

export interface CollectionOptions { lang: Lang; color: boolean; force?: boolean }

/** Says a collection message in the command's language. */
export function sayer(lang: Lang): (id: string, params?: Record<string, unknown>) => string {
  return (id, params) => pick(collectionMessages, lang, id, params);
}

/**
 * The plans of a command over many plans (export, compare): every plan must be free of errors, for a
 * table or comparison that silently lacks a municipality would mislead. With --force the plans with
 * errors are left out (listed with their errors) and the others used. A number is the exit code to end with.
 */
export async function collectPlans<T>(command: string, paths: string[], opts: CollectionOptions, take: (file: string, plan: Plan) => T): Promise<{ plans: T[]; refused: number } | number> {
  const say = sayer(opts.lang);
  const fail = (text: string) => process.stderr.write(`jusou: ${text}\n`);
  if (paths.includes('-')) return (fail(say('stdin', { command })), 2);
  if (await reportBadPaths(paths, opts.lang)) return 2;
  const { files, plans, refused } = await acceptedPlans(paths, { lang: opts.lang, color: opts.color, includeErrors: false, say: (id, file) => say(id, { file }) }, take);
  if (files.length === 0) return (fail(say('no-files')), 2);
  if (refused.length && !opts.force) return (fail(say('refused-all', { count: refused.length, valid: plans.length })), 1);
  if (plans.length === 0) return (fail(say('none-valid')), 1);
  if (refused.length) fail(say('forced-some', { count: refused.length, valid: plans.length }));
  return { plans, refused: refused.length };
}

/** Writes each file atomically under the output folder, saying so; a failed write is exit 2. */
export async function writeOutputs(files: { path: string; data: string | Uint8Array }[], lang: Lang): Promise<number> {
  const say = sayer(lang);
  for (const f of files) {
    try {
      await writeFileAtomic(f.path, f.data);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      process.stderr.write(`jusou: ${say('write-failed', { path: shown(f.path), reason: err.code ?? err.message })}\n`);
      return 2;
    }
    process.stdout.write(`${say('wrote', { path: shown(f.path) })}\n`);
  }
  return 0;
}
