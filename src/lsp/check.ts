import { checkBytes } from '../batch/check-file.js';
import { setRuleLevels, type RuleLevels } from '../config/severity.js';
import type { Diagnostic } from '../diagnostic.js';
import type { Lang } from '../i18n.js';
import { MAX_BYTES, type ReadResult } from '../load/read.js';

/**
 * An editor buffer through the same checker as `jusou check` (src/batch/check-file.ts): the text is
 * turned back into the UTF-8 bytes the file would hold when saved, so the size limit, binary and
 * encoding checks, the loader, the schema, every rule, inline suppressions and the config's rule levels
 * all apply exactly as on the command line.
 */
export function checkDocumentText(file: string, text: string, lang: Lang, levels: RuleLevels): Diagnostic[] {
  // Measured before encoding, so a huge buffer costs no copy: a UTF-8 character is at most 3 bytes per code unit.
  const size = text.length > MAX_BYTES / 3 ? Buffer.byteLength(text, 'utf8') : 0;
  const read: ReadResult = size > MAX_BYTES ? { ok: false, code: 'TOO_LARGE', size } : { ok: true, bytes: Buffer.from(text, 'utf8') };
  // The levels are process-wide state of the checker (src/config/severity.ts); the server checks one text at a time.
  setRuleLevels(levels);
  try {
    return checkBytes(file, read, lang, process.env.JUSOU_FAST !== '0').diagnostics;
  } finally {
    setRuleLevels(undefined);
  }
}
