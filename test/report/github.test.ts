import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostic.js';
import { escapeData, escapeProperty, github } from '../../src/report/github.js';
import type { FormatContext } from '../../src/report/types.js';
import { checkedFixture } from './report-fixture.js';

// The workflow-command grammar GitHub Actions reads: ::command key=value,key=value::data. A property value
// may not hold a raw ',' or ':' and no part may hold a raw CR/LF; '%' only starts an escape.
const PROPERTY = '(?:file|line|col|endLine|endColumn|title)=(?:[^,:%\\r\\n]|%25|%0D|%0A|%3A|%2C)*';
const COMMAND = new RegExp(`^::(error|warning) ${PROPERTY}(?:,${PROPERTY})*::(?:[^%\\r\\n]|%25|%0D|%0A)*$`);

const unescape = (s: string) => s.replace(/%(25|0D|0A|3A|2C)/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));

const ctx: FormatContext = { lang: 'ja', files: [], sources: new Map(), color: false };
const diag = (over: Partial<Diagnostic>): Diagnostic => ({
  file: 'plans/a.yaml', line: 3, column: 5, endLine: 3, endColumn: 9, severity: 'error', rule: 'schema', message: 'm', path: [], ...over,
});

describe('github formatter', () => {
  it('the grammar check rejects unescaped separators and stray percent signs', () => {
    expect('::error file=a,b.yaml,line=1::m').not.toMatch(COMMAND);
    expect('::error file=a.yaml,title=x:y::m').not.toMatch(COMMAND);
    expect('::error file=a.yaml::100% done').not.toMatch(COMMAND);
    expect('::notice file=a.yaml::m').not.toMatch(COMMAND);
    expect('::error file=a%2Cb.yaml,line=1::100%25 done').toMatch(COMMAND);
  });

  it('every line of the fixture report is a workflow command', async () => {
    const { diagnostics, ctx: fixtureCtx } = await checkedFixture();
    const lines = github(diagnostics, fixtureCtx).trimEnd().split('\n');
    expect(lines).toHaveLength(diagnostics.length);
    for (const line of lines) expect(line).toMatch(COMMAND);
    expect(lines.filter((l) => l.startsWith('::error ')).length).toBe(diagnostics.filter((d) => d.severity === 'error').length);
  });

  it('escapes data (%, CR, LF) and properties (also : and ,) the way GitHub decodes them', () => {
    expect(escapeData('100% 完了\r\n次')).toBe('100%25 完了%0D%0A次');
    expect(escapeProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
    const nasty = diag({ file: 'plans/北町,2:案%.yaml', rule: 'x:y,z', message: '50%: a,b\r\nline2', note: 'ヒ:ント' });
    const [line] = github([nasty], ctx).trimEnd().split('\n');
    expect(line).toMatch(COMMAND);
    const [, props, data] = /^::error (.*?)::(.*)$/.exec(line)!;
    const parsed = Object.fromEntries(props.split(',').map((p) => p.split('=')).map(([k, v]) => [k, unescape(v)]));
    expect(parsed).toEqual({ file: 'plans/北町,2:案%.yaml', line: '3', col: '5', endLine: '3', endColumn: '9', title: 'x:y,z' });
    expect(unescape(data)).toBe('50%: a,b\r\nline2\nヒント: ヒ:ント');
  });

  it('uses warning for warnings and the rule\'s title with its id as the title', () => {
    expect(github([diag({ severity: 'warning', rule: 'facility-count' })], ctx)).toBe(
      '::warning file=plans/a.yaml,line=3,col=5,endLine=3,endColumn=9,title=支援機関の箇所数と、列挙した機関の数が一致する (facility-count)::m\n',
    );
    const en = github([diag({ rule: 'code-form' })], { ...ctx, lang: 'en' });
    const [, props] = /^::error (.*?)::/.exec(en)!;
    expect(unescape(props.split(',').find((p) => p.startsWith('title='))!)).toBe('title=号 codes are written in canonical form (第1号イ, 第5号, …) (code-form)');
    expect(en.trimEnd()).toMatch(COMMAND);
  });

  it('an unknown rule id is its own title', () => {
    expect(github([diag({ rule: 'no-such-rule' })], ctx)).toContain(',title=no-such-rule::');
  });

  it('leaves out the position of a file that has none, and normalises the path', () => {
    const out = github([diag({ file: '.\\plans\\a.yaml', line: 0, column: 0, endLine: 0, endColumn: 0, rule: 'file-read' })], ctx);
    expect(out).toBe('::error file=plans/a.yaml,title=計画ファイルを読める (file-read)::m\n');
  });

  it('says the hint and the reference in English with --lang en', () => {
    const out = github([diag({ note: 'add it', url: 'https://example.org/x' })], { ...ctx, lang: 'en' });
    expect(unescape(out.trimEnd().split('::').pop()!)).toBe('m\nhint: add it\nsee: https://example.org/x');
  });

  it('prints nothing for a clean run', () => {
    expect(github([], ctx)).toBe('');
  });
});
