/**
 * Inline suppression directives, read from the text without a YAML parser (so the fast path, workers
 * and the cache see the same ones). A directive is a comment line of its own: a line whose content,
 * after indentation, starts with `#`. A `#` after a value (`キー: 値  # …`) is not read, because
 * without parsing it cannot be told from a `#` inside a quoted string, and an own-line directive says
 * plainly which line it covers. (Lines inside a block scalar `|` that start with `#` are text in YAML;
 * a directive there would still be read — do not write one there.)
 *
 *   # jusou-disable-next-line code-form, references -- 計画書の表記のまま転記するため
 *   # jusou-disable facility-count -- 施設数は別表で管理
 *   …
 *   # jusou-enable facility-count
 */
export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable';

export interface Directive {
  kind: DirectiveKind;
  /** 1-based line of the comment, and the column where `jusou-` starts (for the diagnostic's range). */
  line: number;
  column: number;
  endColumn: number;
  /** The rule ids as written (may be unknown: that is reported, not dropped). */
  rules: string[];
  /** The text after `--`; empty when there is none. */
  reason: string;
}

const DIRECTIVE = /^(\s*#\s*)(jusou-(disable-next-line|disable|enable))(?=\s|$)(.*)$/;
/** `--` typed with the IME on comes out as `－－` or `ーー`; all three separate the reason. */
const REASON = /\s(?:--|－－|ーー)(?:\s|$)/;

export function parseDirectives(text: string): Directive[] {
  if (!text.includes('jusou-')) return []; // the usual plan: nothing to read
  const out: Directive[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = DIRECTIVE.exec(lines[i].replace(/\r$/, ''));
    if (!m) continue;
    const rest = ` ${m[4]}`;
    const sep = REASON.exec(rest);
    const list = sep ? rest.slice(0, sep.index) : rest;
    const reason = sep ? rest.slice(sep.index + sep[0].length).trim() : '';
    const rules = list.split(/[\s,、，]+/).filter(Boolean);
    const column = m[1].length + 1;
    out.push({ kind: m[3] as DirectiveKind, line: i + 1, column, endColumn: column + m[2].length, rules, reason });
  }
  return out;
}
