/** Edit distance over code points (Japanese keys are one code point a character). */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length];
}

/** The nearest candidate, if it is near enough to be a likely misspelling (or a containment, 所管 → 所管課). */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  const w = word.normalize('NFKC');
  for (const c of candidates) {
    const d = editDistance(w, c);
    const score = c.includes(w) || w.includes(c) ? Math.min(d, 1) : d;
    if (score < bestScore) { best = c; bestScore = score; }
  }
  const limit = Math.max(1, Math.ceil([...word].length / 2));
  return best !== undefined && bestScore <= limit ? best : undefined;
}
