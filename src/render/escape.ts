/**
 * Escaping for the two non-HTML contexts plan text reaches. HTML itself is escaped by Handlebars'
 * `{{ }}`; these return text that is safe to place raw in their own context.
 */
const HTML_SIGNIFICANT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Inline Markdown (GitHub-flavoured): HTML-significant characters become entities (GitHub would
 * otherwise pass some HTML through), Markdown punctuation gets a backslash, line-start markers (- = 1.) and
 * indentation (a code block) are neutralised so a plan sentence never turns into a heading or a list.
 */
export function markdownInline(s: string): string {
  return s
    .replace(/[\\`*_[\]{}()#+!|~]/g, (c) => `\\${c}`)
    .replace(/[&<>"]/g, (c) => HTML_SIGNIFICANT[c])
    .replace(/\r\n?|\n/g, '\n')
    .split('\n')
    .map((line) => line.replace(/^[ \t]+/, '').replace(/^[-=]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2'))
    .join('  \n');
}

/** A GitHub table cell: inline Markdown on one line (a newline would end the row), `|` escaped. */
export function markdownCell(s: string): string {
  return markdownInline(s).replace(/ {2}\n/g, '<br>');
}

/**
 * A CSS string literal that cannot end the string, the rule or the <style> element: everything but
 * ASCII letters and digits is written as a hex escape.
 */
export function cssString(s: string): string {
  let out = '"';
  for (const ch of s) out += /[A-Za-z0-9]/.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `;
  return `${out}"`;
}
