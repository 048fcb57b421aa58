import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE, tempDir } from '../helpers/cli.js';
import { mutatedPlan } from './mutations.js';

/**
 * The same property through the real command line, for a handful of mutated plans at once (one
 * process per run, so few runs): exit 0 or 1, JSON that parses, positioned diagnostics, nothing on
 * stderr that looks like a stack trace, and every input file byte-identical afterwards.
 */
describe('jusou check on mutated plans (real CLI)', () => {
  it('exits 0 or 1 with positioned diagnostics and leaves every file as it was', () => {
    const dir = tempDir('jusou-fuzz-');
    let run = 0;
    fc.assert(fc.property(fc.array(mutatedPlan, { minLength: 3, maxLength: 6 }), fc.boolean(), (plans, useCache) => {
      const files = plans.map((bytes, i) => {
        const file = join(dir, `run${run}-${i}.yaml`);
        writeFileSync(file, bytes);
        return file;
      });
      run++;
      const args = ['check', ...files, '--format', 'json', ...(useCache ? ['--cache', '--cache-location', join(dir, 'cache')] : [])];
      const r = runCli(args);
      expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
      expect(r.stderr).not.toMatch(/内部エラー|Warning:/);
      expect([0, 1]).toContain(r.code);
      const diagnostics = JSON.parse(r.stdout) as { rule: string; line: number; message: string }[];
      for (const d of diagnostics) {
        if (d.rule !== 'file-read') expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      }
      expect(r.code).toBe(diagnostics.some((d) => (d as { severity?: string }).severity === 'error') ? 1 : 0);
      files.forEach((file, i) => expect(readFileSync(file).equals(Buffer.from(plans[i]))).toBe(true));
    }), { numRuns: 6 });
  });
});
