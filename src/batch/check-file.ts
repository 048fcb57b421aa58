import { checkPlan, type CheckOptions } from '../check/index.js';
import { PlanFiles, type Dependency } from '../check/plan-files.js';
import { applyRuleLevels } from '../config/severity.js';
import { NO_RANGE, type Diagnostic } from '../diagnostic.js';
import type { Lang } from '../i18n.js';
import { decode } from '../load/decode.js';
import { fastRanges, parseFast } from '../load/fast-parse.js';
import { loadBytes, loadText, type LoadedPlan } from '../load/index.js';
import type { ReadResult } from '../load/read.js';
import { applySuppressions } from '../suppress/apply.js';

export interface FileCheck {
  diagnostics: Diagnostic[];
  /** The decoded text (BOM removed) for code frames; empty when the bytes could not be decoded. */
  text: string;
  /** Files besides the plan that the result depends on (its figures' images), for the cache. */
  dependencies: Dependency[];
}

/** Where a plan's relative paths start: its file's folder, or none (null) for a plan with no file. */
export type PlanFolder = PlanFiles | null;

/**
 * One plan, from its bytes to its diagnostics. With `fast`, a plan that js-yaml reads (src/load/
 * fast-parse.ts) is checked as plain data and positioned only if it has diagnostics; any other plan
 * (and every plan without `fast`) goes through the full loader. Both give the same diagnostics.
 */
export function checkBytes(file: string, read: ReadResult, lang: Lang, fast: boolean, folder: PlanFolder = PlanFiles.forPlan(file)): FileCheck {
  const decoded = read.ok ? decode(read.bytes) : undefined;
  if (!read.ok || !decoded?.ok) {
    const loaded = loadBytes(file, read, lang);
    return { diagnostics: applyRuleLevels(checkPlan(loaded, { lang })), text: loaded.text, dependencies: [] };
  }
  return checkText(file, decoded.text, lang, fast, folder);
}

/**
 * A decoded plan (BOM removed) to its diagnostics, with inline suppressions (src/suppress/) and then the
 * config's rule levels (src/config/severity.ts) applied: the one place they are applied, so the fast
 * path, workers and the cache all carry the same data.
 */
export function checkText(file: string, body: string, lang: Lang, fast = false, folder: PlanFolder = PlanFiles.forPlan(file)): FileCheck {
  const options = { lang, ...(folder ? { files: folder } : {}) };
  const quick = fast ? checkFast(file, body, options) : undefined;
  const checked = quick ?? { diagnostics: checkPlan(loadText(file, body, lang), options), text: body };
  const diagnostics = applyRuleLevels(applySuppressions(file, body, checked.diagnostics, lang));
  return { diagnostics, text: checked.text, dependencies: folder?.dependencies() ?? [] };
}

/**
 * The fast path: plain data first; positions only when there is a diagnostic to place (fastRanges).
 * Undefined means "not a fast-path text: load it in full".
 */
function checkFast(file: string, body: string, options: CheckOptions): Omit<FileCheck, 'dependencies'> | undefined {
  const parsed = parseFast(body); // decode() has already dropped a BOM
  if (!parsed) return undefined;
  // No Document here to place a fix in: a finding that carries one sends the plan to the full loader.
  let wantsFix = false;
  const editFor = () => { wantsFix = true; return undefined; };
  const plan: LoadedPlan = { file, text: body, data: parsed.data, diagnostics: [], rangeOf: () => ({ ...NO_RANGE }), editFor };
  const diagnostics = checkPlan(plan, options);
  if (diagnostics.length === 0) return { diagnostics, text: body };
  if (wantsFix) return undefined;
  // Rare (a plan with problems): read it again recording positions, and place the diagnostics.
  const rangeOf = fastRanges(body);
  return rangeOf ? { diagnostics: checkPlan({ ...plan, rangeOf }, options), text: body } : undefined;
}
