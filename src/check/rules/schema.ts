import type { ErrorObject } from 'ajv';
import type { Rule } from '../rule.js';
import { pointerToPath } from '../schema.js';

const TYPE_NAMES: Record<string, { ja: string; en: string }> = {
  string: { ja: '文字列', en: 'a string' },
  integer: { ja: '整数', en: 'an integer' },
  number: { ja: '数値', en: 'a number' },
  boolean: { ja: 'true か false', en: 'true or false' },
  array: { ja: '「- 」で始まる項目の並び（リスト）', en: 'a list ("- " items)' },
  object: { ja: '「キー: 値」の並び（マッピング）', en: 'a mapping ("key: value")' },
  null: { ja: '空', en: 'empty' },
};

/** Errors about a value's form (not its presence or count), where a full-width digit explains them. */
const FORM_KEYWORDS = new Set(['pattern', 'type', 'oneOf', 'anyOf']);
const FULL_WIDTH_DIGIT = /[\uFF10-\uFF19]/;

/** 「令和７年度」 → 「令和7年度」: only the digits U+FF10–FF19 change. */
export function halfWidthDigits(s: string): string {
  return s.replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

function typeOf(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** Whether the value in error may be a number (年間開催回数, or 開始年度 as 2022 among its oneOf branches). */
function takesNumber(e: ErrorObject): boolean {
  const numeric = (t: unknown) => (Array.isArray(t) ? t : [t]).some((x) => x === 'integer' || x === 'number');
  if (e.keyword === 'type') return numeric((e.params as { type?: unknown }).type);
  const s = e.parentSchema as { type?: unknown; oneOf?: { type?: unknown }[]; anyOf?: { type?: unknown }[] } | undefined;
  return numeric(s?.type) || [...(s?.oneOf ?? []), ...(s?.anyOf ?? [])].some((b) => numeric(b?.type));
}

function label(e: ErrorObject): string {
  const path = pointerToPath(e.instancePath);
  const last = [...path].reverse().find((s) => typeof s === 'string');
  return String(last ?? (e.parentSchema as { title?: string })?.title ?? '計画');
}

export const schemaRule: Rule = {
  id: 'schema',
  severity: 'error',
  description: { ja: '計画がスキーマ（必須項目・型・値の形式）に合っている', en: 'The plan matches the schema (required keys, types, formats)' },
  docs: {
    ja: '計画ファイルは schemas/plan.schema.json に合っている必要があります。必須の項目（自治体、計画、章、事業、各事業のID・名称・号など）がない、値の型が違う（リストのはずが文字列など）、決められた値以外（区分に「継続・既存・新規・新たな機能」以外）といった誤りを、その値の位置で知らせます。',
    en: 'A plan file must match schemas/plan.schema.json: required keys present (自治体, 計画, 章, 事業, each 事業\'s ID, 名称 and 号), values of the right type, and enumerated values from their list. Each error is reported at the value concerned.',
  },
  messages: {
    ja: {
      required: '「{parent}」に必須の項目「{missing}」がありません',
      type: '「{field}」は{expected}で書いてください（いまは{actual}）',
      typeObject: '「{field}:」の下の行に、一段深くインデントして {keys} を書きます（例: 「{field}:」の次の行に「  {first}: …」）',
      enum: '「{field}」に「{value}」は使えません。使える値: {allowed}',
      const: '「{field}」は「{allowed}」と書きます',
      pattern: '「{field}」の形式が正しくありません（「{value}」）: {description}',
      minItems: '「{field}」には少なくとも{limit}件が必要です',
      uniqueItems: '「{field}」に同じ値が重複しています（{i}件目と{j}件目）',
      minLength: '「{field}」が空です',
      range: '「{field}」の値 {value} は範囲外です: {description}',
      oneOf: '「{field}」の書き方が正しくありません: {description}',
      other: '「{field}」が正しくありません: {detail}',
      fullWidthDigit: '全角の数字「{digit}」は半角で書いてください（「{field}」: {fixed}）',
    },
    en: {
      required: '"{parent}" is missing the required key "{missing}"',
      type: '"{field}" must be {expected} (it is {actual})',
      typeObject: 'under the "{field}:" line, indented one level deeper, write {keys} (e.g. "  {first}: …" on the line after "{field}:")',
      enum: '"{field}" cannot be "{value}"; allowed: {allowed}',
      const: '"{field}" must be "{allowed}"',
      pattern: '"{field}" has the wrong form ("{value}"): {description}',
      minItems: '"{field}" needs at least {limit} items',
      uniqueItems: '"{field}" repeats a value (items {i} and {j})',
      minLength: '"{field}" is empty',
      range: '"{field}" value {value} is out of range: {description}',
      oneOf: '"{field}" has the wrong form: {description}',
      other: '"{field}" is invalid: {detail}',
      fullWidthDigit: 'the full-width digit "{digit}" must be written half-width ("{field}": {fixed})',
    },
  },
  fixable: true,
  check(ctx) {
    const en = ctx.lang === 'en';
    const fullWidthAt = new Set<string>();
    const numberAllowed = new Set(ctx.schemaErrors.filter(takesNumber).map((e) => e.instancePath));
    for (const e of ctx.schemaErrors) {
      if (e.keyword === 'additionalProperties') continue;
      const path = pointerToPath(e.instancePath);
      const field = label(e);
      const digit = FORM_KEYWORDS.has(e.keyword) && typeof e.data === 'string' ? FULL_WIDTH_DIGIT.exec(e.data)?.[0] : undefined;
      if (digit !== undefined) {
        // Where a number, 年度, 年月 or code is expected, a full-width digit is the slip, whatever the pattern says.
        if (fullWidthAt.has(e.instancePath)) continue;
        fullWidthAt.add(e.instancePath);
        const fixed = halfWidthDigits(e.data as string);
        // A field that takes a number (年間開催回数, or 開始年度 as 2022) gets the number; a code stays text.
        const value = /^\d+$/.test(fixed) && numberAllowed.has(e.instancePath) ? Number(fixed) : fixed;
        ctx.report({ path, messageId: 'fullWidthDigit', params: { field, digit, fixed }, fix: { path, values: [value] } });
        continue;
      }
      const description = (e.parentSchema as { description?: string })?.description ?? '';
      const p = e.params as Record<string, any>;
      switch (e.keyword) {
        case 'required':
          if (ctx.broken([...path, p.missingProperty])) break; // misspelt: the unknown-key error names it
          ctx.report({ path, target: 'key', messageId: 'required', params: { parent: field, missing: p.missingProperty } });
          break;
        case 'type': {
          const expected = String(p.type).split(',').map((t) => TYPE_NAMES[t]?.[en ? 'en' : 'ja'] ?? t).join(en ? ' or ' : 'または');
          const actual = TYPE_NAMES[typeOf(e.data)]?.[en ? 'en' : 'ja'] ?? typeOf(e.data);
          // A block written as one value (実施方式: 委託): say which keys go under it, with an example line.
          const keys = p.type === 'object' ? Object.keys((e.parentSchema as { properties?: object })?.properties ?? {}) : [];
          ctx.report({ path, messageId: 'type', params: { field, expected, actual, keys: keys.join(en ? ', ' : '、'), first: keys[0], value: String(e.data) }, ...(keys.length && typeof e.data === 'string' ? { noteId: 'typeObject' } : {}) });
          break;
        }
        case 'enum':
          ctx.report({ path, messageId: 'enum', params: { field, value: String(e.data), allowed: p.allowedValues.join('、') } });
          break;
        case 'const':
          ctx.report({ path, messageId: 'const', params: { field, allowed: p.allowedValue } });
          break;
        case 'pattern':
          ctx.report({ path, messageId: 'pattern', params: { field, value: String(e.data), description } });
          break;
        case 'minItems':
          ctx.report({ path, messageId: 'minItems', params: { field, limit: p.limit } });
          break;
        case 'uniqueItems':
          ctx.report({ path, messageId: 'uniqueItems', params: { field, i: p.j + 1, j: p.i + 1 } });
          break;
        case 'minLength':
          ctx.report({ path, messageId: 'minLength', params: { field } });
          break;
        case 'minimum': case 'maximum':
          ctx.report({ path, messageId: 'range', params: { field, value: String(e.data), description } });
          break;
        case 'oneOf': case 'anyOf':
          ctx.report({ path, messageId: 'oneOf', params: { field, description } });
          break;
        default:
          ctx.report({ path, messageId: 'other', params: { field, detail: e.message ?? e.keyword } });
      }
    }
  },
};
