// Hand-written rather than fast-xml-parser's XMLBuilder: the builder passes through control characters
// that XML 1.0 forbids (a parser then rejects the whole report) and leaves newlines in attributes, which
// parsers turn into spaces. These few lines are the whole of what JUnit output needs.

/** Characters XML 1.0 does not allow at all (C0 controls other than TAB/LF/CR, lone surrogates, U+FFFE/F). */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text content: markup characters escaped, forbidden characters replaced by U+FFFD. */
export function xmlText(s: string): string {
  return s.replace(FORBIDDEN, '\ufffd').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value in double quotes: also quotes, and whitespace kept as character references. */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/** Attributes in the given order, skipping undefined values. */
export function attrs(pairs: Record<string, string | number | undefined>): string {
  return Object.entries(pairs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`)
    .join('');
}
