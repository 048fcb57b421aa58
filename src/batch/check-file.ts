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
  /** The plan's data as it was checked (undefined when the text could not be loaded): commands that go on to use the plan need not read it again. */
  data?: unknown;
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
    return { diagnostics: applyRuleLevels(checkPlan(loaded, { lang })), text: loaded.text, data: loaded.data, dependencies: [] };
  }
  return checkText(file, decoded.text, lang, fast, undefined, folder);
}

/** The plain data of a text already parsed (by the pipeline's reader thread), or null: not a fast-path text. */
export type Parsed = { data: unknown } | null;

/**
 * A decoded plan (BOM removed) to its diagnostics, with inline suppressions (src/suppress/) and then the
 * config's rule levels (src/config/severity.ts) applied: the one place they are applied, so the fast
 * path, workers and the cache all carry the same data.
 */
export function checkText(file: string, body: string, lang: Lang, fast = false, parsed?: Parsed, folder: PlanFolder = PlanFiles.forPlan(file)): FileCheck {
  const options = { lang, ...(folder ? { files: folder } : {}) };
  const quick = fast ? checkFast(file, body, options, parsed === undefined ? parseFast(body) : parsed ?? undefined) : undefined;
  const checked = quick ?? checkLoaded(loadText(file, body, lang), options);
  const diagnostics = applyRuleLevels(applySuppressions(file, body, checked.diagnostics, lang));
  return { diagnostics, text: checked.text, data: checked.data, dependencies: folder?.dependencies() ?? [] };
}

function checkLoaded(loaded: LoadedPlan, options: CheckOptions): Omit<FileCheck, 'dependencies'> {
  return { diagnostics: checkPlan(loaded, options), text: loaded.text, data: loaded.data };
}

/**
 * The fast path: plain data, checked once. Positions are computed only when the first diagnostic asks
 * for one (a second js-yaml read that records where each node is: fastRanges), so a clean plan never
 * pays for them and a plan with findings is still checked only once. Undefined means "not a fast-path
 * text (or not one whose positions or fixes this path can place): load it in full".
 */
function checkFast(file: string, body: string, options: CheckOptions, parsed: { data: unknown } | undefined): Omit<FileCheck, 'dependencies'> | undefined {
  if (!parsed) return undefined;
  let fullLoaderNeeded = false;
  let ranges: ReturnType<typeof fastRanges> | null = null;
  const rangeOf: LoadedPlan['rangeOf'] = (path, target) => {
    if (ranges === null) ranges = fastRanges(body);
    if (ranges) return ranges(path, target);
    fullLoaderNeeded = true; // an empty item or key somewhere: only the full loader places it as it reports it
    return { ...NO_RANGE };
  };
  // No Document here to place a fix in: a finding that carries one sends the plan to the full loader.
  const editFor = () => { fullLoaderNeeded = true; return undefined; };
  const diagnostics = checkPlan({ file, text: body, data: parsed.data, diagnostics: [], rangeOf, editFor }, options);
  return fullLoaderNeeded ? undefined : { diagnostics, text: body, data: parsed.data };
}
