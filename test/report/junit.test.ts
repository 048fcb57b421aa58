import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/check/rules/index.js';
import type { Diagnostic } from '../../src/diagnostic.js';
import { junit } from '../../src/report/junit.js';
import type { FormatContext } from '../../src/report/types.js';
import { checkedFixture } from './report-fixture.js';

type Node = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
// htmlEntities: fast-xml-parser decodes numeric character references (&#10;) only with it, as XML requires.
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false, htmlEntities: true, isArray: (name) => ['testsuite', 'testcase'].includes(name) });

function parse(xml: string): Node {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml).testsuites;
}

const ctx: FormatContext = { lang: 'ja', files: ['plans/a.yaml'], sources: new Map(), color: false };
const diag = (over: Partial<Diagnostic>): Diagnostic => ({
  file: 'plans/a.yaml', line: 3, column: 5, endLine: 3, endColumn: 9, severity: 'error', rule: 'schema', message: 'm', path: [], ...over,
});

describe('junit formatter', () => {
  it('the fixture report is XML with a suite per file, a case per rule and the expected counts', async () => {
    const { diagnostics, ctx: fixtureCtx, files } = await checkedFixture();
    const root = parse(junit(diagnostics, fixtureCtx));
    const ruleCount = rules.length + 1; // registry rules + key-colon, the loader rule that occurred
    expect(root.testsuite.map((s: Node) => s.name)).toEqual(files);
    const failing = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}\0${d.rule}`));
    expect(Number(root.tests)).toBe(files.length * ruleCount);
    expect(Number(root.failures)).toBe(failing.size);
    expect(Number(root.errors)).toBe(0);
    for (const suite of root.testsuite as Node[]) {
      const cases = suite.testcase as Node[];
      expect(cases.map((c) => c.name)).toEqual([...rules.map((r) => r.id), 'key-colon']);
      expect(Number(suite.tests)).toBe(cases.length);
      expect(Number(suite.failures)).toBe(cases.filter((c) => c.failure).length);
      expect(Number(suite.skipped)).toBe(cases.filter((c) => c.skipped !== undefined).length);
      for (const c of cases) expect(Boolean(c.failure)).toBe(failing.has(`${suite.name}\0${c.name}`));
    }
    expect(Number(root.skipped)).toBe(rules.length); // the file with a glued key was not checked by the rules
  });

  it('carries every error with file:line:col in its failure, and warnings in system-out without failing', async () => {
    const { diagnostics, ctx: fixtureCtx } = await checkedFixture();
    const suites = parse(junit(diagnostics, fixtureCtx)).testsuite as Node[];
    for (const d of diagnostics) {
      const c = suites.find((s) => s.name === d.file).testcase.find((t: Node) => t.name === d.rule);
      const text: string = d.severity === 'error' ? c.failure['#text'] : c['system-out'];
      expect(text).toContain(`${d.file}:${d.line}:${d.column} `);
      expect(text).toContain(d.message);
      if (d.severity === 'warning' && !diagnostics.some((e) => e.file === d.file && e.rule === d.rule && e.severity === 'error')) expect(c.failure).toBeUndefined();
    }
  });

  it('lists a clean file as a suite of passing cases', async () => {
    const { diagnostics, ctx: fixtureCtx } = await checkedFixture();
    const clean = (parse(junit(diagnostics, fixtureCtx)).testsuite as Node[]).find((s) => s.name.endsWith('seiketsu.yaml'))!;
    expect(Number(clean.failures)).toBe(0);
    expect(clean.testcase.every((c: Node) => c.failure === undefined && c.skipped === undefined)).toBe(true);
  });

  it('escapes markup, keeps newlines in attributes and replaces characters XML forbids', () => {
    const message = 'a<b & "c" \'d\' >\u0001\nnext';
    const root = parse(junit([diag({ message, file: 'plans/a&b.yaml' })], ctx));
    const suite = root.testsuite.find((s: Node) => s.name === 'plans/a&b.yaml');
    const failure = suite.testcase.find((c: Node) => c.name === 'schema').failure;
    expect(failure.message).toBe('a<b & "c" \'d\' >\ufffd\nnext');
    expect(failure['#text']).toContain('plans/a&b.yaml:3:5 エラー a<b & "c"');
  });

  it('summarises several errors of one rule in the failure message', () => {
    const root = parse(junit([diag({ message: 'first' }), diag({ line: 9, message: 'second' })], ctx));
    const failure = root.testsuite[0].testcase[0].failure;
    expect(failure.message).toBe('2件のエラー（最初: first）');
    expect(failure['#text']).toContain('plans/a.yaml:9:5');
  });

  it('one suite per file, however the path was written', () => {
    const root = parse(junit([diag({ file: './plans/a.yaml' })], ctx));
    expect(root.testsuite.map((s: Node) => s.name)).toEqual(['plans/a.yaml']);
    expect(root.failures).toBe('1');
  });

  it('an empty run is a valid document with no suites', () => {
    const root = parse(junit([], { ...ctx, files: [] }));
    expect(root.tests).toBe('0');
    expect(root.testsuite).toBeUndefined();
  });
});
