import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, runCliClosedStdout, STACK_TRACE, tempDir } from '../helpers/cli.js';

const MINATO = join(ROOT, 'test/fixtures/report/minato.yaml');
const CLEAN = join(ROOT, 'test/fixtures/report/seiketsu.yaml');

describe('a path that does not exist', () => {
  it('check: exit 2, says which path, suggests the similarly named plan beside it', () => {
    const r = runCli(['check', 'plans/komatsuu.yaml']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe('jusou: plans/komatsuu.yaml が見つかりません（plans/komatsu.yaml のことですか）\n');
    expect(runCli(['check', 'plan/']).stderr).toBe('jusou: plan/ が見つかりません（plans/ のことですか）\n');
  });

  it('render the same, in English with --lang en; nothing similar: asks to check the names', () => {
    const r = runCli(['render', 'plans/zzzzzz.yaml', '--lang', 'en', '--out', 'dist-never']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('jusou: plans/zzzzzz.yaml does not exist (check the file and folder names)\n');
  });


  it('no path and no plans folder: asks for a path instead of reporting plans:0:0', () => {
    const r = runCli(['check'], tempDir('jusou-noplans-'));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('jusou: plans フォルダが見つかりません。計画ファイルまたはフォルダを指定してください（例: jusou check 計画/kanazawa.yaml）\n');
  });
});

describe('check - (standard input)', () => {
  it('checks the text through the same loader, named by --stdin-filename', () => {
    const r = runCli(['check', '-', '--stdin-filename', 'plans/minato.yaml', '--format', 'json'], ROOT, readFileSync(MINATO));
    expect(r.code).toBe(1);
    const files = new Set(JSON.parse(r.stdout).map((d: { file: string }) => d.file));
    expect([...files]).toEqual(['plans/minato.yaml']);
  });

  it('a clean plan passes; without a name it is <stdin>; bytes that are not UTF-8 are refused as from a file', () => {
    expect(runCli(['check', '-'], ROOT, readFileSync(CLEAN))).toMatchObject({ code: 0, stdout: '問題はありません（1ファイル）\n' });
    const sjis = runCli(['check', '-', '--format', 'json'], ROOT, Buffer.from([0x8e, 0x96, 0x8b, 0xc6, 0x3a, 0x0a]));
    expect(sjis.code).toBe(1);
    expect(JSON.parse(sjis.stdout)[0]).toMatchObject({ file: '<stdin>', rule: 'encoding' });
  });

  it('- with other paths is a usage error; render refuses standard input', () => {
    expect(runCli(['check', '-', 'plans']).code).toBe(2);
    const r = runCli(['render', '-'], ROOT, '');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('標準入力（-）から計画を読めません');
  });
});

describe('usage errors: Japanese, exit 2, no stack trace', () => {
  it('--lang other than ja or en', () => {
    const r = runCli(['check', '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('jusou: --lang に「fr」は指定できません（選択肢: ja, en）\n（詳しくは jusou check --help を見てください）\n');
    expect(runCli(['rules', '--lang', 'fr']).code).toBe(2);
  });

  it('an unknown option or command, with commander\'s suggestion; English with --lang en', () => {
    expect(runCli(['check', '--formt', 'json']).stderr).toContain('オプション --formt はありません（--format のことですか）');
    expect(runCli(['chek']).stderr).toContain('コマンド「chek」はありません（check のことですか）');
    expect(runCli(['check', '--bogus', '--lang', 'en']).stderr).toBe('jusou: unknown option --bogus\n(see jusou check --help)\n');
    const all = ['--formt', '--output', '--max-warnings=x'].map((o) => runCli(['check', o]));
    for (const r of all) expect(r.code).toBe(2);
    expect(all.map((r) => r.stderr).join('')).not.toMatch(/error:|STACK|^\s+at /m);
  });
});

describe('--help', () => {
  it('is Japanese: headings, help and version options, defaults, choices, examples', () => {
    const r = runCli(['check', '--help']);
    expect(r.code).toBe(0);
    for (const s of ['使い方: jusou check [オプション] [paths...]', '引数:', 'オプション:', 'ヘルプを表示する', '（選択肢: "stylish", "json"', '既定: "stylish"）', '例:\n  # ']) expect(r.stdout).toContain(s);
    const top = runCli(['--help']).stdout;
    for (const s of ['コマンド:', 'バージョンを表示する', 'コマンドのヘルプを表示する']) expect(top).toContain(s);
    expect(runCli(['render', '-h']).stdout).toContain('（既定: "dist"）');
  });

  it('is English with --lang en, wherever it stands', () => {
    const r = runCli(['check', '--lang', 'en', '--help']);
    for (const s of ['Usage: jusou check', 'Options:', 'display help', '(choices: "stylish"', 'Examples:']) expect(r.stdout).toContain(s);
    expect(runCli(['--help', 'rules', '--lang=en']).stdout).not.toMatch(/使い方|オプション:/);
  });
});

describe('a closed stdout (a reader such as head that has gone)', () => {
  it('ends quietly with the exit code of the command', async () => {
    const runs = await Promise.all([
      runCliClosedStdout(['rules', '--lang', 'en']),
      runCliClosedStdout(['check', 'test/fixtures/report/', '--format', 'json']),
      runCliClosedStdout(['check', 'plans/']),
      runCliClosedStdout(['--help']),
    ]);
    expect(runs.map((r) => r.code)).toEqual([0, 1, 0, 0]);
    for (const r of runs) expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(runs.map((r) => r.stderr).join('')).not.toContain('EPIPE');
  });
});
