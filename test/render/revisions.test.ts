/** The plan document prints the plan's 改定 history (計画.改定) as its own table under 計画の概要. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { buildDocument, renderHtml, renderMarkdown } from '../../src/render/index.js';
import type { Plan } from '../../src/plan.js';
import { ROOT } from '../helpers/cli.js';

const read = (file: string) => yaml.load(readFileSync(join(ROOT, file), 'utf8')) as Plan;

describe('改定の経過', () => {
  it('lists every revision, oldest first as written, in HTML and Markdown', () => {
    const plan = read('test/fixtures/diff/komatsu-r7.yaml');
    plan.計画!.改定!.push({ 年月: '2026-04', 内容: '事業の追加' });
    const html = renderHtml(buildDocument(plan));
    expect(html).toContain('<caption>改定の経過</caption>');
    expect(html).toMatch(/<tr><td>令和7年4月<\/td><td>第２期計画（令和７年度～９年度）の策定に伴う改定<\/td><\/tr><tr><td>令和8年4月<\/td><td>事業の追加<\/td><\/tr>/);
    const md = renderMarkdown(buildDocument(plan));
    expect(md).toContain('| 令和8年4月 | 事業の追加 |');
  });

  it('a plan never revised has no such table', () => {
    expect(renderHtml(buildDocument(read('plans/komatsu.yaml')))).not.toContain('改定の経過');
  });
});
