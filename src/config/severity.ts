import type { Diagnostic } from '../diagnostic.js';

/** A rule's level in jusou.config.yaml: off drops its findings, warn and error set their severity. */
export type RuleLevel = 'off' | 'warn' | 'error';
export type RuleLevels = Readonly<Record<string, RuleLevel>>;

/**
 * The levels in force for this process (set once from the config before checking; a worker sets the
 * ones its job carries). Kept here, without the config loader, so the checker and workers load nothing more.
 */
let active: RuleLevels = {};

export function setRuleLevels(levels: RuleLevels | undefined): void {
  active = levels ?? {};
}

export function ruleLevels(): RuleLevels {
  return active;
}

/**
 * The one place the config's rule levels are applied: after checking and after suppressions, on plain
 * diagnostics, so the fast path, workers, --fix's re-check and the cache all carry the same data.
 */
export function applyRuleLevels(diagnostics: Diagnostic[], levels: RuleLevels = active): Diagnostic[] {
  if (Object.keys(levels).length === 0) return diagnostics;
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const level = Object.hasOwn(levels, d.rule) ? levels[d.rule] : undefined;
    if (level === 'off') continue;
    out.push(level === undefined ? d : { ...d, severity: level === 'warn' ? 'warning' : 'error' });
  }
  return out;
}

/** What the levels change, as a stable string for the cache key ('' when they change nothing). */
export function ruleLevelsKey(levels: RuleLevels = active): string {
  const ids = Object.keys(levels).sort();
  return ids.length ? `\0rules:${ids.map((id) => `${id}=${levels[id]}`).join(',')}` : '';
}
