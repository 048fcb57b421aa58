import { describe, expect, it } from 'vitest';
import { mandatedCodes } from '../../src/check/codes.js';
import { buildDocument, renderHtml, renderMarkdown } from '../../src/render/index.js';
import { formatPlanMonth } from '../../src/render/dates.js';
import { PLANS } from '../helpers/cli.js';
import { htmlText, leaves, markdownText, readPlan, squash, type Leaf } from './text.js';

/** Keys whose values are IDs: they become anchors and links, not visible text. */
const ID_LISTS = new Set(['事業', '会議']);
function isIdLeaf(leaf: Leaf): boolean {
  const keys = leaf.path.filter((p): p is string => typeof p === 'string');
  const last = keys[keys.length - 1];
  if (last === 'ID') return true;
  // 章.事業 / 章.会議 / 事業.会議 / 会議.事業 / 評価・見直し.会議 / 推進体制.会議: a list of IDs under a key.
  return typeof leaf.path[leaf.path.length - 1] === 'number' && ID_LISTS.has(last) && keys.length > 1;
}
const MONTH_KEYS = new Set(['策定', '年月', '設置']);
/** Instructions to the tool, not the plan's text: the print order of a 章 (並び) and which ordinance item it covers (記載事項). */
const LAYOUT_KEYS = new Set(['並び', '記載事項']);

/** The reviewers' copy (--notes): the one that shows every value, the transcription notes included. */
function render(name: string) {
  const plan = readPlan(name);
  const doc = buildDocument(plan, { notes: true });
  const html = renderHtml(doc);
  const md = renderMarkdown(doc);
  return { plan, html, md, htmlText: htmlText(html), mdText: markdownText(md) };
}

describe.each(PLANS)('%s: everything the YAML holds is in the document', (name) => {
  const out = render(name);
  const all = leaves(out.plan).filter((l) => l.path[0] !== '$schema');

  it('shows every string and number of the plan as text in the HTML and the Markdown', () => {
    const missing: string[] = [];
    for (const leaf of all.filter((l) => !isIdLeaf(l) && !l.path.some((p) => typeof p === 'string' && LAYOUT_KEYS.has(p)))) {
      const key = leaf.path.filter((p) => typeof p === 'string').pop() as string;
      // 箇所数 is shown in the plan's own wording when it has one (箇所数の表記: 「市内８箇所」).
      if (key === '箇所数' && leaf.path.length && hasSibling(out.plan, leaf.path, '箇所数の表記')) continue;
      const expected = squash(MONTH_KEYS.has(key) && typeof leaf.value === 'string' ? formatPlanMonth(leaf.value)! : String(leaf.value));
      if (!out.htmlText.includes(expected)) missing.push(`HTML ${leaf.path.join('.')}: ${expected}`);
      if (!out.mdText.includes(expected)) missing.push(`MD ${leaf.path.join('.')}: ${expected}`);
    }
    expect(missing).toEqual([]);
    expect(all.length).toBeGreaterThan(100);
  });

  it('turns every ID into an anchor or a link to one, in both formats', () => {
    const missing: string[] = [];
    for (const leaf of all.filter(isIdLeaf)) {
      const id = String(leaf.value);
      const found = (s: string) => s.includes(`"j-${id}"`) || s.includes(`"k-${id}"`) || s.includes(`"#j-${id}"`) || s.includes(`"#k-${id}"`);
      if (!found(out.html)) missing.push(`HTML ${leaf.path.join('.')}: ${id}`);
      if (!(found(out.md) || out.md.includes(`(#j-${id})`) || out.md.includes(`(#k-${id})`))) missing.push(`MD ${leaf.path.join('.')}: ${id}`);
    }
    expect(missing).toEqual([]);
  });

  it('names all twelve mandated 号 and every 事業 and 取組', () => {
    for (const entry of mandatedCodes()) {
      expect(out.htmlText).toContain(entry.code);
      expect(out.htmlText).toContain(entry.name);
      expect(out.mdText).toContain(entry.code);
      expect(out.mdText).toContain(entry.name);
    }
    const names = leaves(out.plan.事業).filter((l) => l.path[l.path.length - 1] === '名称').map((l) => squash(String(l.value)));
    expect(names.length).toBeGreaterThan(5);
    for (const n of names) {
      expect(out.htmlText).toContain(n);
      expect(out.mdText).toContain(n);
    }
  });

  it('writes Markdown tables GitHub can render: every row has its header\'s cell count', () => {
    let header: number | undefined;
    let tables = 0;
    for (const line of out.md.split('\n')) {
      if (!line.startsWith('|')) { header = undefined; continue; }
      const cells = line.replace(/\\\|/g, '').split('|').length - 2;
      if (header === undefined) { header = cells; tables++; } else expect(cells, line).toBe(header);
    }
    expect(tables).toBeGreaterThan(10);
  });

  it('makes no request and carries no script: one self-contained file', () => {
    expect(out.html).not.toMatch(/<script|<link|<img|@import|url\(/i);
    expect(out.html).toContain("default-src 'none'");
  });
});

function hasSibling(plan: unknown, path: (string | number)[], key: string): boolean {
  let node: any = plan;
  for (const p of path.slice(0, -1)) node = node?.[p];
  return node && typeof node === 'object' && key in node;
}

describe.each(PLANS)('%s: the printed plan, not its transcription', (name) => {
  const plan = readPlan(name);
  const doc = buildDocument(plan);
  const texts = { html: htmlText(renderHtml(doc)), md: markdownText(renderMarkdown(doc)) };

  it('prints no transcription note without --notes', () => {
    for (const [format, text] of Object.entries(texts)) {
      for (const word of ['推定', '号の注記', '号の表記', '記載なし', '確認用']) expect(text, `${format}: ${word}`).not.toContain(word);
    }
  });

  it('prints the notes the plan holds, and says so on the cover, with --notes', () => {
    const html = htmlText(renderHtml(buildDocument(plan, { notes: true })));
    expect(html).toContain('確認用');
    const notes = leaves(plan).filter((l) => ['号の注記', '号の表記'].includes(String(l.path[l.path.length - 1])));
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) expect(html).toContain(squash(String(n.value)));
    if (leaves(plan).some((l) => l.path[l.path.length - 1] === '号の推定' && l.value === true)) expect(html).toContain('号は法定の事業名から推定');
  });
});
