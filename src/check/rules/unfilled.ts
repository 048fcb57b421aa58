import type { DataPath } from '../../diagnostic.js';
import { isObject } from '../../plan.js';
import { readJsonResource } from '../../resources.js';
import type { Rule } from '../rule.js';

/**
 * What `jusou init` writes where only the municipality knows the value: 【未記入】 and what to write. A
 * string, so it is schema-valid wherever a string is; this rule reports every string that starts with it.
 */
export const UNFILLED = '【未記入】';

type SchemaNode = { $ref?: string; title?: string; description?: string; properties?: Record<string, SchemaNode>; items?: SchemaNode; oneOf?: SchemaNode[] };

let root: SchemaNode | undefined;

function resolve(node: SchemaNode | undefined): SchemaNode | undefined {
  let n = node;
  for (let i = 0; n?.$ref && i < 8; i++) {
    root ??= readJsonResource<SchemaNode>('schemas', 'plan.schema.json');
    const ref = n.$ref;
    // A $ref beside its own title/description (事業.実施方式) keeps them: the nearer text wins.
    const target: SchemaNode | undefined = (root as { $defs?: Record<string, SchemaNode> }).$defs?.[ref.replace(/^#\/\$defs\//, '')];
    n = target ? { ...target, ...n, $ref: target.$ref } : undefined;
  }
  return n;
}

/** The schema's title and description of the value at `path` (through $ref, items and oneOf). */
export function schemaAt(path: DataPath): { title?: string; description?: string } {
  root ??= readJsonResource<SchemaNode>('schemas', 'plan.schema.json');
  let node = resolve(root);
  let named: SchemaNode | undefined;
  for (const step of path) {
    if (!node) return {};
    if (typeof step === 'number') {
      const branches = [node, ...(node.oneOf ?? []).map(resolve)];
      node = resolve(branches.find((b) => b?.items)?.items);
    } else {
      const branches = [node, ...(node.oneOf ?? []).map(resolve)];
      node = resolve(branches.find((b) => b?.properties?.[step])?.properties?.[step]);
      named = node;
    }
  }
  return { title: named?.title, description: named?.description };
}

export const unfilled: Rule = {
  id: 'unfilled',
  severity: 'error',
  description: { ja: '雛形の「【未記入】」がすべて書き換えられている', en: 'Every 【未記入】 placeholder of the scaffold has been filled in' },
  docs: {
    ja: '`jusou init` で作った計画の雛形では、自治体にしかわからない項目（所管課、実施方式、支援対象者、業務内容、各章の本文など）に「【未記入】」で始まる値が入っており、その後ろに何を書くかが書かれています。このルールは「【未記入】」で始まる値をすべてその位置で報告し、その項目のスキーマの説明を添えます。エラーなので、書きかけの計画は CI を通りません。実際の内容に書き換えるか、計画書に記載のない項目なら行ごと削除してください。',
    en: 'A plan scaffolded by `jusou init` carries values starting with 【未記入】 ("not yet filled") wherever only the municipality knows the answer (所管課, 実施方式, 支援対象者, 業務内容, the body of each chapter …), followed by what to write there. The rule reports every such value at its position, with the field\'s description from the schema. It is an error, so an unfinished plan never passes CI: replace each with the real content, or delete the line when the plan has nothing to say there.',
  },
  messages: {
    ja: {
      unfilled: '「{field}」が未記入です: {what}を書いてください',
      hint: '{description}',
    },
    en: {
      unfilled: '"{field}" is not filled in yet: write {what} here',
      hint: '{description}',
    },
  },
  check(ctx) {
    // One shared path, copied only for a finding: this walk visits every value of every plan.
    const path: DataPath = [];
    const visit = (value: unknown) => {
      if (typeof value === 'string') {
        if (value.startsWith(UNFILLED)) report([...path], value);
      } else if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) { path.push(i); visit(value[i]); path.pop(); }
      } else if (isObject(value)) {
        for (const k in value) { path.push(k); visit(value[k]); path.pop(); }
      }
    };
    const report = (at: DataPath, value: string) => {
      const key = [...at].reverse().find((s): s is string => typeof s === 'string') ?? '';
      // 実施方式 is a mapping: its marker stands in 記載, but what is unfilled is the 実施方式.
      const method = key === '記載' && at.at(-2) === '実施方式';
      const { title, description } = schemaAt(method ? at.slice(0, -1) : at);
      const what = value.slice(UNFILLED.length).trim() || title || key;
      const field = method ? '実施方式' : key;
      ctx.report({ path: at, messageId: 'unfilled', params: { field, what, description: description ?? '' }, ...(description ? { noteId: 'hint' } : {}) });
    };
    visit(ctx.plan);
  },
};
