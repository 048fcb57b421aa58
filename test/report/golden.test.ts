import { describe, expect, it } from 'vitest';
import { formatNames, loadFormatter } from '../../src/report/index.js';
import type { Formatter } from '../../src/report/types.js';

const formatters: Record<string, Formatter> = Object.fromEntries(
  await Promise.all(formatNames.map(async (n) => [n, (await loadFormatter(n))!] as const)),
);
import { checkedFixture } from './report-fixture.js';

// Goldens were produced by running the formatters once (vitest -u) and read line by line before being
// kept. A change in any formatter or rule message shows here as a diff; update with
// `npx vitest run test/report/golden.test.ts -u` after reading it.
const EXT: Record<string, string> = { stylish: 'txt', json: 'json', github: 'txt', sarif: 'sarif', junit: 'xml' };

describe('every formatter on the report fixture (two files with findings, one clean)', () => {
  it('the fixture has errors and warnings in two files', async () => {
    const { diagnostics, files } = await checkedFixture();
    expect(files).toHaveLength(3);
    const withErrors = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
    const withWarnings = new Set(diagnostics.filter((d) => d.severity === 'warning').map((d) => d.file));
    expect(withErrors.size).toBe(2);
    expect(withWarnings.size).toBe(1);
  });

  for (const name of Object.keys(EXT)) {
    it(`${name} matches its golden`, async () => {
      const { diagnostics, ctx } = await checkedFixture();
      await expect(formatters[name](diagnostics, ctx)).toMatchFileSnapshot(`./__golden__/fixture.${name}.${EXT[name]}`);
    });
  }

  it('sarif and junit in English match their goldens', async () => {
    const { diagnostics, ctx } = await checkedFixture('en');
    await expect(formatters.sarif(diagnostics, ctx)).toMatchFileSnapshot('./__golden__/fixture.sarif.en.sarif');
    await expect(formatters.junit(diagnostics, ctx)).toMatchFileSnapshot('./__golden__/fixture.junit.en.xml');
  });
});
