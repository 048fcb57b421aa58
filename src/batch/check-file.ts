import { checkPlan } from '../check/index.js';
import { NO_RANGE, type Diagnostic } from '../diagnostic.js';
import type { Lang } from '../i18n.js';
import { decode } from '../load/decode.js';
import { parseFast } from '../load/fast-parse.js';
import { loadBytes, loadText, type LoadedPlan } from '../load/index.js';
import type { ReadResult } from '../load/read.js';

export interface FileCheck {
  diagnostics: Diagnostic[];
  /** The decoded text (BOM removed) for code frames; empty when the bytes could not be decoded. */
  text: string;
}

/**
 * One plan, from its bytes to its diagnostics. With `fast`, a plan is first read as plain data
 * (src/load/fast-parse.ts) and checked; only when that finds something is it loaded again with
 * source positions, so the diagnostics are always the full loader's.
 */
export function checkBytes(file: string, read: ReadResult, lang: Lang, fast: boolean): FileCheck {
  const decoded = read.ok ? decode(read.bytes) : undefined;
  if (!read.ok || !decoded?.ok) {
    const loaded = loadBytes(file, read, lang);
    return { diagnostics: checkPlan(loaded, { lang }), text: loaded.text };
  }
  if (fast) {
    const quick = checkFast(file, decoded.text, lang);
    if (quick) return quick;
  }
  const loaded = loadText(file, decoded.text, lang);
  return { diagnostics: checkPlan(loaded, { lang }), text: loaded.text };
}

/** The fast path's verdict when it is "no problems"; undefined means "load it properly". */
function checkFast(file: string, text: string, lang: Lang): FileCheck | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = parseFast(body);
  if (!parsed) return undefined;
  const plan: LoadedPlan = {
    file, text: body, data: parsed.data, diagnostics: [],
    // Never shown: a file with any diagnostic is loaded again with positions by the caller.
    rangeOf: () => ({ ...NO_RANGE }),
  };
  const diagnostics = checkPlan(plan, { lang });
  return diagnostics.length === 0 ? { diagnostics, text: body } : undefined;
}
