/** The source lines of a plan, as the slip detectors (slips.ts) read them: offsets, indentation, content. */
export interface Line {
  /** Offset of the line's first character and of its end (before "\r\n" or "\n"). */
  start: number;
  end: number;
  /** Leading blanks: spaces, tabs and full-width spaces (U+3000). */
  indent: string;
  /** The rest of the line, from its first non-blank character. */
  body: string;
  /** True when the line belongs to a block scalar (| or >): its text is a value, never syntax. */
  inBlockScalar: boolean;
}

/** A block scalar header at the end of a line: "key: |", "- >-", "key: |2 # comment". */
const BLOCK_HEADER = /(?:^|[:\-]\s+)[|>][-+0-9]*\s*(?:#.*)?$/;

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let blockIndent = -1; // indentation of the line that opened a block scalar, or -1
  for (let start = 0; start <= text.length; ) {
    let nl = text.indexOf('\n', start);
    if (nl === -1) nl = text.length;
    const end = nl > start && text[nl - 1] === '\r' ? nl - 1 : nl;
    const raw = text.slice(start, end);
    const indent = /^[ \t\u3000]*/.exec(raw)![0];
    const body = raw.slice(indent.length);
    // A block scalar goes on while lines are blank or indented deeper than its header's line.
    const inBlockScalar = blockIndent >= 0 && (body === '' || indent.length > blockIndent);
    if (!inBlockScalar) blockIndent = BLOCK_HEADER.test(body) ? indent.length : -1;
    out.push({ start, end, indent, body, inBlockScalar });
    if (nl === text.length) break;
    start = nl + 1;
  }
  return out;
}

/** Index of the line holding `offset` (binary search over line starts). */
export function lineIndexAt(lines: readonly Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Whether a line carries YAML at all (not blank, not only a comment, not block-scalar text). */
export function significant(line: Line): boolean {
  return !line.inBlockScalar && line.body !== '' && !line.body.startsWith('#');
}

/** The value part of "key: value" or "- value" lines, with its offset; undefined for other lines. */
export function valueOf(line: Line): { text: string; start: number } | undefined {
  const m = /^((?:-[ ]+)*)(?:[^\s:#'"[\]{}][^:#]*?:[ ]+)?/.exec(line.body)!;
  if (m[0] === '') return undefined;
  const at = line.start + line.indent.length + m[0].length;
  return { text: line.body.slice(m[0].length), start: at };
}
