import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { safeCss, sanitizeSvg } from '../../src/render/svg.js';
import { ROOT } from '../helpers/cli.js';

const EXAMPLE = readFileSync(join(ROOT, 'test', 'fixtures', 'figures', 'images', 'taiseizu.svg'), 'utf8');
const FONT = "'BIZ UDPGothic', 'BIZ UDGothic', sans-serif";
const svg = (body: string, attrs = '') => `<svg xmlns="http://www.w3.org/2000/svg"${attrs}>${body}</svg>`;

describe('sanitizeSvg', () => {
  const clean = sanitizeSvg(EXAMPLE)!;

  it('keeps the drawing: shapes, text, gradients and markers referred to inside the document', () => {
    expect(XMLValidator.validate(clean)).toBe(true);
    for (const kept of ['<rect', '<line', '<path', '多機関協働事業', '連携・支援', 'url(#hub-fill)', 'url(#arrow)', 'viewBox="0 0 640 360"', '<linearGradient', 'xmlns:xlink']) {
      expect(clean).toContain(kept);
    }
  });

  it('drops scripts, event attributes, foreignObject, animation and every reference outside the document', () => {
    const withoutNamespaces = clean.replace(/ xmlns(:\w+)?="[^"]*"/g, '');
    expect(withoutNamespaces).not.toMatch(/<script|onload|onclick|__pwned|foreignObject|<animate|javascript:|https?:|file:|@import|<a[\s>]|<image/i);
    expect(clean).not.toContain('<!--');
  });

  it('keeps an internal <use> reference and raster data, and drops a remote one', () => {
    const out = sanitizeSvg(svg('<use href="#a"/><use xlink:href="http://x/y#a"/><image href="data:image/png;base64,iVBORw0KGgo="/><image href="data:text/html;base64,PHNjcmlwdD4="/>', ' xmlns:xlink="http://www.w3.org/1999/xlink"'))!;
    expect(out).toContain('<use href="#a">');
    expect(out).not.toContain('http://x');
    expect(out).toContain('data:image/png;base64,iVBORw0KGgo=');
    expect(out).not.toContain('text/html');
  });

  it('writes text and attributes back escaped, and entities of a DOCTYPE stay text', () => {
    const out = sanitizeSvg(`<!DOCTYPE svg [<!ENTITY x "<script>">]>${svg('<text title="a&quot;b">1 &lt; 2 &amp; &x;</text>')}`)!;
    expect(out).toContain('1 &lt; 2 &amp; &amp;x;');
    expect(out).toContain('title="a&quot;b"');
    expect(out).not.toContain('<script');
  });

  it('adds the SVG namespace an <img> needs and the print font as the weakest default, and keeps nothing but an <svg> root', () => {
    expect(sanitizeSvg('<svg><rect/></svg>')).toBe(`<svg xmlns="http://www.w3.org/2000/svg" font-family="${FONT}"><rect></rect></svg>`);
    expect(sanitizeSvg('<svg xmlns="http://www.w3.org/2000/svg" font-family="serif"/>')).toBe('<svg xmlns="http://www.w3.org/2000/svg" font-family="serif"></svg>');
    expect(sanitizeSvg('<html><svg/></html>')).toBeUndefined();
  });

  it('drops editors\' namespaced attributes and styles that fetch', () => {
    const out = sanitizeSvg(svg('<rect inkscape:label="x" style="fill:url(http://x/a.png);stroke:red" fill="url(https://x/b)"/>'))!;
    expect(out).toBe(svg('<rect style="fill:none;stroke:red"></rect>', ` font-family="${FONT}"`));
    expect(safeCss('a{background:url( "#ok" )} @import "x.css"; b{behavior: url(x.htc)}')).toBe('a{background:url( "#ok" )}  b{ none}');
  });
});
