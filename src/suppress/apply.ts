import { rules } from '../check/rules/index.js';
import { nearest } from '../check/suggest.js';
import type { Diagnostic } from '../diagnostic.js';
import type { Lang } from '../i18n.js';
import { pick } from '../i18n.js';
import { loaderRuleDocs } from '../load/rule-docs.js';
import { parseDirectives, type Directive } from './directives.js';
import { SUPPRESSION_REASON, SUPPRESSION_UNKNOWN_RULE, SUPPRESSION_UNUSED, suppressMessages, suppressionRuleDocs } from './rule-docs.js';

/** One directive's effect: these rules are accepted on lines from..to, for this reason. */
interface Span { directive: Directive; rule: string; from: number; to: number; reason: string; used: boolean }

/**
 * The one place suppressions are applied: after checking, on plain diagnostics (so it is the same on the
 * fast path, in workers and from the cache). A covered finding of a checking rule gets
 * `suppressed: { justification }`; loading errors are never suppressed (the data behind the rules is
 * not trustworthy then). Malformed directives are reported as suppression-* findings themselves.
 */
export function applySuppressions(file: string, text: string, diagnostics: Diagnostic[], lang: Lang): Diagnostic[] {
  const directives = parseDirectives(text);
  if (directives.length === 0) return diagnostics;
  const problems: Diagnostic[] = [];
  const at = (d: Directive, rule: string, severity: Diagnostic['severity'], id: string, params: Record<string, unknown>): Diagnostic => ({
    file, line: d.line, column: d.column, endLine: d.line, endColumn: d.endColumn, severity, rule,
    message: pick(suppressMessages, lang, id, { kind: `jusou-${d.kind}`, ...params }), path: [],
  });
  const spans = collectSpans(directives, (d, id, params) => problems.push(at(d, id === SUPPRESSION_REASON ? id : SUPPRESSION_UNKNOWN_RULE, 'error', id, params)));
  const out = diagnostics.map((d) => {
    if (d.suppressed || !CHECK_RULES.has(d.rule)) return d;
    const span = spans.find((s) => s.rule === d.rule && d.line >= s.from && d.line <= s.to);
    if (!span) return d;
    span.used = true;
    return { ...d, suppressed: { justification: span.reason } };
  });
  // A file the rules did not run on (it could not be loaded) has nothing to suppress: no unused warnings.
  const unchecked = diagnostics.some((d) => STOPPING.has(d.rule));
  if (!unchecked) for (const s of spans) if (!s.used) problems.push(at(s.directive, SUPPRESSION_UNUSED, 'warning', SUPPRESSION_UNUSED, { rule: s.rule }));
  return [...out, ...problems];
}

const CHECK_RULES = new Set(rules.map((r) => r.id));
const NOT_SUPPRESSIBLE = new Set([...loaderRuleDocs, ...suppressionRuleDocs].map((r) => r.id));
const STOPPING = new Set(loaderRuleDocs.filter((r) => r.stopsCheck).map((r) => r.id));

type Complain = (d: Directive, messageId: string, params: Record<string, unknown>) => void;

function collectSpans(directives: Directive[], complain: Complain): Span[] {
  const spans: Span[] = [];
  const open = new Map<string, Span[]>();
  for (const d of directives) {
    if (d.rules.length === 0) { complain(d, 'unknown.none', {}); continue; }
    const known = d.rules.filter((rule) => knownRule(d, rule, complain));
    if (d.kind === 'enable') {
      for (const rule of known) {
        for (const span of open.get(rule) ?? []) span.to = d.line - 1;
        open.delete(rule);
      }
      continue;
    }
    if (!d.reason) { complain(d, SUPPRESSION_REASON, { rules: d.rules.join(', ') }); continue; }
    for (const rule of known) {
      const next = d.kind === 'disable-next-line';
      const span: Span = { directive: d, rule, from: d.line + 1, to: next ? d.line + 1 : Infinity, reason: d.reason, used: false };
      spans.push(span);
      if (!next) open.set(rule, [...(open.get(rule) ?? []), span]);
    }
  }
  return spans;
}

function knownRule(d: Directive, rule: string, complain: Complain): boolean {
  if (CHECK_RULES.has(rule)) return true;
  if (NOT_SUPPRESSIBLE.has(rule)) complain(d, 'unknown.loader', { rule });
  else {
    const suggestion = nearest(rule, [...CHECK_RULES]);
    complain(d, suggestion ? 'unknown.suggest' : SUPPRESSION_UNKNOWN_RULE, { rule, suggestion });
  }
  return false;
}
