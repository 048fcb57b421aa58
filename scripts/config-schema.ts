// Regenerates the rule ids under `rules` in schemas/config.schema.json from the rule definitions, with the
// rule's Japanese description as the title (editor completion and hover). The rest of the schema is kept.
// Run after adding a rule: npx tsx scripts/config-schema.ts (test/config/config.test.ts checks the two agree).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rules } from '../src/check/rules/index.js';
import { loaderRuleDocs } from '../src/load/rule-docs.js';
import { suppressionRuleDocs } from '../src/suppress/rule-docs.js';

const file = fileURLToPath(new URL('../schemas/config.schema.json', import.meta.url));
const schema = JSON.parse(readFileSync(file, 'utf8'));
const all = [...rules, ...loaderRuleDocs.filter((d) => !d.stopsCheck), ...suppressionRuleDocs];
schema.properties.rules.properties = Object.fromEntries(all.map((r) => [r.id, {
  $ref: '#/$defs/重さ',
  title: r.description.ja,
  description: `ルール ${r.id}（既定: ${r.severity === 'error' ? 'error' : 'warn'}）。off で指摘しない、warn で警告、error でエラーにします。説明は jusou rules ${r.id} で表示されます。`,
}]));
writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
console.log(`wrote ${file} (${all.length} rules)`);
