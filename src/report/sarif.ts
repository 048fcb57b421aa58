import type { Location, Log, ReportingDescriptor, Result, Run } from 'sarif';
import type { Diagnostic } from '../diagnostic.js';
import { compareDiagnostics, formatPath } from '../diagnostic.js';
import type { Lang } from '../i18n.js';
import type { RuleDoc } from '../load/rule-docs.js';
import { reportedRules, ruleHelpUri } from './catalog.js';
import { LABELS } from './labels.js';
import { pathToUri } from './paths.js';
import { RULES_DOC, tool } from './tool-info.js';
import type { Formatter } from './types.js';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** Paths are relative to the checkout; GitHub and other consumers resolve %SRCROOT% to it. */
const SRCROOT = '%SRCROOT%';

function descriptor(rule: RuleDoc, lang: Lang): ReportingDescriptor {
  const helpUri = ruleHelpUri(rule.id);
  const docs = rule.docs[lang];
  // Without an absolute address (no repository in package.json) the help still names the section.
  const ref = helpUri ?? `${RULES_DOC}#${rule.id}`;
  const help = docs ? `${docs}\n\n${LABELS[lang].ref}: ${ref}` : '';
  return {
    id: rule.id,
    shortDescription: { text: rule.description[lang] },
    ...(docs ? { fullDescription: { text: docs } } : {}),
    ...(help ? { help: { text: help } } : {}),
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: rule.severity },
  };
}

/** Relative paths are relative to %SRCROOT%; absolute ones are file: URIs and need no base. */
function artifactLocation(uri: string, index?: number) {
  return {
    uri,
    ...(uri.startsWith('file:') ? {} : { uriBaseId: SRCROOT }),
    ...(index === undefined ? {} : { index }),
  };
}

function location(d: Diagnostic, index: number, uri: string): Location {
  // A region needs a real start; a file that could not be read has none and is located as a whole.
  const region = d.line > 0
    ? {
        startLine: d.line,
        startColumn: Math.max(d.column, 1),
        ...(d.endLine >= d.line ? { endLine: d.endLine, endColumn: Math.max(d.endColumn, 1) } : {}),
      }
    : undefined;
  return {
    physicalLocation: { artifactLocation: artifactLocation(uri, index), ...(region ? { region } : {}) },
    ...(d.path.length ? { logicalLocations: [{ fullyQualifiedName: formatPath(d.path) }] } : {}),
  };
}

function result(d: Diagnostic, ruleIndex: number, uris: readonly string[]): Result {
  const properties = { ...(d.note ? { hint: d.note } : {}), ...(d.url ? { helpUri: d.url } : {}) };
  return {
    ruleId: d.rule,
    ruleIndex,
    level: d.severity,
    message: { text: d.message },
    locations: [location(d, uris.indexOf(pathToUri(d.file)), pathToUri(d.file))],
    ...(Object.keys(properties).length ? { properties } : {}),
    // An inline `# jusou-disable… -- 理由` accepted it: kept for review, with the planner's reason.
    ...(d.suppressed ? { suppressions: [{ kind: 'inSource', status: 'accepted', justification: d.suppressed.justification }] } : {}),
  };
}

/**
 * SARIF 2.1.0 for code scanning (GitHub upload-sarif and others): one run, a rule entry for every rule
 * (registry and loader rules that occurred), every checked file as an artifact, one result per diagnostic
 * (suppressed ones included, with their `suppressions`, as SARIF consumers expect).
 */
export const sarif: Formatter = (diagnostics, ctx) => {
  const rules = reportedRules(diagnostics);
  // One artifact per URI: "./plans/a.yaml" and "plans/a.yaml" are the same file.
  const uris = [...new Set([...ctx.files, ...diagnostics.map((d) => d.file)].map(pathToUri))];
  const run: Run = {
    tool: { driver: { name: tool.name, version: tool.version, informationUri: tool.informationUri, rules: rules.map((r) => descriptor(r, ctx.lang)) } },
    language: ctx.lang === 'en' ? 'en-US' : 'ja-JP',
    columnKind: 'utf16CodeUnits',
    artifacts: uris.map((uri) => ({ location: artifactLocation(uri) })),
    results: [...diagnostics]
      .sort(compareDiagnostics)
      .map((d) => result(d, rules.findIndex((r) => r.id === d.rule), uris)),
  };
  const log: Log = { $schema: SCHEMA, version: '2.1.0', runs: [run] };
  return `${JSON.stringify(log, null, 2)}\n`;
};
