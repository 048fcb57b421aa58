/** East Asian wide characters: two terminal columns each (code frames, carets and help text line up by it). */
const WIDE = '\\u1100-\\u115f\\u2e80-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6';
const WIDE_CHAR = new RegExp(`[${WIDE}]`);
/** The same range for use inside other character classes. */
export const WIDE_RANGE = WIDE;

/** Columns a string takes in a terminal (colour codes take none). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s.replace(/\u001b\[\d*(;\d+)*m/g, '')) w += WIDE_CHAR.test(ch) ? 2 : 1;
  return w;
}
