import type { ErrorObject } from 'ajv';
import { compareDiagnostics, type Diagnostic } from '../diagnostic.js';
import type { Lang } from '../i18n.js';
import { pick } from '../i18n.js';
import type { LoadedPlan } from '../load/index.js';
import { loadMessages } from '../load/messages.js';
import type { Plan } from '../plan.js';
import { isObject, withWalkMemo } from '../plan.js';
import { brokenPaths, isUnder } from './broken.js';
import type { PlanFiles } from './plan-files.js';
import type { Finding, Rule } from './rule.js';
import { rules as allRules } from './rules/index.js';
import { validatePlan } from './schema.js';

export interface CheckOptions {
  lang: Lang;
  rules?: readonly Rule[];
  /** The plan's folder, for the files it refers to (src/check/plan-files.ts). */
  files?: PlanFiles;
}

/**
 * Runs the schema and every rule over a loaded plan. Rules collect findings as data (paths and message
 * ids); this is the one place that turns a path into a source range and a message id into text.
 */
export function checkPlan(loaded: LoadedPlan, options: CheckOptions): Diagnostic[] {
  const diagnostics = [...loaded.diagnostics];
  if (loaded.data === undefined) return diagnostics.sort(compareDiagnostics); // nothing safe to check: the loader said why
  if (!isObject(loaded.data)) {
    diagnostics.push({
      file: loaded.file, ...loaded.rangeOf([]), severity: 'error', rule: 'not-mapping', path: [],
      message: pick(loadMessages, options.lang, 'not-mapping'),
    });
    return diagnostics.sort(compareDiagnostics);
  }
  const schemaErrors = validatePlan(loaded.data);
  const found: Diagnostic[] = [];
  withWalkMemo(() => runRules(loaded, options, schemaErrors, found));
  // A rule finding on a line the loader already faulted follows from that fault (a mangled key or value).
  const faulted = new Set(loaded.diagnostics.filter((d) => d.severity === 'error').map((d) => d.line));
  diagnostics.push(...found.filter((d) => !faulted.has(d.line)));
  return diagnostics.sort(compareDiagnostics);
}

function runRules(loaded: LoadedPlan, options: CheckOptions, schemaErrors: ErrorObject[], diagnostics: Diagnostic[]): void {
  const brokenAt = brokenPaths(schemaErrors);
  const broken = (path: (string | number)[]) => isUnder(path, brokenAt);
  for (const rule of options.rules ?? allRules) {
    // The schema's own findings name the broken paths; any other rule's finding under one is noise.
    const report = (f: Finding) => {
      if (rule.id === 'schema' || !broken(f.path)) diagnostics.push(toDiagnostic(loaded, rule, f, options.lang));
    };
    try {
      rule.check({ plan: loaded.data as Plan, lang: options.lang, schemaErrors, broken, report, files: options.files });
    } catch (e) {
      // A rule must never take the whole check down; say which rule failed, at the file.
      diagnostics.push({
        file: loaded.file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', rule: rule.id, path: [],
        message: `${options.lang === 'en' ? 'internal error in rule' : 'ルールの内部エラー'} ${rule.id}: ${e instanceof Error ? e.message : String(e)}`,
      });
    }
  }
}

function toDiagnostic(loaded: LoadedPlan, rule: Rule, f: Finding, lang: Lang): Diagnostic {
  const params = f.params ?? {};
  return {
    file: loaded.file,
    ...loaded.rangeOf(f.path, f.target),
    severity: f.severity ?? rule.severity,
    rule: rule.id,
    message: pick(rule.messages, lang, f.messageId, params),
    path: f.path,
    ...(f.noteId ? { note: pick(rule.messages, lang, f.noteId, params) } : {}),
    ...(f.url ? { url: f.url } : {}),
    ...fixOf(loaded, f),
  };
}

/** A finding's fix in plan terms → text edits (the loader knows where the scalar stands); none if it cannot be placed. */
function fixOf(loaded: LoadedPlan, f: Finding): { fix?: Diagnostic['fix'] } {
  if (!f.fix) return {};
  const edits = loaded.editFor?.(f.fix.path, f.fix.values);
  return edits?.length ? { fix: edits } : {};
}
