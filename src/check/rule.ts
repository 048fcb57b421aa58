import type { ErrorObject } from 'ajv';
import type { DataPath, Severity } from '../diagnostic.js';
import type { Lang, Messages } from '../i18n.js';
import type { Target } from '../load/positions.js';
import type { Plan } from '../plan.js';
import type { PlanFiles } from './plan-files.js';

/** What a rule sees: the plan's data (possibly schema-invalid), the schema's raw findings, and a reporter. */
export interface RuleContext {
  plan: Plan;
  lang: Lang;
  schemaErrors: readonly ErrorObject[];
  /**
   * The files the plan refers to, from the plan's folder; absent when the plan has no folder (standard
   * input without --stdin-filename), and a rule then checks only what the plan text itself shows.
   */
  files?: PlanFiles;
  /** Whether findings about this path would repeat an error already reported (src/check/broken.ts). */
  broken(path: DataPath): boolean;
  report(finding: Finding): void;
}

export interface Finding {
  path: DataPath;
  messageId: string;
  params?: Record<string, unknown>;
  /** Frame the key (e.g. an unknown key) rather than its value. */
  target?: Target;
  /** Overrides the rule's default severity for this finding. */
  severity?: Severity;
  /** Message id of a hint shown under the message. */
  noteId?: string;
  url?: string;
  /**
   * A fix as data, in the plan's terms: the scalar at `path` becomes these values (more than one splits
   * a list item into several items). The loader turns it into text edits (LoadedPlan.editFor).
   */
  fix?: { path: DataPath; values: FixValue[] };
}

/** A value a fix writes: a number is written plain; a string so that it reads back as that string. */
export type FixValue = string | number;

/** One rule per file, as in ESLint and Spectral: id, texts, one-paragraph doc, and the check. */
export interface Rule {
  id: string;
  severity: Severity;
  /** One line: what the rule asks for. */
  description: Record<Lang, string>;
  /** One paragraph: why the rule exists and how to satisfy it. */
  docs: Record<Lang, string>;
  messages: Messages;
  /** Whether some of its findings carry a fix that `--fix` applies (shown by `jusou rules`). */
  fixable?: boolean;
  check(ctx: RuleContext): void;
}
