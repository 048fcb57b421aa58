import type { CodeAction, CodeActionParams, Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import { CodeActionKind } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { rules } from '../check/rules/index.js';
import type { Diagnostic } from '../diagnostic.js';
import { applyFixes, fixText } from '../fix/apply.js';
import { isFixable } from '../fix/run.js';
import type { Lang } from '../i18n.js';
import { loaderRuleDocs } from '../load/rule-docs.js';
import { lspEdits, replaceEdit } from './convert.js';

/** `source.fixAll.jusou`: what editor.codeActionsOnSave asks for to run `--fix` on save. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.jusou`;

const TEXT = {
  ja: {
    fixTo: (s: string) => `「${s}」に直す`,
    fix: (rule: string) => `この問題を修正する（${rule}）`,
    fixRule: (rule: string, n: number) => `このルールをすべて修正（${rule}、${n}件）`,
    fixAll: 'jusou: 自動で直せる問題をすべて修正',
    suppress: (rule: string) => `理由を書いて抑止（${rule}）`,
  },
  en: {
    fixTo: (s: string) => `Change to "${s}"`,
    fix: (rule: string) => `Fix this problem (${rule})`,
    fixRule: (rule: string, n: number) => `Fix all of this rule (${rule}, ${n})`,
    fixAll: 'jusou: fix all auto-fixable problems',
    suppress: (rule: string) => `Suppress with a reason (${rule})`,
  },
};

/** Findings of the checking rules can be suppressed; the loader's (the text is not a plan yet) cannot (src/suppress/apply.ts). */
const SUPPRESSIBLE = new Set(rules.map((r) => r.id));
const STOPPING = new Set(loaderRuleDocs.filter((r) => r.stopsCheck).map((r) => r.id));

const MAX_SAFETY_CHECKS = 5;

/** The document as last checked: the text the diagnostics' offsets refer to. */
export interface CheckedDocument {
  doc: TextDocument;
  diagnostics: Diagnostic[];
  lang: Lang;
  check(text: string): Diagnostic[];
}

/** The jusou diagnostic an editor diagnostic came from: by the index the server put in `data`, checked against the rule. */
function sourceOf(checked: CheckedDocument, d: LspDiagnostic): Diagnostic | undefined {
  const index = (d.data as { index?: unknown } | undefined)?.index;
  const found = typeof index === 'number' ? checked.diagnostics.filter((x) => !x.suppressed)[index] : undefined;
  return found && found.rule === d.code ? found : undefined;
}

export function codeActions(checked: CheckedDocument, params: CodeActionParams): CodeAction[] {
  const { doc, lang } = checked;
  const t = TEXT[lang];
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const uri = doc.uri;
  const text = doc.getText();
  const out: CodeAction[] = [];
  const active = checked.diagnostics.filter((d) => !d.suppressed);
  if (wants(CodeActionKind.QuickFix)) {
    const offeredRules = new Set<string>();
    for (const lspDiagnostic of params.context.diagnostics) {
      if (lspDiagnostic.source !== 'jusou') continue;
      const d = sourceOf(checked, lspDiagnostic);
      if (!d) continue;
      if (isFixable(d)) {
        // The safety re-check costs one check of the text: done for the few diagnostics at the cursor, not a whole selection.
        const preferred = params.context.diagnostics.length <= MAX_SAFETY_CHECKS && safe(checked, text, d);
        out.push({
          title: fixTitle(d, t), kind: CodeActionKind.QuickFix, diagnostics: [lspDiagnostic],
          isPreferred: preferred, edit: { changes: { [uri]: lspEdits(doc, d.fix!) } },
        });
        const same = active.filter((x) => x.rule === d.rule && isFixable(x));
        if (same.length > 1 && !offeredRules.has(d.rule)) {
          offeredRules.add(d.rule);
          const fixed = applyFixes(text, same.map((x) => x.fix!)).text;
          out.push({ title: t.fixRule(d.rule, same.length), kind: CodeActionKind.QuickFix, diagnostics: [lspDiagnostic], edit: { changes: { [uri]: [replaceEdit(doc, text, fixed)] } } });
        }
      }
      if (SUPPRESSIBLE.has(d.rule) && d.line >= 1) {
        out.push({ title: t.suppress(d.rule), kind: CodeActionKind.QuickFix, diagnostics: [lspDiagnostic], edit: { changes: { [uri]: [suppressEdit(doc, d)] } } });
      }
    }
  }
  if (wants(FIX_ALL_KIND) && active.some(isFixable)) {
    const result = fixText(text, checked.check);
    if (!result.broken && result.text !== text) {
      out.push({ title: t.fixAll, kind: FIX_ALL_KIND, edit: { changes: { [uri]: [replaceEdit(doc, text, result.text)] } } });
    }
  }
  return out;
}

function fixTitle(d: Diagnostic, t: (typeof TEXT)['ja']): string {
  const written = d.fix!.map((e) => e.text.trim()).filter(Boolean);
  return d.fix!.length === 1 && written.length === 1 && written[0].length <= 40 ? t.fixTo(written[0]) : t.fix(d.rule);
}

/** A fix is offered as the preferred one when the text it gives still loads as well as before (as --fix checks). */
function safe(checked: CheckedDocument, text: string, d: Diagnostic): boolean {
  const after = checked.check(applyFixes(text, [d.fix!]).text);
  const count = (ds: Diagnostic[]) => ds.filter((x) => STOPPING.has(x.rule)).length;
  return count(after) <= count(checked.diagnostics);
}

/**
 * `# jusou-disable-next-line <rule> -- ` on a line of its own above the finding, at that line's
 * indentation; the planner types the reason after `-- ` (without one, suppression-reason says so).
 */
function suppressEdit(doc: TextDocument, d: Diagnostic) {
  const line0 = d.line - 1;
  const lineAt = (n: number) => doc.getText({ start: { line: n, character: 0 }, end: { line: n + 1, character: 0 } });
  const line = lineAt(line0);
  // The line already has a directive above it: the rule joins its list (the reason covers both).
  const above = line0 > 0 ? /^(\s*#\s*jusou-disable-next-line\s+)([^\r\n]*?)(\s(?:--|－－|ーー)(?:\s|$)|\r?\n|$)/.exec(lineAt(line0 - 1)) : null;
  if (above && above[2].trim()) {
    const at = { line: line0 - 1, character: above[1].length + above[2].length };
    return { range: { start: at, end: at }, newText: `, ${d.rule}` };
  }
  const indent = /^[ \t]*/.exec(line)![0];
  const eol = line.endsWith('\r\n') ? '\r\n' : '\n';
  const at = { line: line0, character: 0 };
  return { range: { start: at, end: at }, newText: `${indent}# jusou-disable-next-line ${d.rule} -- ${eol}` };
}
