import { isUtf8 } from 'node:buffer';

/**
 * Bytes → text. Plans must be UTF-8 (BOM and CRLF accepted). Planners often save from Windows tools,
 * so Shift_JIS, UTF-16 and EUC-JP are recognised and named, with how to convert, instead of mojibake.
 */
export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'utf16' | 'shift_jis' | 'euc-jp' | 'binary' | 'invalid-utf8'; encoding: string; offset: number };

function tryDecode(label: string, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(label, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The offset of the first byte that breaks UTF-8, for the error position. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += len;
  }
  return i;
}

export function decode(bytes: Uint8Array): DecodeResult {
  const head = bytes.subarray(0, 2);
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    return { ok: false, reason: 'utf16', encoding: head[0] === 0xff ? 'UTF-16LE' : 'UTF-16BE', offset: 0 };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    // UTF-16 without BOM has a NUL in every other byte of ASCII text; anything else with NULs is binary.
    let zeros = 0;
    const sample = Math.min(bytes.length, 512);
    for (let i = 0; i < sample; i++) if (bytes[i] === 0) zeros++;
    if (zeros * 3 >= sample) return { ok: false, reason: 'utf16', encoding: 'UTF-16', offset: nul };
    return { ok: false, reason: 'binary', encoding: 'binary', offset: nul };
  }
  if (isUtf8(bytes)) {
    // Same result as a fatal TextDecoder (which drops a BOM), several times faster on large batches.
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  }
  const offset = firstInvalidUtf8(bytes);
  if (tryDecode('shift_jis', bytes)) return { ok: false, reason: 'shift_jis', encoding: 'Shift_JIS', offset };
  if (tryDecode('euc-jp', bytes)) return { ok: false, reason: 'euc-jp', encoding: 'EUC-JP', offset };
  return { ok: false, reason: 'invalid-utf8', encoding: 'unknown', offset };
}

/** Line and column (1-based) of a byte offset, counting the valid prefix as UTF-8 text. */
export function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) { line++; lineStart = i + 1; }
  const prefix = Buffer.from(bytes.subarray(lineStart, offset)).toString('utf8');
  return { line, column: [...prefix].length + 1 };
}
