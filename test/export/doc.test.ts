import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { exportMarkdown } from '../../src/export/doc.js';
import { resourcePath } from '../../src/resources.js';

it('docs/export.md lists the columns jusou writes (regenerate with npm run docs)', () => {
  expect(readFileSync(resourcePath('docs', 'export.md'), 'utf8')).toBe(exportMarkdown());
});
