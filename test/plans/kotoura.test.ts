import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// 琴浦町（鳥取県）重層的支援体制整備事業実施計画 — seed: shared/seeds/kotoura.txt
const plan = parse(readFileSync(new URL('../../plans/kotoura.yaml', import.meta.url), 'utf8'));

type Jigyou = Record<string, any>;
const jigyou: Jigyou[] = plan.事業;
const byId = (id: string): Jigyou => {
  const j = jigyou.find((x) => x.ID === id);
  if (!j) throw new Error(`事業 ${id} がない`);
  return j;
};

/** 章・節に掲載された事業IDを計画書の順に集める */
function placedIds(chapters: any[]): string[] {
  const out: string[] = [];
  for (const c of chapters ?? []) {
    out.push(...(c.事業 ?? []));
    out.push(...placedIds(c.節));
  }
  return out;
}

describe('琴浦町 plan', () => {
  it('identifies the municipality', () => {
    // 表題「琴浦町重層的支援体制整備事業の目的」; 全国地方公共団体コード 313718（鳥取県琴浦町）
    expect(plan.自治体).toEqual({ 名称: '琴浦町', 都道府県: '鳥取県', 全国地方公共団体コード: '313718' });
    // 表題「重層的支援体制整備事業実施計画」（町名なし）
    expect(plan.計画.名称).toBe('重層的支援体制整備事業実施計画');
  });

  it('has a period tied to the 地域福祉計画 with no years', () => {
    // 「本実施計画の期間については、上位計画である琴浦町地域福祉計画と同様とし」— 年度の記載なし
    expect(plan.計画.期間.開始年度).toBeUndefined();
    expect(plan.計画.期間.終了年度).toBeUndefined();
    expect(plan.計画.期間.記載).toContain('琴浦町地域福祉計画と同様');
    // 「評価見直しについては、地域福祉計画と併せて実施するものとします。」
    expect(plan.計画['評価・見直し'].方法).toContain('地域福祉計画と併せて実施');
    // 「上位計画である琴浦町地域福祉計画」
    expect(plan.計画.関連計画.find((k: any) => k.名称 === '琴浦町地域福祉計画')?.関係).toBe('上位計画');
    // 策定年月は記載なし
    expect(plan.計画.策定).toBeUndefined();
  });

  it('keeps the four numbered chapters in order', () => {
    // １ 目的 / ２ 計画の位置づけ及び期間 / ３ 計画策定の概要 / ４ …において実施する事業
    expect(plan.章.map((c: any) => c.番号)).toEqual(['１', '２', '３', '４']);
    expect(plan.章[3].見出し).toBe('重層的支援体制整備事業において実施する事業');
    // 章1本文「本町では令和２年度から包括的支援体制の整備にむけた取組みを開始しました。」
    expect(plan.章[0].本文[0]).toContain('令和２年度から');
    // 章4は〇包括的相談支援事業／〇地域づくり事業／〇新たな機能の3つの表
    expect(plan.章[3].節.map((s: any) => s.見出し)).toEqual([
      '包括的相談支援事業（法第106条の4第2項第1号）',
      '地域づくり事業（法第106条の4第2項第3号）',
      '新たな機能',
    ]);
  });

  it('keeps the figure and the quoted 社会福祉法（抄） in chapter 2', () => {
    const ch2 = plan.章[1];
    // 図「重層的支援体制整備事業（全体）」— 図中に「農業」「重層的支援会議」などの語
    expect(ch2.図[0].キャプション).toBe('重層的支援体制整備事業（全体）');
    expect(ch2.図[0].語句).toEqual(expect.arrayContaining(['農業', '重層的支援会議', '多分野協働のプラットフォーム']));
    // 「社会福祉法（抄） 第106条の5 市町村は、…計画を策定するよう努めるものとする。」
    expect(ch2.節[0].見出し).toBe('社会福祉法（抄）');
    expect(ch2.節[0].本文[0]).toMatch(/^第106条の5 市町村は、.*努めるものとする。$/);
  });

  it('lists 12 事業 (4 + 5 + 3) in the plan order, each placed once', () => {
    // 包括的相談支援事業の表に4事業、地域づくり事業の表に5事業、新たな機能の表に3事業
    expect(plan.章[3].節.map((s: any) => s.事業.length)).toEqual([4, 5, 3]);
    expect(jigyou).toHaveLength(12);
    const placed = placedIds(plan.章);
    expect(placed).toEqual(jigyou.map((j) => j.ID));
    expect(new Set(placed).size).toBe(placed.length);
    // 個別の取組（入れ子）はない
    expect(jigyou.every((j) => j.取組 === undefined)).toBe(true);
  });

  it('carries all twelve mandated codes plus 第3号', () => {
    const codes = new Set(jigyou.flatMap((j) => j.号));
    expect([...codes].sort()).toEqual(
      ['第1号イ', '第1号ロ', '第1号ハ', '第1号ニ', '第2号', '第3号', '第3号イ', '第3号ロ', '第3号ハ', '第3号ニ', '第4号', '第5号', '第6号'].sort(),
    );
    // 「地域における生活困窮者支援等のための共助の基盤づくり事業」は第3号の表にあるがイ〜ニ以外
    expect(byId('kyojo-kiban').号).toEqual(['第3号']);
  });

  it('files 多機関協働事業及び支援プランの策定 under 第5号 and adds 第6号', () => {
    // 「多機関協働事業及び支援プランの策定（法第106条の4第2項第5号）」
    const t = byId('takikan-kyoudou');
    expect(t.名称).toBe('多機関協働事業及び支援プランの策定');
    expect(t.号).toEqual(['第5号', '第6号']);
    expect(t.号の表記).toBe('（法第106条の4第2項第5号）');
    expect(t.号の注記).toBeTruthy();
    // 参加支援事業（法第106条の4第2項第2号）、アウトリーチ…（同第4号）
    expect(byId('sanka-shien').号の表記).toBe('（法第106条の4第2項第2号）');
    expect(byId('outreach').号の表記).toBe('（法第106条の4第2項第4号）');
  });

  it('maps the 区分 column to 分野', () => {
    // 区分: 介護／障害／子ども等／生活困窮 | 生活困窮／介護／介護／障害／子ども | 全般（参加支援事業の行のみ印字）
    const bunya = Object.fromEntries(jigyou.map((j) => [j.ID, j.分野]));
    expect(bunya).toEqual({
      'chiiki-houkatsu': '介護',
      'shougaisha-soudan': '障害',
      'riyousha-shien': '子ども等',
      'seikatsu-konkyu-soudan': '生活困窮',
      'kyojo-kiban': '生活困窮',
      'kaigo-yobou': '介護',
      'seikatsu-shien-taisei': '介護',
      'chiiki-katsudou-center': '障害',
      'kosodate-kyoten': '子ども',
      'sanka-shien': '全般',
      outreach: undefined,
      'takikan-kyoudou': undefined,
    });
  });

  it('maps the 運営形態 column to 実施方式', () => {
    // 運営形態: 直営／直営 委託／直営／直営 | 補助／直営／委託／委託／委託 | 委託／直営／直営
    const houshiki = Object.fromEntries(jigyou.map((j) => [j.ID, j.実施方式.方式]));
    expect(houshiki).toEqual({
      'chiiki-houkatsu': ['直営'],
      'shougaisha-soudan': ['直営', '委託'],
      'riyousha-shien': ['直営'],
      'seikatsu-konkyu-soudan': ['直営'],
      'kyojo-kiban': ['補助'],
      'kaigo-yobou': ['直営'],
      'seikatsu-shien-taisei': ['委託'],
      'chiiki-katsudou-center': ['委託'],
      'kosodate-kyoten': ['委託'],
      'sanka-shien': ['委託'],
      outreach: ['直営'],
      'takikan-kyoudou': ['直営'],
    });
    // 委託の事業で実施機関の記載がない地域活動支援センタ一事業は委託先「記載なし」
    expect(byId('chiiki-katsudou-center').実施方式.委託先).toBe('記載なし');
    // 【実施機関】は委託先・補助先とは書かれていない: 委託の事業はすべて委託先「記載なし」、補助先は書かない
    for (const id of ['shougaisha-soudan', 'seikatsu-shien-taisei', 'chiiki-katsudou-center', 'kosodate-kyoten', 'sanka-shien']) {
      expect(byId(id).実施方式.委託先, id).toBe('記載なし');
    }
    expect(jigyou.some((j) => j.実施方式?.補助先 !== undefined)).toBe(false);
  });

  it('records each 所管課', () => {
    // 【所管課】すこやか健康課／福祉あんしん課／子育て応援課
    const shokan = Object.fromEntries(jigyou.map((j) => [j.ID, j.所管課]));
    expect(shokan).toEqual({
      'chiiki-houkatsu': 'すこやか健康課',
      'shougaisha-soudan': '福祉あんしん課',
      'riyousha-shien': '子育て応援課',
      'seikatsu-konkyu-soudan': '福祉あんしん課',
      'kyojo-kiban': '福祉あんしん課',
      'kaigo-yobou': 'すこやか健康課',
      'seikatsu-shien-taisei': 'すこやか健康課',
      'chiiki-katsudou-center': '福祉あんしん課',
      'kosodate-kyoten': '子育て応援課',
      'sanka-shien': '福祉あんしん課',
      outreach: '福祉あんしん課',
      'takikan-kyoudou': '福祉あんしん課',
    });
    // 福祉あんしん課が7事業を所管
    expect(Object.values(shokan).filter((k) => k === '福祉あんしん課')).toHaveLength(7);
  });

  it('lists the 実施機関', () => {
    // 障害者相談支援事業【実施機関】障がい者地域生活支援センター／中部障がい者地域生活支援センター／相談支援センターサポートりんくす
    expect(byId('shougaisha-soudan').実施機関).toEqual([
      '障がい者地域生活支援センター',
      '中部障がい者地域生活支援センター',
      '相談支援センターサポートりんくす',
    ]);
    // 【実施機関】琴浦町社会福祉協議会（共助の基盤づくり事業・生活支援体制整備事業の2事業）
    const shakyo = jigyou.filter((j) => j.実施機関?.includes('琴浦町社会福祉協議会'));
    expect(shakyo.map((j) => j.ID)).toEqual(['kyojo-kiban', 'seikatsu-shien-taisei']);
    // 参加支援事業【実施機関】町内就労支援継続Ｂ型作業所
    expect(byId('sanka-shien').実施機関).toEqual(['町内就労支援継続Ｂ型作業所']);
    // 実施機関を挙げるのは5事業（子育て拠点はみどり保育園・赤碕こども園）。区分・箇所数のある【支援機関】はない
    expect(jigyou.filter((j) => j.実施機関).length).toBe(5);
    expect(byId('kosodate-kyoten').実施機関).toEqual(['みどり保育園', '赤碕こども園']);
    expect(jigyou.some((j) => j.支援機関)).toBe(false);
  });

  it('covers the whole town and keeps the 業務内容 bullets', () => {
    // 全事業【対象圏域】琴浦町全域
    expect(jigyou.every((j) => j.圏域 === '琴浦町全域')).toBe(true);
    // 参加支援事業の業務内容は3つの•項目
    expect(byId('sanka-shien').業務内容).toHaveLength(3);
    // 多機関協働事業: 説明文＋4つの•項目（相談受付2、支援会議、研修）
    expect(byId('takikan-kyoudou').業務内容).toHaveLength(5);
    // 生活支援体制整備事業「・生活支援コーディネーターの配置」
    expect(byId('seikatsu-shien-taisei').業務内容).toContain('生活支援コーディネーターの配置');
    // 【支援対象者】65 歳以上の高齢者及びその家族
    expect(byId('chiiki-houkatsu').支援対象者).toBe('65歳以上の高齢者及びその家族');
  });

  it('has one meeting, the 支援会議 of the 多機関協働事業, with nothing the seed does not state', () => {
    // 多機関協働事業の業務内容「•琴浦町重層的支援体制整備事業支援会議」
    expect(plan.会議).toHaveLength(1);
    const m = plan.会議[0];
    expect(m.名称).toBe('琴浦町重層的支援体制整備事業支援会議');
    expect(byId('takikan-kyoudou').会議).toEqual([m.ID]);
    expect(m.事業).toEqual(['takikan-kyoudou']);
    // 種別・構成員・開催頻度・本人同意・守秘義務の記載はない
    for (const k of ['種別', '構成員', '開催頻度', '年間開催回数', '本人同意', '守秘義務', '根拠']) {
      expect(m[k]).toBeUndefined();
    }
  });
});
