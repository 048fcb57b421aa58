import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// 小牧市重層的支援体制整備事業実施計画（seed: shared/seeds/komaki.txt）
const plan = parse(readFileSync(new URL('../../plans/komaki.yaml', import.meta.url), 'utf8'));

type Any = any; // plain YAML data
const jigyou = (id: string): Any => plan.事業.find((j: Any) => j.ID === id);
const kaigi = (id: string): Any => plan.会議.find((k: Any) => k.ID === id);
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** Every 事業 ID placed by a chapter or nested 節, in order. */
function placedIds(chapters: Any[]): string[] {
  const out: string[] = [];
  for (const c of chapters ?? []) {
    out.push(...(c.事業 ?? []));
    out.push(...placedIds(c.節 ?? []));
  }
  return out;
}
function allFigures(chapters: Any[]): string[] {
  const out: string[] = [];
  for (const c of chapters ?? []) {
    for (const f of c.図 ?? []) out.push(f.キャプション);
    out.push(...allFigures(c.節 ?? []));
  }
  return out;
}

describe('小牧市 plan: municipality and plan', () => {
  it('is 小牧市, 愛知県, code 232190', () => {
    // seed: 「小牧市重層的支援体制整備事業実施計画」を法第106条の５の規定に基づき策定
    expect(plan.自治体).toEqual({ 名称: '小牧市', 都道府県: '愛知県', 全国地方公共団体コード: '232190' });
    expect(plan.計画.名称).toBe('小牧市重層的支援体制整備事業実施計画');
  });

  it('runs from 策定 to 令和11年度 (2029); no start year is stated', () => {
    // seed: 「策定から令和 11 年度（2029 年度）とし」 — 策定の年月は記載なし
    expect(plan.計画.期間.終了年度).toBe(2029);
    expect(plan.計画.期間.開始年度).toBeUndefined();
    expect(plan.計画.策定).toBeUndefined();
    expect(plan.計画.期間.記載).toContain('令和11年度');
  });

  it('keeps the 準備事業 (令和４〜６年度) and 本格運用 (令和７年度) wording in the period section', () => {
    // seed: 「令和４年度（202２年度）から令和６年度（202４年度）の３年間…準備事業として部分的に実施…令和７年度（2025 年度）より…本格的な運用が開始します」
    const sec = plan.章.find((c: Any) => c.見出し === '本実施計画の位置づけと期間・評価と見直し').節[0];
    expect(sec.見出し).toBe('実施計画の期間と事業評価・見直し');
    expect(sec.本文[0]).toContain('令和４年度（202２年度）から令和６年度（202４年度）の３年間');
    expect(sec.本文[0]).toContain('令和７年度（2025年度）より');
  });

  it('names three related plans with 最上位計画 first', () => {
    // seed: 本市の最上位計画は「小牧市まちづくり推進計画 第２次基本計画」…「小牧市地域包括ケア推進計画」…「地域福祉計画」
    const names = plan.計画.関連計画.map((p: Any) => p.名称);
    expect(names).toEqual(['小牧市まちづくり推進計画 第２次基本計画', '小牧市地域包括ケア推進計画', '地域福祉計画']);
    expect(plan.計画.関連計画[0].関係).toBe('最上位計画');
    // seed: 「地域福祉計画」に基づく計画…将来的には…「地域福祉計画」の一部として、計画内に位置付けます
    expect(plan.計画.関連計画[2].関係).toEqual(['上位計画', '包含予定']);
    expect(plan.計画.関連計画[2].法定計画).toBe('市町村地域福祉計画');
    // seed: 「小牧市地域包括ケア推進計画」と連携した形で（評価・見直し）
    expect(plan.計画.関連計画[1].関係).toEqual(['上位計画', '連携']);
  });

  it('evaluates every year together with 小牧市地域包括ケア推進計画', () => {
    // seed: 「小牧市地域包括ケア推進計画」と連携した形で毎年度実績に対して行う
    expect(plan.計画['評価・見直し'].頻度).toBe('毎年度');
    expect(plan.計画['評価・見直し'].方法).toContain('小牧市地域包括ケア推進計画');
  });
});

describe('小牧市 plan: chapters and figures', () => {
  it('has the five chapters in the seed order', () => {
    expect(plan.章.map((c: Any) => c.見出し)).toEqual([
      '重層的支援体制整備事業とは',
      '重層的支援体制整備事業の目的',
      '重層的支援体制整備事業の基本方針',
      '本実施計画の位置づけと期間・評価と見直し',
      '事業の構成と実施内容',
    ]);
  });

  it('lists the five component 事業 with their printed 号', () => {
    // seed: ① 包括的相談支援事業（法第106条の4第2項第1号）… ⑤ 多機関協働事業（同項第5号6号）
    const ch = plan.章[4];
    const list = ch.本文.find((b: Any) => typeof b === 'object').項目;
    expect(list).toHaveLength(5);
    expect(list[4]).toBe('⑤多機関協働事業（同項第5号6号）');
    // seed section order: ① ② ④ ③ ⑤ (② and ④ share one 主な事業 box)
    expect(ch.節.map((s: Any) => s.番号)).toEqual(['①', '②', '④', '③', '⑤']);
  });

  it('keeps the captions of the four pictures', () => {
    // seed: ■重層的支援体制整備事業の概要 / 【実施計画の位置づけのイメージ】 / ■小牧市の重層的支援体制整備事業イメージ / ■多機関協働事業イメージ
    expect(allFigures(plan.章)).toEqual([
      '重層的支援体制整備事業の概要',
      '実施計画の位置づけのイメージ',
      '小牧市の重層的支援体制整備事業イメージ',
      '多機関協働事業イメージ',
    ]);
  });

  it('places every top-level 事業 exactly once, in the printed order', () => {
    const placed = placedIds(plan.章);
    expect(placed).toEqual(plan.事業.map((j: Any) => j.ID));
    expect(new Set(placed).size).toBe(placed.length);
  });
});

describe('小牧市 plan: 事業 and 号', () => {
  it('has eleven 事業 (4 + 1 + 5 + 1 主な事業)', () => {
    // seed: ①に4事業、②④に居場所づくり事業、③に5事業、⑤に多機関協働事業
    expect(plan.事業).toHaveLength(11);
  });

  it('carries all twelve mandated codes, plus 第3号 for the 困窮者 地域づくり', () => {
    const codes = new Set(plan.事業.flatMap((j: Any) => j.号));
    for (const c of ['第1号イ', '第1号ロ', '第1号ハ', '第1号ニ', '第2号', '第3号イ', '第3号ロ', '第3号ハ', '第3号ニ', '第4号', '第5号', '第6号']) {
      expect(codes.has(c)).toBe(true);
    }
    // seed: 生活困窮者の地域づくり事業 is listed under ③地域づくり事業 but is none of イ〜ニ
    expect(jigyou('konkyuusha-chiikizukuri').号).toEqual(['第3号']);
  });

  it('居場所づくり事業 is 第2号 + 第4号, 委託, 福祉総務課', () => {
    // seed: 「参加支援事業」と「アウトリーチを通じた継続的支援事業」を一体的に実施する事業 / 委託により実施 / 福祉総務課
    const j = jigyou('ibasho-zukuri');
    expect(j.号).toEqual(['第2号', '第4号']);
    expect(j.実施方式.方式).toEqual(['委託']);
    expect(j.実施方式.委託先).toBe('記載なし');
    expect(j.所管課).toBe('福祉総務課');
  });

  it('多機関協働事業 is 第5号 + 第6号 printed 同項第5号6号, 直営', () => {
    // seed: ⑤ 多機関協働事業（同項第 5 号 6 号）/ 実施方法 直営
    const j = jigyou('takikan-kyoudou');
    expect(j.号).toEqual(['第5号', '第6号']);
    expect(j.号の表記).toBe('（同項第5号6号）');
    expect(j.実施方式.方式).toEqual(['直営']);
    expect(j.業務内容[0]).toContain('3分野以上');
  });

  it('地域包括支援センター: 5 centres for 6 圏域, 委託', () => {
    // seed: 日常生活圏域全域（６圏域）ごとに設置した５か所の地域包括支援センターで委託により実施（小牧中部圏域と小牧西部圏域は１か所のセンターが担当）
    const j = jigyou('chiiki-houkatsu-center');
    expect(j.支援機関[0].箇所数).toBe(5);
    expect(j.圏域).toBe('日常生活圏域全域（６圏域）');
    expect(j.実施方式.記載).toContain('小牧中部圏域と小牧西部圏域は１か所のセンターが担当');
    expect(j.実施方式.方式).toEqual(['委託']);
  });

  it('障害者相談支援: 6 相談支援センター; 利用者支援: 1 子育て世代包括支援センター', () => {
    // seed: 相談支援センター（６か所）を委託により実施 / 直営で子育て世代包括支援センター（１箇所）にて実施
    expect(jigyou('shougaisha-soudan').支援機関[0].箇所数).toBe(6);
    const r = jigyou('riyousha-shien');
    expect(r.支援機関[0].箇所数).toBe(1);
    expect(r.支援機関[0].機関).toHaveLength(1);
    expect(r.実施方式.方式).toEqual(['直営']);
  });

  it('地域介護予防活動支援事業 has the five ● activities with their 担当課 and 実施方法', () => {
    // seed: ●認知症予防ゲーム… 地域包括ケア推進課 直営 / ●支え合いいきいきポイント推進事業 支え合い協働推進課 委託 /
    //       ●健康づくりやフレイル予防活動拠点の運営 健康生きがい推進課 委託 / ●フレイルチェック測定会実施 健康生きがい推進課 委託 /
    //       ●地域介護予防活動支援事業 保健センター 直営 — all 活動場所 市内全域, 支援対象者 高齢者等
    const t = jigyou('chiiki-kaigo-yobou').取組;
    expect(t.map((x: Any) => x.名称)).toEqual([
      '認知症予防ゲームの実施及びリーダー養成',
      '支え合いいきいきポイント推進事業',
      '健康づくりやフレイル予防活動拠点の運営',
      'フレイルチェック測定会実施',
      '地域介護予防活動支援事業',
    ]);
    expect(t.map((x: Any) => x.所管課)).toEqual(['地域包括ケア推進課', '支え合い協働推進課', '健康生きがい推進課', '健康生きがい推進課', '保健センター']);
    expect(t.map((x: Any) => x.実施方式.方式[0])).toEqual(['直営', '委託', '委託', '委託', '直営']);
    for (const x of t) {
      expect(x.活動場所).toBe('市内全域');
      expect(x.支援対象者).toBe('高齢者等');
    }
  });

  it('生活支援体制整備事業 has two ● activities; the second has two 担当課', () => {
    // seed: ●生活支援体制整備事業 (６圏域ごとに地域支えあい推進員を配置) / ●高齢者等生きがい促進支援事業 担当課 健康生きがい推進課 地域包括ケア推進課
    const t = jigyou('seikatsu-shien-taisei').取組;
    expect(t).toHaveLength(2);
    expect(t[0].項目[0].内容).toContain('地域支えあい推進員');
    expect(asList(t[1].所管課)).toEqual(['健康生きがい推進課', '地域包括ケア推進課']);
  });

  it('地域子育て支援拠点: 1箇所 直営 + 7箇所 委託; 地域活動支援センター 市内３箇所 他', () => {
    // seed: 子育て世代包括支援センター（１箇所） 直営 / 児童福祉施設（７箇所） 委託 / 地域活動支援センター（市内３箇所 他）
    const k = jigyou('chiiki-kosodate-kyoten');
    expect(k.支援機関.map((g: Any) => [g.区分, g.箇所数, g.備考])).toEqual([
      ['子育て世代包括支援センター', 1, '直営'],
      ['児童福祉施設', 7, '委託'],
    ]);
    expect(k.実施方式.方式).toEqual(['直営', '委託']);
    const c = jigyou('chiiki-katsudou-center');
    expect(c.支援機関[0].箇所数).toBe(3);
    expect(c.支援機関[0].箇所数の表記).toBe('市内３箇所 他');
  });
});

describe('小牧市 plan: meetings', () => {
  it('has two meetings, both run by 多機関協働事業', () => {
    // seed: 「こまきつながる会議（重層的支援会議）」「支援会議」の 2 つの会議機能を持ちます
    expect(plan.会議).toHaveLength(2);
    expect(jigyou('takikan-kyoudou').会議).toEqual(['shien-kaigi', 'komaki-tsunagaru-kaigi']);
  });

  it('こまきつながる会議 meets 4 times a year (plus 随時), with consent', () => {
    // seed: 会議は年 4 回の定期開催を基本とし、必要に応じて随時開催します / 本人同意に基づき
    const k = kaigi('komaki-tsunagaru-kaigi');
    expect(k.種別).toBe('重層的支援会議');
    expect(k.年間開催回数).toBe(4);
    expect(k.開催頻度).toContain('随時開催');
    expect(k.本人同意).toBe('必要');
  });

  it('支援会議 rests on 法第106条の６, needs no consent, and carries 守秘義務', () => {
    // seed: 社会福祉法第 106 条の６に規定される会議であり、本人の同意なしで実施することができる…守秘義務が課せられます
    const k = kaigi('shien-kaigi');
    expect(k.種別).toBe('支援会議');
    expect(k.根拠).toBe('社会福祉法第106条の６');
    expect(k.本人同意).toBe('不要');
    expect(k.守秘義務).toBe(true);
    expect(k.年間開催回数).toBeUndefined();
  });
});
