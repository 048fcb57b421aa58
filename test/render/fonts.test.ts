import { describe, expect, it } from 'vitest';
import { FontError, fontCss, missingPrintFaces, PRINT_FACES } from '../../src/render/fonts.js';

describe('print fonts', () => {
  it('names every face it checks in a local() source of the shared CSS, with synthesis off', () => {
    const css = fontCss();
    for (const f of PRINT_FACES) expect(css).toContain(`local("${f.name}")`);
    expect(css).toMatch(/html\s*{[^}]*font-synthesis:\s*none/);
    // No url(): the document stays self-contained and Chromium never fetches a font file.
    expect(css).not.toMatch(/url\(/);
  });

  it('reports the faces fontconfig does not know, with the packages that provide them', () => {
    expect(missingPrintFaces(new Set(PRINT_FACES.map((f) => f.name)))).toEqual([]);
    const missing = missingPrintFaces(new Set(['BIZ UDPGothic', 'BIZ UDPGothic Bold', 'BIZ UDGothic', 'BIZ UDGothic Bold']));
    expect(missing.map((f) => f.name)).toEqual(['BIZ UDPMincho']);
    expect(new FontError(missing).packages).toEqual(['fonts-morisawa-bizud-mincho']);
    expect(new FontError(missingPrintFaces(new Set())).packages).toEqual(['fonts-morisawa-bizud-gothic', 'fonts-morisawa-bizud-mincho']);
  });

  it('finds the Debian faces on this machine', () => {
    expect(missingPrintFaces()).toEqual([]);
  });
});
