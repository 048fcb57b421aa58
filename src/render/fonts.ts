import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Lang } from '../i18n.js';
import { pick } from '../i18n.js';
import { renderMessages } from './messages.js';
import { templateText } from './templates.js';

/** A face the print CSS names (templates/html/fonts.css), with the Debian package and file that provide it. */
export interface PrintFace { name: string; pkg: string; file: string }

const GOTHIC = ['fonts-morisawa-bizud-gothic', '/usr/share/fonts/truetype/bizud-gothic'] as const;
const MINCHO = ['fonts-morisawa-bizud-mincho', '/usr/share/fonts/truetype/bizud-mincho'] as const;
const face = ([pkg, dir]: readonly [string, string], name: string, file: string): PrintFace => ({ name, pkg, file: `${dir}/${file}` });

export const PRINT_FACES: readonly PrintFace[] = [
  face(GOTHIC, 'BIZ UDPGothic', 'BIZUDPGothic-Regular.ttf'),
  face(GOTHIC, 'BIZ UDPGothic Bold', 'BIZUDPGothic-Bold.ttf'),
  face(GOTHIC, 'BIZ UDGothic', 'BIZUDGothic-Regular.ttf'),
  face(GOTHIC, 'BIZ UDGothic Bold', 'BIZUDGothic-Bold.ttf'),
  face(MINCHO, 'BIZ UDPMincho', 'BIZUDPMincho-Regular.ttf'),
];

/** Why a PDF cannot be printed with the print fonts: the faces that are not installed. */
export class FontError extends Error {
  constructor(readonly missing: readonly PrintFace[]) {
    super(`missing fonts: ${missing.map((f) => f.name).join(', ')}`);
  }

  /** The Debian packages that provide the missing faces, for the install command in the message. */
  get packages(): string[] {
    return [...new Set(this.missing.map((f) => f.pkg))];
  }
}

let installed: Set<string> | undefined | null;

/**
 * Full names fontconfig knows, which is where Chromium resolves local() on Linux; null without fc-list
 * (then the Debian file paths are checked instead).
 */
function fontconfigNames(): Set<string> | null {
  if (installed !== undefined) return installed;
  try {
    const out = execFileSync('fc-list', ['--format', '%{fullname}\n'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    installed = new Set(out.split('\n').flatMap((line) => line.split(',')).map((s) => s.trim()).filter(Boolean));
  } catch {
    installed = null;
  }
  return installed;
}

/** The print faces not installed; `names` (full names) stands in for fontconfig in tests. */
export function missingPrintFaces(names: Set<string> | null = fontconfigNames()): PrintFace[] {
  return PRINT_FACES.filter((f) => (names ? !names.has(f.name) : !existsSync(f.file)));
}

/**
 * Throws a FontError before anything is printed: without these faces Chromium would silently fall back
 * to another font (Type 3 in the PDF, different line breaks), which a print shop then rejects.
 */
export function assertPrintFonts(): void {
  const missing = missingPrintFaces();
  if (missing.length) throw new FontError(missing);
}

let css: string | undefined;

/** The shared @font-face rules and font families: every printed output includes this first. */
export function fontCss(): string {
  css ??= templateText('html', 'fonts.css');
  return css;
}

/** What a command says when a print face is missing (render, diff): which faces, and the apt packages. */
export function fontErrorMessage(e: FontError, lang: Lang): string {
  return pick(renderMessages, lang, 'fonts.missing', { fonts: e.missing.map((f) => f.name).join(lang === 'en' ? ', ' : '、'), packages: e.packages.join(' ') });
}
