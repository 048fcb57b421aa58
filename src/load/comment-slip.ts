import type { Document } from 'yaml';
import { yamlLib as Y } from './yaml-lib.js';
import type { Lang } from '../i18n.js';
import { finding, GLUED_HASH } from './slips.js';
import type { RawFinding } from './parse.js';

/**
 * A " #" in an unquoted value starts a comment, so 「名称: 相談 #1 窓口」 is the value 「相談」. A comment
 * after a value is legitimate YAML, so only the likely slip is flagged: a plain value followed on the
 * same line by "#" glued to text ("#1", "#改定"), as a note-to-self comment has a space after "#" and
 * inline directives are "# jusou-…". Warning only: the file still means something.
 */
const AFTER_VALUE = /^[ ]+#(?!jusou-)[^\s#][^\n\r]*/;

export function commentSlips(doc: Document.Parsed, text: string, lang: Lang): RawFinding[] {
  if (!GLUED_HASH.test(text)) return []; // the usual case: no scan of the tree
  const out: RawFinding[] = [];
  Y().visit(doc, {
    Scalar(_key, node) {
      if (!Y().isScalar(node) || node.type !== Y().Scalar.PLAIN || !node.range) return;
      const end = node.range[1];
      const m = AFTER_VALUE.exec(text.slice(end, text.indexOf('\n', end) === -1 ? undefined : text.indexOf('\n', end)));
      if (!m) return;
      const hash = end + m[0].indexOf('#');
      const value = String(node.source);
      const rest = m[0].trim();
      out.push({ ...finding('comment-in-value', hash, end + m[0].length, lang, { value, full: `${value} ${rest}` }), severity: 'warning' });
    },
  });
  return out;
}
