import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { PLANS, planPath, runCli, STACK_TRACE, tempDir } from '../helpers/cli.js';
import { checkRows, readCsv, unresolved, type TableSchema } from './table-check.js';

const PROFILES = join(__dirname, '..', 'vendor', 'datapackage-2.0');
const profile = (name: string) => JSON.parse(readFileSync(join(PROFILES, `${name}.json`), 'utf8'));
/** The profiles are draft-07 with their own annotation keywords (propertyOrder, context…): not strict. */
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addFormat('textarea', true); // an editor hint of the profiles, not a constraint
const validators = new Map<string, ReturnType<typeof ajv.compile>>();
const validator = (name: string) => validators.get(name) ?? validators.set(name, ajv.compile(profile(name))).get(name)!;
const CODES = ['162019', '172031', '172120', '232190', '313718']; // the five plans, in code order

describe('jusou export --format datapackage on the five plans', () => {
  const out = tempDir('jusou-export-');
  const r = runCli(['export', 'plans', '--format', 'datapackage', '--out', out]);
  const descriptor = () => JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));

  it('writes the three CSVs and datapackage.json, exit 0', () => {
    expect(r).toMatchObject({ code: 0 });
    for (const f of ['plans.csv', 'businesses.csv', 'meetings.csv', 'datapackage.json']) expect(existsSync(join(out, f))).toBe(true);
    expect(r.stdout).toContain('書き出しました');
  });

  it('the descriptor passes the vendored Data Package v2 profile, and each schema the Table Schema v2 profile', () => {
    const d = descriptor();
    expect(d.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    const validPackage = validator('datapackage');
    expect(validPackage(d), JSON.stringify(validPackage.errors)).toBe(true);
    const validSchema = validator('tableschema');
    const validResource = validator('dataresource');
    for (const res of d.resources) {
      expect(res.type).toBe('table');
      expect(validResource(res), JSON.stringify(validResource.errors)).toBe(true);
      expect(validSchema(res.schema), JSON.stringify(validSchema.errors)).toBe(true);
    }
    expect(d.licenses[0].name).toBe('CC-BY-4.0');
    expect(d.title).toMatch(/重層的支援体制整備事業/);
  });

  it('the profile is not a formality: a descriptor with a broken resource fails it', () => {
    const d = descriptor();
    d.resources[0].schema.fields[0].type = 'text'; // not a Table Schema type
    expect(validator('datapackage')(d)).toBe(false);
  });

  it('every row conforms to its Table Schema (types, required, patterns, enums, primary key, check digit)', () => {
    for (const res of descriptor().resources) {
      const { header, rows } = readCsv(join(out, res.path));
      expect(rows.length, res.name).toBeGreaterThan(0);
      expect(checkRows(res.schema as TableSchema, header, rows), res.name).toEqual([]);
    }
  });

  it('foreign keys resolve: every business and meeting row names a municipality of plans.csv', () => {
    const d = descriptor();
    const tables = Object.fromEntries(d.resources.map((res: { name: string; path: string }) => [res.name, readCsv(join(out, res.path))]));
    for (const res of d.resources) {
      for (const fk of res.schema.foreignKeys ?? []) {
        const from = tables[res.name];
        const to = tables[fk.reference.resource];
        expect(unresolved(from.header, from.rows, fk.fields, to.header, to.rows, fk.reference.fields)).toEqual([]);
      }
    }
  });

  it('the sizes and hashes in the descriptor are those of the files written', async () => {
    const { createHash } = await import('node:crypto');
    for (const res of descriptor().resources) {
      const bytes = readFileSync(join(out, res.path));
      expect(res.bytes).toBe(bytes.length);
      expect(res.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    }
  });
});

describe('jusou export --format csv, read back with Python\'s csv module', () => {
  const out = tempDir('jusou-export-csv-');
  const r = runCli(['export', 'plans', '--format', 'csv', '--out', out]);

  it('plans.csv: the municipality columns first, one row per municipality in code order, codes keep their digits', () => {
    expect(r.code).toBe(0);
    const { header, rows } = readCsv(join(out, 'plans.csv'));
    expect(header.slice(0, 3)).toEqual(['全国地方公共団体コード', '都道府県', '地方公共団体名']);
    expect(rows.map((row) => row[0])).toEqual(CODES);
    expect(rows.map((row) => row[2])).toEqual(['富山市', '小松市', '野々市市', '小牧市', '琴浦町']);
    const at = (name: string) => header.indexOf(name);
    const komatsu = rows[1];
    expect([komatsu[at('計画期間_開始年度')], komatsu[at('計画期間_終了年度')]]).toEqual(['2022', '2024']);
    expect(rows[2][at('策定年月')]).toBe('2025-10'); // 野々市市, 西暦 YYYY-MM
  });

  it('businesses.csv: one row per (自治体, 事業 or 取組, 号) with _ sub-fields, lists joined by ";"', () => {
    const { header, rows } = readCsv(join(out, 'businesses.csv'));
    expect(header).toEqual(expect.arrayContaining(['事業番号', '号', '号_名称', '事業名', '取組名', '実施方式', '実施方式_委託先', '支援機関_箇所数', '所管課']));
    expect(new Set(rows.map((row) => row[0]))).toEqual(new Set(CODES));
    const at = (name: string) => header.indexOf(name);
    // 小松市's 地域包括支援センター: the 事業 row and its 取組 row, which inherits 第1号イ.
    const houkatsu = rows.filter((row) => row[0] === '172031' && row[at('事業名')] === '地域包括支援センターの運営');
    expect(houkatsu.map((row) => [row[at('階層')], row[at('号')]])).toEqual([['事業', '第1号イ'], ['取組', '第1号イ']]);
    const torikumi = houkatsu[1];
    expect(torikumi[at('取組名')]).toBe('高齢者総合相談センター');
    expect(torikumi[at('支援機関_箇所数')]).toBe('10');
    expect(torikumi[at('実施方式_委託先')].split(';')).toHaveLength(9);
    expect(torikumi[at('所管課')]).toBe('長寿介護課');
    expect(rows.every((row) => row.every((cell) => !/[\r\n]/.test(cell)))).toBe(true);
  });

  it('UTF-8 without a BOM by default; --bom adds one', () => {
    expect(readFileSync(join(out, 'plans.csv')).subarray(0, 3).toString('hex')).not.toBe('efbbbf');
    const bom = tempDir('jusou-export-bom-');
    expect(runCli(['export', planPath('komatsu'), '--format', 'csv', '--out', bom, '--bom']).code).toBe(0);
    expect(readFileSync(join(bom, 'plans.csv')).subarray(0, 3).toString('hex')).toBe('efbbbf');
  });

  it('--format json: the same records, typed', () => {
    const json = tempDir('jusou-export-json-');
    expect(runCli(['export', 'plans', '--format', 'json', '--out', json]).code).toBe(0);
    const data = JSON.parse(readFileSync(join(json, 'jusou-export.json'), 'utf8'));
    expect(data.plans.map((p: Record<string, unknown>) => p['全国地方公共団体コード'])).toEqual(CODES);
    expect(data.plans[1]['計画期間_開始年度']).toBe(2022);
    expect(data.businesses.length).toBe(readCsv(join(out, 'businesses.csv')).rows.length);
  });
});

describe('a plan with an error', () => {
  const dir = tempDir('jusou-export-bad-');
  for (const name of PLANS) copyFileSync(planPath(name), join(dir, `${name}.yaml`));
  const bad = readFileSync(planPath('komatsu'), 'utf8').replace('全国地方公共団体コード: "172031"', '全国地方公共団体コード: "172032"');
  writeFileSync(join(dir, 'broken.yaml'), bad);

  it('is refused by name with its error and position; nothing is written (exit 1)', () => {
    const out = join(tempDir('jusou-export-bad-out-'), 'out');
    const r = runCli(['export', dir, '--format', 'csv', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.yaml/);
    expect(r.stderr).toMatch(/\d+:\d+/);
    expect(r.stderr).toContain('検査数字');
    expect(r.stderr).toContain('エラーのある計画が1件あるため、何も書き出しませんでした');
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(existsSync(out)).toBe(false);
  });

  it('--force writes the five valid plans and still ends with exit 1', () => {
    const out = tempDir('jusou-export-force-');
    const r = runCli(['export', dir, '--format', 'csv', '--out', out, '--force']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('broken.yaml にエラーがあるため含めません');
    expect(readCsv(join(out, 'plans.csv')).rows.map((row) => row[0])).toEqual(CODES);
  });

  it('in English with --lang en; an unknown format is a usage error (exit 2)', () => {
    const r = runCli(['export', dir, '--out', tempDir(), '--lang', 'en']);
    expect(r.stderr).toContain('has errors, so it is left out');
    expect(runCli(['export', 'plans', '--format', 'xlsx']).code).toBe(2);
  });
});
