import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildDocument, renderHtml, renderMarkdown } from '../../src/render/index.js';
import { ROOT } from '../helpers/cli.js';
import { htmlText, markdownText, readPlan, squash } from './text.js';

/** The text of an HTML fragment (a table), tags dropped. */
const fragmentText = (html: string) => squash(html.replace(/<[^>]*>/g, ' '));

const minimal = (): any => parse(readFileSync(join(ROOT, 'test', 'fixtures', 'minimal.yaml'), 'utf8'));

describe('目標 as a table', () => {
  const plan = minimal();
  plan.事業[1].目標 = [{ 指標: '協力事業者数', 現状値: 12, 目標値: 20, 単位: '事業者', 基準年度: 2021, 目標年度: '令和6年度', 備考: '参加支援事業' }];
  const doc = buildDocument(plan);

  it('HTML: one row per 評価指標 under the plan summary and under the 事業, with 年度 in 和暦', () => {
    const html = renderHtml(doc);
    const tables = [...html.matchAll(/<table class="data goals">([\s\S]*?)<\/table>/g)].map((m) => m[1]);
    expect(tables).toHaveLength(2);
    expect(tables[0]).toContain('<caption>目標と評価指標</caption>');
    expect([...tables[0].matchAll(/<th scope="col">([^<]+)<\/th>/g)].map((m) => m[1])).toEqual(['評価指標', '現状値', '目標値', '単位', '基準年度', '目標年度', '備考']);
    expect(fragmentText(tables[0])).toContain('相談受付件数 300 件 令和6年度');
    expect(fragmentText(tables[1])).toContain('協力事業者数 12 20 事業者 令和3年度 令和6年度 参加支援事業');
    // The 事業's table sits inside that 事業's article.
    const article = html.slice(html.indexOf('id="j-sanka"'), html.indexOf('id="j-chiiki"'));
    expect(article).toContain('<table class="data goals">');
  });

  it('Markdown: a pipe table with the same columns and values', () => {
    const md = renderMarkdown(doc);
    expect(md).toContain('| 評価指標 | 現状値 | 目標値 | 単位 | 基準年度 | 目標年度 | 備考 |\n|---|---|---|---|---|---|---|\n| 相談受付件数 |  | 300 | 件 |  | 令和6年度 |  |');
    expect(md).toContain('| 協力事業者数 | 12 | 20 | 事業者 | 令和3年度 | 令和6年度 | 参加支援事業 |');
  });

  it('prints no goals table for a plan without 目標', () => {
    const p = minimal();
    delete p.計画.目標;
    expect(renderHtml(buildDocument(p))).not.toContain('class="data goals"');
    expect(renderMarkdown(buildDocument(p))).not.toContain('目標と評価指標');
  });
});

describe('the plan summary and related plans', () => {
  it('shows 意見聴取 and 公表, several relations and the statutory kind', () => {
    const p = minimal();
    p.計画.関連計画[0].関係 = ['上位計画', '包含予定'];
    const text = markdownText(renderMarkdown(buildDocument(p)));
    // (the text helpers fold the full-width spaces between the parts into one space)
    expect(text).toContain('意見聴取 | パブリックコメント 令和4年2月');
    expect(text).toContain('公表 | 令和4年4月 市ホームページに掲載');
    expect(text).toContain('上位計画・包含予定 法定計画：市町村地域福祉計画');
  });
});

describe('model fidelity in print (the real plans)', () => {
  it('toyama: 番号 before names, 注記号 after, 担当課 on a 会議, the shared ◎ note', () => {
    const text = htmlText(renderHtml(buildDocument(readPlan('toyama'))));
    expect(text).toContain('ア 支援会議◎');
    expect(text).toContain('イ 重層的支援会議◎');
    expect(text).toContain('① 多機関協働調整担当');
    expect(text).toContain('生活支援体制整備事業※7');
    expect(text).toContain('地域包括支援センター※1');
    expect(text).toMatch(/担当課\s*保健福祉センター/);
    expect(text).toContain('支援会議・重層的支援会議への専門家によるアドバイス 必要時、専門家によるアドバイスをもらい');
  });

  it('toyama: a 並び prints the table title, the 事業 and then the footer, as the plan does', () => {
    const md = markdownText(renderMarkdown(buildDocument(readPlan('toyama'))));
    const title = md.indexOf('法的位置づけの事業（５３か所）');
    const first = md.indexOf('地域包括支援センターの運営');
    const footer = md.indexOf('設置形態…基本型(※4)');
    expect(title).toBeGreaterThan(0);
    expect(first).toBeGreaterThan(title);
    expect(footer).toBeGreaterThan(md.indexOf('事業 自立相談支援事業'));
    expect(md.indexOf('事業 自立相談支援事業')).toBeGreaterThan(first);
  });

  it('kotoura: 実施機関 printed as such, 委託先 as not stated', () => {
    const text = markdownText(renderMarkdown(buildDocument(readPlan('kotoura'))));
    expect(text).toMatch(/実施機関 \| ・?みどり保育園 ・?赤碕こども園/);
    expect(text).toContain('計画書に記載なし');
  });

  it('leaves a chapter without 並び in the default order, and prints everything a 並び does not reach', () => {
    const p = minimal();
    p.章[1].図 = [{ キャプション: '図A' }];
    p.章[1].本文.push('二つ目の段落');
    const plain = renderMarkdown(buildDocument(p));
    expect(plain.indexOf('図A')).toBeGreaterThan(plain.indexOf('二つ目の段落'));
    p.章[1].並び = [{ 本文: 1 }, '図'];
    const ordered = renderMarkdown(buildDocument(p));
    expect(ordered.indexOf('図A')).toBeLessThan(ordered.indexOf('二つ目の段落'));
    expect(ordered.indexOf('二つ目の段落')).toBeGreaterThan(0);
    const html = renderHtml(buildDocument(p));
    expect(html.indexOf('図A')).toBeGreaterThan(html.indexOf('属性を問わない相談支援'));
    expect(html.indexOf('図A')).toBeLessThan(html.indexOf('二つ目の段落'));
  });
});
