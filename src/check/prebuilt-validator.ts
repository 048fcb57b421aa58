import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { resourcePath } from '../resources.js';

/**
 * The schema validator as code generated at build time (ajv standalone, scripts/build-validator.mjs →
 * lib/check/validate-plan.cjs). It carries the key of what it was built from; a validator built from
 * another schema, other options or another ajv is never used, so an edited schema cannot be checked
 * with a stale validator.
 */
export const PREBUILT_FILE = 'validate-plan.cjs';

/** Schema text + ajv options + ajv version: what the generated code depends on. */
export function validatorKey(options: object): string {
  const require = createRequire(import.meta.url);
  let ajvVersion = '?';
  try {
    ajvVersion = (require('ajv/package.json') as { version: string }).version;
  } catch { /* an ajv without its package.json exported: the key still covers schema and options */ }
  return createHash('sha256')
    .update(readFileSync(resourcePath('schemas', 'plan.schema.json')))
    .update(JSON.stringify(options))
    .update(ajvVersion)
    .digest('hex');
}

/** `file` is for tests; JUSOU_PREBUILT_VALIDATOR=0 forces the runtime compile (for the benchmark's "before"). */
export function prebuiltValidator(options: object, file = `./${PREBUILT_FILE}`): ValidateFunction | undefined {
  if (process.env.JUSOU_PREBUILT_VALIDATOR === '0') return undefined;
  try {
    const require = createRequire(import.meta.url);
    const mod = require(file) as ValidateFunction & { validatorKey?: string };
    if (typeof mod !== 'function' || mod.validatorKey !== validatorKey(options)) return undefined;
    return mod;
  } catch {
    return undefined; // not built (running from src/) or unreadable: compile at run time
  }
}
