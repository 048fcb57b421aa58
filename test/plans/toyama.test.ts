import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// 富山市重層的支援体制整備事業実施計画（seed: shared/seeds/toyama.txt）
const plan = parse(readFileSync(new URL('../../plans/toyama.yaml', import.meta.url), 'utf8'));

type Any = Record<string, any>;
const jigyou = (id: string): Any => plan.事業.find((j: Any) => j.ID === id);
const kaigi = (id: string): Any => plan.会議.find((k: Any) => k.ID === id);
const group = (j: Any, kubun: string): Any => j.支援機関.find((g: Any) => g.区分 === kubun);
const torikumi = (j: Any, name: string): Any => j.取組.find((t: Any) => t.名称 === name);
const flatten = (j: Any): Any[] => [j, ...(j.取組 ?? []).flatMap(flatten)];

describe('富山市 plan', () => {
  it('identifies the municipality and the plan', () => {
    // 富山市, 全国地方公共団体コード 162019
    expect(plan.自治体).toEqual({ 名称: '富山市', 都道府県: '富山県', 全国地方公共団体コード: '162019' });
    // 「令和４年４月に「富山市重層的支援体制整備事業実施計画」を策定し」
    expect(plan.計画.名称).toBe('富山市重層的支援体制整備事業実施計画');
    expect(plan.計画.策定).toBe('2022-04');
    // The seed states no 計画期間.
    expect(plan.計画.期間).toBeUndefined();
  });

  it('has the five chapters in the plan order', () => {
    // 「１ はじめに」「２ 計画の位置づけ」「３ …目的」「４ …内容」「５ …見直し」
    expect(plan.章.map((c: Any) => c.番号)).toEqual(['１', '２', '３', '４', '５']);
    // 4 has (1)〜(5): 包括的相談支援, 多機関協働, アウトリーチ, 参加支援, 地域づくり
    expect(plan.章[3].節.map((s: Any) => s.見出し.replace(/（法.*$/, ''))).toEqual([
      '包括的相談支援事業', '多機関協働事業', 'アウトリーチ等を通じた継続的支援事業', '参加支援事業', '地域づくり事業',
    ]);
  });

  it('places every top-level 事業 exactly once in the chapters', () => {
    const placed: string[] = [];
    const walk = (c: Any) => { placed.push(...(c.事業 ?? [])); (c.節 ?? []).forEach(walk); };
    plan.章.forEach(walk);
    // 4 (包括) + 1 (多機関) + 1 (アウトリーチ) + 1 (参加) + 5 (地域づくり) = 12
    expect(plan.事業).toHaveLength(12);
    expect(placed.sort()).toEqual(plan.事業.map((j: Any) => j.ID).sort());
  });

  it('carries all twelve mandated 号 and the loose 第3号', () => {
    const codes = new Set(plan.事業.flatMap((j: Any) => j.号));
    for (const c of ['第1号イ', '第1号ロ', '第1号ハ', '第1号ニ', '第2号', '第3号イ', '第3号ロ', '第3号ハ', '第3号ニ', '第4号', '第5号', '第6号']) {
      expect(codes.has(c), c).toBe(true);
    }
    // 生活困窮者支援等のための地域づくり事業 is printed under （法第１０６条の４第２項第３号）
    expect(jigyou('konkyuu-chiikizukuri').号).toEqual(['第3号']);
  });

  it('encodes 法的位置づけの事業（５３か所） under 第1号, 設置形態 基本型', () => {
    const ids = ['chiiki-houkatsu', 'shougai-soudan', 'riyousha-shien', 'jiritsu-soudan'];
    // 32 + 1 + 6 + 1 + 4 + 1 + 7 + 1 = 53
    const total = ids.flatMap((id) => jigyou(id).支援機関).reduce((n: number, g: Any) => n + g.箇所数, 0);
    expect(total).toBe(53);
    // 「設置形態…基本型(※4)」
    for (const id of ids) expect(jigyou(id).設置形態).toBe('基本型');
  });

  it('lists the 32 地域包括支援センター of ※1', () => {
    const g = group(jigyou('chiiki-houkatsu'), '地域包括支援センター');
    expect(g.箇所数).toBe(32);
    expect(g.機関).toHaveLength(32);
    // first row of the ※1 table: 水橋北 広田 柳町・清水町 新保・熊野; last: 婦中西
    expect(g.機関.slice(0, 4)).toEqual(['水橋北', '広田', '柳町・清水町', '新保・熊野']);
    expect(g.機関.at(-1)).toBe('婦中西');
    const note = jigyou('chiiki-houkatsu').注.find((n: Any) => n.記号 === '※1');
    expect(note.一覧).toEqual(g.機関);
  });

  it('lists 基幹相談支援室 1 and the 6 委託相談支援事業所 of ※3', () => {
    const j = jigyou('shougai-soudan');
    expect(group(j, '基幹相談支援室').箇所数).toBe(1);
    const g = group(j, '委託相談支援事業');
    expect(g.箇所数).toBe(6);
    expect(g.機関).toHaveLength(6);
    expect(g.機関).toContain('セーナー苑相談支援事業所Ｗｅネット');
    expect(g.機関).toContain('富山市恵光学園');
  });

  it('gives 利用者支援事業 its four 支援機関 and 自立相談支援事業 the 社協', () => {
    // こども保育課 1, 行政サービスセンター 4, こども健康課 1, 保健福祉センター 7
    const j = jigyou('riyousha-shien');
    expect(j.支援機関.map((g: Any) => [g.区分, g.箇所数])).toEqual([
      ['こども保育課', 1], ['行政サービスセンター', 4], ['こども健康課', 1], ['保健福祉センター', 7],
    ]);
    expect(jigyou('jiritsu-soudan').支援機関).toEqual([{ 区分: '富山市社会福祉協議会', 箇所数: 1 }]);
  });

  it('codes 多機関協働事業 as 第5号 + 第6号 (支援プラン作成 in 重層的支援会議)', () => {
    const j = jigyou('takikan-kyoudou');
    expect(j.号).toEqual(['第5号', '第6号']);
    // the plan prints only 「（法第１０６条の４第２項第５号）」
    expect(j.号の表記).toBe('（法第１０６条の４第２項第５号）');
    expect(j.号の注記).toContain('支援プラン作成');
    // 「主催及び支援プラン作成、事務：福祉政策課（多機関協働管理担当）」
    expect(kaigi('juusou-shien-kaigi').備考).toContain('主催及び支援プラン作成、事務：福祉政策課（多機関協働管理担当）');
    // ②多機関協働管理担当 — 担当所属 福祉政策課
    expect(torikumi(j, '多機関協働管理担当').所管課).toBe('福祉政策課');
  });

  it('encodes the three 取組 of エ, of which 多機関連携会議 is also a 会議', () => {
    const e = torikumi(jigyou('takikan-kyoudou'), '相談支援機関間の連携を推進するための取組');
    expect(e.取組.map((t: Any) => [t.名称, t.所管課])).toEqual([
      ['富山市相談援助者育成研修会', '福祉政策課'],
      ['多機関連携研修会', 'まちなか総合ケアセンター'],
      ['多機関連携会議', '保健福祉センター'],
    ]);
    expect(e.取組[2].会議).toEqual(['takikan-renkei-kaigi']);
  });

  it('distinguishes 支援会議 (法第106条の6) from 重層的支援会議', () => {
    const s = kaigi('shien-kaigi');
    // 「本人の同意がない場合にも」「守秘義務を設ける」「随時開催」
    expect(s).toMatchObject({ 種別: '支援会議', 根拠: '法第１０６条の６', 本人同意: '不要', 守秘義務: true, 開催頻度: '随時開催' });
    expect(s.主催).toBe('相談対応所属（多機関協働調整担当）');
    const j = kaigi('juusou-shien-kaigi');
    // 「本人同意を得た上で」「随時開催」
    expect(j).toMatchObject({ 種別: '重層的支援会議', 本人同意: '必要', 開催頻度: '随時開催' });
    expect(j.構成員[0]).toContain('本人');
  });

  it('has six 会議, each placed once in the chapters', () => {
    expect(plan.会議.map((k: Any) => k.ID)).toEqual([
      'shien-kaigi', 'juusou-shien-kaigi', 'juusou-teireikai', 'takikan-renkei-kaigi', 'kentoukai', 'project-team',
    ]);
    const placed: string[] = [];
    const walk = (c: Any) => { placed.push(...(c.会議 ?? [])); (c.節 ?? []).forEach(walk); };
    plan.章.forEach(walk);
    expect(placed.sort()).toEqual(plan.会議.map((k: Any) => k.ID).sort());
  });

  it('encodes 検討会 (7 構成) and プロジェクトチーム (17 members, 担当課 福祉政策課)', () => {
    const k = kaigi('kentoukai');
    expect(k.名称).toBe('重層的支援体制整備事業検討会');
    expect(k.構成員).toHaveLength(7);
    expect(k.構成員[0]).toBe('学識経験者');
    const p = kaigi('project-team');
    expect(p.構成員).toHaveLength(17);
    expect(p.構成員).toContain('富山市社会福祉協議会');
    // 「＊重層的支援体制整備事業の担当課」 marks 福祉政策課
    expect(plan.推進体制.担当課).toBe('福祉政策課');
  });

  it('encodes アウトリーチ with 心配ごと相談 8か所 (委託, 委託先の記載なし)', () => {
    const j = jigyou('outreach');
    expect(j.号).toEqual(['第4号']);
    const t2 = torikumi(j, '会議や関係機関とのネットワークの中から潜在的な相談者を見つける取組');
    // 「実施主体：富山市（委託）」: the 担当 column names 富山市社会福祉協議会, but not as the 委託先.
    expect(t2.実施方式).toMatchObject({ 方式: ['委託'], 委託先: '記載なし' });
    expect(t2.取組[0].所管課).toBe('富山市社会福祉協議会');
    const g = t2.取組[0].支援機関[0];
    expect(g.箇所数).toBe(8);
    expect(g.機関).toHaveLength(8);
    // ①「保健福祉センター（市内７か所）」
    expect(j.取組[0].所管課).toContain('保健福祉センター（市内７か所）');
  });

  it('encodes 参加支援事業 ① (委託) and the six programs of ② with their 事業担当', () => {
    const j = jigyou('sanka-shien');
    expect(j.取組[0].実施方式).toMatchObject({ 方式: ['委託'], 委託先: ['社会福祉法人など'] });
    expect(j.取組[0].所管課).toBe('福祉政策課');
    const t2 = torikumi(j, '地域における社会資源の活用体制の構築');
    // 「実施主体：富山市（一部委託）」 — no 委託先 named
    expect(t2.実施方式).toEqual({ 方式: ['一部委託'], 記載: '富山市（一部委託）', 委託先: '記載なし' });
    expect(t2.取組.map((t: Any) => [t.名称, t.所管課])).toEqual([
      ['医療的ケア児等支援事業', 'こども健康課'],
      ['聞き書きボランティア講座開催事業', '障害福祉課'],
      ['聞こえのサポート事業', '障害福祉課'],
      ['目が見えにくい方へのサポート講座', '障害福祉課'],
      ['親亡き後を見据えた啓発事業', '障害福祉課'],
      ['わがまちサロン事業', '保健所保健予防課'],
    ]);
  });

  it('encodes 地域活動支援センター Ⅰ型3 / Ⅱ型1 / Ⅲ型5 (※9)', () => {
    const j = jigyou('chiiki-katsudou-center');
    for (const [kubun, n] of [['Ⅰ型', 3], ['Ⅱ型', 1], ['Ⅲ型', 5]] as const) {
      const g = group(j, kubun);
      expect(g.箇所数).toBe(n);
      expect(g.機関).toHaveLength(n);
    }
    expect(group(j, 'Ⅱ型').機関).toEqual(['富山市身体障害者デイサービスセンター']);
    expect(group(j, 'Ⅲ型').機関).toContain('れいんぼーみさき');
  });

  it('encodes 16 子育て支援センター (※10) and the 協議体 (1 / 32)', () => {
    const g = group(jigyou('kosodate-kyoten'), '子育て支援センター');
    expect(g.箇所数).toBe(16);
    expect(g.機関).toHaveLength(16);
    const s = jigyou('seikatsu-shien-taisei');
    expect(group(s, '第１層協議体').箇所数).toBe(1);
    expect(group(s, '第２層協議体').箇所数).toBe(32);
    // 地域介護予防活動支援事業: four groups, each 「－」
    const k = jigyou('kaigo-yobou');
    expect(k.支援機関).toHaveLength(4);
    for (const gg of k.支援機関) expect(gg.箇所数の表記).toBe('－');
  });

  it('encodes the three programs of 生活困窮者支援等のための地域づくり事業 (79 / － / 6)', () => {
    const j = jigyou('konkyuu-chiikizukuri');
    expect(j.取組.map((t: Any) => [t.名称, t.支援機関[0].箇所数 ?? t.支援機関[0].箇所数の表記])).toEqual([
      ['地域ぐるみ福祉活動推進事業', 79],
      ['ケアネット事業', '－'],
      ['わがまち・わがごと・まるごと地域力強化推進事業', 6],
    ]);
  });

  it('names the related plans, with 富山市地域福祉計画 as 上位計画', () => {
    const rel = Object.fromEntries(plan.計画.関連計画.map((r: Any) => [r.名称, r]));
    expect(rel['富山市地域福祉計画'].関係).toBe('上位計画');
    for (const n of ['高齢者総合福祉プラン', '障害者計画・障害福祉計画・障害児福祉計画', '子ども・子育て支援事業計画', '健康プラン２１']) {
      expect(rel[n].関係).toBe('調和');
    }
    expect(rel['地域福祉活動計画'].策定主体).toBe('富山市社会福祉協議会');
    expect(rel['第２次富山市総合計画']).toBeDefined();
  });

  it('every 支援機関 group with names has as many names as its 箇所数', () => {
    const groups = plan.事業.flatMap(flatten).flatMap((j: Any) => j.支援機関 ?? []);
    for (const g of groups) if (g.機関) expect(g.機関.length, g.区分).toBe(g.箇所数);
  });
});
