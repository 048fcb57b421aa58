import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** Debian's chromium package; JUSOU_CHROMIUM points elsewhere (another distribution, a test). */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--no-first-run', '--disable-component-update', '--disable-sync',
];

export function chromiumPath(): string {
  return process.env.JUSOU_CHROMIUM || DEFAULT_CHROMIUM;
}

export type ChromiumProblem = 'missing' | 'module' | 'launch';

/** Why a PDF cannot be printed, for the command to explain in the user's language (never a stack trace). */
export class ChromiumError extends Error {
  constructor(readonly problem: ChromiumProblem, readonly path: string, readonly detail = '') {
    super(`${problem}: ${path} ${detail}`.trim());
  }
}

/** Throws a ChromiumError before anything is rendered, so a missing browser fails fast and writes nothing. */
export function assertChromium(path = chromiumPath()): void {
  if (!existsSync(path)) throw new ChromiumError('missing', path);
}

export async function launchChromium(path = chromiumPath()): Promise<Browser> {
  assertChromium(path);
  let chromium;
  try {
    // Loaded only for PDF output: HTML and Markdown must work without a browser library.
    ({ chromium } = await import('playwright-core'));
  } catch (e) {
    throw new ChromiumError('module', path, e instanceof Error ? e.message : String(e));
  }
  try {
    return await chromium.launch({ executablePath: path, args: CHROMIUM_ARGS, headless: true });
  } catch (e) {
    const first = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    throw new ChromiumError('launch', path, first);
  }
}
