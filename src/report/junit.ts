import type { Diagnostic } from '../diagnostic.js';
import { compareDiagnostics } from '../diagnostic.js';
import type { Lang } from '../i18n.js';
import type { RuleDoc } from '../load/rule-docs.js';
import { isCheckRule, reportedRules, uncheckedFiles } from './catalog.js';
import { LABELS } from './labels.js';
import { reportPath } from './paths.js';
import type { Formatter } from './types.js';
import { attrs, xmlText } from './xml.js';

const TEXT = {
  ja: {
    summary: (n: number, first: string) => (n === 1 ? first : `${n}件のエラー（最初: ${first}）`),
    skipped: 'ファイルを読み込めなかったため、このルールでは検証していません',
  },
  en: {
    summary: (n: number, first: string) => (n === 1 ? first : `${n} errors (first: ${first})`),
    skipped: 'not checked by this rule: the file could not be loaded',
  },
};

/** One diagnostic as a reader of a CI log wants it: file:line:col, severity, message, hint, reference. */
function describe(d: Diagnostic, lang: Lang): string {
  const t = LABELS[lang];
  const at = d.line > 0 ? `${reportPath(d.file)}:${d.line}:${d.column}` : reportPath(d.file);
  const lines = [`${at} ${t[d.severity]} ${d.message} (${d.rule})`];
  if (d.note) lines.push(`  ${t.hint}: ${d.note}`);
  if (d.url) lines.push(`  ${t.ref}: ${d.url}`);
  return lines.join('\n');
}

interface Case {
  rule: RuleDoc;
  errors: Diagnostic[];
  warnings: Diagnostic[];
  /** The rule never ran on this file, so it neither passed nor failed. */
  skipped: boolean;
}

/** A rule fails on a file when it found an error there; warnings alone keep it passing, as the exit code does. */
function testcase(file: string, c: Case, lang: Lang): string {
  const head = `    <testcase${attrs({ name: c.rule.id, classname: file, file, time: 0 })}`;
  const parts: string[] = [];
  if (c.skipped) parts.push(`      <skipped${attrs({ message: TEXT[lang].skipped })}/>`);
  if (c.errors.length) {
    const message = TEXT[lang].summary(c.errors.length, c.errors[0].message);
    parts.push(`      <failure${attrs({ message, type: 'error' })}>${xmlText(c.errors.map((d) => describe(d, lang)).join('\n'))}</failure>`);
  }
  if (c.warnings.length) parts.push(`      <system-out>${xmlText(c.warnings.map((d) => describe(d, lang)).join('\n'))}</system-out>`);
  return parts.length ? `${head}>\n${parts.join('\n')}\n    </testcase>` : `${head}/>`;
}

function testsuite(name: string, diagnostics: readonly Diagnostic[], rules: readonly RuleDoc[], unchecked: boolean, lang: Lang) {
  const cases: Case[] = rules.map((rule) => ({
    rule,
    errors: diagnostics.filter((d) => d.rule === rule.id && d.severity === 'error'),
    warnings: diagnostics.filter((d) => d.rule === rule.id && d.severity === 'warning'),
    skipped: unchecked && isCheckRule(rule.id),
  }));
  const failures = cases.filter((c) => c.errors.length).length;
  const skipped = cases.filter((c) => c.skipped).length;
  const open = `  <testsuite${attrs({ name, tests: cases.length, failures, errors: 0, skipped, time: 0, file: name })}>`;
  return { failures, skipped, tests: cases.length, xml: [open, ...cases.map((c) => testcase(name, c, lang)), '  </testsuite>'].join('\n') };
}

/**
 * JUnit XML for GitLab's test reports and Jenkins: a testsuite per plan file (clean files too), a
 * testcase per rule, and a failure carrying the rule's errors with file:line:col. Warnings go to the
 * testcase's system-out and do not fail it; rules that could not run on a file are skipped.
 */
export const junit: Formatter = (diagnostics, ctx) => {
  const rules = reportedRules(diagnostics);
  const sorted = [...diagnostics].sort(compareDiagnostics);
  // One suite per file as reports name it: "./plans/a.yaml" and "plans/a.yaml" are the same file.
  const files = [...new Set([...ctx.files, ...sorted.map((d) => d.file)].map(reportPath))];
  const unchecked = new Set([...uncheckedFiles(diagnostics)].map(reportPath));
  const suites = files.map((f) => testsuite(f, sorted.filter((d) => reportPath(d.file) === f), rules, unchecked.has(f), ctx.lang));
  const sum = (key: 'tests' | 'failures' | 'skipped') => suites.reduce((n, s) => n + s[key], 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs({ name: 'jusou', tests: sum('tests'), failures: sum('failures'), errors: 0, skipped: sum('skipped'), time: 0 })}>`,
    ...suites.map((s) => s.xml),
    '</testsuites>',
    '',
  ].join('\n');
};
