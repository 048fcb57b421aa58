import { isAbsolute, relative } from 'node:path';
import type { Diagnostic } from '../diagnostic.js';
import type { Lang } from '../i18n.js';
import { loadData, loadText } from '../load/index.js';
import type { Plan } from '../plan.js';
import { isObject } from '../plan.js';
import { stylish } from '../report/stylish.js';
import { checkPaths } from './check.js';

export interface AcceptOptions {
  lang: Lang;
  color: boolean;
  /** Keep plans that have errors (render --force); otherwise they are refused. */
  includeErrors: boolean;
  /** Says, on stderr, what became of a plan: 'refused', 'forced' (kept despite errors) or 'unreadable'. */
  say(id: 'refused' | 'forced' | 'unreadable', file: string): string;
}

export interface AcceptedPlans<T> {
  /** Every plan file found, in discovery order. */
  files: string[];
  /** What `take` made of each accepted plan. */
  plans: T[];
  refused: string[];
}

/** Keeps the plan itself (render). */
export const wholePlan = (file: string, plan: Plan): { file: string; plan: Plan } => ({ file, plan });

/**
 * The plans a command that reads plans (render, export, compare) may use: checked by the same pipeline
 * as `jusou check`; the errors of a plan that is refused are printed with their positions. `take`
 * turns each plan into what the command keeps as soon as it is read, so that a command over the national
 * corpus (export, compare) need not hold 1,741 parsed plans at once.
 */
export async function acceptedPlans<T>(paths: readonly string[], opts: AcceptOptions, take: (file: string, plan: Plan) => T): Promise<AcceptedPlans<T>> {
  // Each plan is taken as soon as it is checked, from the data the check parsed: no second read, and no
  // 1,741 parsed plans held at once. A plan the check did not hand over (a pool worker's) is read below.
  const taken = new Map<string, T>();
  const isError = (d: Diagnostic) => d.severity === 'error' && !d.suppressed;
  const onData = (file: string, data: unknown, diagnostics: Diagnostic[]) => {
    if (isObject(data) && (opts.includeErrors || !diagnostics.some(isError))) taken.set(file, take(file, data as Plan));
  };
  const checked = await checkPaths(paths, opts.lang, { onData });
  const errorsOf = (file: string) => checked.diagnostics.filter((d) => d.file === file && isError(d));
  const refused: string[] = [];
  const plans: T[] = [];
  const fail = (text: string) => process.stderr.write(`jusou: ${text}\n`);
  for (const file of checked.files) {
    const errors = errorsOf(file);
    if (errors.length && !opts.includeErrors) {
      refused.push(file);
      report(errors, file, checked.sources, opts);
      fail(opts.say('refused', file));
      continue;
    }
    if (taken.has(file)) {
      if (errors.length) fail(opts.say('forced', file));
      plans.push(taken.get(file)!);
      continue;
    }
    // The checked text when the pipeline kept it (it keeps only files with diagnostics), else a fresh read.
    const text = checked.sources.get(file);
    const data = text !== undefined ? loadText(file, text, opts.lang).data : await loadData(file, opts.lang);
    if (!isObject(data)) {
      // Only when errors are kept: the checker always reports a plan that is not a mapping.
      refused.push(file);
      report(errors, file, checked.sources, opts);
      fail(opts.say('unreadable', file));
      continue;
    }
    if (errors.length) fail(opts.say('forced', file));
    plans.push(take(file, data as Plan));
  }
  return { files: checked.files, plans, refused };
}

function report(errors: Diagnostic[], file: string, sources: Map<string, string>, opts: AcceptOptions): void {
  const color = opts.color && Boolean(process.stderr.isTTY);
  process.stderr.write(stylish(errors, { lang: opts.lang, files: [file], sources, color }));
}

/** Paths under the working directory as the planner typed them (dist/…), others in full. */
export function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
