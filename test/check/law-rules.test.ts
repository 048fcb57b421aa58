import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/batch/check-file.js';
import { ROOT } from '../helpers/cli.js';

/** The complete minimal plan, changed by `edit`, checked; the findings of one rule as [line, message]. */
function findings(rule: string, edit: (plan: any) => void, lang: 'ja' | 'en' = 'ja') {
  const plan = parse(readFileSync(join(ROOT, 'test', 'fixtures', 'minimal.yaml'), 'utf8'));
  edit(plan);
  return checkText('p.yaml', JSON.stringify(plan, null, 1), lang).diagnostics.filter((d) => d.rule === rule).map((d) => d.message);
}

describe('public-opinion (法第106条の5第2項)', () => {
  it('warns when the plan says nothing of how views were heard', () => {
    expect(findings('public-opinion', (p) => delete p.計画.意見聴取)).toEqual(['計画の策定にあたって意見を聴いた方法（意見聴取）がありません（社会福祉法第106条の5第2項）']);
    expect(findings('public-opinion', (p) => { p.計画.意見聴取 = []; }, 'en')).toEqual(['the plan does not say how views were heard (意見聴取) (社会福祉法第106条の5第2項)']);
  });

  it('asks the same for the latest revision, but gives an undated 意見聴取 the benefit of the doubt', () => {
    const revised = (p: any) => { p.計画.改定 = [{ 年月: '2023-04' }, { 年月: '令和6年4月' }]; p.計画.公表.年月 = '2024-04'; };
    expect(findings('public-opinion', revised)).toEqual(['令和6年4月の改定について、意見聴取がありません（社会福祉法第106条の5第2項）']);
    expect(findings('public-opinion', (p) => { revised(p); p.計画.意見聴取.push({ 方法: '協議会', 年月: '2024-02' }); })).toEqual([]);
    // Views heard for the earlier revision do not count for the latest one.
    expect(findings('public-opinion', (p) => { revised(p); p.計画.意見聴取.push({ 方法: '協議会', 年月: '2023-02' }); })).toHaveLength(1);
    expect(findings('public-opinion', (p) => { revised(p); p.計画.意見聴取.push({ 方法: 'アンケート' }); })).toEqual([]);
  });
});

describe('published (法第106条の5第4項)', () => {
  it('warns without 公表, and when the 公表 is older than the latest revision', () => {
    expect(findings('published', (p) => delete p.計画.公表)).toEqual(['計画を公表した年月・場所・方法（公表）がありません（社会福祉法第106条の5第4項）']);
    expect(findings('published', (p) => { p.計画.公表 = { 方法: 'ホームページ' }; })).toEqual([]);
    expect(findings('published', (p) => { p.計画.公表.年月 = '2022-03'; })).toEqual(['公表の年月（令和4年3月）が最新の策定・改定（令和4年4月）より前です（社会福祉法第106条の5第4項）']);
  });
});

describe('harmony-plans (法第106条の5第3項)', () => {
  it('lists the statutory plans not named, in the order of the law', () => {
    expect(findings('harmony-plans', (p) => { p.計画.関連計画 = [{ 名称: 'いきいきシニアプラン', 関係: '整合' }]; })).toEqual([
      '社会福祉法第106条の5第3項が調和を求める計画のうち、市町村地域福祉計画・介護保険事業計画・障害福祉計画・子ども・子育て支援事業計画が関連計画にありません',
    ]);
    expect(findings('harmony-plans', (p) => delete p.計画.関連計画, 'en')).toEqual([
      'of the plans 社会福祉法第106条の5第3項 requires harmony with, 市町村地域福祉計画, 介護保険事業計画, 障害福祉計画, 子ども・子育て支援事業計画 are not among the 関連計画',
    ]);
  });

  it('counts one plan standing for several, a plan marked as not made, but not a plan without a relation', () => {
    const two = (p: any) => { p.計画.関連計画.splice(1, 2, { 名称: '高齢者・障害者福祉計画', 法定計画: ['介護保険事業計画', '障害福祉計画'], 関係: '調和' }); };
    expect(findings('harmony-plans', two)).toEqual([]);
    expect(findings('harmony-plans', (p) => { p.計画.関連計画.splice(2, 1); p.計画.未策定の法定計画 = [{ 法定計画: '障害福祉計画' }]; })).toEqual([]);
    expect(findings('harmony-plans', (p) => { delete p.計画.関連計画[3].関係; })).toEqual([
      // In the order of their place in the plan: the 関連計画 key first, then the entry.
      '社会福祉法第106条の5第3項が調和を求める計画のうち、子ども・子育て支援事業計画が関連計画にありません',
      '法定計画（子ども・子育て支援事業計画）の関連計画に、本計画との関係（調和など）がありません（社会福祉法第106条の5第3項）',
    ]);
  });

  it('is a warning: check stays at exit 0 for a plan that does not identify them', () => {
    const plan = parse(readFileSync(join(ROOT, 'test', 'fixtures', 'minimal.yaml'), 'utf8'));
    delete plan.計画.関連計画;
    const d = checkText('p.yaml', JSON.stringify(plan), 'ja').diagnostics;
    expect(d.map((x) => [x.rule, x.severity])).toEqual([['harmony-plans', 'warning']]);
  });
});

describe('plan-contents (法第106条の5第1項、施行規則第34条の10)', () => {
  it('finds the 基本方針 by heading or by 記載事項, and 連携 by a 会議, 推進体制 or heading', () => {
    const noPolicy = (p: any) => { p.章[1].見出し = 'はじめに'; };
    expect(findings('plan-contents', noPolicy)).toEqual([
      '計画に基本方針がありません（社会福祉法第106条の5第1項、社会福祉法施行規則第34条の10）',
      '計画に関係機関の連携についての記載がありません（社会福祉法第106条の5第1項、社会福祉法施行規則第34条の10）',
    ]);
    expect(findings('plan-contents', (p) => { noPolicy(p); p.章[1].見出し = '本事業の実施の方向性'; p.推進体制 = { 担当課: '福祉課' }; })).toEqual([]);
    expect(findings('plan-contents', (p) => { noPolicy(p); p.章[1].記載事項 = ['基本方針']; p.会議 = [{ ID: 'k', 名称: '庁内連携会議', 種別: '庁内連携会議' }]; p.章[0].会議 = ['k']; })).toEqual([]);
  });

  it('wants an 指標 in some 目標, and a provision statement for each 号 from 第1号 to 第5号', () => {
    expect(findings('plan-contents', (p) => { p.計画.目標 = [{ 指標: ' ', 目標値: 3 }]; })).toEqual([
      '計画に目標と評価指標がありません（社会福祉法第106条の5第1項、社会福祉法施行規則第34条の10）',
    ]);
    const bare = (p: any) => { for (const b of p.事業) delete b.所管課; };
    expect(findings('plan-contents', bare)).toEqual(['第1号', '第2号', '第3号', '第4号', '第5号'].map((c) => expect.stringContaining(`${c}（`)));
    expect(findings('plan-contents', (p) => { bare(p); p.章[1].記載事項 = ['提供体制']; })).toEqual([]);
    // A 取組 that says who runs it provides for its parent's 号.
    expect(findings('plan-contents', (p) => { bare(p); p.事業.forEach((b: any) => { b.取組 = [{ 名称: `${b.名称}の取組`, 実施方式: { 方式: ['直営'] } }]; }); })).toEqual([]);
  });
});
