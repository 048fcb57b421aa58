import { canonicalCodes } from '../check/codes.js';
import type { Business, BusinessVisit, Meeting } from '../plan.js';
import { list, record, texts } from '../render/values.js';

/**
 * Facts about a 事業 or 会議 that the export and compare both state, computed one way so that the CSV
 * and the comparison page never disagree.
 */

/** 支援機関 as a number of places: a group's 箇所数 when the plan gives it, else the 機関 it lists. */
export function agencyCount(b: Business): number | undefined {
  const groups = list(b.支援機関).map(record);
  if (groups.length === 0) return undefined;
  return groups.reduce((sum, g) => sum + (typeof g.箇所数 === 'number' && Number.isInteger(g.箇所数) ? g.箇所数 : list(g.機関).length), 0);
}

export function agencyNames(b: Business): string[] {
  return list(b.支援機関).flatMap((g) => list(record(g).機関).flatMap((a) => (typeof a === 'string' ? [a] : texts(record(a).名称))));
}

/** 直営・委託・一部委託・補助 as the plan lists them. */
export function methods(b: Business): string[] {
  return texts(record(b.実施方式).方式);
}

/** The 号 of a 事業 or 取組, its own or (for a 取組 without any) its parent's, in canonical form. */
export function codesOf(visit: BusinessVisit): string[] {
  return canonicalCodes(visit.inheritedCodes);
}

/** 「1」 for the first 事業, 「1-2」 for its second 取組: stable within a plan and readable in a table. */
export function businessNumber(path: readonly (string | number)[]): string {
  return path.filter((p): p is number => typeof p === 'number').map((i) => i + 1).join('-');
}

/** A 支援会議 under 社会福祉法第106条の6 (no consent needed, confidentiality by law): by 種別 or 根拠. */
export function isArticle106_6(m: Meeting): boolean {
  if (m.種別 === '支援会議') return true;
  return typeof m.根拠 === 'string' && /106条の6/.test(m.根拠.normalize('NFKC'));
}

export function isJusouMeeting(m: Meeting): boolean {
  return m.種別 === '重層的支援会議';
}
