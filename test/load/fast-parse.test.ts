import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../../src/batch/check-file.js';
import { fastEligible, parseFast } from '../../src/load/fast-parse.js';
import { parseText } from '../../src/load/parse.js';
import { PLANS, planPath, ROOT } from '../helpers/cli.js';

/**
 * The fast path reads plain data with js-yaml; it may only answer "no problems" where `yaml` (the full
 * loader) reads the same data without a finding. These are the places the two were seen to differ.
 */
const check = (text: string, fast: boolean) => checkBytes('p.yaml', { ok: true, bytes: Buffer.from(text, 'utf8') }, 'ja', fast);

describe('fast path', () => {
  it('reads the five real plans to the same data as the full loader', () => {
    for (const p of PLANS) {
      const text = readFileSync(planPath(p), 'utf8');
      expect(fastEligible(text), p).toBe(true);
      expect(parseFast(text)!.data).toEqual(parseText(text, 'ja').data);
    }
  });

  it.each([
    ['a lone carriage return', '\r# comment\na: b\n'],
    ['a comment glued to a closing bracket', 'a: [x]#\n'],
    ['a comment glued to a closing quote', 'a: "x"#\n'],
    ['an implicit key over 1024 characters', `${'k'.repeat(1100)}: v\n`],
    ['an alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a merge key', 'a:\n  <<: {b: 1}\n'],
    ['a __proto__ key', '__proto__:\n  x: 1\n'],
    ['a document end marker (found by the fuzz test: the parsers place the empty document differently)', '...\n'],
    ['a document end marker after a mapping', 'a: 1\n...\n'],
    ['a tab', 'a:\tb\n'],
    ['a full-width indent', 'a:\n\u3000b: 1\n'],
    ['a directive', '%YAML 1.2\n---\na: b\n'],
    ['an empty file', '  \n'],
  ])('leaves %s to the full loader', (_label, text) => {
    expect(parseFast(text)).toBeUndefined();
  });

  it.each([
    ['0o17', 15], ['0x1F', 31], ['+12', 12], ['-0', -0], ['1e3', 1000], ['.5', 0.5], ['1.', 1], ['.inf', Infinity], ['-.Inf', -Infinity],
    ['true', true], ['False', false], ['~', null], ['Null', null], ['', null],
    ['0b101', '0b101'], ['1_000', '1_000'], ['yes', 'yes'], ['on', 'on'], ['2025-04-01', '2025-04-01'], ['12:30', '12:30'], ['0o8', '0o8'], ['TRUE', true], ['tRue', 'tRue'],
  ])('reads the scalar %j as the YAML 1.2 core schema does (%j)', (scalar, value) => {
    const text = `a: ${scalar}\n`;
    expect(parseText(text, 'ja').data).toEqual({ a: value });
    expect(parseFast(text)!.data).toEqual({ a: value });
  });

  it('keys the two parsers stringify differently end up as unknown keys, so the full loader answers', () => {
    const plan = readFileSync(planPath('kotoura'), 'utf8');
    for (const key of ['null', '~', '[a, b]', '{a: 1}']) {
      const text = plan.replace('自治体:\n', `${key}: x\n自治体:\n`);
      const full = check(text, false);
      expect(full.diagnostics.map((d) => d.rule)).toContain('unknown-key');
      expect(check(text, true)).toEqual(full);
    }
  });

  it('relies on a closed schema: every object in plan.schema.json forbids additional properties', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'plan.schema.json'), 'utf8'));
    const open: string[] = [];
    const defs = schema.$defs as Record<string, unknown>;
    const walk = (node: unknown, at: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      const closedByRef = typeof n.$ref === 'string' && (defs[n.$ref.replace('#/$defs/', '')] as Record<string, unknown>)?.additionalProperties === false;
      if ((n.type === 'object' || n.properties) && n.additionalProperties !== false && !closedByRef) open.push(at);
      for (const [k, v] of Object.entries(n)) walk(v, `${at}/${k}`);
    };
    walk(schema, '#');
    expect(open).toEqual([]);
  });
});
