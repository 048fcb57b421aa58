import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostic.js';
import { planPath, runCli, tempDir } from '../helpers/cli.js';
import { withoutPlanLevel } from '../helpers/plan-level.js';

/**
 * Where --cache keeps its file when no --cache-location is given: out of the plans, at the repository
 * root (the nearest package.json or .git above the working directory), keyed by paths from that root.
 * A planted diagnostic in the cache showing up in the output proves a run was served from it.
 */
const PLANTED: Diagnostic = { file: 'x', line: 1, column: 1, endLine: 1, endColumn: 2, severity: 'error', rule: 'planted', message: 'from the cache', path: [] };

function plant(cache: string): void {
  const body = JSON.parse(readFileSync(cache, 'utf8'));
  for (const entry of Object.values(body.entries) as { diagnostics: Diagnostic[] }[]) entry.diagnostics = [PLANTED];
  writeFileSync(cache, JSON.stringify(body));
}

/** A municipality's repository: package.json, plans/kotoura.yaml and, when asked, a node_modules folder. */
function repo(withNodeModules: boolean): string {
  const dir = tempDir('jusou-repo-');
  writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
  mkdirSync(join(dir, 'plans'));
  cpSync(planPath('kotoura'), join(dir, 'plans', 'kotoura.yaml'));
  if (withNodeModules) mkdirSync(join(dir, 'node_modules'));
  return dir;
}

const rules = (cwd: string, ...args: string[]) => {
  const r = runCli(['check', ...args, '--cache', '--format', 'json'], cwd);
  return withoutPlanLevel(JSON.parse(r.stdout) as Diagnostic[]).map((d) => d.rule);
};

describe('the default cache location', () => {
  it('is node_modules/.cache/jusou/ when the repository root has node_modules; nothing is written beside the plans', () => {
    const dir = repo(true);
    expect(rules(dir, 'plans/')).toEqual([]);
    expect(existsSync(join(dir, 'node_modules', '.cache', 'jusou', 'cache.json'))).toBe(true);
    expect(existsSync(join(dir, '.jusoucache'))).toBe(false);
    expect(existsSync(join(dir, 'plans', '.jusoucache'))).toBe(false);
  });

  it('is .jusoucache at the repository root without node_modules, also when run from a subfolder', () => {
    const dir = repo(false);
    expect(rules(join(dir, 'plans'), '.')).toEqual([]);
    expect(existsSync(join(dir, 'plans', '.jusoucache'))).toBe(false);
    plant(join(dir, '.jusoucache'));
    // The same plan, named from the root this time: the same entry.
    expect(rules(dir, 'plans/kotoura.yaml')).toEqual(['planted']);
  });

  it('still hits after the checkout is moved or copied elsewhere (keys are paths from the root)', () => {
    for (const withNodeModules of [true, false]) {
      const dir = repo(withNodeModules);
      expect(rules(dir, 'plans/')).toEqual([]);
      const moved = join(tempDir('jusou-moved-'), 'checkout');
      cpSync(dir, moved, { recursive: true });
      plant(join(moved, withNodeModules ? 'node_modules/.cache/jusou/cache.json' : '.jusoucache'));
      expect(rules(moved, 'plans/')).toEqual(['planted']);
      // An edit in the moved checkout is checked again, not replayed.
      writeFileSync(join(moved, 'plans', 'kotoura.yaml'), `${readFileSync(join(moved, 'plans', 'kotoura.yaml'), 'utf8')}# 追記\n`);
      expect(rules(moved, 'plans/')).toEqual([]);
    }
  });

  it('--cache-location still decides where the cache is', () => {
    const dir = repo(true);
    expect(rules(dir, 'plans/', '--cache-location', 'elsewhere.json')).toEqual([]);
    expect(existsSync(join(dir, 'elsewhere.json'))).toBe(true);
    expect(existsSync(join(dir, 'node_modules', '.cache'))).toBe(false);
  });
});
