import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allRuleDocs } from '../../src/report/catalog.js';
import { rulesMarkdown } from '../../src/report/rules-doc.js';

const doc = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');

describe('docs/rules.md', () => {
  it('is up to date with the rules (regenerate with `npm run docs`)', () => {
    expect(doc).toBe(rulesMarkdown());
  });

  it('has a section whose anchor is the rule id for every rule a report can name', () => {
    const headings = [...doc.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(allRuleDocs().map((r) => r.id));
    for (const r of allRuleDocs()) {
      expect(r.id).toMatch(/^[a-z][a-z0-9-]*$/); // GitHub's heading anchor is then the id itself
      expect(doc).toContain(r.description.ja);
      expect(doc).toContain(r.docs.ja);
    }
  });
});
