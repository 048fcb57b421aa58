import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// 小松市 重層的支援体制整備事業実施計画 (seed: shared/seeds/komatsu.txt)
const plan = parse(readFileSync(new URL('../../plans/komatsu.yaml', import.meta.url), 'utf8'));

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any
const jigyou = (code: string): Any => plan.事業.find((j: Any) => j.号.includes(code));
const kaigi = (id: string): Any => plan.会議.find((k: Any) => k.ID === id);

describe('komatsu plan', () => {
  it('identifies 小松市, 石川県, code 172031', () => {
    expect(plan.自治体).toEqual({ 名称: '小松市', 都道府県: '石川県', 全国地方公共団体コード: '172031' });
  });

  it('period is 令和４年度～６年度 (2022–2024)', () => {
    // seed: 「本実施計画の期間は、令和４年度～６年度までの３年間とし」
    expect(plan.計画.期間.開始年度).toBe(2022);
    expect(plan.計画.期間.終了年度).toBe(2024);
    expect(plan.計画.期間.記載).toBe('令和４年度～６年度までの３年間');
  });

  it('has the three chapters 第１・第２・第３ in order', () => {
    // seed: 第１．…実施について / 第２．…実施計画の策定 / 第３．…実施する事業…および実施体制
    expect(plan.章.map((c: Any) => c.番号)).toEqual(['第１', '第２', '第３']);
    expect(plan.章[0].節.map((s: Any) => s.見出し)).toEqual([
      '重層的支援体制整備事業の概要',
      'くらし安心ネットワーク協議会',
      '本事業の実施の方向性',
      '重層的支援体制移行促進費',
    ]);
  });

  it('lists 12 事業 in the table and places each once in 第３', () => {
    // seed 第３ table: 1号イ,ロ,ハ,ニ / 3号イ,ロ,ハ,ニ / 共助の基盤づくり / 2号 / 4号 / 5・6号
    expect(plan.事業).toHaveLength(12);
    const placed = plan.章[2].事業;
    expect(placed).toEqual(plan.事業.map((j: Any) => j.ID));
    expect(new Set(placed).size).toBe(12);
  });

  it('carries all twelve mandated 号 codes', () => {
    // seed prints [第１号のイ]…[第３号のニ], [第２号], [第４号], [第５号・第６号]
    const codes = new Set(plan.事業.flatMap((j: Any) => j.号));
    for (const c of ['第1号イ', '第1号ロ', '第1号ハ', '第1号ニ', '第2号', '第3号イ', '第3号ロ', '第3号ハ', '第3号ニ', '第4号', '第5号', '第6号']) {
      expect(codes.has(c)).toBe(true);
    }
    expect(jigyou('第5号').号の表記).toBe('[第５号・第６号]');
  });

  it('第1号イ: 10 高齢者総合相談センター in 5 圏域, 9 委託先', () => {
    // seed: 【圏域】市内５圏域１０箇所, 10 centres listed, 【実施方式】委託： 9 法人
    const t = jigyou('第1号イ').取組[0];
    expect(t.名称).toBe('高齢者総合相談センター');
    expect(t.圏域).toBe('市内５圏域１０箇所');
    expect(t.支援機関[0].箇所数).toBe(10);
    expect(t.支援機関[0].機関).toHaveLength(10);
    expect(t.実施方式.委託先).toHaveLength(9);
    expect(t.実施方式.委託先).toContain('社会福祉法人ジェイエイ小松福祉会');
    expect(t.所管課).toBe('長寿介護課');
  });

  it('第1号ロ: 5 一般 + 3 特定 = 市内８箇所, 7 委託先 plus 直営', () => {
    // seed: 相談支援事業所：市内８箇所 / ジョブコーチ：市内１箇所 / 発達支援センター：市内１箇所
    const t = jigyou('第1号ロ').取組[0];
    const byKubun = Object.fromEntries(t.支援機関.map((g: Any) => [g.区分, g]));
    expect(byKubun['一般相談支援事業所'].機関.length + byKubun['特定相談支援事業所'].機関.length).toBe(8);
    expect(byKubun['ジョブコーチ'].機関).toEqual(['こまつ障害者就業・生活支援センター']);
    expect(byKubun['発達支援センター'].機関[0]).toEqual({ 名称: '発達支援センターえぶりぃ', 備考: '直営' });
    expect(t.実施方式.方式).toEqual(['直営', '委託']);
    expect(t.実施方式.委託先).toHaveLength(7);
  });

  it('第1号ニ is 既存, all other 取組 are 継続', () => {
    // seed: right-hand column shows 既存 only beside 自立相談支援事業
    const all = plan.事業.flatMap((j: Any) => j.取組.map((t: Any) => [t.名称, t.区分]));
    expect(all.filter(([, k]: Any) => k === '既存')).toEqual([['自立相談支援事業', '既存']]);
    expect(all.filter(([, k]: Any) => k === '継続')).toHaveLength(13); // 13 printed 「継続」 marks (14 取組 in all)
  });

  it('第3号イ: いきいきサロン (186箇所, R4.3.14現在) and 健脚推進ボランティア (375名)', () => {
    // seed: 【圏域】市内１８６箇所（町）※R4.3.14 現在 / 【会員数】３７５名 ※R4.3.31 現在
    const j = jigyou('第3号イ');
    expect(j.取組.map((t: Any) => t.名称)).toEqual(['いきいきサロン', '健脚推進ボランティア活動']);
    expect(j.取組[0].圏域).toContain('１８６箇所');
    expect(j.取組[0].圏域).toContain('R4.3.14現在');
    expect(j.取組[0].実施方式.委託先).toBe('記載なし');
    expect(j.取組[1].会員数).toEqual({ 人数: 375, 時点: '※R4.3.31現在' });
  });

  it('第3号ロ: 第１層 1 + 第２層 10, 10 委託先', () => {
    // seed: 【圏域】第１層（市内全域）１箇所 / 第２層 市内５圏域１０箇所; 委託 10 法人
    const t = jigyou('第3号ロ').取組[0];
    expect(t.支援機関.map((g: Any) => [g.区分, g.箇所数, g.機関.length])).toEqual([
      ['第１層', 1, 1],
      ['第２層', 10, 10],
    ]);
    expect(t.実施方式.委託先).toHaveLength(10);
  });

  it('第3号ハ and 第3号ニ site counts', () => {
    // seed: 委託契約先の市町村２箇所 (Ⅰ型かが, ののいち); 地域子育て支援拠点 市内４箇所
    expect(jigyou('第3号ハ').取組[0].支援機関[0].機関).toEqual(['地域活動支援センターⅠ型かが', '地域活動支援センターののいち']);
    const k = jigyou('第3号ニ').取組[0];
    expect(k.支援機関[0].箇所数).toBe(4);
    expect(k.支援機関[0].機関).toHaveLength(4);
    expect(k.実施方式.委託先).toHaveLength(3);
  });

  it('共助の基盤づくり has no printed 号 and is filed under 第3号 by inference', () => {
    // seed: 地域づくり支援 row 「地域における生活困窮者等のための共助の基盤づくり」 without [第…号]
    const j = plan.事業.find((x: Any) => x.ID === 'kyoujo-kiban');
    expect(j.号).toEqual(['第3号']);
    expect(j.号の推定).toBe(true);
    expect(j.号の表記).toBeUndefined();
  });

  it('第4号 アウトリーチ: 16 委託先, 10 + 7 + 1 支援機関', () => {
    // seed: ［高齢者総合相談センター］(１０箇所) / ［障がい者相談支援事業所］７箇所 / ［生活困窮者自立相談事業所］１箇所
    const t = jigyou('第4号').取組[0];
    expect(t.実施方式.委託先).toHaveLength(16);
    expect(t.支援機関.map((g: Any) => [g.箇所数, g.機関.length])).toEqual([[10, 10], [7, 7], [1, 1]]);
    expect(t.所管課).toEqual(['長寿介護課', 'ふれあい福祉課']);
  });

  it('第5号・第6号: 重層的支援会議 (随時, 7 構成) and 1 coordinator', () => {
    // seed: 重層的支援会議の設置 / コーディネーターの配置【圏域】小松市社会福祉協議会に１名配置
    const j = jigyou('第5号');
    expect(j.号).toEqual(['第5号', '第6号']);
    expect(j.取組.map((t: Any) => t.名称)).toEqual(['重層的支援会議の設置', 'コーディネーターの配置']);
    expect(j.取組[1].圏域).toBe('小松市社会福祉協議会に１名配置');
    const k = kaigi(j.取組[0].会議[0]);
    expect(k.種別).toBe('重層的支援会議');
    expect(k.開催頻度).toContain('随時開催');
    expect(k.構成員).toHaveLength(7);
    expect(k.事務局).toBe('くらしあんしん相談センター');
  });

  it('くらし安心ネットワーク協議会: 平成24年10月, 5 部会, 35 参加団体', () => {
    // seed: 平成２４年１０月に…設置 / ５つの専門部会 / 〔参加団体〕順不同 … （事務局）くらしあんしん相談センター
    const k = kaigi('kurashi-anshin-network');
    expect(k.設置).toBe('平成24年10月');
    expect(k.部会).toHaveLength(5);
    expect(k.参加団体).toHaveLength(35);
    expect(k.参加団体[0]).toBe('小松市医師会');
    expect(k.参加団体.at(-1)).toBe('小松市役所関係各課');
    expect(k.事務局).toBe('くらしあんしん相談センター');
    expect(plan.章[0].節[1].会議).toEqual(['kurashi-anshin-network']);
  });

  it('重層的支援体制整備担当者会議 has 7 members and reviews the plan', () => {
    // seed: 〔重層的支援体制整備担当者会議のメンバー〕 健康福祉部長 … 小松市社会福祉協議会 (7 lines)
    const k = kaigi('jusou-tantousha-kaigi');
    expect(k.構成員).toHaveLength(7);
    expect(k.構成員[0]).toBe('健康福祉部長');
    expect(plan.計画.評価・見直し.会議).toEqual(['jusou-tantousha-kaigi']);
    expect(plan.計画.評価・見直し.方法).toBe('ＰＤＣＡサイクル');
  });

  it('related plans: こまつ地域福祉計画 is 上位計画; 9 plans in the figure', () => {
    // seed: 上位計画である「こまつ地域福祉計画（令和３年３月改正）」; figure lists 9 plans
    expect(plan.計画.関連計画).toHaveLength(9);
    const chiiki = plan.計画.関連計画.find((p: Any) => p.名称 === 'こまつ地域福祉計画');
    expect(chiiki.関係).toBe('上位計画');
    expect(chiiki.備考).toBe('令和３年３月改正');
    expect(plan.計画.関連計画.filter((p: Any) => p.関係 === '整合')).toHaveLength(3);
  });

  it('period diagram: Ｒ３ / Ｒ４～Ｒ６ / Ｒ７～Ｒ９ = 第１期 / 第２期 / 第３期', () => {
    // seed: 「Ｒ３ Ｒ４～Ｒ６ Ｒ７～Ｒ９」 and 「第１期 第２期 第３期」
    const t = plan.章[1].節[1].表[0];
    expect(t.列).toEqual(['Ｒ３', 'Ｒ４～Ｒ６', 'Ｒ７～Ｒ９']);
    expect(t.行).toEqual([['第１期', '第２期', '第３期']]);
  });
});
