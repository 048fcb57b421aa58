import { checkPaths } from '../../src/commands/check.js';
import type { Lang } from '../../src/i18n.js';
import type { FormatContext } from '../../src/report/types.js';

/**
 * The report fixture, checked for real: minato.yaml (errors and warnings), "kita, 2.yaml" (a loader error;
 * its name needs escaping in every format) and seiketsu.yaml (clean). Paths are relative to the repository
 * root, the working directory of the tests, as they are in CI.
 */
export const FIXTURE_DIR = 'test/fixtures/report';

export async function checkedFixture(lang: Lang = 'ja') {
  const result = await checkPaths([FIXTURE_DIR], lang);
  const ctx: FormatContext = { lang, files: result.files, sources: result.sources, color: false };
  return { ...result, ctx };
}
