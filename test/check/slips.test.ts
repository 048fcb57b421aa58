import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { checkPlan } from '../../src/check/index.js';
import { validatePlan } from '../../src/check/schema.js';
import { loadText } from '../../src/load/index.js';
import type { Finding } from '../../src/check/rule.js';
import { rules } from '../../src/check/rules/index.js';
import { pick } from '../../src/i18n.js';
import type { Plan } from '../../src/plan.js';
import { withWalkMemo } from '../../src/plan.js';
import { ROOT } from '../helpers/cli.js';

const MINIMAL = readFileSync(join(ROOT, 'test', 'fixtures', 'minimal.yaml'), 'utf8');

/** Every rule over a plan in process: findings as data (fix included) with their Japanese message. */
function findings(plan: unknown): (Finding & { rule: string; message: string })[] {
  const schemaErrors = validatePlan(plan);
  const out: (Finding & { rule: string; message: string })[] = [];
  withWalkMemo(() => {
    for (const rule of rules) {
      rule.check({
        plan: plan as Plan, lang: 'ja', schemaErrors, broken: () => false,
        report: (f) => out.push({ ...f, rule: rule.id, message: pick(rule.messages, 'ja', f.messageId, f.params) }),
      });
    }
  });
  return out;
}

function minimal(edit: (p: any) => void): unknown {
  const plan = load(MINIMAL) as any;
  edit(plan);
  return plan;
}

describe('full-width digits where a number, 年度, 年月 or code is expected', () => {
  it.each([
    ['開始年度', (p: any) => { p.計画.期間.開始年度 = '令和７年度'; }, ['計画', '期間', '開始年度'], '７', '令和7年度'],
    ['策定', (p: any) => { p.計画.策定 = '令和４年４月'; }, ['計画', '策定'], '４', '令和4年4月'],
    ['全国地方公共団体コード', (p: any) => { p.自治体.全国地方公共団体コード = '１７２０３１'; }, ['自治体', '全国地方公共団体コード'], '１', '172031'],
    ['年間開催回数', (p: any) => { p.会議 = [{ ID: 'k', 名称: '協議会', 年間開催回数: '１２' }]; }, ['会議', 0, '年間開催回数'], '１', 12],
  ])('%s names the first full-width digit and fixes it', (_, edit, path, digit, fixed) => {
    const schema = findings(minimal(edit)).filter((f) => f.rule === 'schema');
    expect(schema).toHaveLength(1);
    expect(schema[0].message).toContain(`全角の数字「${digit}」は半角で書いてください`);
    expect(schema[0].path).toEqual(path);
    expect(schema[0].fix).toEqual({ path, values: [fixed] });
  });

  it('reads 2025年度 and 令和7年度 alike', () => {
    for (const y of ['2025年度', '令和7年度', 2025]) {
      expect(findings(minimal((p) => { p.計画.期間 = { 開始年度: y, 終了年度: 2027 }; }))).toEqual([]);
    }
  });
});

describe('lists of names accept one string', () => {
  it('accepts 委託先 as one name, and 構成員 as one member', () => {
    const plan = minimal((p) => {
      p.事業[1].実施方式 = { 方式: ['委託'], 委託先: '社会福祉法人金沢市社会福祉協議会' };
      p.会議 = [{ ID: 'k', 名称: '協議会', 構成員: '福祉政策課' }];
    });
    expect(findings(plan)).toEqual([]);
  });

  it('keeps 号 a list: one string is a schema error', () => {
    const f = findings(minimal((p) => { p.事業[1].号 = '第2号'; })).filter((x) => x.rule === 'schema');
    expect(f.map((x) => x.path)).toEqual([['事業', 1, '号']]);
  });

  it('fixes 記載無し to 記載なし', () => {
    const f = findings(minimal((p) => { p.事業[1].実施方式 = { 方式: ['委託'], 委託先: '記載無し' }; }));
    expect(f.map((x) => [x.rule, x.fix])).toEqual([['consignee-stated', { path: ['事業', 1, '実施方式', '委託先'], values: ['記載なし'] }]]);
  });
});

describe('code-form fixes', () => {
  it.each([
    ['第１号のイ', ['第1号イ']],
    ['第5号、第6号', ['第5号', '第6号']],
  ])('%s → %j', (value, codes) => {
    const f = findings(minimal((p) => { p.事業[4].号 = [value]; })).filter((x) => x.rule === 'code-form');
    expect(f[0].fix).toEqual({ path: ['事業', 4, '号', 0], values: codes });
  });
});

describe('era-year', () => {
  it.each([
    ['平成37年度', '令和7年度のことですか'],
    ['平成32年度', '令和2年度のことですか'],
    ['令和0年度', '令和元年度'],
    [1900, '始まる前です'],
    ['令和33年度', '先すぎます'],
  ])('開始年度: %s is reported', (value, text) => {
    const f = findings(minimal((p) => { p.計画.期間 = { 開始年度: value }; })).filter((x) => x.rule === 'era-year');
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain(text);
  });

  it('accepts the last month of 平成 and the first of 令和, not 令和元年4月', () => {
    const at = (設置: string) => findings(minimal((p) => { p.会議 = [{ ID: 'k', 名称: '協議会', 設置 }]; })).filter((x) => x.rule === 'era-year');
    expect(at('平成31年4月')).toEqual([]);
    expect(at('令和元年5月')).toEqual([]);
    expect(at('令和元年4月')[0].message).toContain('平成31年4月のことですか');
  });
});

/** The 1-based line of a plan text that is exactly `line`. */
const lineOf = (text: string, line: string) => text.split('\n').indexOf(line) + 1;

describe('a key written one level too high', () => {
  it('says which block it belongs in, and the incomplete block raises nothing more', () => {
    const text = MINIMAL.replace('    号: [第2号]\n', '    号: [第2号]\n    実施方式:\n      方式: [委託]\n    委託先: 社会福祉法人○○会\n');
    const diagnostics = checkPlan(loadText('p.yaml', text, 'ja'), { lang: 'ja' });
    expect(diagnostics.map((d) => [d.line, d.rule, d.message])).toEqual([
      [lineOf(text, '    委託先: 社会福祉法人○○会'), 'unknown-key', 'キー「委託先」はここでは使えません。「実施方式」の中に書くキーです'],
    ]);
  });
});

describe('a block written as one value', () => {
  it('names the keys that go under it (実施方式: 委託)', () => {
    const text = MINIMAL.replace('    号: [第2号]\n', '    号: [第2号]\n    実施方式: 委託\n');
    const [d, ...rest] = checkPlan(loadText('p.yaml', text, 'ja'), { lang: 'ja' });
    expect(rest).toEqual([]);
    expect([d.line, d.rule]).toEqual([lineOf(text, '    実施方式: 委託'), 'schema']);
    expect(d.note).toContain('方式、記載、直営、委託先、補助先');
  });
});
