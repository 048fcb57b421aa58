import type { Diagnostic } from '../diagnostic.js';
import type { Lang } from '../i18n.js';

/** What a formatter may know besides the diagnostics: nothing it could fetch itself. */
export interface FormatContext {
  lang: Lang;
  /** Files that were checked (so clean files can appear in per-file reports such as JUnit). */
  files: readonly string[];
  /** Source text by file, for code frames. */
  sources: ReadonlyMap<string, string>;
  color: boolean;
  /** Warnings left out by -q (so a clean-looking report can say they exist). */
  hiddenWarnings?: number;
}

/** A formatter is a pure function of diagnostics to text. */
export type Formatter = (diagnostics: readonly Diagnostic[], ctx: FormatContext) => string;
