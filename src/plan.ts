/**
 * TypeScript view of schemas/plan.schema.json (the schema is the source of truth). Rules read plans
 * that may have failed the schema, so every field is optional and must be checked before use.
 */
export type Text = string;
export type TextOrList = string | string[];

export interface Municipality { 名称?: string; 都道府県?: string; 全国地方公共団体コード?: string }
export interface Period { 開始年度?: number | string; 終了年度?: number | string; 記載?: string }
export interface RelatedPlan { 名称: string; 関係?: TextOrList; 法定計画?: TextOrList; 策定主体?: string; 期間?: string; 備考?: string }
/** One 目標 with its 評価指標 (施行規則第34条の10). */
export interface Goal { 指標?: string; 現状値?: number | string; 目標値?: number | string; 単位?: string; 基準年度?: number | string; 目標年度?: number | string; 備考?: string }
/** How residents' and agencies' views were heard (法第106条の5第2項). */
export interface Consultation { 方法?: string; 名称?: string; 年月?: string; 期間?: string; 内容?: TextOrList; 会議?: string[] }
export interface PlanInfo {
  名称?: string; 策定?: string; 改定?: { 年月: string; 内容?: string }[];
  公表?: { 年月?: string; URL?: string; 方法?: string }; 期間?: Period; 根拠?: string;
  位置づけ?: string; 関連計画?: RelatedPlan[]; '評価・見直し'?: { 頻度?: string; 方法?: string; 会議?: string[] };
  意見聴取?: Consultation[]; 目標?: Goal[]; 未策定の法定計画?: { 法定計画?: string; 理由?: string }[];
}
export interface BulletList { 見出し?: string; 項目: (string | BulletList)[] }
export interface Figure { キャプション?: string; 出典?: string; 語句?: string[]; 画像?: string }
export interface Table { キャプション?: string; 列: string[]; 行: string[][] }
export interface Note { 記号?: string; 見出し?: string; 本文: string; 一覧?: TextOrList }
export interface Chapter {
  番号?: string; 見出し: string; 改ページ?: boolean; 記載事項?: string[]; 並び?: (string | Record<string, number>)[];
  本文?: (string | BulletList)[]; 図?: Figure[]; 表?: Table[];
  事業?: string[]; 会議?: string[]; 注?: Note[]; 節?: Chapter[];
}
export interface Method { 方式?: string[]; 記載?: string; 直営?: TextOrList; 委託先?: TextOrList; 補助先?: TextOrList }
export type Agency = string | { 名称: string; 運営?: string; 備考?: string };
export interface AgencyGroup { 区分?: string; 注記号?: TextOrList; 箇所数?: number; 箇所数の表記?: string; 機関?: Agency[]; 備考?: string }
export interface Business {
  ID?: string; 番号?: string; 名称?: string; 注記号?: TextOrList; 号?: string[]; 号の表記?: string; 号の推定?: boolean; 号の注記?: string;
  分類?: string; 分野?: string; 区分?: string; 概要?: TextOrList; 目的?: string; 支援対象者?: string;
  実施方式?: Method; 実施主体?: string; 設置形態?: string; 圏域?: TextOrList; 活動場所?: TextOrList;
  支援機関?: AgencyGroup[]; 実施機関?: TextOrList; 目標?: Goal[]; 業務内容?: TextOrList; 所管課?: TextOrList; 会員数?: { 人数: number; 時点?: string };
  項目?: { ラベル: string; 内容: TextOrList }[]; 表?: Table[]; 注?: Note[]; 会議?: string[]; 取組?: Business[];
}
export interface Meeting {
  ID?: string; 番号?: string; 名称?: string; 注記号?: TextOrList; 種別?: string; 根拠?: string; 設置?: string; 目的?: TextOrList; 本人同意?: string;
  同意の記載?: string; 守秘義務?: boolean; 開催頻度?: string; 年間開催回数?: number; 主催?: string; 事務局?: string; 担当課?: TextOrList;
  構成員?: TextOrList; 部会?: TextOrList; 参加団体?: TextOrList; 参加団体の注記?: string; 備考?: TextOrList; 事業?: string[];
}
export interface Plan {
  自治体?: Municipality; 計画?: PlanInfo; 章?: Chapter[]; 事業?: Business[]; 会議?: Meeting[];
  推進体制?: { 推進機関?: string; 担当課?: TextOrList; 会議?: string[] };
}

/** Every 事業 and nested 取組 with its data path; codes are inherited from the enclosing 事業. */
export interface BusinessVisit { business: Business; path: (string | number)[]; inheritedCodes: string[]; depth: number }

let memo: WeakMap<object, BusinessVisit[]> | undefined;

/** Runs `fn` with walkBusinesses remembered per plan: the rules of one check all walk the same, unchanged plan. */
export function withWalkMemo<T>(fn: () => T): T {
  const outer = memo;
  memo = new WeakMap();
  try {
    return fn();
  } finally {
    memo = outer;
  }
}

export function walkBusinesses(plan: Plan): Iterable<BusinessVisit> {
  if (!memo) return walkAll(plan);
  let visits = memo.get(plan);
  if (!visits) memo.set(plan, (visits = [...walkAll(plan)]));
  return visits;
}

function* walkAll(plan: Plan): Generator<BusinessVisit> {
  function* walk(list: unknown, path: (string | number)[], inherited: string[], depth: number): Generator<BusinessVisit> {
    if (!Array.isArray(list)) return;
    for (let i = 0; i < list.length; i++) {
      const b = list[i];
      if (!isObject(b)) continue;
      const own = Array.isArray(b.号) ? b.号.filter((c: unknown): c is string => typeof c === 'string') : [];
      const visit = { business: b as Business, path: [...path, i], inheritedCodes: own.length ? own : inherited, depth };
      yield visit;
      yield* walk(b.取組, [...path, i, '取組'], visit.inheritedCodes, depth + 1);
    }
  }
  yield* walk(plan.事業, ['事業'], [], 0);
}

export function isObject(v: unknown): v is Record<string, any> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A 名称の並び (or any one-or-many value) as a list: one string is a one-item list, nothing is empty. */
export function asList<T>(v: T | readonly T[] | undefined | null): T[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? [...v] : [v as T];
}

/** The 事業 (or 取組) each ID names: the first with that ID, in document order, as the renderer resolves them. */
function businessesById(plan: Plan): Map<string, Business> {
  const byId = new Map<string, Business>();
  for (const { business } of walkBusinesses(plan)) {
    if (typeof business.ID === 'string' && !byId.has(business.ID)) byId.set(business.ID, business);
  }
  return byId;
}

/** Every 図 of every 章 and nested 節, with its data path (for rules that look at figures). */
export function walkFigures(plan: Plan): Iterable<{ figure: Figure; path: (string | number)[] }> {
  return figuresIn(plan.章, ['章']);
}

function* figuresIn(chapters: unknown, path: (string | number)[]): Iterable<{ figure: Figure; path: (string | number)[] }> {
  if (!Array.isArray(chapters)) return;
  for (const [i, c] of chapters.entries()) {
    if (!isObject(c)) continue;
    for (const [k, figure] of asList<unknown>(c.図).entries()) if (isObject(figure)) yield { figure: figure as Figure, path: [...path, i, '図', k] };
    yield* figuresIn(c.節, [...path, i, '節']);
  }
}

/** Every ID that some 章 or nested 節 places (章.事業). */
export function placedBusinessIds(plan: Plan): Set<string> {
  const ids = new Set<string>();
  const visit = (chapters: unknown) => {
    for (const c of Array.isArray(chapters) ? chapters : []) {
      if (!isObject(c)) continue;
      for (const id of asList<unknown>(c.事業)) if (typeof id === 'string') ids.add(id);
      visit(c.節);
    }
  };
  visit(plan.章);
  return ids;
}

/**
 * Top-level 事業 that no 章 places: the check warns about them (unplaced-business) and the renderer
 * appends them after the chapters so nothing the plan holds is left out of the document.
 */
export function unplacedBusinesses(plan: Plan): BusinessVisit[] {
  const byId = businessesById(plan);
  const placed = new Set<Business>();
  for (const id of placedBusinessIds(plan)) {
    const b = byId.get(id);
    if (b) placed.add(b);
  }
  return [...walkBusinesses(plan)].filter((v) => v.depth === 0 && !placed.has(v.business));
}
