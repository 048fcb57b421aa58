import { readdirSync, readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { resourcePath } from '../resources.js';
import { registerHelpers } from './helpers.js';

/** templates/html and templates/md for a plan; templates/{compare,diff}/{html,md} for jusou compare and diff; templates/preview for jusou preview. */
export type TemplateFormat = 'html' | 'md' | 'preview' | 'compare/html' | 'compare/md' | 'diff/html' | 'diff/md';
export type Template = (context: unknown) => string;

const environments = new Map<TemplateFormat, typeof Handlebars>();
const compiled = new Map<string, Template>();

/** One isolated Handlebars environment per format: every templates/<format>/*.hbs is a partial named after its file. */
function environment(format: TemplateFormat): typeof Handlebars {
  let hb = environments.get(format);
  if (hb) return hb;
  hb = Handlebars.create();
  registerHelpers(hb);
  const dir = resourcePath('templates', format);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.hbs')).sort()) {
    hb.registerPartial(file.slice(0, -'.hbs'.length), readFileSync(`${dir}/${file}`, 'utf8'));
  }
  environments.set(format, hb);
  return hb;
}

/** The partial `name` of a format as a function of its context (compiled once per process). */
export function template(format: TemplateFormat, name: string): Template {
  const key = `${format}/${name}`;
  let t = compiled.get(key);
  if (!t) {
    // preventIndent: partials must not re-indent their output (it would turn Markdown into code blocks).
    t = environment(format).compile(`{{> ${name}}}`, { preventIndent: true });
    compiled.set(key, t);
  }
  return t;
}

/** A file under templates/ read as text (the print CSS that is inlined into every HTML document). */
export function templateText(...parts: string[]): string {
  return readFileSync(resourcePath('templates', ...parts), 'utf8');
}
