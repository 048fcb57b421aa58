import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { readJsonResource } from '../resources.js';

let validator: ValidateFunction | undefined;

/** Compiled once per process: the schema is data in schemas/, the law's categories with it. */
export function planValidator(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true });
    validator = ajv.compile(readJsonResource('schemas', 'plan.schema.json'));
  }
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
