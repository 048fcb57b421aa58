import Handlebars from 'handlebars';
import { cssString, markdownCell, markdownInline } from './escape.js';
import { registerPageHelpers } from './pages.js';
import type { ListView } from './view.js';

type HandlebarsEnv = typeof Handlebars;

function str(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

/**
 * Helpers the templates use. The escaping helpers return SafeString only after escaping for their own
 * context; plan text is otherwise printed with `{{ }}`, which escapes for HTML.
 */
export function registerHelpers(hb: HandlebarsEnv): void {
  hb.registerHelper('md', (v: unknown) => new hb.SafeString(markdownInline(str(v))));
  hb.registerHelper('cell', (v: unknown) => new hb.SafeString(markdownCell(str(v))));
  hb.registerHelper('cssString', (v: unknown) => new hb.SafeString(cssString(str(v))));
  hb.registerHelper('hashes', (level: unknown) => '#'.repeat(Math.min(Math.max(Number(level) || 1, 1), 6)));
  hb.registerHelper('listLines', (list: ListView) => listLines(list, 0));
  hb.registerHelper('columns', (items: unknown) => columnsClass(items));
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('and', (...args: unknown[]) => args.slice(0, -1).every(Boolean));
  hb.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  registerPageHelpers(hb);
}

interface ListLine { indent: string; text: string; strong: boolean }

/**
 * A nested 箇条書き as Markdown list lines: a nested list's heading becomes a bold item and its items
 * go one level deeper (Markdown nests lists by indentation, which a recursive partial cannot track).
 */
export function listLines(list: ListView | undefined, depth: number): ListLine[] {
  const out: ListLine[] = [];
  for (const item of list?.items ?? []) {
    if (item.list) {
      if (item.list.heading !== undefined) out.push({ indent: '  '.repeat(depth), text: item.list.heading, strong: true });
      out.push(...listLines({ items: item.list.items }, depth + 1));
    } else out.push({ indent: '  '.repeat(depth), text: item.text ?? '', strong: false });
  }
  return out;
}

/**
 * Long lists of short names (32 地域包括支援センター, the words of a figure) are set in columns so that
 * they do not fill a page: three columns for names, two for short phrases, none for sentences.
 */
export function columnsClass(items: unknown): string {
  if (!Array.isArray(items) || items.length < 6) return '';
  const longest = Math.max(...items.map((i) => str(typeof i === 'object' && i ? (i as { name?: unknown }).name : i).length));
  return longest <= 18 ? 'columns' : longest <= 30 ? 'columns-2' : '';
}
