import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { extname, isAbsolute, resolve } from 'node:path';
import { createRequire } from 'node:module';

/**
 * A figure's image file (図.画像), as `check` and `render` both see it: what kind its bytes say it is
 * (never only its extension), or why it cannot be used. One reader for the rule, the cache and render,
 * so that what check accepts is exactly what render embeds.
 */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

export type ImageKind = 'png' | 'jpeg' | 'svg';
export const IMAGE_MIME: Record<ImageKind, string> = { png: 'image/png', jpeg: 'image/jpeg', svg: 'image/svg+xml' };
const EXTENSIONS: Record<string, ImageKind> = { '.png': 'png', '.jpg': 'jpeg', '.jpeg': 'jpeg', '.svg': 'svg' };

export type ImageProblem = 'missing' | 'unreadable' | 'not-file' | 'too-large' | 'unsupported' | 'mismatch' | 'bad-svg';
export type ImageProbe =
  | { ok: true; kind: ImageKind; size: number }
  | { ok: false; problem: ImageProblem; size?: number; kind?: ImageKind; code?: string; detail?: string; line?: number; column?: number };

/** Enough of the head to see an SVG root element after an XML declaration, a DOCTYPE and a comment or two. */
const HEAD_BYTES = 64 * 1024;
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
/** Prolog (declaration, comments, processing instructions, DOCTYPE) then the root element <svg>. */
const SVG_ROOT = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*<svg[\s>/]/;

/** Loaded on first use (~50 ms): a check of plans without an SVG figure never pays for the XML parser. */
let validator: typeof import('fast-xml-parser').XMLValidator | undefined;
const xmlValidator = () => (validator ??= (createRequire(import.meta.url)('fast-xml-parser') as typeof import('fast-xml-parser')).XMLValidator);

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** The kind the bytes themselves declare (magic numbers; for SVG the root element), if any we print. */
export function sniffImage(head: Uint8Array): ImageKind | undefined {
  if (startsWith(head, PNG)) return 'png';
  if (startsWith(head, JPEG)) return 'jpeg';
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head).replace(/^\ufeff/, '');
  return SVG_ROOT.test(text) ? 'svg' : undefined;
}

/** A path written in a plan: relative to the plan's folder; a URL or an absolute path is refused (the output must stand alone). */
export function isPlanRelative(written: string): boolean {
  return !isAbsolute(written) && !/^[a-z][a-z0-9+.-]*:/i.test(written) && !written.startsWith('\\');
}

export function resolveImage(planDir: string, written: string): string {
  return resolve(planDir, written);
}

/** The extension's kind, or undefined for an extension we do not print. */
export function extensionKind(written: string): ImageKind | undefined {
  return EXTENSIONS[extname(written).toLowerCase()];
}

type Opened = { ok: true; fd: number; size: number } | { ok: false; probe: ImageProbe };

/** Opens read-only and non-blocking (a FIFO named as an image must not hang check), and refuses what is not a usable file. */
function openImage(path: string): Opened {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'UNKNOWN';
    return { ok: false, probe: { ok: false, problem: code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable', code } };
  }
  const stat = fstatSync(fd);
  const refuse = (probe: ImageProbe): Opened => (closeSync(fd), { ok: false, probe });
  if (!stat.isFile()) return refuse({ ok: false, problem: 'not-file' });
  if (stat.size > MAX_IMAGE_BYTES) return refuse({ ok: false, problem: 'too-large', size: stat.size });
  return { ok: true, fd, size: stat.size };
}

function readUpTo(fd: number, length: number): Uint8Array {
  const buf = Buffer.alloc(length);
  let got = 0;
  for (let n = 1; got < length && n > 0; got += n) n = readSync(fd, buf, got, length - got, got);
  return buf.subarray(0, got);
}

/**
 * The verdict on the file at `path`, reading only the head of a PNG or JPEG (an SVG is read whole, to
 * see that it is well-formed XML). `written` is the path as the plan gives it (for its extension).
 */
export function probeImage(path: string, written = path): ImageProbe {
  return withImage(path, written, HEAD_BYTES, (probe) => probe);
}

/** The whole file with its verdict: what render embeds or copies. */
export function readImage(path: string, written = path): { probe: ImageProbe; bytes?: Uint8Array } {
  return withImage(path, written, Infinity, (probe, bytes) => (probe.ok ? { probe, bytes } : { probe }));
}

function withImage<T>(path: string, written: string, limit: number, done: (probe: ImageProbe, bytes: Uint8Array) => T): T {
  const opened = openImage(path);
  if (!opened.ok) return done(opened.probe, new Uint8Array());
  let bytes: Uint8Array;
  try {
    bytes = readUpTo(opened.fd, Math.min(limit, opened.size));
    if (bytes.length < opened.size && sniffImage(bytes) === 'svg') bytes = readUpTo(opened.fd, opened.size);
  } catch (e) {
    return done({ ok: false, problem: 'unreadable', code: (e as NodeJS.ErrnoException).code ?? 'UNKNOWN' }, new Uint8Array());
  } finally {
    closeSync(opened.fd);
  }
  const kind = sniffImage(bytes.subarray(0, HEAD_BYTES));
  if (!kind) return done({ ok: false, problem: 'unsupported', size: opened.size }, bytes);
  const declared = extensionKind(written);
  if (declared !== kind) return done({ ok: false, problem: declared ? 'mismatch' : 'unsupported', kind, size: opened.size }, bytes);
  if (kind === 'svg') {
    const valid = xmlValidator().validate(new TextDecoder().decode(bytes));
    if (valid !== true) return done({ ok: false, problem: 'bad-svg', kind, detail: valid.err.msg, line: valid.err.line, column: valid.err.col }, bytes);
  }
  return done({ ok: true, kind, size: opened.size }, bytes);
}
