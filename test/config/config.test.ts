import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findConfigFile } from '../../src/config/load.js';
import { configurableRuleIds } from '../../src/config/rule-ids.js';
import { globToRegExp } from '../../src/config/plans.js';
import { applyRuleLevels, ruleLevelsKey } from '../../src/config/severity.js';
import type { Diagnostic } from '../../src/diagnostic.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

/** minato.yaml: errors mandated-codes and unknown-key; warnings code-notation, facility-count, many-codes, consignee-stated. */
const MINATO = join(ROOT, 'test/fixtures/report/minato.yaml');
const CLEAN = join(ROOT, 'test/fixtures/report/seiketsu.yaml');

let repo: string;
beforeEach(() => {
  repo = tempDir('jusou-config-');
  writeFileSync(join(repo, 'package.json'), '{"private": true}\n');
  mkdirSync(join(repo, 'plans', 'sub'), { recursive: true });
  copyFileSync(MINATO, join(repo, 'plans', 'sub', 'minato.yaml'));
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

const config = (text: string, where = repo) => writeFileSync(join(where, 'jusou.config.yaml'), text);
const rulesOf = (stdout: string) => (JSON.parse(stdout) as Diagnostic[]).map((d) => `${d.rule}:${d.severity}`);

describe('finding jusou.config.yaml', () => {
  it('walks up from the plan\'s folder to the repository root', () => {
    config('rules:\n  mandated-codes: off\n');
    expect(findConfigFile(join(repo, 'plans', 'sub'))).toBe(join(repo, 'jusou.config.yaml'));
    const r = runCli(['check', 'minato.yaml', '--format', 'json'], join(repo, 'plans', 'sub'));
    expect(rulesOf(r.stdout)).not.toContain('mandated-codes:error');
    expect(rulesOf(r.stdout)).toContain('unknown-key:error');
  });

  it('stops at the repository root (package.json or .git): a config above it does not apply', () => {
    const outer = tempDir('jusou-outer-');
    try {
      config('rules:\n  mandated-codes: off\n', outer);
      const inner = join(outer, 'repo');
      mkdirSync(join(inner, '.git'), { recursive: true });
      copyFileSync(MINATO, join(inner, 'minato.yaml'));
      expect(findConfigFile(inner)).toBeUndefined();
      const r = runCli(['check', 'minato.yaml', '--format', 'json'], inner);
      expect(rulesOf(r.stdout)).toContain('mandated-codes:error');
    } finally {
      rmSync(outer, { recursive: true, force: true });
    }
  });

  it('--config FILE is used instead, wherever it is', () => {
    const other = join(repo, 'other.yaml');
    writeFileSync(other, 'rules:\n  unknown-key: off\n');
    config('rules:\n  mandated-codes: off\n');
    const r = runCli(['check', 'plans', '--config', other, '--format', 'json'], repo);
    expect(rulesOf(r.stdout)).toContain('mandated-codes:error');
    expect(rulesOf(r.stdout).some((x) => x.startsWith('unknown-key'))).toBe(false);
  });

  it('--config with a file that is not there is exit 2', () => {
    const r = runCli(['check', 'plans', '--config', 'nothere.yaml'], repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('設定ファイル nothere.yaml が見つかりません');
  });
});

describe('rules: off | warn | error', () => {
  it('without a config, minato fails with its two errors', () => {
    const r = runCli(['check', 'plans'], repo);
    expect(r.code).toBe(1);
  });

  it('off drops the findings and warn lowers them: the run passes', () => {
    config('rules:\n  mandated-codes: off\n  unknown-key: warn\n');
    const r = runCli(['check', 'plans', '--format', 'json'], repo);
    expect(r.code).toBe(0);
    const found = rulesOf(r.stdout);
    expect(found.some((x) => x.startsWith('mandated-codes'))).toBe(false);
    expect(found).toContain('unknown-key:warning');
    const stylish = runCli(['check', 'plans'], repo).stdout;
    expect(stylish).toMatch(/警告 {2}キー「所管」は定義されていません/);
  });

  it('error raises a warning to an error', () => {
    config('rules:\n  mandated-codes: off\n  unknown-key: off\n  facility-count: error\n');
    const r = runCli(['check', 'plans', '--format', 'json'], repo);
    expect(r.code).toBe(1);
    expect(rulesOf(r.stdout)).toContain('facility-count:error');
    expect(rulesOf(r.stdout)).not.toContain('facility-count:warning');
  });

  it('the cache key carries the levels: a changed config is not answered from the cache', () => {
    const cache = join(repo, '.jusoucache');
    expect(runCli(['check', 'plans', '--cache', '--cache-location', cache], repo).code).toBe(1);
    config('rules:\n  mandated-codes: off\n  unknown-key: off\n');
    expect(runCli(['check', 'plans', '--cache', '--cache-location', cache], repo).code).toBe(0);
    rmSync(join(repo, 'jusou.config.yaml'));
    expect(runCli(['check', 'plans', '--cache', '--cache-location', cache], repo).code).toBe(1);
  });

  it('workers apply the same levels as the main thread', () => {
    for (let i = 0; i < 20; i++) copyFileSync(MINATO, join(repo, 'plans', `m${i}.yaml`));
    config('rules:\n  mandated-codes: off\n  unknown-key: warn\n');
    const one = runCli(['check', 'plans', '--format', 'json'], repo);
    process.env.JUSOU_WORKERS = '2';
    try {
      const two = runCli(['check', 'plans', '--format', 'json'], repo);
      expect(two.code).toBe(0);
      expect(rulesOf(two.stdout)).toEqual(rulesOf(one.stdout));
    } finally {
      delete process.env.JUSOU_WORKERS;
    }
  });

  it('applyRuleLevels and its cache key', () => {
    const d = (rule: string, severity: Diagnostic['severity']): Diagnostic => ({ file: 'a', line: 1, column: 1, endLine: 1, endColumn: 1, severity, rule, message: '', path: [] });
    const out = applyRuleLevels([d('a', 'error'), d('b', 'error'), d('c', 'warning'), d('e', 'warning')], { a: 'off', b: 'warn', c: 'error' });
    expect(out.map((x) => `${x.rule}:${x.severity}`)).toEqual(['b:warning', 'c:error', 'e:warning']);
    expect(ruleLevelsKey({})).toBe('');
    expect(ruleLevelsKey({ b: 'warn', a: 'off' })).toBe(ruleLevelsKey({ a: 'off', b: 'warn' }));
    expect(ruleLevelsKey({ a: 'off' })).not.toBe(ruleLevelsKey({ a: 'warn' }));
  });
});

describe('a config with a mistake is exit 2 with the place (file:line:col)', () => {
  it.each([
    ['an unknown key', 'rules: {}\nplan: [x]\n', ':2:1', '設定に「plan」というキーはありません。「plans」のことですか'],
    ['an unknown rule id', 'rules:\n  unknwn-key: warn\n', ':2:3', '「unknwn-key」というルールはありません。「unknown-key」のことですか'],
    ['a loading rule', 'rules:\n  yaml-syntax: off\n', ':2:3', '「yaml-syntax」は計画を読み込めないときのエラーのため、設定で変えられません'],
    ['an unknown level', 'rules:\n  schema: warning\n', ':2:11', '「rules.schema」には off / warn / error のいずれかを指定します（書かれた値: "warning"）'],
    ['an unknown format', 'render:\n  formats: [html, docx]\n', ':2:19', '「render.formats.1」には html / md / pdf のいずれかを指定します'],
    ['a wrong type', 'plans: plans/\n', ':1:8', '「plans」は並び（- で始まる行、または [a, b]）で書きます'],
    ['an unknown lang', 'lang: fr\n', ':1:7', '「lang」には ja / en のいずれかを指定します'],
    ['broken YAML', 'rules:\n  schema: [off\n', ':2:', ''],
  ])('%s', (_, text, place, message) => {
    config(text);
    const r = runCli(['check', 'plans'], repo);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(`jusou.config.yaml${place}`);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });

  it('--lang en says it in English', () => {
    config('rulez: {}\n');
    const r = runCli(['check', 'plans', '--lang', 'en'], repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the config has no key "rulez"; did you mean "rules"?');
  });

  it('a file of comments only is the defaults', () => {
    config('# rules:\n#   schema: error\n');
    expect(runCli(['check', 'plans'], repo).code).toBe(1);
  });
});

describe('check --print-config', () => {
  it('prints the config in force as YAML, with the file it came from', () => {
    config('rules:\n  unknown-key: warn\nlang: en\n');
    const r = runCli(['check', '--print-config', 'plans/sub/minato.yaml'], repo);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`# 設定ファイル: ${join(repo, 'jusou.config.yaml')}`);
    const printed = parse(r.stdout);
    expect(printed.rules['unknown-key']).toBe('warn');
    expect(printed.rules['mandated-codes']).toBe('error'); // every rule, with its level
    expect(printed.rules['code-notation']).toBe('warn');
    expect(printed).toMatchObject({ plans: ['plans/'], render: { formats: ['html', 'md'], out: 'dist' }, lang: 'en' });
  });

  it('says when there is no config file, and --lang beats the config', () => {
    expect(runCli(['check', '--print-config', 'plans'], repo).stdout).toContain('# 設定ファイルはありません（既定値）');
    config('lang: en\n');
    expect(parse(runCli(['check', '--print-config', '--lang', 'ja', 'plans'], repo).stdout).lang).toBe('ja');
  });
});

describe('plans, lang and render from the config', () => {
  it('plans (globs) are checked when no path is given', () => {
    mkdirSync(join(repo, 'other'));
    copyFileSync(CLEAN, join(repo, 'other', 'seiketsu.yaml'));
    config('plans: ["other/*.yaml"]\n');
    const r = runCli(['check', '--format', 'json'], repo);
    expect(r.code).toBe(0);
    config('plans: ["**/*.yaml"]\n');
    const all = runCli(['check', '--format', 'json'], repo);
    expect(new Set((JSON.parse(all.stdout) as Diagnostic[]).map((d) => d.file))).toEqual(new Set([join('plans', 'sub', 'minato.yaml')]));
    config('plans: ["nothing/*.yaml"]\n');
    const none = runCli(['check'], repo);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('plans に合う計画ファイルがありません');
  });

  it('a folder search (jusou check .) passes over the config file itself', () => {
    config('rules:\n  mandated-codes: off\n');
    const r = runCli(['check', '.', '--format', 'json'], repo);
    expect((JSON.parse(r.stdout) as Diagnostic[]).map((d) => d.file).filter((f) => f.endsWith('jusou.config.yaml'))).toEqual([]);
  });

  it('lang: en applies unless --lang is given', () => {
    config('lang: en\n');
    expect(runCli(['check', 'plans'], repo).stdout).toContain('problems');
    expect(runCli(['check', 'plans', '--lang', 'ja'], repo).stdout).toContain('件の問題');
  });

  it('render: formats and out apply unless --format / --out are given', () => {
    rmSync(join(repo, 'plans', 'sub', 'minato.yaml'));
    copyFileSync(CLEAN, join(repo, 'plans', 'seiketsu.yaml'));
    config('render:\n  formats: [md]\n  out: 印刷\n');
    const r = runCli(['render'], join(repo, 'plans'));
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(repo, '印刷', 'seiketsu', 'seiketsu.md'))).toBe(true);
    expect(existsSync(join(repo, '印刷', 'seiketsu', 'seiketsu.html'))).toBe(false);
    expect(runCli(['render', 'plans', '--format', 'html', '--out', 'x'], repo).code).toBe(0);
    expect(existsSync(join(repo, 'x', 'seiketsu', 'seiketsu.html'))).toBe(true);
    expect(existsSync(join(repo, 'x', 'seiketsu', 'seiketsu.md'))).toBe(false);
  });
});

describe('schemas/config.schema.json', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'config.schema.json'), 'utf8'));
  const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

  it('gives every property a Japanese title and description (editor hover text)', () => {
    const props: [string, any][] = [];
    const walk = (node: any, where: string) => {
      for (const [k, v] of Object.entries<any>(node.properties ?? {})) { props.push([`${where}.${k}`, v]); walk(v, `${where}.${k}`); }
      if (node.items) { props.push([`${where}[]`, node.items]); walk(node.items, `${where}[]`); }
    };
    walk(schema, '');
    expect(props.length).toBeGreaterThan(20);
    const missing = props.filter(([, p]) => !JAPANESE.test(p.title ?? '') || !JAPANESE.test(p.description ?? '')).map(([w]) => w);
    expect(missing).toEqual([]);
  });

  it('lists exactly the rule ids a config may set, so the editor completes them (npx tsx scripts/config-schema.ts)', () => {
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual(configurableRuleIds().sort());
  });

  it('globs', () => {
    expect(globToRegExp('plans/**/*.yaml').test('plans/a/b/c.yaml')).toBe(true);
    expect(globToRegExp('plans/**/*.yaml').test('plans/c.yaml')).toBe(true);
    expect(globToRegExp('plans/*.{yaml,yml}').test('plans/c.yml')).toBe(true);
    expect(globToRegExp('plans/*.yaml').test('plans/a/c.yaml')).toBe(false);
  });
});
