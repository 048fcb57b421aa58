#!/usr/bin/env node
// Build step after tsc: writes the plan schema's validator as standalone code to lib/check/validate-plan.cjs,
// which lib/check/schema.js loads instead of compiling the schema at every start (when its key matches).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PREBUILT_FILE } from '../lib/check/prebuilt-validator.js';
import { validatorSource } from '../lib/check/validator-source.js';

const out = fileURLToPath(new URL(`../lib/check/${PREBUILT_FILE}`, import.meta.url));
writeFileSync(out, validatorSource());
console.log(`wrote ${out}`);
