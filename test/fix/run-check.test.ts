import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCheck, type CheckCommandOptions } from '../../src/commands/check.js';
import { ROOT, tempDir } from '../helpers/cli.js';

// code-form's fix (第２号 → 第2号) is the fixable finding these tests drive through runCheck.
const FIXTURE = readFileSync(join(ROOT, 'test', 'fixtures', 'rules', 'code-form', 'fail.yaml'), 'utf8');
const opts: CheckCommandOptions = { format: 'stylish', lang: 'ja', color: false };

function capture(): { out: () => string } {
  const chunks: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (chunks.push(String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  return { out: () => chunks.join('') };
}

afterEach(() => vi.restoreAllMocks());

describe('runCheck --fix / --fix-dry-run', () => {
  it('plain check reports the fixable count and writes nothing', async () => {
    const file = join(tempDir('jusou-run-fix-'), 'p.yaml');
    writeFileSync(file, FIXTURE);
    const io = capture();
    expect(await runCheck([file], opts)).toBe(1);
    expect(io.out()).toContain('うち 1 件は --fix で修正できます');
    expect(readFileSync(file, 'utf8')).toBe(FIXTURE);
  });

  it('fixes survive the cache: a warm run still knows what --fix would do', async () => {
    const dir = tempDir('jusou-run-fix-');
    const file = join(dir, 'p.yaml');
    writeFileSync(file, FIXTURE);
    for (let run = 0; run < 2; run++) {
      const io = capture();
      await runCheck([file], { ...opts, cache: true, cacheLocation: join(dir, 'cache.json') });
      expect(io.out(), `run ${run}`).toContain('うち 1 件は --fix で修正できます');
      vi.restoreAllMocks();
    }
    expect(readFileSync(join(dir, 'cache.json'), 'utf8')).toContain('"fix":[');
  });

  it('--fix-dry-run prints a diff and writes nothing; --fix writes, re-checks and reports what is left', async () => {
    const file = join(tempDir('jusou-run-fix-'), 'p.yaml');
    writeFileSync(file, FIXTURE);
    let io = capture();
    await runCheck([file], { ...opts, fixDryRun: true, fix: true });
    expect(io.out()).toContain('-      - 第２号  # ← code-form\n+      - 第2号  # ← code-form\n');
    expect(readFileSync(file, 'utf8')).toBe(FIXTURE);
    vi.restoreAllMocks();
    io = capture();
    const code = await runCheck([file], { ...opts, fix: true });
    expect(readFileSync(file, 'utf8')).toBe(FIXTURE.replace('- 第２号  #', '- 第2号  #'));
    expect(io.out()).not.toContain('--fix で修正できます');
    expect(code).toBe(/エラー [1-9]/.test(io.out()) ? 1 : 0);
  });
});
