import { diffArrays } from 'diff';

/** A piece of text on one side of the table; `mark` is a 傍線 (changed words). */
export interface Segment { text: string; mark?: boolean }

/**
 * One run of a class (kanji, katakana, hiragana, digits, other letters such as ＮＰＯ, spaces) or any
 * other single character. One regular expression: the text of a whole plan is split in milliseconds.
 */
const RUN = /[\p{Script=Han}々〆ヶ]+|[\p{Script=Katakana}ー]+|\p{Script=Hiragana}+|\p{Nd}+|(?:(?![\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}々〆ヶー])[\p{L}\p{M}])+|\s+|./gsu;

/**
 * Japanese text as words for the 傍線. Intl.Segmenter('ja') (ICU's dictionary, a Node built-in) splits
 * kanji compounds (毎年|度|実績|等), so inserting 「の」 underlines 「の」 only; each of its words is then
 * split where the character class changes, and every other character (、。「」（）～・) stands alone.
 * Without ICU data the class runs alone are the words.
 */
const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('ja', { granularity: 'word' }) : undefined;

export function tokenize(text: string): string[] {
  if (!segmenter) return classRuns(text);
  const out: string[] = [];
  for (const { segment } of segmenter.segment(text)) out.push(...classRuns(segment));
  return out;
}

/** Runs of one character class; every character of no class (punctuation, symbols) alone. */
export function classRuns(text: string): string[] {
  return text.match(RUN) ?? [];
}

const length = (tokens: readonly string[]) => tokens.reduce((n, t) => n + t.length, 0);

/**
 * Tokens for matching (similarity), not for the 傍線: class runs with each kanji alone, so a compound
 * changed inside (毎年度実績等 → 毎年度の実績等) still shares its characters. The dictionary segmenter
 * would cost ~80 ms for a plan's text; these ~2 ms.
 */
export function matchTokens(text: string): string[] {
  return text.match(MATCH_RUN) ?? [];
}

const MATCH_RUN = /[\p{Script=Han}々〆ヶ]|[\p{Script=Katakana}ー]+|\p{Script=Hiragana}+|\p{Nd}+|(?:(?![\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}々〆ヶー])[\p{L}\p{M}])+|\s+|./gsu;

/** Share of characters the two texts have in common, in order (0 none … 1 equal), by token diff. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  return tokenSimilarity(matchTokens(a), matchTokens(b));
}

export function tokenSimilarity(ta: readonly string[], tb: readonly string[]): number {
  const total = length(ta) + length(tb);
  if (total === 0) return 1;
  let common = 0;
  for (const part of diffArrays(ta as string[], tb as string[])) if (!part.added && !part.removed) common += length(part.value);
  return (2 * common) / total;
}

/**
 * An upper bound of tokenSimilarity from the words alone, order ignored: cheap (no diff), so unrelated
 * texts (two municipalities' plans) are told apart without the quadratic diff.
 */
export function bagBound(ta: readonly string[], tb: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const t of ta) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of tb) {
    const n = counts.get(t);
    if (n) {
      common += t.length;
      counts.set(t, n - 1);
    }
  }
  const total = length(ta) + length(tb);
  return total === 0 ? 1 : (2 * common) / total;
}

/** Below this a sentence is "changed beyond recognition" and underlined whole. */
export const REWRITE_THRESHOLD = 0.5;

/**
 * The two sides of a changed text with the changed words marked: the words the revision removed on the
 * old side, those it added on the new side; a rewrite (similarity below 0.5) is marked whole.
 */
export function markChanges(before: string, after: string): { before: Segment[]; after: Segment[]; similarity: number } {
  const [tb, ta] = [tokenize(before), tokenize(after)];
  const sim = before === after ? 1 : tokenSimilarity(tb, ta);
  if (sim < REWRITE_THRESHOLD) return { before: whole(before, true), after: whole(after, true), similarity: sim };
  const old: Segment[] = [];
  const now: Segment[] = [];
  for (const part of diffArrays(tb, ta)) {
    const text = part.value.join('');
    if (part.removed) push(old, text, true);
    else if (part.added) push(now, text, true);
    else {
      push(old, text, false);
      push(now, text, false);
    }
  }
  return { before: old, after: now, similarity: sim };
}

export function whole(text: string, mark: boolean): Segment[] {
  return text ? [{ text, mark: mark || undefined }] : [];
}

/** Appends, joining neighbours with the same marking, so the HTML has one <u> per changed run. */
function push(into: Segment[], text: string, mark: boolean): void {
  if (!text) return;
  const last = into[into.length - 1];
  if (last && Boolean(last.mark) === mark) last.text += text;
  else into.push({ text, mark: mark || undefined });
}
