import { createRequire } from 'node:module';
import type { Ajv2020, ErrorObject, Options, ValidateFunction } from 'ajv/dist/2020.js';
import { readJsonResource } from '../resources.js';
import { prebuiltValidator } from './prebuilt-validator.js';

/** One set of options for the runtime compile and the build-time one (scripts/build-validator.mjs). */
export const AJV_OPTIONS: Options = { allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true };

let validator: ValidateFunction | undefined;

/** ajv's compiler is loaded only when there is no prebuilt validator: loading it alone costs ~50 ms a start. */
export function compilePlanValidator(extra: Options = {}): { ajv: Ajv2020; validate: ValidateFunction } {
  const { Ajv2020: Compiler } = createRequire(import.meta.url)('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const ajv = new Compiler({ ...AJV_OPTIONS, ...extra });
  return { ajv, validate: ajv.compile(readJsonResource('schemas', 'plan.schema.json')) };
}

/**
 * Once per process: the validator generated at build time when it was built from this very schema
 * (compiling the schema costs more than checking a hundred plans), otherwise compiled now.
 */
export function planValidator(): ValidateFunction {
  validator ??= prebuiltValidator(AJV_OPTIONS) ?? compilePlanValidator().validate;
  return validator;
}

/** JSON Pointer ("/事業/3/号") → data path (['事業', 3, '号']). */
export function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer.slice(1).split('/').map((s) => {
    const seg = s.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^(0|[1-9]\d*)$/.test(seg) ? Number(seg) : seg;
  });
}

/**
 * ajv reports every failed branch of a oneOf. Keep what helps a planner: when some branch got deeper
 * into the value, its errors; otherwise the oneOf itself (whose title says what was expected).
 */
export function pruneBranchErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const drop = new Set<ErrorObject>();
  for (const e of errors) {
    if (e.keyword !== 'oneOf' && e.keyword !== 'anyOf') continue;
    const prefix = e.schemaPath.replace(/\/(oneOf|anyOf)$/, '/$1/');
    const branch = errors.filter((x) => x !== e && x.schemaPath.startsWith(prefix) && x.instancePath.startsWith(e.instancePath));
    const deeper = branch.filter((x) => x.instancePath.length > e.instancePath.length);
    if (deeper.length > 0) {
      drop.add(e);
      for (const x of branch) if (x.instancePath === e.instancePath) drop.add(x);
    } else for (const x of branch) drop.add(x);
  }
  return errors.filter((e) => !drop.has(e));
}

export function validatePlan(data: unknown): ErrorObject[] {
  const validate = planValidator();
  return validate(data) ? [] : pruneBranchErrors(validate.errors ?? []);
}
