import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { ErrorObject } from 'ajv';
import { pointerToPath } from '../check/schema.js';
import { nearest } from '../check/suggest.js';
import type { DataPath, Diagnostic } from '../diagnostic.js';
import { NO_RANGE } from '../diagnostic.js';
import type { Lang } from '../i18n.js';
import { pick } from '../i18n.js';
import type { LoadedPlan } from '../load/index.js';
import { loaderRuleDocs } from '../load/rule-docs.js';
import { readJsonResource } from '../resources.js';
import { configMessages } from './messages.js';
import { CONFIG_FILE } from './name.js';
import type { RuleLevel } from './severity.js';

export { CONFIG_FILE } from './name.js';

/** The config in force: every key filled (defaults where the file says nothing), with where it came from. */
export interface JusouConfig {
  rules: Record<string, RuleLevel>;
  /** Plan files, folders or globs checked when no path is given, relative to `dir`. */
  plans: string[];
  render: { formats: string[]; out: string };
  lang: Lang;
  /** The config file, or undefined for the defaults. */
  file?: string;
  /** What `plans` and `render.out` are relative to: the config file's folder (the working directory without one). */
  dir: string;
}

export type ConfigResult = { ok: true; config: JusouConfig } | { ok: false; diagnostics: Diagnostic[]; text: string; file: string };

export const DEFAULT_PLANS = ['plans/'];
export const DEFAULT_FORMATS = ['html', 'md'];
export const DEFAULT_OUT = 'dist';

export function defaultConfig(dir = process.cwd()): JusouConfig {
  return { rules: {}, plans: [...DEFAULT_PLANS], render: { formats: [...DEFAULT_FORMATS], out: DEFAULT_OUT }, lang: 'ja', dir };
}

/**
 * Walks up from `start` to the first folder with jusou.config.yaml, stopping at the repository root (a
 * folder with .git or package.json), so a config above the repository never applies.
 */
export function findConfigFile(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (isFile(candidate)) return candidate;
    if (existsSync(join(dir, '.git')) || existsSync(join(dir, 'package.json'))) return undefined;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

function isFile(p: string): boolean {
  try { return statSync(p).isFile(); } catch { return false; }
}

/** The folder the config search starts from: the first plan path's folder (itself if a folder), else the working directory. */
export function searchStart(paths: readonly string[], stdinFilename?: string): string {
  const first = paths.find((p) => p !== '-') ?? (paths.includes('-') && stdinFilename ? stdinFilename : undefined);
  if (first === undefined) return process.cwd();
  try { if (statSync(first).isDirectory()) return first; } catch { /* a file, or not there yet */ }
  return dirname(first);
}

/** --config FILE, or the file found by walking up from `start`; the defaults when there is none. */
export async function resolveConfig(opts: { explicit?: string; start: string; lang: Lang }): Promise<ConfigResult> {
  const file = opts.explicit ?? findConfigFile(opts.start);
  if (file === undefined) return { ok: true, config: defaultConfig() };
  const fail = (id: string, params: Record<string, unknown>): ConfigResult =>
    ({ ok: false, file, text: '', diagnostics: [{ file, ...NO_RANGE, severity: 'error', rule: 'config', message: pick(configMessages, opts.lang, id, params), path: [] }] });
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? fail('no-file', { file }) : fail('read-failed', { file, reason: code ?? String(e) });
  }
  return parseConfig(file, text, opts.lang);
}

/** A config file's text to the config in force, or positioned diagnostics (file:line:col) for what is wrong. */
export async function parseConfig(file: string, text: string, lang: Lang): Promise<ConfigResult> {
  const { loadText } = await import('../load/index.js'); // the YAML loader: only when there is a config file
  const loaded = loadText(file, text, lang);
  const loadErrors = loaded.diagnostics.filter((d) => d.rule !== 'empty-file' && d.severity === 'error');
  if (loadErrors.length) return { ok: false, file, text: loaded.text, diagnostics: loadErrors };
  const data = loaded.data ?? {}; // a file of comments only (the generated one) is the defaults
  const say = (id: string, params?: Record<string, unknown>) => pick(configMessages, lang, id, params);
  const at = (path: DataPath, message: string, target?: 'key'): Diagnostic =>
    ({ file, ...loaded.rangeOf(path, target), severity: 'error', rule: 'config', message, path });
  if (typeof data !== 'object' || Array.isArray(data) || data === null) {
    return { ok: false, file, text: loaded.text, diagnostics: [at([], say('not-mapping'))] };
  }
  // Nothing written (the generated file, all comments) needs no validator: ajv's compile is most of the cost.
  const validate = Object.keys(data).length ? configValidator() : () => true;
  if (!validate(data)) {
    // The rules are loaded only to suggest a rule id: a run whose config is right does not pay for them here.
    const { configurableRuleIds } = await import('./rule-ids.js');
    const ids = configurableRuleIds();
    return { ok: false, file, text: loaded.text, diagnostics: (validator?.errors ?? []).map((e) => explain(e, loaded, ids, say, at)) };
  }
  const d = data as { rules?: Record<string, RuleLevel>; plans?: string[]; render?: { formats?: string[]; out?: string }; lang?: Lang };
  const base = defaultConfig(dirname(resolve(file)));
  return {
    ok: true,
    config: {
      ...base, file,
      rules: { ...(d.rules ?? {}) },
      plans: d.plans ?? base.plans,
      render: { formats: d.render?.formats ?? base.render.formats, out: d.render?.out ?? base.render.out },
      lang: d.lang ?? base.lang,
    },
  };
}

type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
let validator: Validate | undefined;

/** Compiled on first use: only a run with a config file pays for ajv's compiler. */
function configValidator(): Validate {
  if (validator) return validator;
  const { Ajv2020 } = createRequire(import.meta.url)('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  validator = ajv.compile(readJsonResource('schemas', 'config.schema.json'));
  return validator;
}

const STOPPING = new Set(loaderRuleDocs.filter((d) => d.stopsCheck).map((d) => d.id));

function explain(e: ErrorObject, loaded: LoadedPlan, ruleIds: string[], say: (id: string, p?: Record<string, unknown>) => string, at: (p: DataPath, m: string, t?: 'key') => Diagnostic): Diagnostic {
  const path = pointerToPath(e.instancePath);
  const field = path.length ? path.join('.') : '/';
  if (e.keyword === 'additionalProperties') {
    const key = String((e.params as { additionalProperty: string }).additionalProperty);
    const keyPath = [...path, key];
    if (path.length === 1 && path[0] === 'rules') {
      if (STOPPING.has(key)) return at(keyPath, say('loader-rule', { key }), 'key');
      const suggestion = nearest(key, ruleIds);
      return at(keyPath, say('unknown-rule', { key, suggest: suggestion ? say('suggest', { suggestion }) : '' }), 'key');
    }
    const allowed = path.length === 0 ? ['rules', 'plans', 'render', 'lang'] : ['formats', 'out'];
    const suggestion = nearest(key, allowed);
    return at(keyPath, say('unknown-key', { key: path.length ? `${field}.${key}` : key, allowed: allowed.join(', '), suggest: suggestion ? say('suggest', { suggestion }) : '' }), 'key');
  }
  if (e.keyword === 'enum') {
    const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.join(' / ');
    return at(path, say('enum', { field, allowed, value: JSON.stringify(valueAt(loaded.data, path)) }));
  }
  if (e.keyword === 'type') {
    const type = String((e.params as { type: string }).type);
    return at(path, say('type', { field, type: say(`type.${type}`) }));
  }
  return at(path, say('other', { field, detail: e.message ?? e.keyword }));
}

function valueAt(data: unknown, path: DataPath): unknown {
  let v: unknown = data;
  for (const seg of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[seg] : undefined;
  return v;
}
