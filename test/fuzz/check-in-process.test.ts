import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBytes, type FileCheck } from '../../src/batch/check-file.js';
import type { Diagnostic } from '../../src/diagnostic.js';
import { mutatedPlan, mutatedText } from './mutations.js';

/**
 * Property: whatever a plan file has suffered, checking it never throws, reports every problem with a
 * position (line ≥ 1, except a file that cannot be read at all) and a Japanese message, never crashes
 * a rule, never changes the input, and the fast path gives exactly what the full loader gives.
 */
/** More runs to hunt for bugs: JUSOU_FUZZ_RUNS=5000 npx vitest run test/fuzz */
const RUNS = Number(process.env.JUSOU_FUZZ_RUNS ?? 400);
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

function expectWellFormed(diagnostics: Diagnostic[]) {
  for (const d of diagnostics) {
    expect(['error', 'warning']).toContain(d.severity);
    if (d.rule !== 'file-read') expect(d.line, JSON.stringify(d)).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(d.line >= 1 ? 1 : 0);
    expect(d.endLine).toBeGreaterThanOrEqual(d.line);
    expect(d.message, JSON.stringify(d)).toMatch(JAPANESE);
    expect(d.message, JSON.stringify(d)).not.toMatch(/内部エラー|Maximum call stack/);
  }
}

/** On a mismatch, say which diagnostics differ and show the lines around them, not 20,000 lines of diff. */
function expectSameResult(fast: FileCheck, full: FileCheck, bytes: Uint8Array) {
  if (JSON.stringify(fast) === JSON.stringify(full)) return;
  const show = (r: FileCheck) => r.diagnostics.slice(0, 3).map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`);
  const at = (full.diagnostics[0] ?? fast.diagnostics[0])?.line ?? 1;
  const lines = Buffer.from(bytes).toString('utf8').split('\n').slice(Math.max(0, at - 3), at + 2);
  expect.fail(`fast path ${JSON.stringify(show(fast))} ≠ full loader ${JSON.stringify(show(full))} near ${JSON.stringify(lines)}`);
}

describe('checking mutated plans in process', () => {
  it('never throws, positions every diagnostic in Japanese, leaves the bytes alone, fast path = full loader', () => {
    fc.assert(fc.property(mutatedPlan, (bytes) => {
      const copy = Uint8Array.from(bytes);
      const read = { ok: true as const, bytes };
      const full = checkBytes('plan.yaml', read, 'ja', false);
      const fast = checkBytes('plan.yaml', read, 'ja', true);
      expectWellFormed(full.diagnostics);
      expectSameResult(fast, full, bytes);
      expect(Buffer.from(bytes).equals(Buffer.from(copy))).toBe(true);
    }), { numRuns: RUNS });
  });

  it.each(['ja', 'en'] as const)('fast path = full loader on mutated UTF-8 plans (%s)', (lang) => {
    fc.assert(fc.property(mutatedText, (text) => {
      const read = { ok: true as const, bytes: Buffer.from(text, 'utf8') };
      const full = checkBytes('plan.yaml', read, lang, false);
      expectSameResult(checkBytes('plan.yaml', read, lang, true), full, read.bytes);
      for (const d of full.diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);
    }), { numRuns: Math.ceil(RUNS / 2) });
  });
});
