import { posix } from 'node:path';

/** A checked file's path as reports name it: forward slashes, no leading "./". */
export function reportPath(file: string): string {
  const slashed = file.replace(/\\/g, '/');
  return /^[A-Za-z]:\//.test(slashed) || slashed.startsWith('/') ? slashed : posix.normalize(slashed).replace(/^\.\//, '');
}

/** True when the path is absolute (POSIX or a Windows drive), so it cannot be relative to a source root. */
function isAbsolutePath(file: string): boolean {
  return /^([A-Za-z]:)?\//.test(reportPath(file));
}

/**
 * A path as a URI reference (RFC 3986): each segment percent-encoded, so Japanese names and spaces stay
 * valid for SARIF consumers such as GitHub's upload-sarif, which reject raw ones.
 */
export function pathToUri(file: string): string {
  const p = reportPath(file);
  const encoded = p.split('/').map((s) => (/^[A-Za-z]:$/.test(s) ? s : encodeURIComponent(s))).join('/');
  return isAbsolutePath(p) ? `file://${p.startsWith('/') ? '' : '/'}${encoded}` : encoded;
}
