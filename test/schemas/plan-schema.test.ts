import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planValidator } from '../../src/check/schema.js';
import { ROOT } from '../helpers/cli.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'plan.schema.json'), 'utf8'));
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** Every property schema anywhere in the document, with where it stands. */
function properties(node: any, where: string, out: [string, any][] = []): [string, any][] {
  if (!node || typeof node !== 'object') return out;
  for (const [key, value] of Object.entries<any>(node.properties ?? {})) {
    out.push([`${where}.${key}`, value]);
    properties(value, `${where}.${key}`, out);
  }
  for (const [key, value] of Object.entries<any>(node.$defs ?? {})) properties(value, `$defs.${key}`, out);
  for (const k of ['items', 'oneOf', 'anyOf', 'allOf']) {
    const v = node[k];
    if (Array.isArray(v)) v.forEach((x, i) => properties(x, `${where}.${k}[${i}]`, out));
    else if (v) properties(v, `${where}.${k}`, out);
  }
  return out;
}

function resolve(prop: any): any {
  if (prop.$ref) return { ...schema.$defs[prop.$ref.replace('#/$defs/', '')], ...prop };
  return prop;
}

describe('plan.schema.json', () => {
  it('compiles with ajv in strict mode', () => {
    expect(typeof planValidator()).toBe('function');
  });

  it('gives every property a Japanese title and description (editor hover text)', () => {
    const all = properties(schema, '');
    expect(all.length).toBeGreaterThan(100);
    const missing = all.filter(([, p]) => {
      const r = resolve(p);
      return !(JAPANESE.test(r.title ?? '') || r.title === 'ID') || !JAPANESE.test(r.description ?? '');
    }).map(([w]) => w);
    expect(missing).toEqual([]);
  });

  it('uses the plans\' own Japanese vocabulary for keys', () => {
    const keys = properties(schema, '').map(([w]) => w.split('.').pop()!);
    for (const k of ['所管課', '支援機関', '実施方式', '委託先', '支援対象者', '圏域', '業務内容', '箇所数', '号']) expect(keys).toContain(k);
    const ascii = [...new Set(keys.filter((k) => /^[A-Za-z]/.test(k)))];
    // ID and URL are how Japanese plans write them (公表先の URL); every other key is Japanese.
    expect(ascii.sort()).toEqual(['ID', 'URL']);
  });

  it('lets a plan leave out what it does not state (only the skeleton is required)', () => {
    expect(schema.required).toEqual(['自治体', '計画', '章', '事業']);
    expect(schema.$defs.事業.required).toEqual(['名称']);
    // 委託先 is a 名称の並び: one name, several, or 記載なし (the plan names none).
    expect(schema.$defs.実施方式.properties.委託先.$ref).toBe('#/$defs/名称の並び');
  });

  it('accepts one string wherever the schema expects a list of names, but never for 号', () => {
    const lists = ['委託先', '補助先', '直営'].map((k) => [k, schema.$defs.実施方式.properties[k]]);
    for (const k of ['構成員', '部会', '参加団体']) lists.push([k, schema.$defs.会議.properties[k]]);
    lists.push(['一覧', schema.$defs.注.properties.一覧], ['所管課', schema.$defs.事業.properties.所管課]);
    for (const [k, p] of lists) expect([k, p.$ref]).toEqual([k, '#/$defs/名称の並び']);
    expect(schema.$defs.事業.properties.号.type).toBe('array');
  });
});
