import { toRomaji } from 'wanakana';
import type { MunicipalityRow } from '../check/municipalities.js';

/** The kana a kanji suffix is read as (市 し; 町 ちょう or まち; 村 そん or むら; 区 く). */
const SUFFIX_KANA: Record<string, readonly string[]> = { 市: ['し'], 町: ['ちょう', 'まち'], 村: ['そん', 'むら'], 区: ['く'] };

/**
 * Where collapsing a long vowel would misread a word boundary: 琴浦 is こと＋うら, not こう. Add a row when
 * a municipality's own spelling differs from the rule below; `--file` covers the rest.
 */
const EXCEPTIONS: Record<string, string> = { ことうら: 'kotoura' };

/** The municipality's kana without the reading of its 市/町/村/区 (かなざわし → かなざわ). */
export function stemKana(row: Pick<MunicipalityRow, 'name' | 'kana'>): string {
  const suffix = SUFFIX_KANA[row.name.slice(-1)] ?? [];
  const hit = suffix.find((k) => row.kana.endsWith(k) && row.kana.length > k.length);
  return hit ? row.kana.slice(0, -hit.length) : row.kana;
}

/**
 * Hepburn without macrons, as municipalities spell themselves in their web addresses: long vowels
 * collapse (おおさか osaka, とうきょう tokyo, ふちゅう fuchu), ん is n (せんだい sendai) and loses
 * wanakana's apostrophe before a vowel (かんおんじ kanonji), っ doubles (さっぽろ sapporo).
 */
export function romaji(kana: string): string {
  if (EXCEPTIONS[kana]) return EXCEPTIONS[kana];
  return toRomaji(kana).replace(/'/g, '').replace(/o[ou]/g, 'o').replace(/uu/g, 'u').toLowerCase();
}

/** The plan's file name stem: 金沢市 → kanazawa. */
export function planStem(row: Pick<MunicipalityRow, 'name' | 'kana'>): string {
  return romaji(stemKana(row));
}
