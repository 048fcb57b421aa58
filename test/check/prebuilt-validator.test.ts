import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prebuiltValidator } from '../../src/check/prebuilt-validator.js';
import { AJV_OPTIONS, compilePlanValidator, pruneBranchErrors } from '../../src/check/schema.js';
import { validatorSource } from '../../src/check/validator-source.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { PLANS, planPath, ROOT } from '../helpers/cli.js';

/**
 * The validator generated at build time (ajv standalone) must be the runtime-compiled one in all but
 * speed: the same verdict and the same error objects (the rules read keyword, params, schemaPath,
 * parentSchema) on the real plans, the fixtures and mutated plans; and a stale one is never used.
 */
// Under node_modules so that the generated code's require('ajv/dist/runtime/…') resolves.
const DIR = mkdtempSync(join(ROOT, 'node_modules', '.cache-jusou-validator-'));
let generated: ValidateFunction;
let runtime: ValidateFunction;

const fixtureFiles = readdirSync(join(ROOT, 'test', 'fixtures', 'rules')).flatMap((r) => ['pass.yaml', 'fail.yaml'].map((f) => join(ROOT, 'test', 'fixtures', 'rules', r, f)));
const documents = [...PLANS.map(planPath), join(ROOT, 'test', 'fixtures', 'minimal.yaml'), ...fixtureFiles].flatMap((f) => {
  try {
    return [{ file: f, data: parse(readFileSync(f, 'utf8')) as unknown }];
  } catch {
    return []; // fixtures for loader errors are not data
  }
});

function outcome(validate: ValidateFunction, data: unknown) {
  const valid = validate(data);
  return { valid, errors: JSON.parse(JSON.stringify(pruneBranchErrors(validate.errors ?? []))) };
}

beforeAll(() => {
  const file = join(DIR, 'validate-plan.cjs');
  writeFileSync(file, validatorSource());
  generated = prebuiltValidator(AJV_OPTIONS, file)!;
  runtime = compilePlanValidator().validate;
});
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

describe('prebuilt schema validator', () => {
  it('is accepted when built from the current schema and options', () => {
    expect(generated).toBeTypeOf('function');
  });

  it.each(documents.map((d) => [d.file.slice(ROOT.length), d.data]))('equals the runtime-compiled validator on %s', (_f, data) => {
    expect(outcome(generated, data)).toEqual(outcome(runtime, data));
  });

  it('equals it on mutated plans (values replaced by other types, keys renamed)', () => {
    const base = documents[0].data as Record<string, unknown>;
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 }), fc.dictionary(fc.string({ maxLength: 3 }), fc.string(), { maxKeys: 2 }));
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(), leaf, fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 4 }), (edits) => {
      const data = structuredClone(base);
      for (const [n, value, key] of edits) {
        const keys = Object.keys(data);
        const k = keys[n % keys.length];
        if (n % 3 === 0) { data[`${k}${key}`] = data[k]; delete data[k]; } else data[k] = value;
      }
      expect(outcome(generated, data)).toEqual(outcome(runtime, data));
    }), { numRuns: 60 });
  });

  it('is refused when its key does not match (another schema, options or ajv)', () => {
    const stale = join(DIR, 'stale.cjs');
    writeFileSync(stale, validatorSource().replace(/validatorKey = "[0-9a-f]+"/, 'validatorKey = "0000"'));
    expect(prebuiltValidator(AJV_OPTIONS, stale)).toBeUndefined();
    expect(prebuiltValidator({ ...AJV_OPTIONS, allErrors: false }, join(DIR, 'validate-plan.cjs'))).toBeUndefined();
  });

  it('is missing-safe: no file means the runtime compile', () => {
    mkdirSync(join(DIR, 'empty'), { recursive: true });
    expect(prebuiltValidator(AJV_OPTIONS, join(DIR, 'empty', 'none.cjs'))).toBeUndefined();
  });

  it('ships in lib/ after the build and is the one lib/ uses', async () => {
    const lib = (await import(join(ROOT, 'lib', 'check', 'prebuilt-validator.js'))) as typeof import('../../src/check/prebuilt-validator.js');
    expect(lib.prebuiltValidator(AJV_OPTIONS)).toBeTypeOf('function');
  });
});
