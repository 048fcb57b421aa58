import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { isMap, isSeq, parseDocument, type Node } from 'yaml';
import { PLANS, planPath } from '../helpers/cli.js';

/**
 * Mutations of the real plans, the mistakes and accidents a planner's file can suffer: nodes deleted,
 * duplicated or given another type; the text cut short; random bytes injected; lines doubled or
 * dropped; the whole file saved as Shift_JIS or UTF-16.
 */
export const REAL_PLANS = PLANS.map((p) => readFileSync(planPath(p), 'utf8'));

/** Every collection node of a document with its parent, so an edit can pick one by index. */
function collections(node: Node | null, out: Node[] = []): Node[] {
  if (isMap(node)) { out.push(node); for (const p of node.items) collections(p.value as Node, out); }
  else if (isSeq(node)) { out.push(node); for (const i of node.items) collections(i as Node, out); }
  return out;
}

const SCALARS = ['', 'null', '~', 'true', '0', '-1', '1e3', '0x1F', '0o17', '.nan', '"文字列"', "'x'", '[]', '{}', '[a, [b]]', '{ a: 1 }', '|\n  複数行', '>-\n  折り返し', '第1号イ', '2025-04', '令和7年度'];

/** Delete, duplicate or retype one node chosen by index, through the YAML document (comments kept). */
export const nodeEdit = fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('delete', 'duplicate', 'retype'), fc.constantFrom(...SCALARS)).map(([which, item, op, scalar]) => (text: string) => {
  try {
    return editNode(text, which, item, op, scalar);
  } catch {
    return text; // an earlier edit left text the document API cannot re-serialise: keep it as it is
  }
});

function editNode(text: string, which: number, item: number, op: string, scalar: string): string {
  const doc = parseDocument(text);
  const all = collections(doc.contents as Node);
  const target = all[which % all.length] as { items: unknown[] };
  if (!target?.items.length) return text;
  const i = item % target.items.length;
  if (op === 'delete') target.items.splice(i, 1);
  else if (op === 'duplicate') target.items.splice(i, 0, target.items[i]);
  else {
    const replacement = parseDocument(`v: ${scalar}`).get('v', true);
    const entry = target.items[i] as { value?: unknown };
    if (isMap(target) && entry && typeof entry === 'object' && 'value' in entry) entry.value = replacement;
    else target.items[i] = replacement;
  }
  return doc.toString({ lineWidth: 0 });
}

const lineEdit = fc.tuple(fc.nat(), fc.constantFrom('drop', 'double', 'indent', 'dedent', 'tab', 'zenkaku')).map(([at, op]) => (text: string) => {
  const lines = text.split('\n');
  const i = at % lines.length;
  const l = lines[i];
  const edited = { drop: [], double: [l, l], indent: [` ${l}`], dedent: [l.replace(/^ {1,2}/, '')], tab: [l.replace(/^ {2}/, '\t')], zenkaku: [l.replace(/^ {2}/, '\u3000')] }[op];
  lines.splice(i, 1, ...edited);
  return lines.join('\n');
});

const truncate = fc.nat().map((n) => (text: string) => text.slice(0, n % (text.length + 1)));

/** Characters that mean something to YAML (or to a planner's editor), typed somewhere in the text. */
const SNIPPETS = [': ', ' #', '#', '- ', '? ', '"', "'", '|', '>', '{', '}', '[', ']', ',', '&a ', '*a', '!', '%', '@', '`', '\\', '\r', '\r\n', '\n', '\n  ', '\t', '\u3000', '\u00a0', '\u2028', '\ufeff', '---\n', '...\n', 'null', '~', ': |\n', '0x1F', '1_000', '0b101', '.inf', 'yes', 'on', '2025-04-01', '12:30', '｜', '：', '＃', '－ '];
const typed = fc.tuple(fc.nat(), fc.constantFrom(...SNIPPETS)).map(([at, snippet]) => (text: string) => {
  const i = at % (text.length + 1);
  return text.slice(0, i) + snippet + text.slice(i);
});

export type TextEdit = (text: string) => string;
export const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  { weight: 3, arbitrary: nodeEdit },
  { weight: 2, arbitrary: lineEdit },
  { weight: 3, arbitrary: typed },
  { weight: 1, arbitrary: truncate },
);

/** Bytes spliced in at a position: YAML indicators, control characters, NUL, broken UTF-8. */
const INJECTED = [[0x00], [0xff, 0xfe], [0xc3], [0xe3, 0x81], [0x26, 0x61, 0x20], [0x2a, 0x61], [0x21, 0x21, 0x62, 0x69, 0x6e, 0x20], [0x5b, 0x5b, 0x7b], [0x3a, 0x20], [0x23], [0x0d], [0x09], [0x7f], [0x1b], [0x22], [0x27], [0x7c, 0x0a], [0x3c, 0x3c, 0x3a, 0x20], [0x25, 0x59]];
export const byteInjection = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, noDefaultInfinity: true }), fc.oneof(fc.constantFrom(...INJECTED), fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }))).map(([f, bytes]) => (input: Uint8Array) => {
  const at = Math.floor(input.length * f);
  return new Uint8Array([...input.subarray(0, at), ...bytes, ...input.subarray(at)]);
});

let sjis: Map<string, number[]> | undefined;
/** Shift_JIS bytes of a text, from the reverse of the platform's decoder (Node ships no SJIS encoder). */
export function toShiftJis(text: string): Uint8Array {
  if (!sjis) {
    sjis = new Map();
    const dec = new TextDecoder('shift_jis');
    for (let lead = 0x81; lead <= 0xfc; lead++) {
      if (lead > 0x9f && lead < 0xe0) continue;
      for (let trail = 0x40; trail <= 0xfc; trail++) {
        if (trail === 0x7f) continue;
        const ch = dec.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !sjis.has(ch)) sjis.set(ch, [lead, trail]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    out.push(...(c < 0x80 ? [c] : sjis.get(ch) ?? [0x81, 0x48]));
  }
  return new Uint8Array(out);
}

export const encoding = fc.constantFrom('utf-8', 'utf-8-bom', 'shift_jis', 'utf-16le', 'utf-16le-bom', 'utf-16be-bom').map((enc) => (text: string): Uint8Array => {
  switch (enc) {
    case 'utf-8-bom': return Buffer.from(`\ufeff${text}`, 'utf8');
    case 'shift_jis': return toShiftJis(text);
    case 'utf-16le': return Buffer.from(text, 'utf16le');
    case 'utf-16le-bom': return Buffer.from(`\ufeff${text}`, 'utf16le');
    case 'utf-16be-bom': return Buffer.from(`\ufeff${text}`, 'utf16le').swap16();
    default: return Buffer.from(text, 'utf8');
  }
});

/** A mutated plan that is still UTF-8 text: what the fast path and the full loader must agree on. */
export const mutatedText = fc.record({
  plan: fc.nat({ max: REAL_PLANS.length - 1 }),
  edits: fc.array(textEdit, { minLength: 1, maxLength: 3 }),
}).map(({ plan, edits }) => edits.reduce((text, edit) => edit(text), REAL_PLANS[plan]));

/** A mutated plan as bytes: text edits, and sometimes another encoding or injected bytes. */
export const mutatedPlan = fc.record({
  text: mutatedText,
  encode: fc.oneof({ weight: 5, arbitrary: fc.constant((t: string) => Buffer.from(t, 'utf8') as Uint8Array) }, { weight: 1, arbitrary: encoding }),
  inject: fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: byteInjection }),
}).map(({ text, encode, inject }) => {
  const bytes = encode(text);
  return inject ? inject(bytes) : bytes;
});
