import { createRequire } from 'node:module';
import { xmlAttr, xmlText } from '../report/xml.js';

/**
 * An SVG figure made safe to embed: only drawing elements and attributes survive, and nothing may run
 * or fetch. fast-xml-parser (already ours; SVG is XML, so an XML parser sees exactly its structure)
 * reads it, an allowlist keeps what draws, and the tree is written back with our own XML escaping.
 * DOMPurify, the usual sanitiser, needs a DOM (jsdom: dozens of packages and ~0.3 s to start) for
 * what here is a walk over a parsed tree. The result is also embedded as an <img> data URI, which
 * browsers render as a static image (no script, no external loads): two fences, not one.
 */
const DRAWING = [
  'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'style', 'switch',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'textPath',
  'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker', 'image',
  'filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feDropShadow', 'feFlood',
  'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR', 'feGaussianBlur', 'feMerge', 'feMergeNode', 'feMorphology', 'feOffset',
];
const ALLOWED = new Set(DRAWING);
/** A link draws nothing itself: its children are kept, the link dropped. */
const UNWRAP = new Set(['a']);
/** Namespaced attributes worth keeping; every other prefixed one (inkscape:, sodipodi:, ev:…) goes. */
const PREFIXED = new Set(['xmlns:xlink', 'xlink:href', 'xml:space', 'xml:lang']);
const SVG_NS = 'http://www.w3.org/2000/svg';
/**
 * An SVG shown as an image cannot see the document's fonts, so text it does not give a font falls to
 * the system default (Noto CJK here, which Chromium embeds as Type 3 — refused by print shops). As a
 * presentation attribute on the root this is the weakest rule: any font the SVG names still wins.
 */
const DEFAULT_FONT = "'BIZ UDPGothic', 'BIZ UDGothic', sans-serif";
/** Raster data inside an SVG is allowed; it fetches nothing. */
const INLINE_IMAGE = /^data:image\/(png|jpeg);base64,[a-z0-9+/=\s]*$/i;
const URL_REF = /url\(\s*(['"]?)(.*?)\1\s*\)/gi;

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

let parser: { parse(text: string): Node[] } | undefined;
/** Loaded on first use: rendering a plan without an SVG figure never loads the XML parser. */
function xmlParser() {
  if (parser) return parser;
  const { XMLParser } = createRequire(import.meta.url)('fast-xml-parser') as typeof import('fast-xml-parser');
  parser = new XMLParser({
    preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', allowBooleanAttributes: true,
    parseTagValue: false, parseAttributeValue: false, trimValues: false, ignoreDeclaration: true, ignorePiTags: true,
    cdataPropName: '#cdata', commentPropName: '#comment', processEntities: true, htmlEntities: false,
  }) as { parse(text: string): Node[] };
  return parser;
}

/** Elements whose removal a planner should hear of: they run, embed or move something (editors' metadata goes silently). */
const NOTABLE = new Set(['script', 'foreignObject', 'animate', 'animateMotion', 'animateTransform', 'set', 'iframe', 'embed', 'object']);
/** What was taken out, as it is written in the SVG (element names, attribute names, referenced addresses). */
type Removed = Set<string>;
const shorten = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}...` : s);

/** CSS (a <style> element or a style attribute) without imports or references outside the document. */
export function safeCss(css: string, removed: Removed = new Set()): string {
  return css
    .replace(/@import[^;]*;?/gi, () => (removed.add('@import'), ''))
    .replace(URL_REF, (whole, _q, target: string) => (target.trim().startsWith('#') ? whole : (removed.add(shorten(target.trim())), 'none')))
    .replace(/expression\s*\(|javascript:|behavior\s*:|-moz-binding/gi, (m) => (removed.add(m), ''));
}

function safeAttribute(element: string, name: string, value: string, removed: Removed): string | undefined {
  const kept = keptAttribute(element, name, value, removed);
  if (kept === undefined && /^on/i.test(name)) removed.add(name); // event handlers
  else if (kept === undefined && /href$/.test(name)) removed.add(shorten(value.trim()));
  return kept;
}

function keptAttribute(element: string, name: string, value: string, removed: Removed): string | undefined {
  if (/^on/i.test(name)) return undefined;
  if (name.includes(':') && !PREFIXED.has(name)) return undefined;
  if (!/^[A-Za-z_:][\w:.-]*$/.test(name)) return undefined;
  if (name === 'href' || name === 'xlink:href') {
    if (value.trim().startsWith('#')) return value;
    return element === 'image' && INLINE_IMAGE.test(value.trim()) ? value : undefined;
  }
  if (name === 'style') return safeCss(value, removed);
  if (/javascript:|data:/i.test(value)) return (removed.add(shorten(value.trim())), undefined);
  // fill="url(#g)" points inside the document; any other url() would fetch.
  for (const m of value.matchAll(URL_REF)) if (!m[2].trim().startsWith('#')) return (removed.add(shorten(m[2].trim())), undefined);
  return value;
}

function nameOf(node: Node): string | undefined {
  return Object.keys(node).find((k) => k !== ':@');
}

function write(nodes: Node[], out: string[], root: boolean, removed: Removed): void {
  for (const node of nodes) {
    const name = nameOf(node);
    if (name === undefined || name === '#comment') continue;
    const content = node[name];
    if (name === '#text') { out.push(xmlText(String(content))); continue; }
    if (name === '#cdata') { write(content as Node[], out, false, removed); continue; }
    if (UNWRAP.has(name)) { write(content as Node[], out, false, removed); continue; }
    if (!ALLOWED.has(name) || (root && name !== 'svg')) { // script, foreignObject, animate, set, metadata, editors' own elements
      if (NOTABLE.has(name)) removed.add(`<${name}>`);
      continue;
    }
    const attrs = Object.entries(node[':@'] ?? {}).flatMap(([k, v]) => {
      const kept = safeAttribute(name, k, String(v), removed);
      return kept === undefined ? [] : [` ${k}="${xmlAttr(kept)}"`];
    });
    if (name === 'image' && !attrs.some((a) => /^ (xlink:)?href="/.test(a))) continue; // its picture was remote: nothing left to draw
    if (name === 'svg' && root) {
      if (!attrs.some((a) => a.startsWith(' xmlns="'))) attrs.unshift(` xmlns="${SVG_NS}"`);
      if (!attrs.some((a) => a.startsWith(' font-family="'))) attrs.push(` font-family="${xmlAttr(DEFAULT_FONT)}"`);
    }
    out.push(`<${name}${attrs.join('')}>`);
    if (name === 'style') out.push(xmlText(safeCss(textOf(content as Node[]), removed)));
    else write(content as Node[], out, false, removed);
    out.push(`</${name}>`);
  }
}

function textOf(nodes: Node[]): string {
  return nodes.map((n) => {
    const name = nameOf(n);
    if (name === '#text') return String(n[name]);
    return name === '#cdata' ? textOf(n[name] as Node[]) : '';
  }).join('');
}

/**
 * The sanitised SVG document (undefined when the text has no <svg> root to keep), and what was taken
 * out of it that a reader might miss, in document order (check warns of it: src/check/rules/figure-image.ts).
 */
export function inspectSvg(text: string): { svg?: string; removed: string[] } {
  const out: string[] = [];
  const removed: Removed = new Set();
  write(xmlParser().parse(text.replace(/^\ufeff/, '')), out, true, removed);
  return { ...(out.length ? { svg: out.join('') } : {}), removed: [...removed] };
}

export function sanitizeSvg(text: string): string | undefined {
  return inspectSvg(text).svg;
}
