import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildDocument, renderHtml, renderMarkdown } from '../../src/render/index.js';
import { PLANS, ROOT } from '../helpers/cli.js';
import { htmlText, markdownText, readPlan } from './text.js';

const minimal = (): any => parse(readFileSync(join(ROOT, 'test', 'fixtures', 'minimal.yaml'), 'utf8'));

describe('dates in 和暦', () => {
  it('shows 策定 and 計画期間 in the Japanese calendar with the Western year beside the 年度', () => {
    const doc = buildDocument(minimal());
    expect(doc.adopted).toBe('令和4年4月');
    expect(doc.period).toBe('令和4年度（2022年度）から令和6年度（2024年度）まで');
    expect(htmlText(renderHtml(doc))).toContain('令和4年4月 策定');
  });

  it('keeps a 和暦 年月 as written and an open-ended period as such', () => {
    const plan = minimal();
    plan.計画.策定 = '令和元年5月';
    plan.計画.期間 = { 終了年度: 2029 };
    const doc = buildDocument(plan);
    expect(doc.adopted).toBe('令和元年5月');
    expect(doc.period).toBe('令和11年度（2029年度）まで');
  });
});

describe('the 対応表', () => {
  it('shows all twelve 号 as implemented for a complete plan', () => {
    const doc = buildDocument(minimal());
    expect(doc.coverage.complete).toBe(true);
    expect(doc.coverage.rows.map((r) => r.code)).toHaveLength(12);
    expect(doc.coverage.rows.find((r) => r.code === '第6号')!.implementers).toEqual([{ text: '多機関協働事業', href: '#j-takikan' }]);
  });

  it('marks a missing 号 in both formats', () => {
    const plan = minimal();
    plan.事業.find((b: any) => b.ID === 'sanka').号 = ['第3号'];
    const doc = buildDocument(plan);
    expect(doc.coverage).toMatchObject({ complete: false, missing: 1 });
    const html = renderHtml(doc);
    expect(html).toMatch(/<tr class="missing-row">\s*<th scope="row"><a href="[^"]+It_2"[^>]*>第2号<\/a>/);
    expect(htmlText(html)).toContain('12の号のうち1の号に、実施する事業がありません');
    expect(renderMarkdown(doc)).toMatch(/\| \[第2号\]\([^)]+\) \| 参加支援事業 \| \*\*実施する事業なし\*\* \| \*\*× 未掲載\*\* \|/);
    // 第3号 alone satisfies no mandate: it is listed apart.
    expect(doc.coverage.others.map((r) => r.code)).toEqual(['第3号']);
  });
});

describe('placement of 事業 and 会議', () => {
  it('shows a 事業 in full where first placed, as 再掲 after, and appends what no chapter places', () => {
    const plan = minimal();
    plan.章.push({ 見出し: '再び', 事業: ['soudan'] });
    plan.章[0].事業 = plan.章[0].事業.filter((id: string) => id !== 'outreach');
    plan.会議 = [{ ID: 'shien', 名称: '支援会議', 種別: '支援会議', 本人同意: '不要', 守秘義務: true, 事業: ['takikan'] }];
    const doc = buildDocument(plan);
    expect(doc.chapters.at(-1)!.businesses[0]).toMatchObject({ kind: 'ref', label: '再掲', link: { href: '#j-soudan' } });
    expect(doc.unplaced.businesses.map((b) => b.id)).toEqual(['outreach']);
    expect(doc.unplaced.meetings.map((m) => m.id)).toEqual(['shien']);
    const text = htmlText(renderHtml(doc));
    expect(text).toContain('各章に掲載されていない事業・会議');
    expect(text).toContain('守秘義務 あり');
  });

  it('shows one 委託先 written as a string like a one-item list', () => {
    const plan = minimal();
    plan.事業[1].実施方式 = { 方式: ['委託'], 委託先: '社会福祉法人金沢市社会福祉協議会' };
    const doc = buildDocument(plan);
    expect(doc.chapters[0].businesses[1]).toMatchObject({ fields: expect.arrayContaining([{ label: '実施方式', method: expect.objectContaining({ consignees: ['社会福祉法人金沢市社会福祉協議会'], consigneeUnstated: false }) }]) });
    expect(htmlText(renderHtml(doc))).toContain('社会福祉法人金沢市社会福祉協議会');
  });

  it('reads 2025年度 as a 年度', () => {
    const plan = minimal();
    plan.計画.期間 = { 開始年度: '2025年度', 終了年度: '令和9年度' };
    expect(buildDocument(plan).period).toBe('令和7年度（2025年度）から令和9年度（2027年度）まで');
  });

  it('says 「計画書に記載なし」 where the plan says 委託先: 記載なし, in the reviewers\' copy only', () => {
    const plan = minimal();
    plan.事業[1].実施方式 = { 方式: ['委託'], 委託先: '記載なし' };
    const doc = buildDocument(plan, { notes: true });
    expect(htmlText(renderHtml(doc))).toContain('委託先 計画書に記載なし');
    expect(markdownText(renderMarkdown(doc))).toContain('【委託先】計画書に記載なし');
    const printed = buildDocument(plan);
    expect(htmlText(renderHtml(printed))).not.toContain('記載なし');
    expect(markdownText(renderMarkdown(printed))).not.toContain('記載なし');
  });

  it('starts a chapter or section on a new page only where the plan says 改ページ', () => {
    const plan = readPlan('toyama');
    delete plan.章[0].改ページ;
    const doc = buildDocument(plan);
    expect(doc.chapters.map((c) => c.pageBreak)).toEqual([false, true, true, true, true]);
    const sections = doc.chapters[3].sections;
    expect(sections[0].pageBreak).toBe(false);
    expect(sections[1].pageBreak).toBe(true);
  });
});

describe('nothing printed twice', () => {
  it('drops a footnote\'s list of the 支援機関 the 事業 already lists, keeping the footnote', () => {
    const plan = minimal();
    plan.事業[0].支援機関 = [{ 区分: '委託相談支援事業', 箇所数: 2, 機関: ['あすなろセンター', '富山市恵光学園'] }];
    plan.事業[0].注 = [
      { 記号: '※3', 本文: '委託相談支援事業（2か所）', 一覧: ['富山市恵光学園', 'あすなろセンター'] },
      { 記号: '※4', 本文: '別の一覧', 一覧: ['あすなろセンター'] },
    ];
    const html = htmlText(renderHtml(buildDocument(plan)));
    expect(html.match(/富山市恵光学園/g)).toHaveLength(1);
    expect(html).toContain('※3 委託相談支援事業（2か所）');
    expect(html.match(/あすなろセンター/g)).toHaveLength(2);
  });
});

describe('推進体制', () => {
  it('is shown in the plan\'s own 推進体制 chapter, with one 目次 entry, when the plan has one', () => {
    const doc = buildDocument(readPlan('nonoichi'));
    const titles = (entries: typeof doc.toc): string[] => entries.flatMap((e) => [e.title, ...titles(e.children)]);
    expect(titles(doc.toc).filter((t) => t === '推進体制')).toHaveLength(1);
    expect(doc.promotion).toEqual([]);
    expect(doc.chapters.find((c) => c.title === '推進体制')!.fields!.map((f) => f.label)).toContain('推進機関');
  });

  it('keeps its own section otherwise', () => {
    const doc = buildDocument(readPlan('toyama'));
    expect(doc.promotion.length).toBeGreaterThan(0);
    expect(doc.toc.filter((e) => e.title === '推進体制')).toHaveLength(1);
  });
});

describe.each(PLANS)('%s: the HTML document', (name) => {
  it('has unique ids and every in-page link lands on one', () => {
    const html = renderHtml(buildDocument(readPlan(name)));
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const targets = [...html.matchAll(/ href="#([^"]+)"/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(10);
    for (const t of targets) expect(ids).toContain(t);
  });
});

describe('plan text is text', () => {
  const evil = '<script>window.__pwned=1</script>{{constructor}}';
  const plan = minimal();
  plan.計画.名称 = evil;
  plan.事業[0].名称 = evil;
  plan.章[0].本文 = [evil, { 見出し: evil, 項目: [evil] }];
  const doc = buildDocument(plan);

  it('is escaped in the HTML, including the running head in the CSS', () => {
    const html = renderHtml(doc);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;window.__pwned&#x3D;1&lt;/script&gt;{{constructor}}');
    expect(html).not.toContain('</style><');
  });

  it('is escaped in the Markdown and reads back as written', () => {
    const md = renderMarkdown(doc);
    expect(md).not.toMatch(/<script/i);
    expect(markdownText(md)).toContain(evil);
  });
});
