import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { langFromArgv, usageErrorText } from '../../src/commands/cli-help.js';
import { missingPaths } from '../../src/load/discover.js';
import { stylish } from '../../src/report/stylish.js';
import { tempDir } from '../helpers/cli.js';

describe('missingPaths', () => {
  it('lists paths that do not exist, with the nearest name in their folder', async () => {
    const dir = tempDir('jusou-missing-');
    mkdirSync(join(dir, 'plans'));
    writeFileSync(join(dir, 'plans', 'kanazawa.yaml'), '');
    writeFileSync(join(dir, 'plans', '北町.yaml'), '');
    const p = (s: string) => join(dir, s);
    expect(await missingPaths([p('plans'), p('plans/kanazawa.yaml'), '-'])).toEqual([]);
    expect(await missingPaths([p('plans/kanazwa.yaml'), p('plans/北村.yaml'), p('plans/toyama.yaml'), p('plan/'), p('nowhere/x.yaml')])).toEqual([
      { path: p('plans/kanazwa.yaml'), suggestion: p('plans/kanazawa.yaml') },
      { path: p('plans/北村.yaml'), suggestion: p('plans/北町.yaml') },
      { path: p('plans/toyama.yaml') },
      { path: p('plan/'), suggestion: p('plans/') },
      { path: p('nowhere/x.yaml') },
    ]);
  });
});

describe('the command line language and usage errors', () => {
  it('help follows --lang en or --lang=en before --', () => {
    expect(langFromArgv(['check', '--lang', 'en'])).toBe('en');
    expect(langFromArgv(['--lang=en', 'rules'])).toBe('en');
    expect(langFromArgv(['check', '--', '--lang', 'en'])).toBe('ja');
    expect(langFromArgv(['check', '--lang', 'fr'])).toBe('ja');
  });

  it('an error commander has no Japanese for keeps its own text, without "error:"', () => {
    const e = new CommanderError(1, 'commander.conflictingOption', "error: option '--a' cannot be used with option '--b'");
    expect(usageErrorText(e, 'ja', 'check')).toBe("jusou: option '--a' cannot be used with option '--b'\n（詳しくは jusou check --help を見てください）\n");
  });
});

describe('stylish with -q', () => {
  const ctx = { lang: 'ja' as const, files: ['a.yaml'], sources: new Map(), color: false };
  it('says that warnings were left out rather than that there are no problems', () => {
    expect(stylish([], { ...ctx, hiddenWarnings: 3 })).toBe('エラーはありません（警告 3件を表示していません）\n');
    expect(stylish([], { ...ctx, lang: 'en', hiddenWarnings: 1 })).toBe('no errors (1 warning not shown)\n');
    expect(stylish([], ctx)).toBe('問題はありません（1ファイル）\n');
  });
});

describe('help wrapping', () => {
  it('counts a Japanese character as two columns and breaks between them, never before a closing bracket', async () => {
    const { boxWrap, displayWidth } = await import('../../src/commands/help-wrap.js');
    expect(displayWidth('計画 plan')).toBe(9);
    const lines = boxWrap('git で変更された計画だけを検証する（既定ではコミットしていない変更）', 40).split('\n');
    expect(lines[0].startsWith('git で')).toBe(true);
    for (const l of lines) expect(l).not.toMatch(/^[）、。]/);
    expect(lines.join('')).toBe('git で変更された計画だけを検証する（既定ではコミットしていない変更）');
    expect(boxWrap('--changed takes a revision', 40)).toBe('--changed takes a revision');
    // ASCII brackets glued to Japanese follow the same rule: 「>.yaml」 never starts a line, 「<」 never ends one.
    const text = '市区町村の新しい計画の雛形を plans/<ローマ字>.yaml に書き出します';
    for (let width = 40; width <= 60; width++) {
      const glued = boxWrap(text, width).split('\n');
      for (const l of glued) expect(l).not.toMatch(/^>|<$/);
      expect(glued.join(' ').replace(/ /g, '')).toBe(text.replace(/ /g, '')); // a break at a space takes the space
    }
  });
});
