import type { Diagnostic } from '../diagnostic.js';
import { compareDiagnostics, countBySeverity } from '../diagnostic.js';
import { displayWidth } from '../text-width.js';
import type { FormatContext, Formatter } from './types.js';

const TEXT = {
  ja: { error: 'エラー', warning: '警告', hint: 'ヒント', ref: '参照', summary: (n: number, e: number, w: number) => `${n}件の問題（エラー ${e}件、警告 ${w}件）`, clean: (f: number) => `問題はありません（${f}ファイル）`, noErrors: (w: number) => `エラーはありません（警告 ${w}件を表示していません）`, fixable: (n: number) => `うち ${n} 件は --fix で修正できます` },
  en: { error: 'error', warning: 'warning', hint: 'hint', ref: 'see', summary: (n: number, e: number, w: number) => `${n} problem${n === 1 ? '' : 's'} (${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'})`, clean: (f: number) => `no problems (${f} file${f === 1 ? '' : 's'})`, noErrors: (w: number) => `no errors (${w} warning${w === 1 ? '' : 's'} not shown)`, fixable: (n: number) => `${n} fixable with --fix` },
};

function paint(on: boolean, code: string, s: string): string {
  return on ? `\u001b[${code}m${s}\u001b[0m` : s;
}

/** Lines longer than this are shown as a window around the range, so one huge line cannot flood the terminal. */
const MAX_FRAME = 100;

/** The visible part of a line around [start, end), with … where it was cut; offsets shift accordingly. */
function window(line: string, start: number, end: number): { text: string; start: number; end: number } {
  if (line.length <= MAX_FRAME) return { text: line, start, end };
  const from = Math.max(0, Math.min(start - 20, line.length - MAX_FRAME));
  const to = Math.min(line.length, from + MAX_FRAME);
  const head = from > 0 ? '…' : '';
  const text = `${head}${line.slice(from, to)}${to < line.length ? '…' : ''}`;
  return { text, start: start - from + head.length, end: Math.min(end, to) - from + head.length };
}

/** The offending line with one line of context above and a caret under the range. */
export function codeFrame(source: string, d: Diagnostic, color: boolean): string {
  if (d.line < 1) return '';
  const lines = source.split(/\r?\n/);
  const line = lines[d.line - 1];
  if (line === undefined) return '';
  const gutter = String(d.line).length;
  const out: string[] = [];
  if (d.line > 1) out.push(`    ${String(d.line - 1).padStart(gutter)} | ${window(lines[d.line - 2], 0, 0).text}`);
  const start0 = Math.max(d.column - 1, 0);
  const end0 = d.endLine === d.line ? Math.max(d.endColumn - 1, start0 + 1) : line.length;
  const w = window(line, start0, end0);
  out.push(`  ${paint(color, '31', '>')} ${String(d.line).padStart(gutter)} | ${w.text}`);
  const pad = displayWidth(w.text.slice(0, w.start));
  const len = Math.max(1, displayWidth(w.text.slice(w.start, Math.max(w.end, w.start + 1))));
  out.push(`    ${' '.repeat(gutter)} | ${' '.repeat(pad)}${paint(color, '31', '^'.repeat(len))}`);
  return out.join('\n');
}

export const stylish: Formatter = (diagnostics, ctx: FormatContext) => {
  const t = TEXT[ctx.lang];
  const sorted = [...diagnostics].sort(compareDiagnostics);
  const out: string[] = [];
  let current = '';
  for (const d of sorted) {
    if (d.file !== current) {
      if (current) out.push('');
      out.push(paint(ctx.color, '4', d.file));
      current = d.file;
    }
    const sev = d.severity === 'error' ? paint(ctx.color, '31', t.error) : paint(ctx.color, '33', t.warning);
    out.push(`  ${d.file}:${d.line}:${d.column}  ${sev}  ${d.message}  ${paint(ctx.color, '2', d.rule)}`);
    const src = ctx.sources.get(d.file);
    const frame = src === undefined ? '' : codeFrame(src, d, ctx.color);
    if (frame) out.push(frame);
    if (d.note) out.push(`    ${t.hint}: ${d.note}`);
    if (d.url) out.push(`    ${t.ref}: ${d.url}`);
  }
  const { errors, warnings } = countBySeverity(diagnostics);
  if (diagnostics.length === 0) return `${ctx.hiddenWarnings ? t.noErrors(ctx.hiddenWarnings) : t.clean(ctx.files.length)}\n`;
  out.push('', paint(ctx.color, errors ? '31' : '33', `✖ ${t.summary(diagnostics.length, errors, warnings)}`));
  const fixable = diagnostics.filter((d) => d.fix?.length).length;
  if (fixable) out.push(`  ${t.fixable(fixable)}`);
  return `${out.join('\n')}\n`;
};
