import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// 野々市市重層的支援体制整備事業実施計画（令和7年10月） — seed: shared/seeds/nonoichi.txt
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const plan: any = parse(readFileSync(new URL('../../plans/nonoichi.yaml', import.meta.url), 'utf8'));

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const jigyo = (id: string): Any => plan.事業.find((j: Any) => j.ID === id);
const torikumi = (parent: string, id: string): Any => jigyo(parent).取組.find((t: Any) => t.ID === id);
const kaigi = (id: string): Any => plan.会議.find((k: Any) => k.ID === id);
const machine = (m: Any): string => (typeof m === 'string' ? m : m.名称);
function allJigyo(list: Any[] = plan.事業): Any[] {
  return list.flatMap((j: Any) => [j, ...allJigyo(j.取組 ?? [])]);
}

describe('野々市市 plan (nonoichi.yaml)', () => {
  it('identifies the municipality and plan', () => {
    // 表紙「令和7年10月 野々市市」、裏表紙「野々市市重層的支援体制整備事業実施計画」
    expect(plan.自治体).toEqual({ 名称: '野々市市', 都道府県: '石川県', 全国地方公共団体コード: '172120' });
    expect(plan.計画.名称).toBe('野々市市重層的支援体制整備事業実施計画');
    expect(plan.計画.策定).toBe('2025-10');
    // 2(3)「社会福祉法第 106 条の5において…同法に基づき策定する市町村計画となります」
    expect(plan.計画.根拠).toBe('社会福祉法第106条の5');
  });

  it('has the period: until 令和9年度末, no start year, then included in 地域福祉計画・地域福祉活動計画', () => {
    // 2(4)「本計画の計画期間は令和9年度末までとし…令和10年度からは野々市市地域福祉計画・地域福祉活動計画に包含します。」
    expect(plan.計画.期間.終了年度).toBe(2027);
    expect(plan.計画.期間.開始年度).toBeUndefined();
    expect(plan.計画.期間.記載).toBe('令和9年度末まで');
    const incl = plan.計画.関連計画.find((k: Any) => k.関係 === '包含予定');
    expect(incl.名称).toBe('野々市市地域福祉計画・地域福祉活動計画');
    // 2(4)「毎年度評価・見直しを行います」
    expect(plan.計画['評価・見直し'].頻度).toBe('毎年度');
  });

  it('names the 最上位計画 and 上位計画 with their periods', () => {
    // 2(2)「第2次総合計画(令和4年度~令和13年度)」「第3期地域福祉計画(令和5年度~令和9年度)」; 2(3) 最上位計画 / 上位計画
    const byName = Object.fromEntries(plan.計画.関連計画.map((k: Any) => [k.名称, k]));
    expect(byName['第2次総合計画']).toMatchObject({ 関係: '最上位計画', 期間: '令和4年度~令和13年度' });
    expect(byName['第3期地域福祉計画']).toMatchObject({ 関係: '上位計画', 期間: '令和5年度~令和9年度' });
    expect(plan.計画.関連計画).toHaveLength(3);
  });

  it('follows the 目次: 4 chapters, 5 sections in 2 and 7 in 3', () => {
    // 目次: 1 はじめに / 2 (1)〜(5) / 3 (1)〜(7) / 4 推進体制
    expect(plan.章.map((c: Any) => c.番号)).toEqual(['1', '2', '3', '4']);
    expect(plan.章[1].節.map((s: Any) => s.番号)).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)']);
    expect(plan.章[2].節.map((s: Any) => s.番号)).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)']);
    expect(plan.章[3].見出し).toBe('推進体制');
  });

  it('has five top-level 事業 in the order of chapter 3 (3)〜(7), each placed exactly once', () => {
    // 3(3) 包括的相談支援事業, (4) 地域づくり事業, (5) 多機関協働事業, (6) アウトリーチ等…, (7) 参加支援事業
    expect(plan.事業.map((j: Any) => j.名称)).toEqual([
      '包括的相談支援事業', '地域づくり事業', '多機関協働事業', 'アウトリーチ等を通じた継続的支援事業', '参加支援事業',
    ]);
    const placed = plan.章[2].節.flatMap((s: Any) => s.事業 ?? []);
    expect(placed).toEqual(plan.事業.map((j: Any) => j.ID));
  });

  it('lists eight 包括的相談支援 programs (①〜⑧) and five 地域づくり programs (①〜⑤)', () => {
    // 3(3)「次の①~⑧の事業」; 3(4)「下記の①~⑤の事業」
    expect(jigyo('hokatsu-soudan').取組).toHaveLength(8);
    expect(jigyo('chiikizukuri').取組).toHaveLength(5);
    expect(allJigyo()).toHaveLength(5 + 8 + 5);
  });

  it('lists the 3 地域包括支援センター with their operators (委託)', () => {
    // 3(3)①「本町地区地域包括支援センター (扇翔会) / 富奥地区… (洋和会) / 郷・押野地区… (扇翔会)」、実施方式「委託」
    const t = torikumi('hokatsu-soudan', 'chiiki-houkatsu-center');
    const centres = t.支援機関.flatMap((g: Any) => g.機関);
    expect(centres).toHaveLength(3);
    expect(centres.map(machine).every((n: string) => n.endsWith('地域包括支援センター'))).toBe(true);
    expect(centres.map((c: Any) => c.運営)).toEqual(['扇翔会', '洋和会', '扇翔会']);
    expect(t.実施方式.方式).toEqual(['委託']);
    expect(t.所管課).toBe('介護長寿課');
  });

  it('lists the 9 子育て支援センター under 地域子育て支援拠点事業', () => {
    // 3(4)④ 支援機関: 市子育て支援センターみって … 子育て支援センターあわだ (久楽会) — 9行
    const t = torikumi('chiikizukuri', 'kosodate-kyoten');
    const centres = t.支援機関.flatMap((g: Any) => g.機関);
    expect(centres).toHaveLength(9);
    expect(centres.map(machine).every((n: string) => n.includes('子育て支援センター'))).toBe(true);
    // 久楽会 operates two of them (ふじひら, あわだ); みって is listed without an operator
    expect(centres.filter((c: Any) => c.運営 === '久楽会')).toHaveLength(2);
    expect(centres[0]).toBe('市子育て支援センターみって');
    expect(t.支援対象者).toBe('乳幼児及びその保護者');
  });

  it('counts 障害者基幹相談支援センター: 本体 1か所, 一部機能 4か所, 市直営+委託', () => {
    // 3(3)②「障害者基幹相談支援センター(本体) 1か所 / 障害者基幹相談支援センター(一部機能) 4 か所」「市直営+委託」
    const t = torikumi('hokatsu-soudan', 'kikan-soudan-center');
    expect(t.支援機関.map((g: Any) => g.箇所数)).toEqual([1, 4]);
    expect(t.実施方式.記載).toBe('市直営+委託');
    expect(t.実施方式.方式).toEqual(['直営', '委託']);
    expect(t.号).toEqual(['第1号ロ']);
  });

  it('maps 号 by statutory name (the plan prints none)', () => {
    // 計画書には号の記載がない → 全事業に 号の推定: true
    for (const j of allJigyo()) {
      expect(j.号の推定, j.名称).toBe(true);
      expect(j.号の表記, j.名称).toBeUndefined();
    }
    // 利用者支援事業 is printed twice (③ こども家庭センター型, ④ 基本型:子育て支援センターみって) → both 第1号ハ
    const riyousha = jigyo('hokatsu-soudan').取組.filter((t: Any) => t.名称.startsWith('利用者支援事業'));
    expect(riyousha).toHaveLength(2);
    for (const t of riyousha) expect(t.号).toEqual(['第1号ハ']);
    // ⑤ 母子・父子家庭相談事業, ⑥ 発達相談センター運営事業, ⑦ 母子保健事業 → 第1号 only
    const only1 = jigyo('hokatsu-soudan').取組.filter((t: Any) => t.号.length === 1 && t.号[0] === '第1号');
    expect(only1.map((t: Any) => t.名称)).toEqual(['母子・父子家庭相談事業', '発達相談センター運営事業', '母子保健事業']);
    // 地域活動支援センター機能強化事業 → 第3号ハ; 生活困窮者支援等のための地域づくり事業 → 第3号
    expect(torikumi('chiikizukuri', 'chiiki-katsudou-center').号).toEqual(['第3号ハ']);
    expect(torikumi('chiikizukuri', 'konkyu-chiikizukuri').号).toEqual(['第3号']);
  });

  it('implements all twelve mandated codes; 多機関協働事業 carries 第5号 and 第6号', () => {
    // 3(5) 事業内容「複雑化・複合化した事例の相談受付、アセスメント・プラン作成、評価を実施する。」
    expect(jigyo('takikan-kyodo').号).toEqual(['第5号', '第6号']);
    const codes = new Set(allJigyo().flatMap((j: Any) => j.号 ?? []));
    for (const c of ['第1号イ', '第1号ロ', '第1号ハ', '第1号ニ', '第2号', '第3号イ', '第3号ロ', '第3号ハ', '第3号ニ', '第4号', '第5号', '第6号']) {
      expect(codes.has(c), c).toBe(true);
    }
  });

  it('names 市社会福祉協議会 as 委託先 of 自立相談支援 and アウトリーチ', () => {
    // 3(3)⑧「委託 (市社会福祉協議会)」支援機関「ののいち自立生活サポートセンター」; 3(6)「委託(市社会福祉協議会)」
    const jiritsu = torikumi('hokatsu-soudan', 'jiritsu-soudan');
    expect(jiritsu.実施方式.委託先).toEqual(['市社会福祉協議会']);
    expect(jiritsu.支援機関[0].機関).toEqual(['ののいち自立生活サポートセンター']);
    expect(jigyo('outreach').実施方式.委託先).toEqual(['市社会福祉協議会']);
    // 3(7) 参加支援事業「市直営」「福祉総務課地域福祉係」
    expect(jigyo('sanka-shien').実施方式.方式).toEqual(['直営']);
    expect(jigyo('sanka-shien').所管課).toBe('福祉総務課地域福祉係');
  });

  it('marks the three new functions as 新規 (<新> in the overview table)', () => {
    // 2(1) 表: 多機関協働事業 / アウトリーチ等を通じた継続的支援事業 / 参加支援事業 に「<新>」
    expect(plan.事業.filter((j: Any) => j.区分 === '新規').map((j: Any) => j.ID)).toEqual(['takikan-kyodo', 'outreach', 'sanka-shien']);
    const table = plan.章[1].節[0].表[0];
    expect(table.キャプション).toBe('重層的支援体制整備事業における各事業の概要');
    expect(table.行).toHaveLength(12);
    expect(table.行.filter((r: string[]) => r[0] !== '').map((r: string[]) => r[0])).toEqual(plan.事業.map((j: Any) => j.名称));
  });

  it('records the meetings: consent rule for 多機関協働会議 and 支援会議', () => {
    // 3(5)【多機関協働会議・支援会議】同意の有無「本人・家族の同意がある場合」「本人・家族の同意がない場合」
    expect(kaigi('takikan-kyodo-kaigi')).toMatchObject({ 名称: '多機関協働会議', 本人同意: '必要', 同意の記載: '本人・家族の同意がある場合' });
    expect(kaigi('shien-kaigi')).toMatchObject({ 名称: '支援会議', 本人同意: '不要', 同意の記載: '本人・家族の同意がない場合' });
    expect(jigyo('takikan-kyodo').会議).toEqual(['takikan-kyodo-kaigi', 'shien-kaigi']);
    // 3(3)「包括的相談支援推進会議」、3(4)「地域づくり推進会議」「地区ネットワーク会議」、4「庁内連携会議」
    expect(plan.会議.map((k: Any) => k.名称)).toEqual([
      '包括的相談支援推進会議', '地域づくり推進会議', '地区ネットワーク会議', '多機関協働会議', '支援会議', '庁内連携会議',
    ]);
    // no meeting frequency is stated anywhere in the plan
    expect(plan.会議.some((k: Any) => k.開催頻度 !== undefined || k.年間開催回数 !== undefined)).toBe(false);
  });

  it('makes the 庁内連携会議 of 室長 and 室次長 the 推進機関', () => {
    // 4「地域共生推進室の室長(健康福祉部長)と室次長(健康福祉部の 5 課長)で構成する庁内連携会議を推進機関とします。」
    const k = kaigi('chounai-renkei-kaigi');
    expect(k.構成員).toEqual(['地域共生推進室の室長(健康福祉部長)', '室次長(健康福祉部の5課長)']);
    expect(plan.推進体制.会議).toEqual(['chounai-renkei-kaigi']);
    expect(plan.推進体制.推進機関).toContain('庁内連携会議');
    // every meeting is placed in exactly one chapter/section
    const placed = plan.章.flatMap((c: Any) => [...(c.会議 ?? []), ...(c.節 ?? []).flatMap((s: Any) => s.会議 ?? [])]);
    expect([...placed].sort()).toEqual(plan.会議.map((k: Any) => k.ID).sort());
  });

  it('keeps the 概念の整理 figure with its source', () => {
    // 1「概念の整理」「重層的支援体制整備事業推進人材育成研修資料(包括的支援体制の制度的理解・考え方:原田正樹氏)」
    const fig = plan.章[0].図[0];
    expect(fig.キャプション).toBe('概念の整理');
    expect(fig.出典).toContain('原田正樹氏');
    expect(plan.章[2].節[0].図[0].キャプション).toBe('重層的支援体制整備事業イメージ図');
  });
});
