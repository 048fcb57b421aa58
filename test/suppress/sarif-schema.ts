import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';

// The vendored SARIF 2.1.0 schema (test/vendor/README.md), compiled as test/report/sarif.test.ts does, with
// one correction: that edition (the spec repository's prose draft) names the suppression's review status
// `state`, while the OASIS standard (§3.35.3, the errata01 schema our `$schema` names) and its consumers
// (@types/sarif, GitHub, GitLab, Qodana) read `status`. The formatter writes the standard's `status`.
const schema = JSON.parse(readFileSync(new URL('../vendor/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
const suppression = schema.definitions.suppression.properties;
suppression.status = suppression.state;
delete suppression.state;
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/** The schema's errors for a SARIF log; empty when it is valid. */
export function validateSarif(log: unknown): unknown[] {
  return validate(log) ? [] : [...(validate.errors ?? [])];
}
