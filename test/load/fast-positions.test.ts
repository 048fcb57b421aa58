import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { DataPath } from '../../src/diagnostic.js';
import { parseFast } from '../../src/load/fast-parse.js';
import { aligned, countLines, fastRangeOf, nodeRecorder } from '../../src/load/fast-positions.js';
import { loadText } from '../../src/load/index.js';
import { mutatedText } from '../fuzz/mutations.js';
import { PLANS, planPath, ROOT } from '../helpers/cli.js';

/**
 * The fast path's positions must be the full loader's, for every node of a plan: every value and
 * every key, and paths that do not exist (which frame the nearest key, as the full loader does).
 */
function allPaths(value: unknown, at: DataPath = [], out: DataPath[] = []): DataPath[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => allPaths(v, [...at, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) allPaths(v, [...at, k], out);
  return out;
}

/** Compares every path of a text; returns the first difference, or undefined. */
function firstDifference(text: string): string | undefined {
  if (!parseFast(text)) return undefined; // not a fast-path text
  const recorder = nodeRecorder();
  const data = jsYaml.load(text, { listener: recorder.listener } as jsYaml.LoadOptions);
  const full = loadText('p.yaml', text, 'ja');
  const lc = countLines(text);
  const root = recorder.root();
  if (!aligned(root)) return undefined; // the fast path leaves such a text's positions to the full loader
  for (const path of allPaths(data)) {
    for (const p of [path, [...path, 'missing'], [...path, 99]]) {
      for (const target of ['value', 'key'] as const) {
        const want = full.rangeOf(p, target);
        const got = fastRangeOf(text, lc, root, p, target);
        if (JSON.stringify(want) !== JSON.stringify(got)) {
          return `${JSON.stringify(p)} ${target}: full ${JSON.stringify(want)} fast ${JSON.stringify(got)} line ${JSON.stringify(text.split('\n')[want.line - 1])}`;
        }
      }
    }
  }
  return undefined;
}

const fixtures = readdirSync(join(ROOT, 'test', 'fixtures', 'rules')).flatMap((r) => ['pass.yaml', 'fail.yaml'].map((f) => join(ROOT, 'test', 'fixtures', 'rules', r, f)));

describe('fast-path positions', () => {
  it.each([...PLANS.map(planPath), ...fixtures])('equal the full loader for every node of %s', (file) => {
    expect(firstDifference(readFileSync(file, 'utf8'))).toBeUndefined();
  });

  it.each([
    ['empty values', 'h:\ni:   \nj: # c\nk: x\n'],
    ['comments and blank lines before values', 'a:\n  # c\n\n  b: 1\nc:\n\n  - x  # y\n'],
    ['flow collections over lines', 'a: [b,\n  c]\nd: {e: 1, f: [2, {g: h}]}\n'],
    ['quoted and block scalars', 'a: "x y"\nb: \'z\'\nc: |\n  t\nd: >-\n  u\n  v\ne: "multi\n  line"\n'],
    ['nested sequences', 'a:\n- - 1\n  - 2\n- b: c\n  d:\n  - e\n'],
    ['keys with spaces before the colon', 'a  : 1\n"b" : 2\n'],
    ['numbers, nulls and booleans as keys', '1: a\nnull: b\ntrue: c\n'],
  ])('equal the full loader for %s', (_label, text) => {
    expect(firstDifference(text)).toBeUndefined();
  });

  it('equal the full loader on mutated plans', () => {
    fc.assert(fc.property(mutatedText, (text) => {
      expect(firstDifference(text)).toBeUndefined();
    }), { numRuns: 40 });
  });
});
