/**
 * A real revision: plans/komatsu.yaml (第1期, 令和4〜6年度) against the hand-revised 第2期 in
 * test/fixtures/diff/komatsu-r7.yaml, whose edits are known: period, a 改定 entry, one reworded paragraph,
 * one renamed 事業, one new 事業, one removed 取組, one added 委託先, and its 公表 recorded.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { diffDocument } from '../../src/diff/document.js';
import { diffHtml, diffJson, diffMarkdown } from '../../src/diff/output.js';
import { diffPlans } from '../../src/diff/plan-diff.js';
import { summarize } from '../../src/diff/summary.js';
import { summaryLines } from '../../src/diff/text.js';
import type { Plan } from '../../src/plan.js';
import { ROOT } from '../helpers/cli.js';
import { EXPECTED, NEW_FILE, OLD_FILE, tuples } from './fixture.js';
const read = (file: string) => yaml.load(readFileSync(file, 'utf8')) as Plan;

function build(a: Plan, b: Plan, order: 'new-old' | 'old-new' = 'new-old') {
  const diff = diffPlans(a, b);
  const summary = summarize(a, b, diff);
  const doc = diffDocument(diff, summary, { old: 'old.yaml', new: 'new.yaml' }, order, summaryLines(summary, 'ja', false));
  return { diff, summary, doc };
}

describe('komatsu 第1期 → 第2期', () => {
  const a = read(OLD_FILE);
  const b = read(NEW_FILE);
  const { diff, summary, doc } = build(a, b);

  it('lists exactly the fixture’s changes', () => {
    expect(tuples(diff.changes)).toEqual(EXPECTED);
  });

  it('keeps the values: the rename, the added 委託先, the removed 取組', () => {
    const byField = (f: string) => diff.changes.find((c) => c.field === f)!;
    expect(byField('名称')).toMatchObject({ old: '地域活動支援センターの基本事業', new: '地域活動支援センター事業' });
    expect(byField('実施方式.委託先')).toMatchObject({ kind: 'added', new: '社会福祉法人小松市社会福祉協議会' });
    expect(diff.changes.find((c) => c.kind === 'removed')).toMatchObject({ name: '健脚推進ボランティア活動' });
    expect(byField('期間.開始年度')).toMatchObject({ old: 2022, new: 2025 });
  });

  it('summarises the period, the latest 改定 and the 事業 per 号', () => {
    expect(summary.period).toMatchObject({ changed: true, old: expect.stringContaining('令和4年度'), new: expect.stringContaining('令和7年度') });
    expect(summary.revision).toEqual({ date: '令和7年4月', content: '第２期計画（令和７年度～９年度）の策定に伴う改定' });
    expect(summary.byCode.map((r) => [r.code, r.added, r.removed, r.changed])).toEqual([
      ['第3号', 1, 0, 0], ['第3号イ', 0, 0, 1], ['第3号ハ', 0, 0, 1], ['第3号ニ', 0, 0, 1],
    ]);
    expect(summary.coverage).toMatchObject({ mandated: 12, oldCovered: 12, newCovered: 12, lost: [] });
    expect(summary.municipality.same).toBe(true);
  });

  it('prints the table in the conventions: 改正後｜改正前, the note, 傍線, （新設）（削る）（略）', () => {
    const html = diffHtml(doc);
    expect(html).toContain('（傍線部分は改正部分）');
    expect(html.indexOf('>改正後<')).toBeGreaterThan(0);
    expect(html.indexOf('>改正後<')).toBeLessThan(html.indexOf('>改正前<'));
    expect(html).toContain('地域活動支援センター<span class="mark">の基本</span>事業');
    expect(html).toContain('毎年度<span class="mark">の</span>実績等');
    expect(html).toContain('<span class="mark">社会福祉法人小松市社会福祉協議会</span>');
    for (const s of ['（新設）', '（削る）', '（略）', '令和7年4月　改定', 'size: A4 landscape']) expect(html).toContain(s);
    // 第１ is untouched: it is not printed, only （略）.
    expect(html).not.toContain('重層的支援体制整備事業の概要');
  });

  it('--order old-new puts 改正前 first', () => {
    const html = diffHtml(build(a, b, 'old-new').doc);
    expect(html.indexOf('>改正前<')).toBeLessThan(html.indexOf('>改正後<'));
  });

  it('Markdown has the same table with <ins> for the 傍線', () => {
    const md = diffMarkdown(doc);
    expect(md).toContain('| 改正後 | 改正前 |');
    expect(md).toContain('地域活動支援センター<ins>の基本</ins>事業');
    expect(md).toContain('（新設）');
  });

  it('every key the JSON uses is documented in docs/diff.md', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'diff.md'), 'utf8');
    const documented = new Set([...doc.matchAll(/^\| `([^`]+)`(?: \/ `([^`]+)`)? \|/gm)].flatMap((m) => [m[1], m[2]]).filter(Boolean));
    const b = read(NEW_FILE);
    const placed = b.章![2].事業!;
    placed.unshift(placed.splice(placed.indexOf('outreach'), 1)[0]); // a move too, for oldPath
    const keys = new Set(diffPlans(a, b).changes.flatMap((c) => Object.keys(c)));
    expect(keys).toContain('oldPath');
    for (const k of keys) expect(documented, k).toContain(k);
  });

  it('JSON has the documented shape', () => {
    const json = JSON.parse(diffJson(diff, summary, { old: { file: 'old.yaml' }, new: { file: 'new.yaml' } }));
    expect(json).toMatchObject({ format: 'jusou-diff', version: 1, old: { file: 'old.yaml' }, new: { file: 'new.yaml' } });
    expect(tuples(json.changes)).toEqual(EXPECTED);
  });
});

describe('edge cases', () => {
  const a = read(OLD_FILE);

  it('identical plans: 変更はありません', () => {
    const { diff, doc } = build(a, read(OLD_FILE));
    expect(diff.changes).toEqual([]);
    expect(diffHtml(doc)).toContain('変更はありません');
    expect(diffHtml(doc)).not.toContain('（傍線部分は改正部分）');
  });

  it('two municipalities: the heading says so', () => {
    const { summary, doc } = build(a, read(join(ROOT, 'plans', 'nonoichi.yaml')));
    expect(summary.municipality).toMatchObject({ same: false, old: '小松市', new: '野々市市' });
    expect(diffHtml(doc)).toContain('異なる自治体の計画の比較です（改正前：小松市　改正後：野々市市）');
  });

  it('a 取組 renamed without an ID is one change (matched by similarity), not a removal and an addition', () => {
    const b = read(OLD_FILE);
    (b.事業![0].取組![0] as { 名称: string }).名称 = '高齢者総合相談センター（地域包括支援センター）';
    expect(tuples(diffPlans(a, b).changes)).toEqual([['changed', '事業/0/取組/0', undefined, '名称']]);
  });

  it('a 事業 moved up its chapter is one move; its ID placed elsewhere is no list change', () => {
    const b = read(OLD_FILE);
    const placed = b.章![2].事業!;
    placed.splice(placed.indexOf('outreach'), 1);
    placed.unshift('outreach');
    expect(tuples(diffPlans(a, b).changes)).toEqual([['moved', '事業/10', 'outreach', undefined]]);
    const { doc } = build(a, b);
    expect(diffHtml(doc)).toContain('（移動）');
  });

  it('a 取組 moved to another 事業 is one move (with its old path), not a cut and a new one', () => {
    const b = read(OLD_FILE);
    const [moved] = b.事業![4].取組!.splice(1, 1);
    b.事業![5].取組!.push({ ...moved, 所管課: '長寿介護課' });
    const { diff, doc } = build(a, b);
    // 所管課 is a list of names: one name in, one name out.
    expect(tuples(diff.changes)).toEqual([['moved', '事業/5/取組/1', undefined, undefined], ['added', '事業/5/取組/1', undefined, '所管課'], ['removed', '事業/5/取組/1', undefined, '所管課']]);
    expect(diff.changes[0].oldPath).toEqual(['事業', 4, '取組', 1]);
    const html = diffHtml(doc);
    expect(html).toContain('（移動）');
    expect(html).not.toContain('（削る）');
    expect(html).not.toContain('（新設）');
  });

  it('a 節 moved to another 章 is one move', () => {
    const b = read(OLD_FILE);
    const [section] = b.章![0].節!.splice(3, 1);
    b.章![1].節!.push(section);
    const { diff } = build(a, b);
    expect(tuples(diff.changes)).toEqual([['moved', '章/1/節/3', undefined, undefined]]);
    expect(diff.changes[0]).toMatchObject({ name: '４　重層的支援体制移行促進費', oldPath: ['章', 0, '節', 3] });
  });

  it('plan text cannot inject markup into the HTML or break the Markdown table', () => {
    const evil = '<script>alert(1)</script>{{constructor}} | 列';
    const b = read(OLD_FILE);
    b.事業![6].名称 = evil;
    const { doc } = build(a, b);
    const html = diffHtml(doc);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    const row = diffMarkdown(doc).split('\n').find((l) => l.includes('alert'))!;
    expect(row.split(/(?<!\\)\|/).length).toBe(4); // | after | before |: the plan's | is escaped
  });

  it('a 事業 added and placed in a 節 is one addition: the 節’s ID list is placement, not a field', () => {
    const toyama = read(join(ROOT, 'plans', 'toyama.yaml'));
    const b = read(join(ROOT, 'plans', 'toyama.yaml'));
    const section = b.章!.flatMap((ch) => ch.節 ?? []).find((sec) => Array.isArray(sec.事業))!;
    b.事業!.push({ ID: 'shin-jigyou', 名称: '新しい居場所づくり事業', 号: ['第3号'] });
    section.事業!.push('shin-jigyou');
    expect(tuples(diffPlans(toyama, b).changes)).toEqual([['added', `事業/${b.事業!.length - 1}`, 'shin-jigyou', undefined]]);
  });

  it('a changed 号 and a 号 that lost its last 事業 stand out', () => {
    const b = read(OLD_FILE);
    b.事業![10].号 = ['第3号'];
    const { diff, summary } = build(a, b);
    expect(tuples(diff.changes)).toEqual([['added', '事業/10', 'outreach', '号'], ['removed', '事業/10', 'outreach', '号']]);
    expect(summary.coverage.lost).toEqual([{ code: '第4号', name: 'アウトリーチ等を通じた継続的支援事業' }]);
    const lines = summaryLines(summary, 'ja');
    expect(lines.find((l) => l.error)?.text).toContain('第4号 アウトリーチ等を通じた継続的支援事業 の事業がなくなりました');
  });

  it('a reworded chapter heading is matched by similarity and shown underlined', () => {
    const b = read(OLD_FILE);
    b.章![1].見出し = '重層的支援体制整備事業実施計画（第２期）の策定';
    expect(tuples(diffPlans(a, b).changes)).toEqual([['changed', '章/1', undefined, '見出し']]);
  });

  it('a renumbered section is one 番号 change, its number marked in the heading (double underline)', () => {
    const b = read(OLD_FILE);
    b.章![1].節![2].番号 = '４';
    const { diff, doc } = build(a, b);
    expect(tuples(diff.changes)).toEqual([['changed', '章/1/節/2', undefined, '番号']]);
    const html = diffHtml(doc);
    expect(html).toContain('<tr class="row-renumbered"><td><span class="diff-label">〔節〕</span><p class="diff-line"><span class="mark">４</span>　実施計画策定にあたっての留意事項</p>');
    expect(html).not.toContain('〔番号〕');
  });

  it('a value that may be one or a list (関係, 文または箇条) compares across the two shapes; new law fields are plain changes', () => {
    const b = read(OLD_FILE);
    const related = b.計画!.関連計画!.find((r) => r.関係 === '上位計画')!;
    related.関係 = ['上位計画', '包含予定'];
    const task = b.事業!.flatMap((j) => j.取組 ?? []).find((t) => typeof t.業務内容 === 'string')!;
    const text = task.業務内容 as string;
    task.業務内容 = [text, '地域の見守り活動'];
    Object.assign(b.計画!, {
      目標: [{ 指標: '相談受付件数', 目標値: 300, 単位: '件', 目標年度: 2027 }],
      意見聴取: [{ 方法: 'パブリックコメント', 年月: '2025-02', 内容: ['意見 3件', '計画に反映 1件'] }],
    });
    const { diff, doc } = build(a, b);
    const relatedIndex = b.計画!.関連計画!.indexOf(related);
    expect(diff.changes.map((ch) => [ch.kind, ch.field, ch.new])).toEqual([
      ['added', `関連計画[${relatedIndex}].関係`, '包含予定'],
      ['added', '目標', b.計画!.目標],
      ['added', '意見聴取', b.計画!.意見聴取],
      ['added', '業務内容[1]', '地域の見守り活動'],
    ]);
    const md = diffMarkdown(doc);
    expect(md).toContain('上位計画、<ins>包含予定</ins>');
    expect(md).toContain('<ins>地域の見守り活動</ins>');
    expect(md).toContain('<ins>指標：相談受付件数</ins>');
    // Back from a list to one value: the dropped one is the removal, the kept one unmarked.
    const back = build(b, a).diff.changes.filter((ch) => ch.field?.includes('関係'));
    expect(back.map((ch) => [ch.kind, ch.old])).toEqual([['removed', '包含予定']]);
  });

  it('a paragraph rewritten beyond recognition is underlined whole on both sides', () => {
    const b = read(OLD_FILE);
    const rewritten = '本計画の評価は、外部の有識者で構成する評価委員会が毎年度行うこととします。';
    b.章![1].節![2].本文![0] = rewritten;
    const html = diffHtml(build(a, b).doc);
    expect(html).toContain(`<span class="mark">${rewritten}</span>`);
    expect(html).toContain('<span class="mark">本実施計画の策定にあたっては、');
  });
});
