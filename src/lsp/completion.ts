import type { CompletionItem } from 'vscode-languageserver/node';
import { CompletionItemKind, InsertTextFormat, MarkupKind } from 'vscode-languageserver/node';
import { codeTable } from '../check/codes.js';
import type { Lang } from '../i18n.js';
import { cursorContext } from './context.js';
import { describe, propertiesAt, requiredAt, schemaAt, shapeOf, valuesOf, type SchemaNode } from './schema-nav.js';

const TEXT = {
  ja: { required: '必須', snippet: '事業（雛形）', snippetDetail: '事業を1つ、ID・名称・号・区分・実施方式・所管課の欄とともに追加します' },
  en: { required: 'required', snippet: '事業 (template)', snippetDetail: 'adds one 事業 with ID, 名称, 号, 区分, 実施方式 and 所管課' },
};

/** Completion at a position: values after `key:` (enum, 号 with their statutory names), else the keys the mapping may still take. */
export function completionsAt(text: string, line: number, character: number, lang: Lang): CompletionItem[] {
  const ctx = cursorContext(text, line, character);
  if (ctx.inText) return [];
  if (ctx.inValue && ctx.key) return valueItems(schemaAt(ctx.path), ctx.key, lang);
  // `- ` in a block list of values (号:\n  - 第1号イ): the list's values, named after the list's key.
  const listKey = ctx.path.at(-2);
  if (ctx.listItem && !ctx.key && typeof listKey === 'string' && typeof ctx.path.at(-1) === 'number') {
    const values = valueItems(schemaAt(ctx.path), listKey, lang);
    if (values.length) return values;
  }
  const items = keyItems(ctx.path, ctx.siblings, lang);
  // In the 事業 list itself (a new `- ` or a blank line at its items): the whole 事業 as a snippet.
  const inBusinessList = ctx.path.length >= 1 && ctx.path[0] === '事業' && (ctx.path.length === 1 || (ctx.path.length === 2 && ctx.siblings.length === 0 && ctx.listItem));
  if (inBusinessList) items.unshift(businessSnippet(ctx.listItem, lang));
  return items;
}

function keyItems(path: (string | number)[], siblings: string[], lang: Lang): CompletionItem[] {
  const required = requiredAt(path);
  const taken = new Set(siblings);
  const out: CompletionItem[] = [];
  let order = 0;
  for (const [key, node] of propertiesAt(path)) {
    if (taken.has(key) || key === '$schema') continue;
    const { title, description } = describe([node]);
    const req = required.has(key);
    out.push({
      label: key, kind: CompletionItemKind.Property,
      detail: [title && title !== key ? title : undefined, req ? TEXT[lang].required : undefined].filter(Boolean).join(' · ') || undefined,
      documentation: description ? { kind: MarkupKind.Markdown, value: description } : undefined,
      insertText: keyInsert(key, [node]), insertTextFormat: InsertTextFormat.Snippet,
      // Required keys first, then the schema's order (which follows the printed plan).
      sortText: `${req ? 0 : 1}${String(order++).padStart(3, '0')}`,
    });
  }
  return out;
}

/** What follows a completed key: a nested block, a `- ` item, `[ ]` for a short list, or the value. */
function keyInsert(key: string, nodes: SchemaNode[]): string {
  switch (shapeOf(nodes)) {
    case 'object': return `${key}:\n  $0`;
    case 'object-list': return `${key}:\n  - $0`;
    case 'list': return `${key}: [$0]`;
    default: return `${key}: $0`;
  }
}

function valueItems(nodes: SchemaNode[], key: string, lang: Lang): CompletionItem[] {
  if (key === '号') {
    return codeTable().codes.map((c, i) => ({
      label: c.code, kind: CompletionItemKind.EnumMember, detail: lang === 'en' ? c.nameEn : c.name,
      documentation: { kind: MarkupKind.Markdown, value: `${c.provision}（${c.pillar}）${c.mandated ? '' : lang === 'en' ? '\n\nnot one of the twelve mandated codes' : '\n\n12の必須の号には数えません'}` },
      sortText: String(i).padStart(3, '0'),
    }));
  }
  const { title } = describe(nodes);
  return valuesOf(nodes).map((v, i) => ({ label: v, kind: CompletionItemKind.EnumMember, detail: title ?? key, sortText: String(i).padStart(3, '0') }));
}

function businessSnippet(afterDash: boolean, lang: Lang): CompletionItem {
  const codes = codeTable().codes.map((c) => c.code).join(',');
  const body = [
    'ID: ${1:jigyou-id}',
    '  名称: ${2:事業名}',
    `  号: [\${3|${codes}|}]`,
    '  区分: ${4|継続,既存,新規,新たな機能|}',
    '  実施方式:',
    '    方式: [${5|直営,委託,一部委託,補助|}]',
    '  所管課: ${6:担当課}',
    '$0',
  ].join('\n');
  return {
    label: TEXT[lang].snippet, kind: CompletionItemKind.Snippet, detail: TEXT[lang].snippetDetail,
    insertText: afterDash ? body : `- ${body}`, insertTextFormat: InsertTextFormat.Snippet, sortText: '0',
    filterText: afterDash ? 'ID 事業' : '- 事業',
  };
}
