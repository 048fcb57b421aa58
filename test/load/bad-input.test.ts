import { chmodSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planPath, runCli, STACK_TRACE, tempDir } from '../helpers/cli.js';

const dir = tempDir();
const plan = readFileSync(planPath('kotoura'), 'utf8');

/** 1-based line of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

function write(name: string, content: string | Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** Every bad input: exit 1, a Japanese message at file:line:column, no stack trace, the file untouched. */
function expectRefused(file: string, rule: string, message: RegExp, line?: number, column?: number) {
  const before = readFileSync(file);
  const r = runCli(['check', file, '--format', 'json']);
  expect(r.stderr + r.stdout).not.toMatch(STACK_TRACE);
  expect(r.code).toBe(1);
  const diags = JSON.parse(r.stdout) as { rule: string; message: string; line: number; column: number }[];
  const d = diags.find((x) => x.rule === rule);
  expect(d, JSON.stringify(diags)).toBeDefined();
  expect(d!.message).toMatch(message);
  if (line !== undefined) expect(d!.line).toBe(line);
  if (column !== undefined) expect(d!.column).toBe(column);
  expect(readFileSync(file).equals(before)).toBe(true);
  const human = runCli(['check', file]);
  expect(human.stdout).toContain(`${file}:${d!.line}:${d!.column}`);
}

describe('encodings', () => {
  it('accepts UTF-8 with a BOM and CRLF line ends', () => {
    const file = write('bom-crlf.yaml', `\ufeff${plan.replace(/\n/g, '\r\n')}`);
    const r = runCli(['check', file]);
    expect(r.code).toBe(0);
  });

  it('names Shift_JIS and says how to convert', () => {
    const sjis = new Uint8Array([...Buffer.from('自治体:\n  名称: ', 'utf8').subarray(0, 0), 0x8e, 0xa9, 0x8e, 0xa1, 0x91, 0xcc, 0x3a, 0x0a]); // 自治体: in Shift_JIS
    const file = write('sjis.yaml', sjis);
    expectRefused(file, 'encoding', /文字コードが Shift_JIS のようです。計画ファイルは UTF-8 で保存してください/, 1, 1);
    expect(runCli(['check', file]).stdout).toContain('iconv -f SHIFT_JIS -t UTF-8');
  });

  it('names UTF-16 (with a BOM)', () => {
    const file = write('utf16.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(plan, 'utf16le')]));
    expectRefused(file, 'encoding', /UTF-16LE/);
  });

  it('refuses binary data', () => {
    const file = write('binary.yaml', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    expectRefused(file, 'binary', /テキストファイルではありません/);
  });
});

describe('YAML mistakes planners make', () => {
  it('duplicate keys', () => {
    const text = plan.replace('自治体:\n  名称: 琴浦町\n', '自治体:\n  名称: 琴浦町\n  名称: 北栄町\n');
    const file = write('dup.yaml', text);
    expectRefused(file, 'duplicate-key', /同じキー「名称」が同じ階層に2回あります/, lineOf(text, '北栄町'), 3);
  });

  it('tabs as indentation', () => {
    const text = plan.replace('\n  名称: 琴浦町', '\n\t名称: 琴浦町');
    expectRefused(write('tab.yaml', text), 'tab-indent', /インデントにタブ文字/, lineOf(text, '\t'));
  });

  it('全角スペース as indentation', () => {
    const text = plan.replace('\n  都道府県:', '\n\u3000都道府県:');
    expectRefused(write('zenkaku.yaml', text), 'fullwidth-indent', /インデントに全角スペース/, lineOf(text, '\u3000都道府県'), 1);
  });

  it('an unterminated quote points at the opening quote', () => {
    const text = plan.replace('  都道府県: 鳥取県', '  都道府県: "鳥取県');
    const line = lineOf(text, '"鳥取県');
    expectRefused(write('quote.yaml', text), 'unterminated-quote', new RegExp(`引用符 " が閉じられていません（${line} 行 9 列で開いています）`), line, 9);
  });

  it('an alias bomb is refused at the alias', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`);
    const file = write('bomb.yaml', `${bomb.join('\n')}\n`);
    expectRefused(file, 'alias-limit', /エイリアス（\*名前）の展開が多すぎます/);
  });

  it('an empty file', () => {
    expectRefused(write('empty.yaml', ''), 'empty-file', /ファイルが空です/, 1, 1);
  });
});

describe('paths that are not plan files', () => {
  it('a directory given as a file is expanded, an empty one is a usage error', () => {
    const empty = join(dir, 'empty-dir');
    mkdirSync(empty);
    const r = runCli(['check', empty]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('計画ファイル（*.yaml, *.yml）が見つかりません');
  });

  it('a missing file: a usage error (exit 2) naming it', () => {
    const r = runCli(['check', join(dir, 'nope.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(dir, 'nope.yaml')} が見つかりません`);
    expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
  });

  it('a symlink loop', () => {
    const a = join(dir, 'loop-a.yaml');
    const b = join(dir, 'loop-b.yaml');
    symlinkSync(b, a);
    symlinkSync(a, b);
    const r = runCli(['check', a]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('シンボリックリンクが循環しています');
  });

  it('an unreadable file (when not running as root)', () => {
    const file = write('secret.yaml', plan);
    chmodSync(file, 0o000);
    const r = runCli(['check', file]);
    const isRoot = process.getuid?.() === 0;
    if (isRoot) expect(r.code).toBe(0); // root reads anything: the plan itself is clean
    else {
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('読み取りの権限がありません');
    }
    chmodSync(file, 0o644);
    expect(statSync(file).size).toBe(Buffer.byteLength(plan));
  });

  it('an unknown option is a usage error (exit 2)', () => {
    const r = runCli(['check', '--no-such-option']);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
  });
});
