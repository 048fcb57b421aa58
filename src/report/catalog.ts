import { codeTable, mandatedCodes } from '../check/codes.js';
import { rules } from '../check/rules/index.js';
import type { Diagnostic } from '../diagnostic.js';
import { loaderRuleDocs, type RuleDoc } from '../load/rule-docs.js';
import { suppressionRuleDocs } from '../suppress/rule-docs.js';
import { ruleDocUri } from './tool-info.js';

/** Every documented rule: the checker's rules in registry order, then the suppression directives', then the loader's. */
export function allRuleDocs(): RuleDoc[] {
  return [...rules, ...suppressionRuleDocs, ...loaderRuleDocs];
}

/**
 * The rules a per-rule report lists: every registered rule (so passing rules show as passing), then the
 * loader rule ids that occurred, then any other id that occurred. The order does not depend on the
 * order of the diagnostics, so rule indexes are stable.
 */
export function reportedRules(diagnostics: readonly Diagnostic[]): RuleDoc[] {
  const occurred = new Set(diagnostics.map((d) => d.rule));
  const out: RuleDoc[] = [...rules, ...[...suppressionRuleDocs, ...loaderRuleDocs].filter((r) => occurred.has(r.id))];
  const known = new Set(out.map((r) => r.id));
  for (const id of [...occurred].filter((x) => !known.has(x)).sort()) {
    const severity = diagnostics.find((d) => d.rule === id)?.severity ?? 'error';
    out.push({ id, severity, description: { ja: id, en: id }, docs: { ja: '', en: '' } });
  }
  return out;
}

/** True for the checker's own rules (not the loader's): the ones a file that failed to load never ran. */
export function isCheckRule(ruleId: string): boolean {
  return rules.some((r) => r.id === ruleId);
}

/** Files whose diagnostics show that the rules did not run on them (they could not be loaded). */
export function uncheckedFiles(diagnostics: readonly Diagnostic[]): Set<string> {
  const stopping = new Set(loaderRuleDocs.filter((r) => r.stopsCheck).map((r) => r.id));
  return new Set(diagnostics.filter((d) => stopping.has(d.rule)).map((d) => d.file));
}

/** e-Gov address of 社会福祉法第106条の4第2項 itself: the codes' item anchors without the item part. */
export function paragraphUrl(): string {
  const t = codeTable();
  const anchor = mandatedCodes()[0].anchor.replace(/-It_.*$/, '');
  return `${t.eGovBase}${t.law.lawId}#${anchor}`;
}

/** Where a rule is explained: the provision for mandated-codes, else the rule's section in docs/rules.md. */
export function ruleHelpUri(ruleId: string): string | undefined {
  return ruleId === 'mandated-codes' ? paragraphUrl() : ruleDocUri(ruleId);
}
