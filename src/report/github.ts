import type { Diagnostic } from '../diagnostic.js';
import { compareDiagnostics } from '../diagnostic.js';
import type { Lang } from '../i18n.js';
import { allRuleDocs } from './catalog.js';
import type { RuleDoc } from '../load/rule-docs.js';
import { LABELS } from './labels.js';
import { reportPath } from './paths.js';
import type { FormatContext, Formatter } from './types.js';

// The escaping of GitHub's workflow commands, as in @actions/core (src/command.ts), which is not
// exported on its own and writes to stdout itself, so a formatter cannot use it.

/** Escapes a command's message: %, CR and LF. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value: as data, plus the separators : and ,. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The annotation's title: the rule's one-line description in the report's language, then its id. */
let docs: Map<string, RuleDoc> | undefined;

function title(rule: string, lang: Lang): string {
  docs ??= new Map(allRuleDocs().map((r) => [r.id, r]));
  const doc = docs.get(rule);
  return doc ? `${doc.description[lang]} (${rule})` : rule;
}

function properties(d: Diagnostic, lang: Lang): string {
  const props: [string, string | number][] = [['file', reportPath(d.file)]];
  if (d.line > 0) {
    props.push(['line', d.line], ['col', d.column]);
    if (d.endLine >= d.line) props.push(['endLine', d.endLine], ['endColumn', d.endColumn]);
  }
  props.push(['title', title(d.rule, lang)]);
  return props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
}

/** The annotation text: the message, then the hint and the reference on lines of their own. */
function body(d: Diagnostic, ctx: FormatContext): string {
  const t = LABELS[ctx.lang];
  const lines = [d.message];
  if (d.note) lines.push(`${t.hint}: ${d.note}`);
  if (d.url) lines.push(`${t.ref}: ${d.url}`);
  return lines.join('\n');
}

/**
 * GitHub Actions workflow commands (::error / ::warning), one line per diagnostic, so each finding is an
 * annotation on the pull request's diff. Prints nothing when there is nothing to say.
 */
export const github: Formatter = (diagnostics, ctx) =>
  [...diagnostics]
    .sort(compareDiagnostics)
    .map((d) => `::${d.severity} ${properties(d, ctx.lang)}::${escapeData(body(d, ctx))}\n`)
    .join('');
