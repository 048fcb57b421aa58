import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../../src/batch/check-file.js';
import type { Diagnostic, TextEdit } from '../../src/diagnostic.js';
import type { Lang } from '../../src/i18n.js';
import { YAMLParseError } from 'yaml';
import { splitLines } from '../../src/load/lines.js';
import { syntaxFinding } from '../../src/load/yaml-errors.js';
import { planPath, runCli, STACK_TRACE, tempDir } from '../helpers/cli.js';

/** Slips planners make with an IME, each injected into a real plan: the cause first, at its line, alone. */
const plan = readFileSync(planPath('kotoura'), 'utf8');
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
const ENGLISH_SENTENCE = /[A-Za-z]{4,} [A-Za-z]{3,}/;

function inject(from: string, to: string): string {
  expect(plan).toContain(from);
  return plan.replace(from, to);
}

function checkRaw(text: string, lang: Lang): Diagnostic[] {
  const read = { ok: true as const, bytes: new TextEncoder().encode(text) };
  const full = checkBytes('x.yaml', read, lang, false).diagnostics;
  expect(checkBytes('x.yaml', read, lang, true).diagnostics).toEqual(full);
  return full;
}

/** What the unchanged plan is already told (its seed states no 目標, no 公表 …): true, and not the slip's doing. */
const own = new Map<Lang, Set<string>>();
const key = (d: Diagnostic) => `${d.rule}\u0000${d.message}`;

/** Through the batch entry, with and without the fast path: both must say the same. */
function check(text: string, lang: Lang = 'ja'): Diagnostic[] {
  if (!own.has(lang)) own.set(lang, new Set(checkRaw(plan, lang).map(key)));
  return checkRaw(text, lang).filter((d) => !own.get(lang)!.has(key(d)));
}

/** The edits applied from the end, as the --fix applier will. */
function apply(text: string, edits: TextEdit[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);
}

const HOUKATSU = '    名称: 地域包括支援センターの運営\n';
const SHOKAN = '    所管課: すこやか健康課\n';
const GOU = '    号: [第1号イ]\n';

const slips: { name: string; text: string; rule: string; at: string; message: RegExp; fixed?: boolean; severity?: string }[] = [
  { name: 'full-width colon after a key', text: inject(SHOKAN, '    所管課：すこやか健康課\n'), rule: 'key-colon', at: '所管課：', message: /全角（：）/, fixed: true },
  { name: 'no space after the colon', text: inject(SHOKAN, '    所管課:すこやか健康課\n'), rule: 'key-colon', at: '所管課:す', message: /半角スペースが続いていません/, fixed: true },
  { name: 'a key line without a colon', text: inject(SHOKAN, `${SHOKAN}    業務\n`), rule: 'missing-colon', at: '    業務\n', message: /「業務」の後に「: 」がありません/ },
  { name: 'an unclosed [', text: inject(GOU, '    号: [第1号イ\n'), rule: 'unclosed-bracket', at: '号: [第1号イ\n', message: /\[ が閉じられていません/ },
  { name: 'an unclosed {', text: inject(GOU, '    号: {第1号イ\n'), rule: 'unclosed-bracket', at: '号: {第1号イ\n', message: /\{ が閉じられていません/ },
  { name: 'an unclosed quote', text: inject(HOUKATSU, '    名称: "地域包括支援センターの運営\n'), rule: 'unterminated-quote', at: '名称: "', message: /引用符 " が閉じられていません/ },
  ...['[新規] ', '{新規} ', '*', '&', '!', '@', '`', '%'].map((p) => ({
    name: `a value starting with ${p.trim()}`, text: inject(HOUKATSU, `    名称: ${p}地域包括支援センターの運営\n`),
    rule: 'needs-quotes', at: `名称: ${p}`, message: /記号「.」で始まっているため/,
  })),
  { name: 'a " #" cutting a value', text: inject(HOUKATSU, '    名称: 地域包括 #1 支援センター\n'), rule: 'comment-in-value', at: '名称: 地域包括 #', message: /値は「地域包括」だけ/, severity: 'warning' },
  { name: 'a line indented deeper than its siblings', text: inject(HOUKATSU, `    ${HOUKATSU.slice(3)}`), rule: 'bad-indent', at: '     名称', message: /前の行より深く/ },
  { name: 'a line indented shallower than its siblings', text: inject(SHOKAN, SHOKAN.slice(1)), rule: 'bad-indent', at: '   所管課', message: /インデントがそろっていません/ },
  { name: 'tabs as indentation', text: inject(SHOKAN, '\t\t所管課: すこやか健康課\n'), rule: 'tab-indent', at: '\t\t', message: /タブ文字/, fixed: true },
  { name: 'full-width spaces as indentation', text: inject(SHOKAN, '\u3000\u3000所管課: すこやか健康課\n'), rule: 'fullwidth-indent', at: '\u3000\u3000', message: /全角スペース/, fixed: true },
  { name: 'a misspelt top-level key', text: inject('\n事業:\n', '\n事業一覧:\n'), rule: 'unknown-key', at: '事業一覧', message: /「事業」の誤りではありませんか/ },
  { name: 'a misspelt optional key that others refer to', text: inject('\n会議:\n', '\n会義:\n'), rule: 'unknown-key', at: '会義', message: /「会議」の誤りではありませんか/ },
  { name: 'a 号 that is not a list', text: inject(GOU, '    号: 第1号イ\n'), rule: 'schema', at: '号: 第1号イ\n', message: /「号」は「- 」で始まる項目の並び/ },
  { name: 'a duplicate key', text: inject(SHOKAN, `${SHOKAN}    所管課: 福祉課\n`), rule: 'duplicate-key', at: '    所管課: 福祉課', message: /同じキー「所管課」/ },
];

describe('a slip yields one diagnostic: its cause, at its line', () => {
  for (const s of slips) {
    it(s.name, () => {
      const diags = check(s.text);
      expect(diags.length, JSON.stringify(diags, null, 1)).toBeGreaterThan(0);
      expect(diags.length, JSON.stringify(diags, null, 1)).toBe(1);
      const [first] = diags;
      expect(first).toMatchObject({ rule: s.rule, line: lineOf(s.text, s.at), severity: s.severity ?? 'error' });
      expect(first.message).toMatch(s.message);
      for (const d of diags) expect(`${d.message}\n${d.note ?? ''}`).not.toMatch(ENGLISH_SENTENCE);
      if (s.fixed) {
        expect(first.fix?.length).toBeGreaterThan(0);
        expect(check(apply(s.text, first.fix!))).toEqual([]);
      } else expect(first.fix).toBeUndefined();
      const en = check(s.text, 'en')[0];
      expect(en.rule).toBe(s.rule);
      expect(en.message).toMatch(/\b[a-z]+ [a-z]+ [a-z]+\b/i); // the English twin, not the Japanese text
    });
  }

  it('leaves a # glued inside a word and an ordinary comment alone', () => {
    expect(check(inject(HOUKATSU, '    名称: 第2期#改定版\n'))).toEqual([]);
    expect(check(inject(HOUKATSU, `${HOUKATSU.trimEnd()} # メモ\n`))).toEqual([]);
    expect(check(inject(HOUKATSU, `${HOUKATSU.trimEnd()} #jusou-disable-line\n`))).toEqual([]);
  });

  it('reports a glued known key even where the YAML parses (the value became a string)', () => {
    const text = inject('    実施方式:\n      方式: [直営]\n      記載: 直営\n', '    実施方式:\n      記載:直営\n');
    const diags = check(text);
    expect(diags[0]).toMatchObject({ rule: 'key-colon', line: lineOf(text, '記載:直営') });
    expect(diags.length).toBeLessThanOrEqual(3);
  });

  it('checks the data of a plan with a duplicate key (the later value)', () => {
    const text = inject(SHOKAN, `${SHOKAN}    所管課: 福祉課\n`).replace(GOU, '    号: 第1号イ\n');
    expect(check(text).map((d) => [d.rule, d.line])).toEqual([['schema', lineOf(text, '号: 第1号イ')], ['duplicate-key', lineOf(text, '所管課: 福祉課')]]);
  });
});

describe('a yaml error with no slip to explain it', () => {
  it('gets a generic Japanese message, yaml\'s words only in English', () => {
    const err = new YAMLParseError([3, 4], 'UNEXPECTED_TOKEN' as never, 'Something odd happened here');
    (err as { code: string }).code = 'SOME_NEW_CODE';
    const ja = syntaxFinding(err, 'a: b\n', splitLines('a: b\n'), 'ja');
    expect(ja.message).toMatch(/^YAML の書き方に誤りがあります: YAML として読めない書き方があります/);
    expect(`${ja.message}${ja.note ?? ''}`).not.toMatch(ENGLISH_SENTENCE);
    expect(syntaxFinding(err, 'a: b\n', splitLines('a: b\n'), 'en').note).toContain('Something odd happened here');
  });
});

describe('through the command line', () => {
  const dir = tempDir();
  for (const s of [slips[0], slips[3]]) {
    it(`${s.name}: exit 1, no stack trace, the file untouched`, () => {
      const file = join(dir, `${s.rule}.yaml`);
      writeFileSync(file, s.text);
      const r = runCli(['check', file]);
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
      expect(r.stdout).toContain(`${file}:${lineOf(s.text, s.at)}:`);
      expect(readFileSync(file, 'utf8')).toBe(s.text);
    });
  }
});
