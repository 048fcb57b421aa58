import type { Hover } from 'vscode-languageserver/node';
import { MarkupKind } from 'vscode-languageserver/node';
import { basisUrl, codeEntry, normalizeCodes, provisionUrl } from '../check/codes.js';
import { findMunicipality, municipalityCheckDigit } from '../check/municipalities.js';
import type { Lang } from '../i18n.js';
import { cursorContext } from './context.js';
import { describe, schemaAt, valuesOf } from './schema-nav.js';

const TEXT = {
  ja: { open: 'e-Gov 法令検索で条文を開く', basis: '根拠となる法律', mandated: '法が一体的な実施を求める号（必ずどれかの事業が実施する）', checkDigit: (d: string) => `検査数字は ${d} です`, values: '書ける値', unknownCode: 'この全国地方公共団体コードの市区町村はありません' },
  en: { open: 'open the provision on e-Gov', basis: 'rests on', mandated: 'a mandated 号 (some 事業 must implement it)', checkDigit: (d: string) => `the check digit is ${d}`, values: 'values', unknownCode: 'no municipality has this code' },
};

/** Hover text: a 号 value explained from schemas/codes.json, a municipality code named, a key described from the schema. */
export function hoverAt(text: string, line: number, character: number, lang: Lang): Hover | null {
  const ctx = cursorContext(text, line, character);
  const t = TEXT[lang];
  const range = { start: { line, character: ctx.word.start }, end: { line, character: ctx.word.end } };
  if (!ctx.onKey && ctx.word.text) {
    const code = codeHover(ctx.word.text, lang);
    if (code) return { contents: { kind: MarkupKind.Markdown, value: code }, range };
    if (ctx.key === '全国地方公共団体コード' && /^\d{5,6}$/.test(ctx.word.text)) {
      return { contents: { kind: MarkupKind.Markdown, value: municipalityHover(ctx.word.text, t) }, range };
    }
  }
  if (ctx.onKey && ctx.key) {
    const nodes = schemaAt([...ctx.path, ctx.key]);
    if (nodes.length === 0) return null;
    const { title, description } = describe(nodes);
    const values = valuesOf(nodes);
    const lines = [`**${ctx.key}**${title && title !== ctx.key ? `（${title}）` : ''}`];
    if (description) lines.push('', description);
    if (values.length && values.length <= 20) lines.push('', `${t.values}: ${values.join('、')}`);
    const keyRange = { start: { line, character: ctx.word.start }, end: { line, character: ctx.word.end } };
    return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: keyRange };
  }
  return null;
}

function codeHover(word: string, lang: Lang): string | undefined {
  // A short word only: a sentence that mentions a 号 is not the 号 value itself.
  const code = codeEntry(word)?.code ?? (word.length <= 12 ? normalizeCodes(word)[0] : undefined);
  const entry = code ? codeEntry(code) : undefined;
  if (!entry) return undefined;
  const t = TEXT[lang];
  const lines = [`**${entry.code}　${lang === 'en' ? entry.nameEn : entry.name}**`, '', `${entry.provision}（${entry.pillar}）`];
  if (entry.mandated) lines.push('', t.mandated);
  if (entry.basis) {
    const url = basisUrl(entry);
    const basis = `${entry.basis.law} ${entry.basis.article}`;
    lines.push('', `${t.basis}: ${url ? `[${basis}](${url})` : basis}`);
  }
  lines.push('', `[${t.open}](${provisionUrl(entry)})`);
  return lines.join('\n');
}

function municipalityHover(code: string, t: (typeof TEXT)['ja']): string {
  const six = code.length === 5 ? code + municipalityCheckDigit(code) : code;
  const row = findMunicipality(six);
  const digit = municipalityCheckDigit(six.slice(0, 5));
  if (!row) return `${t.unknownCode}（${t.checkDigit(digit)}）`;
  return `**${row.prefecture} ${row.name}**（${row.kana}）\n\n${six}（${t.checkDigit(digit)}）`;
}
