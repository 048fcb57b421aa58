import { canonicalCodes, codeTable, type CodeEntry } from '../check/codes.js';
import { agencyCount, isArticle106_6, isJusouMeeting, methods } from '../export/facts.js';
import type { PlanSource } from '../export/table.js';
import type { Business, Meeting, Plan } from '../plan.js';
import { walkBusinesses } from '../plan.js';
import { list, record, text, texts } from '../render/values.js';
import { fiscalYear } from '../wareki.js';

/** The 事業 (or 取組) that carries a 号 in one plan, with what its 取組 add (方式, 支援機関, 所管課). */
export interface Implementer { name: string; methods: string[]; agencies: number | undefined; departments: string[] }

/** One municipality's plan as the comparison shows it. */
export interface MunicipalityFacts {
  code: string; prefecture: string; name: string; planName: string; file: string;
  start?: number; end?: number; periodText?: string;
  /** 号 → its implementers; a 号 with none is missing. */
  byCode: Map<string, Implementer[]>;
  /** Top-level 事業 by 区分 (継続・既存・新規・新たな機能, and 未記載). */
  kinds: Map<string, number>;
  /** 実施方式 over every 事業 and 取組 (a 事業 run 直営 and 委託 counts once in each). */
  methodMix: Map<string, number>;
  supportMeetings: string[]; jusouMeetings: string[]; meetingCount: number;
  missingMandated: string[];
}

export const KINDS = ['継続', '既存', '新規', '新たな機能', '未記載'] as const;
export const METHODS = ['直営', '委託', '一部委託', '補助'] as const;

/** Matrix rows: the twelve mandated 号, then 第1号 and 第3号 for 事業 the plans place under the 号 as a whole. */
export function matrixCodes(): CodeEntry[] {
  const codes = codeTable().codes;
  return [...codes.filter((c) => c.mandated), ...codes.filter((c) => !c.mandated)];
}

export function municipalityFacts({ file, plan }: PlanSource): MunicipalityFacts {
  const m = record(plan.自治体);
  const period = record(record(plan.計画).期間);
  const byCode = new Map<string, Implementer[]>();
  const kinds = new Map<string, number>();
  const methodMix = new Map<string, number>();
  collectImplementers(plan, byCode);
  for (const b of list<Business>(plan.事業).map(record) as Business[]) {
    const kind = text(b.区分) ?? '未記載';
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  for (const { business } of walkBusinesses(plan)) for (const method of methods(business)) methodMix.set(method, (methodMix.get(method) ?? 0) + 1);
  const meetings = list(plan.会議).map(record) as Meeting[];
  const names = (ms: Meeting[]) => ms.map((x) => text(x.名称) ?? text(x.ID) ?? '');
  return {
    code: text(m.全国地方公共団体コード) ?? '', prefecture: text(m.都道府県) ?? '', name: text(m.名称) ?? file,
    planName: text(record(plan.計画).名称) ?? '', file,
    start: fiscalYear(period.開始年度), end: fiscalYear(period.終了年度), periodText: text(period.記載),
    byCode, kinds, methodMix,
    supportMeetings: names(meetings.filter(isArticle106_6)), jusouMeetings: names(meetings.filter(isJusouMeeting)), meetingCount: meetings.length,
    missingMandated: codeTable().codes.filter((c) => c.mandated && !byCode.has(c.code)).map((c) => c.code),
  };
}

/**
 * A 事業 or 取組 that names a 号 implements it; its 取組 that name none inherit the 号 and add their
 * 実施方式, 支援機関 and 所管課 to it (plans often put those on the 取組 only).
 */
function collectImplementers(plan: Plan, byCode: Map<string, Implementer[]>): void {
  const visit = (b: Business, inherited: Implementer[]) => {
    const own = canonicalCodes(b.号);
    const items = own.length ? own.map((code) => {
      const item: Implementer = { name: text(b.名称) ?? text(b.ID) ?? '', methods: [], agencies: undefined, departments: [] };
      byCode.set(code, [...(byCode.get(code) ?? []), item]);
      return item;
    }) : inherited;
    for (const item of items) add(item, b);
    for (const child of list(b.取組)) if (typeof child === 'object' && child !== null) visit(child as Business, items);
  };
  for (const b of list(plan.事業)) if (typeof b === 'object' && b !== null) visit(b as Business, []);
}

function add(item: Implementer, b: Business): void {
  for (const m of methods(b)) if (!item.methods.includes(m)) item.methods.push(m);
  const n = agencyCount(b);
  if (n !== undefined) item.agencies = (item.agencies ?? 0) + n;
  for (const d of texts(b.所管課)) if (!item.departments.includes(d)) item.departments.push(d);
}
