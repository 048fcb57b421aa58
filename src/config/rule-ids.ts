import { rules } from '../check/rules/index.js';
import { loaderRuleDocs } from '../load/rule-docs.js';
import { suppressionRuleDocs } from '../suppress/rule-docs.js';
import type { RuleLevel } from './severity.js';

/** Rules a config may set: checking rules, suppression findings, and loader findings after which the rules still run. */
function configurable() {
  return [...rules, ...loaderRuleDocs.filter((d) => !d.stopsCheck), ...suppressionRuleDocs];
}

/** The ids schemas/config.schema.json lists under rules (a test keeps the two the same). */
export function configurableRuleIds(): string[] {
  return configurable().map((r) => r.id);
}

/** Each configurable rule's own severity, as a config level. */
export function defaultLevels(): Record<string, RuleLevel> {
  return Object.fromEntries(configurable().map((r) => [r.id, r.severity === 'error' ? 'error' : 'warn']));
}
