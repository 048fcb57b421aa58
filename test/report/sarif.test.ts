import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/check/rules/index.js';
import type { Diagnostic } from '../../src/diagnostic.js';
import { sarif } from '../../src/report/sarif.js';
import { ruleDocUri } from '../../src/report/tool-info.js';
import type { FormatContext } from '../../src/report/types.js';
import { checkedFixture } from './report-fixture.js';

// The official SARIF 2.1.0 schema (draft-07 edition), vendored with its licence: test/vendor/README.md.
const schema = JSON.parse(readFileSync(new URL('../vendor/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
// unicodeRegExp off: the schema's language pattern ("…{2}]?$") is valid only as a non-Unicode RegExp.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function expectValid(text: string): Log {
  const log = JSON.parse(text) as Log;
  const ok = validate(log);
  expect(ok ? [] : validate.errors).toEqual([]);
  // The draft-04 edition also requires every region to have a start; Ajv 8 cannot read it, so check here.
  for (const r of log.runs[0].results ?? []) {
    const region = r.locations?.[0].physicalLocation?.region;
    if (region) expect(region.startLine).toBeGreaterThan(0);
  }
  return log;
}

const ctx: FormatContext = { lang: 'ja', files: ['plans/a.yaml'], sources: new Map(), color: false };
const diag = (over: Partial<Diagnostic>): Diagnostic => ({
  file: 'plans/a.yaml', line: 3, column: 5, endLine: 3, endColumn: 9, severity: 'error', rule: 'schema', message: 'm', path: [], ...over,
});

describe('sarif formatter', () => {
  it('the schema check can fail: a result without a message is rejected', () => {
    const log = JSON.parse(sarif([diag({})], ctx));
    delete log.runs[0].results[0].message;
    expect(validate(log)).toBe(false);
  });

  it('the fixture report validates against the SARIF 2.1.0 schema, in Japanese and in English', async () => {
    for (const lang of ['ja', 'en'] as const) {
      const { diagnostics, ctx: fixtureCtx } = await checkedFixture(lang);
      expectValid(sarif(diagnostics, fixtureCtx));
    }
  });

  it('describes jusou and lists every registered rule plus the loader rules that occurred', async () => {
    const { diagnostics, ctx: fixtureCtx } = await checkedFixture();
    const run = expectValid(sarif(diagnostics, fixtureCtx)).runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'jusou', version: expect.stringMatching(/^\d+\.\d+\.\d+/), informationUri: expect.stringMatching(/^https:\/\//) });
    const ids = run.tool.driver.rules!.map((r) => r.id);
    expect(ids).toEqual([...rules.map((r) => r.id), 'key-colon']);
    const mandated = run.tool.driver.rules!.find((r) => r.id === 'mandated-codes')!;
    expect(mandated.shortDescription?.text).toBe(rules.find((r) => r.id === 'mandated-codes')!.description.ja);
    expect(mandated.fullDescription?.text).toBe(rules.find((r) => r.id === 'mandated-codes')!.docs.ja);
    expect(mandated.helpUri).toBe('https://laws.e-gov.go.jp/law/326AC0000000045#Mp-At_106_4-Pr_2');
    expect(run.language).toBe('ja-JP');
  });

  it('gives each result its rule index, level, message and a relative location with a region', async () => {
    const { diagnostics, ctx: fixtureCtx } = await checkedFixture();
    const run = expectValid(sarif(diagnostics, fixtureCtx)).runs[0];
    expect(run.results).toHaveLength(diagnostics.length);
    for (const r of run.results!) {
      expect(run.tool.driver.rules![r.ruleIndex!].id).toBe(r.ruleId);
      expect(['error', 'warning']).toContain(r.level);
      const loc = r.locations![0].physicalLocation!;
      expect(loc.artifactLocation).toMatchObject({ uriBaseId: '%SRCROOT%', uri: expect.stringMatching(/^test\/fixtures\/report\//) });
      expect(run.artifacts![loc.artifactLocation!.index!].location!.uri).toBe(loc.artifactLocation!.uri);
      expect(loc.region).toMatchObject({ startLine: expect.any(Number), startColumn: expect.any(Number), endLine: expect.any(Number), endColumn: expect.any(Number) });
    }
    const missing = run.results!.find((r) => r.ruleId === 'mandated-codes')!;
    expect(missing.properties?.helpUri).toBe('https://laws.e-gov.go.jp/law/326AC0000000045#Mp-At_106_4-Pr_2-It_6');
    expect(missing.locations![0].physicalLocation!.region).toEqual({ startLine: 18, startColumn: 1, endLine: 18, endColumn: 3 });
    // Clean files are artifacts too, so a consumer sees they were analysed.
    expect(run.artifacts!.map((a) => a.location!.uri)).toContain('test/fixtures/report/seiketsu.yaml');
  });

  it('English descriptions with --lang en', async () => {
    const { diagnostics, ctx: fixtureCtx } = await checkedFixture('en');
    const run = expectValid(sarif(diagnostics, fixtureCtx)).runs[0];
    expect(run.language).toBe('en-US');
    expect(run.tool.driver.rules![0].shortDescription!.text).toBe(rules[0].description.en);
  });

  it('percent-encodes paths, locates position-less files as a whole, and keeps absolute paths as file URIs', () => {
    const log = expectValid(sarif([
      diag({ file: 'plans/北 町.yaml' }),
      diag({ file: './plans/a.yaml', line: 0, column: 0, endLine: 0, endColumn: 0, rule: 'file-read' }),
      diag({ file: '/srv/plans/c.yaml', severity: 'warning', rule: 'no-such-rule' }),
    ], ctx));
    const locs = log.runs[0].results!.map((r) => r.locations![0].physicalLocation!);
    // Results come in compareDiagnostics order (by the file string as given).
    expect(locs.map((l) => l.artifactLocation!.uri)).toEqual(['plans/a.yaml', 'file:///srv/plans/c.yaml', 'plans/%E5%8C%97%20%E7%94%BA.yaml']);
    expect(locs[0].region).toBeUndefined();
    expect(locs[1].artifactLocation!.uriBaseId).toBeUndefined();
    // ctx.files has plans/a.yaml and a diagnostic names ./plans/a.yaml: still one artifact.
    expect(log.runs[0].artifacts).toHaveLength(3);
    // An id that no rule documents still gets an entry, so ruleIndex always points somewhere.
    expect(log.runs[0].tool.driver.rules!.map((r) => r.id)).toContain('no-such-rule');
  });

  it('an empty run is still a valid log with an empty result list', () => {
    const log = expectValid(sarif([], { ...ctx, files: [] }));
    expect(log.runs[0].results).toEqual([]);
  });

  it('rule documentation addresses are absolute once package.json names a repository', () => {
    expect(ruleDocUri('schema', 'https://example.org/jusou')).toBe('https://example.org/jusou/blob/HEAD/docs/rules.md#schema');
    const descriptor = { id: 'schema', shortDescription: { text: 's' }, helpUri: ruleDocUri('schema', 'https://example.org/jusou') };
    const log = JSON.parse(sarif([], ctx));
    log.runs[0].tool.driver.rules = [descriptor];
    expect(validate(log)).toBe(true);
    log.runs[0].tool.driver.rules = [{ ...descriptor, helpUri: 'docs/rules.md#schema' }];
    expect(validate(log)).toBe(false); // why the relative form is only given in the help text
  });
});
