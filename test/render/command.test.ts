import { chmodSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { planPath, restoreEnvAfterEach, ROOT, runCli, STACK_TRACE, tempDir } from '../helpers/cli.js';

const minimalText = readFileSync(join(ROOT, 'test', 'fixtures', 'minimal.yaml'), 'utf8');

function withoutSecondCode(dir: string): string {
  const plan = parse(minimalText);
  plan.事業.find((b: any) => b.ID === 'sanka').号 = ['第3号'];
  const file = join(dir, 'broken.yaml');
  writeFileSync(file, stringify(plan));
  return file;
}

function filesUnder(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort() : [];
}

describe('jusou render', () => {
  restoreEnvAfterEach('JUSOU_CHROMIUM');
  restoreEnvAfterEach('PATH');

  it('writes HTML and Markdown by default, plus an index, and leaves the plan untouched', () => {
    const out = tempDir();
    const before = readFileSync(planPath('komaki'));
    const r = runCli(['render', planPath('komaki'), '--out', out]);
    expect(r.code).toBe(0);
    expect(filesUnder(out)).toEqual(['.jusou-index.json', 'index.html', 'komaki', 'komaki/komaki.html', 'komaki/komaki.md']);
    expect(r.stdout).toContain('書き出しました');
    expect(readFileSync(planPath('komaki'))).toEqual(before);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('href="komaki/komaki.html"');
  });

  it('keeps the plans of earlier runs in the index: one plan rendered after another lists both', () => {
    const out = tempDir();
    expect(runCli(['render', planPath('komaki'), '--out', out]).code).toBe(0);
    expect(runCli(['render', planPath('kotoura'), '--out', out, '--format', 'md']).code).toBe(0);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    for (const href of ['komaki/komaki.html', 'komaki/komaki.md', 'kotoura/kotoura.md']) expect(index).toContain(`href="${href}"`);
    expect(index).not.toContain('kotoura/kotoura.html');
    expect(index).toContain('琴浦町');
    expect(index).toContain('小牧市');
    // A plan whose files are gone leaves the index at the next run.
    rmSync(join(out, 'komaki'), { recursive: true });
    expect(runCli(['render', planPath('kotoura'), '--out', out, '--format', 'md']).code).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('小牧市');
  });

  it('refuses a plan with errors, says why with the check report, and writes nothing for it', () => {
    const dir = tempDir();
    const file = withoutSecondCode(dir);
    const out = join(dir, 'dist');
    const r = runCli(['render', file, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('mandated-codes');
    expect(r.stderr).toContain('第106条の4第2項第2号');
    expect(r.stderr).toContain('エラーがあるため文書にしませんでした');
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(filesUnder(out)).toEqual([]);
  });

  it('renders it anyway with --force, marking the missing 号 in the 対応表', () => {
    const dir = tempDir();
    const file = withoutSecondCode(dir);
    const out = join(dir, 'dist');
    const r = runCli(['render', file, '--out', out, '--force']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('--force');
    expect(readFileSync(join(out, 'broken', 'broken.html'), 'utf8')).toContain('× 未掲載');
  });

  it('explains a missing Chromium in Japanese, exits 2 and writes nothing', () => {
    process.env.JUSOU_CHROMIUM = join(tempDir(), 'no-such-chromium');
    const out = join(tempDir(), 'dist');
    const r = runCli(['render', planPath('komaki'), '--out', out, '--format', 'html,pdf']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('PDF の作成に必要な Chromium が見つかりません');
    expect(r.stderr).toContain('no-such-chromium');
    expect(r.stderr).toContain('apt-get install -y chromium fonts-morisawa-bizud-gothic fonts-morisawa-bizud-mincho poppler-utils');
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses to print a PDF without the BIZ UD fonts, naming the face and the package, and writes nothing', () => {
    // A fontconfig that knows the gothic faces only: as on a machine without fonts-morisawa-bizud-mincho.
    const bin = tempDir();
    writeFileSync(join(bin, 'fc-list'), '#!/bin/sh\nprintf "BIZ UDPGothic\\nBIZ UDPGothic Bold\\nBIZ UDGothic\\nBIZ UDGothic Bold\\n"\n');
    chmodSync(join(bin, 'fc-list'), 0o755);
    process.env.PATH = `${bin}:${process.env.PATH}`;
    const out = join(tempDir(), 'dist');
    const r = runCli(['render', planPath('komaki'), '--out', out, '--format', 'html,pdf']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('PDF の印刷に使う書体 BIZ UDPMincho がインストールされていません');
    expect(r.stderr).toContain('sudo apt-get install -y fonts-morisawa-bizud-mincho');
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(existsSync(out)).toBe(false);
  });

  it('says it in English with --lang en', () => {
    process.env.JUSOU_CHROMIUM = '/nonexistent/chromium';
    const r = runCli(['render', planPath('komaki'), '--out', tempDir(), '--format', 'pdf', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Chromium, needed for PDF output, was not found (/nonexistent/chromium)');
  });

  it('rejects an unknown format', () => {
    const r = runCli(['render', planPath('komaki'), '--out', tempDir(), '--format', 'html,docx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('出力形式「docx」は使えません');
  });

  it('names outputs after the plan file only, with safe characters, inside --out', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '小牧 (案).yaml'), minimalText);
    const out = join(dir, 'dist');
    const r = runCli(['render', join(dir, '小牧 (案).yaml'), '--out', out, '--format', 'md']);
    expect(r.code).toBe(0);
    expect(filesUnder(out)).toEqual(['.jusou-index.json', 'index.html', '小牧-案', '小牧-案/小牧-案.md']);
  });
});
