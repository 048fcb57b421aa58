import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findMunicipality } from '../../src/check/municipalities.js';
import { runInit, schemaReference } from '../../src/commands/init.js';
import { resolveMunicipality } from '../../src/init/resolve.js';
import { planStem } from '../../src/init/romaji.js';
import { nextFiscalYear } from '../../src/init/scaffold.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

describe('resolving the municipality', () => {
  it('lists every 府中市 with its prefecture and code', () => {
    const r = resolveMunicipality('府中市');
    expect(r.kind).toBe('ambiguous');
    if (r.kind !== 'ambiguous') return;
    expect(r.candidates.map((c) => [c.prefecture, c.code])).toEqual([['東京都', '132063'], ['広島県', '342084']]);
  });

  it.each([['石川県金沢市'], ['金沢市'], ['金沢'], ['172014'], ['17201'], ['１７２０１４']])('finds 金沢市 from %s', (q) => {
    const r = resolveMunicipality(q);
    expect(r.kind === 'found' && r.row.code).toBe('172014');
  });

  it.each([['七ケ宿町', '043028'], ['龍ヶ崎市', '082082']])('reads %s with either ケ', (q, code) => {
    const r = resolveMunicipality(q);
    expect(r.kind === 'found' && r.row.code).toBe(code);
  });

  it('takes the prefecture from --pref', () => {
    const r = resolveMunicipality('府中市', '広島県');
    expect(r.kind === 'found' && r.row.code).toBe('342084');
  });

  it('suggests the nearest names for an unknown one', () => {
    const r = resolveMunicipality('金択市');
    expect(r.kind).toBe('unknown');
    expect(r.kind === 'unknown' && r.suggestions.map((s) => s.name)).toContain('金沢市');
  });

  it('reports an unknown code', () => {
    expect(resolveMunicipality('172015')).toMatchObject({ kind: 'unknown', code: '172015' });
  });
});

describe('file names', () => {
  it.each([
    ['172014', 'kanazawa'], ['011002', 'sapporo'], ['132063', 'fuchu'], ['131016', 'chiyoda'],
    ['271004', 'osaka'], ['131024', 'chuo'], ['313718', 'kotoura'], ['172120', 'nonoichi'],
  ])('%s → %s', (code, stem) => {
    expect(planStem(findMunicipality(code)!)).toBe(stem);
  });

  it.each([['北海道', '倶知安町', 'kutchan'], ['北海道', '音威子府村', 'otoineppu'], ['岐阜県', '白川村', 'shirakawa'], ['宮城県', '七ヶ宿町', 'shichikashuku']])('%s%s (町・村) → %s', (pref, name, stem) => {
    expect(planStem(findMunicipality(undefined, name, pref)!)).toBe(stem);
  });
});

describe('jusou init (in process)', () => {
  let dir: string;
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  beforeEach(() => { dir = tempDir(); err.mockClear(); out.mockClear(); });
  afterEach(() => { err.mockClear(); out.mockClear(); });
  const stderr = () => err.mock.calls.map((c) => String(c[0])).join('');

  it('writes plans/kanazawa.yaml, creating plans/', async () => {
    expect(await runInit('金沢市', { lang: 'ja', cwd: dir })).toBe(0);
    const text = readFileSync(join(dir, 'plans', 'kanazawa.yaml'), 'utf8');
    expect(text).toContain(`$schema=${schemaReference(join(dir, 'plans', 'kanazawa.yaml'))}`);
    expect(text).toContain('全国地方公共団体コード: "172014"');
  });

  it('never overwrites without --force', async () => {
    mkdirSync(join(dir, 'plans'));
    writeFileSync(join(dir, 'plans', 'kanazawa.yaml'), 'mine\n');
    expect(await runInit('金沢市', { lang: 'ja', cwd: dir })).toBe(2);
    expect(stderr()).toContain('--force');
    expect(readFileSync(join(dir, 'plans', 'kanazawa.yaml'), 'utf8')).toBe('mine\n');
    expect(await runInit('金沢市', { lang: 'ja', cwd: dir, force: true })).toBe(0);
    expect(readFileSync(join(dir, 'plans', 'kanazawa.yaml'), 'utf8')).toContain('金沢市');
  });

  it('exits 2 on an ambiguous name, listing the candidates', async () => {
    expect(await runInit('府中市', { lang: 'ja', cwd: dir })).toBe(2);
    expect(stderr()).toMatch(/東京都府中市\s+132063/);
    expect(stderr()).toMatch(/広島県府中市\s+342084/);
    expect(existsSync(join(dir, 'plans'))).toBe(false);
  });

  it('exits 2 on an unknown name with the nearest, in English too', async () => {
    expect(await runInit('金択市', { lang: 'en', cwd: dir })).toBe(2);
    expect(stderr()).toMatch(/did you mean:\n\s+石川県金沢市/);
  });

  it('honours --file', async () => {
    expect(await runInit('172014', { lang: 'ja', cwd: dir, file: 'keikaku.yaml' })).toBe(0);
    expect(readFileSync(join(dir, 'keikaku.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\S+plan\.schema\.json$/m);
  });

  it('points the modeline at node_modules/jusou in a municipality repository', () => {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(ROOT, join(dir, 'node_modules', 'jusou'));
    expect(schemaReference(join(dir, 'plans', 'kanazawa.yaml'), dir)).toBe('../node_modules/jusou/schemas/plan.schema.json');
  });

  it('starts the period in the next 年度', () => {
    expect(nextFiscalYear(new Date(2026, 2, 31))).toBe(2026);
    expect(nextFiscalYear(new Date(2026, 3, 1))).toBe(2027);
  });
});

describe('jusou init, then jusou check (CLI)', () => {
  it('reports only unfilled, once per marker at its line, and is clean once filled', () => {
    const dir = tempDir();
    const made = runCli(['init', '金沢市'], dir);
    expect(made.code).toBe(0);
    const file = join(dir, 'plans', 'kanazawa.yaml');
    const lines = readFileSync(file, 'utf8').split('\n');
    const marked = lines.flatMap((l, i) => (l.includes('【未記入】') && !l.trimStart().startsWith('#') ? [i + 1] : []));
    // 5 chapters, 意見聴取, 公表, the four 関連計画 and one 目標 (指標, 目標値, 単位), four fields of each of the 12 事業.
    expect(marked.length).toBe(5 + 1 + 1 + 4 + 3 + 12 * 4);

    const checked = runCli(['check', 'plans/kanazawa.yaml', '--format', 'json'], dir);
    expect(checked.code).toBe(1);
    const diagnostics = JSON.parse(checked.stdout) as { rule: string; line: number; column: number; message: string; note?: string }[];
    expect(new Set(diagnostics.map((d) => d.rule))).toEqual(new Set(['unfilled']));
    expect(diagnostics.map((d) => d.line)).toEqual(marked);
    for (const d of diagnostics) {
      expect(d.column).toBe(lines[d.line - 1].indexOf('【未記入】') + 1);
      expect(d.note).toBeTruthy();
    }

    const fill: Record<string, string> = {
      所管課: '福祉政策課', 記載: '委託', 支援対象者: '市内に住む人', 業務内容: '相談を受け止め、支援機関につなぐ',
      内容: '市民意見公募で2件の意見', 方法: '市ホームページに掲載', 名称: '金沢市の計画', 指標: '相談受付件数', 目標値: '300', 単位: '件',
    };
    const filled = lines.map((l) => l.replace(/^(\s*)((?:-\s)?(?:([^:\s]+):\s)?)【未記入】.*$/, (_, indent: string, lead: string, key?: string) =>
      `${indent}${lead}${key ? fill[key] : '本市では、地域共生社会の実現に向けて本事業を実施します。'}`));
    writeFileSync(file, filled.join('\n'));
    expect(filled.filter((l) => !l.trimStart().startsWith('#')).join('\n')).not.toContain('【未記入】');
    const clean = runCli(['check', 'plans/kanazawa.yaml'], dir);
    expect(clean.stdout + clean.stderr).toContain('問題はありません');
    expect(clean.code).toBe(0);
  });

  it('has a Japanese --help with examples', () => {
    const help = runCli(['init', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('例:');
    expect(help.stdout).toContain('jusou init 金沢市');
    expect(help.stdout).toContain('--pref');
  });
});
