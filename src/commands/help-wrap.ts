import { displayWidth, WIDE_RANGE as WIDE } from '../text-width.js';

export { displayWidth };

/** A chunk a line may break before: one wide character, or a run of narrow non-space characters. */
const CHUNK = new RegExp(`\\s*(?:[${WIDE}]|[^\\s${WIDE}]+)`, 'g');

/**
 * 禁則: what may not start a line (closing brackets, punctuation, small kana, and their ASCII kin glued
 * to the text before: 「<ローマ字>.yaml」 must not leave 「>.yaml」 to start a line) or end one (opening brackets).
 */
const NO_LINE_START = /^[）」』】、。，．・ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ>)\]}.,:;!?]/;
const NO_LINE_END = /[（「『【<(\[{]$/;

/**
 * Wraps help text to a width in columns. Japanese has no spaces between words, so a line may break
 * between any two wide characters; narrow words (option names, English) are kept whole.
 */
export function boxWrap(str: string, width: number): string {
  if (width < 40) return str;
  const out: string[] = [];
  for (const line of str.split(/\r\n|\n/)) {
    const chunks = line.match(CHUNK);
    if (!chunks) { out.push(''); continue; }
    let current = chunks[0];
    for (const chunk of chunks.slice(1)) {
      // Closing brackets and punctuation stay at the end of the line before rather than start one.
      if (displayWidth(current) + displayWidth(chunk) <= width || NO_LINE_START.test(chunk) || NO_LINE_END.test(current)) { current += chunk; continue; }
      out.push(current);
      current = chunk.trimStart();
    }
    out.push(current);
  }
  return out.join('\n');
}
