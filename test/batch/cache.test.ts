import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../../src/commands/check.js';
import type { Diagnostic } from '../../src/diagnostic.js';
import { planPath, tempDir } from '../helpers/cli.js';
import { withoutPlanLevel } from '../helpers/plan-level.js';

/**
 * What the cache must never do: answer for bytes, a language or a jusou it did not see. The cached
 * entry of a clean plan is replaced with a planted diagnostic; the planted diagnostic showing up
 * proves a run was served from the cache, and its absence proves a run checked the plan again.
 */
const PLANTED: Diagnostic = { file: 'x', line: 1, column: 1, endLine: 1, endColumn: 2, severity: 'error', rule: 'planted', message: 'from the cache', path: [] };

function setup() {
  const dir = tempDir('jusou-cache-');
  const plan = join(dir, 'kotoura.yaml');
  copyFileSync(planPath('kotoura'), plan);
  return { dir, plan, cache: join(dir, 'cache.json') };
}

function plant(cache: string): void {
  const body = JSON.parse(readFileSync(cache, 'utf8'));
  for (const entry of Object.values(body.entries) as { diagnostics: Diagnostic[] }[]) entry.diagnostics = [PLANTED];
  writeFileSync(cache, JSON.stringify(body));
}

const planted = (ds: Diagnostic[]) => ds.some((d) => d.rule === 'planted');

describe('--cache', () => {
  it('serves an unchanged plan from the cache, relabelled with the path as given', async () => {
    const { plan, cache } = setup();
    expect(withoutPlanLevel((await checkPaths([plan], 'ja', { cache })).diagnostics)).toEqual([]);
    plant(cache);
    const r = await checkPaths([plan], 'ja', { cache });
    expect(planted(r.diagnostics)).toBe(true);
    expect(r.diagnostics[0].file).toBe(plan);
  });

  it('checks a plan again when a single byte of it changed (a comment)', async () => {
    const { plan, cache } = setup();
    await checkPaths([plan], 'ja', { cache });
    plant(cache);
    writeFileSync(plan, `${readFileSync(plan, 'utf8')}# 追記\n`);
    expect(planted((await checkPaths([plan], 'ja', { cache })).diagnostics)).toBe(false);
  });

  it('finds a new mistake in an edited plan instead of repeating the old verdict', async () => {
    const { plan, cache } = setup();
    expect(withoutPlanLevel((await checkPaths([plan], 'ja', { cache })).diagnostics)).toEqual([]);
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('所管課: 福祉あんしん課', '所管か: 福祉あんしん課'));
    const r = await checkPaths([plan], 'ja', { cache });
    expect(r.diagnostics.map((d) => d.rule)).toContain('unknown-key');
  });

  it('does not answer in another language', async () => {
    const { plan, cache } = setup();
    await checkPaths([plan], 'ja', { cache });
    plant(cache);
    expect(planted((await checkPaths([plan], 'en', { cache })).diagnostics)).toBe(false);
  });

  it('discards everything when the tool fingerprint (jusou, schema, codes, data) differs', async () => {
    const { plan, cache } = setup();
    await checkPaths([plan], 'ja', { cache });
    plant(cache);
    const body = JSON.parse(readFileSync(cache, 'utf8'));
    body.fingerprint = `${body.fingerprint}-other`;
    writeFileSync(cache, JSON.stringify(body));
    expect(planted((await checkPaths([plan], 'ja', { cache })).diagnostics)).toBe(false);
  });

  it('treats a corrupt cache as empty and replaces it', async () => {
    const { plan, cache } = setup();
    writeFileSync(cache, '{"format":1,"fingerprint":');
    expect(withoutPlanLevel((await checkPaths([plan], 'ja', { cache })).diagnostics)).toEqual([]);
    expect(JSON.parse(readFileSync(cache, 'utf8')).entries).toBeTypeOf('object');
  });

  it('puts .jusoucache inside a directory given as the location, writes atomically, never touches the plan', async () => {
    const { dir, plan } = setup();
    const before = readFileSync(plan);
    const where = join(dir, 'cache-dir');
    mkdirSync(where);
    await checkPaths([plan], 'ja', { cache: where });
    await checkPaths([plan], 'ja', { cache: where });
    expect(existsSync(join(where, '.jusoucache'))).toBe(true);
    expect(readdirSync(where).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readFileSync(plan).equals(before)).toBe(true);
  });

  it('does not cache a file that could not be read', async () => {
    const { dir, cache } = setup();
    const missing = join(dir, 'missing.yaml');
    await checkPaths([missing], 'ja', { cache });
    writeFileSync(missing, readFileSync(planPath('kotoura')));
    expect(withoutPlanLevel((await checkPaths([missing], 'ja', { cache })).diagnostics)).toEqual([]);
  });
});
