/** The server's features as functions of a text (no process): cursor context, completion, suppression edits. */
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from '../../src/lsp/actions.js';
import { checkDocumentText } from '../../src/lsp/check.js';
import { completionsAt } from '../../src/lsp/completion.js';
import { cursorContext } from '../../src/lsp/context.js';
import { hoverAt } from '../../src/lsp/hover.js';
import { lineOf, realPlan } from './plan-text.js';
import { withoutPlanLevel } from '../helpers/plan-level.js';

const FILE = '/plans/komatsu.yaml';

describe('cursor context from indentation', () => {
  const text = realPlan('komatsu');
  it('names the enclosing keys and list items, and the keys beside the cursor', () => {
    const line = lineOf(text, '          方式: [委託]');
    const inValue = cursorContext(text, line, 16);
    expect(inValue).toMatchObject({ path: ['事業', 0, '取組', 0, '実施方式', '方式'], key: '方式', inValue: true, onKey: false });
    expect(inValue.siblings.sort()).toEqual(['委託先', '記載']);
    expect(inValue.word.text).toBe('委託');
    const onKey = cursorContext(text, lineOf(text, '    号: [第3号ハ]'), 4);
    expect(onKey).toMatchObject({ path: ['事業', 0], key: '号', onKey: true });
    expect(onKey.siblings).toEqual(expect.arrayContaining(['ID', '名称', '号の表記', '取組']));
    expect(onKey.siblings).not.toContain('号');
  });
});

describe('odd positions and texts', () => {
  it('answers a position past the end, an empty text and stray indicators without throwing', () => {
    expect(() => cursorContext('x', 99, 99)).not.toThrow();
    expect(completionsAt('', 0, 0, 'ja').map((i) => i.label)).toEqual(expect.arrayContaining(['自治体', '計画', '章', '事業', '会議']));
    expect(() => completionsAt('\t\t- - : : [', 0, 8, 'ja')).not.toThrow();
    expect(completionsAt('概要: |\n  - b: c\n  d', 1, 4, 'ja')).toEqual([]); // text of a block scalar
    expect(completionsAt('# 自治', 0, 4, 'ja')).toEqual([]);
  });

  it('answers hover and completion at every line of a real plan, each cut short as if half-typed', () => {
    const text = realPlan('kotoura');
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      for (const ch of [0, Math.floor(lines[i].length / 2), lines[i].length]) {
        const cut = [...lines.slice(0, i), lines[i].slice(0, ch)].join('\n');
        expect(() => { hoverAt(text, i, ch, 'ja'); completionsAt(text, i, ch, 'ja'); completionsAt(cut, i, ch, 'ja'); }).not.toThrow();
      }
    }
  });
});

describe('completion', () => {
  it('offers the 号 in a block list item too, with their statutory names', () => {
    const text = realPlan('komatsu').replace('    号: [第3号ハ]', '    号:\n      - ');
    const items = completionsAt(text, lineOf(text, '      - '), 8, 'ja');
    expect(items.find((i) => i.label === '第3号ハ')?.detail).toBe('地域活動支援センター事業');
  });

  it('offers the 関係 values whether 関係 is one value or a list of them', () => {
    const text = realPlan('komaki');
    const labels = (line: string, at: string) => completionsAt(text, lineOf(text, line), line.indexOf(at), 'ja').map((i) => i.label);
    for (const [line, at] of [['      関係: 最上位計画', '最上位'], ['      関係: [上位計画, 連携]', '連携']]) {
      expect(labels(line, at)).toEqual(expect.arrayContaining(['上位計画', '調和', '包含予定']));
    }
  });

  it('writes what follows a key from its schema: a block, a list item, a flow list or a value', () => {
    const text = realPlan('komatsu').replace('    分類: 地域づくり支援\n', '    分類: 地域づくり支援\n    \n');
    const line = lineOf(text, '    分類: 地域づくり支援') + 1;
    const insert = (label: string) => completionsAt(text, line, 4, 'ja').find((i) => i.label === label)?.insertText;
    expect(insert('実施方式')).toBe('実施方式:\n  $0');
    expect(insert('支援機関')).toBe('支援機関:\n  - $0');
    expect(insert('会議')).toBe('会議: [$0]');
    expect(insert('支援対象者')).toBe('支援対象者: $0');
  });
});

describe('理由を書いて抑止', () => {
  it('adds the rule to a directive already above the line', () => {
    const text = realPlan('komatsu').replace('    号: [第1号イ]', '    # jusou-disable-next-line code-notation -- 表記のまま\n    号: [第１号のイ]');
    const doc = TextDocument.create('file:///plans/komatsu.yaml', 'yaml', 1, text);
    const check = (t: string) => checkDocumentText(FILE, t, 'ja', {});
    const diagnostics = check(text);
    const index = diagnostics.filter((d) => !d.suppressed).findIndex((d) => d.rule === 'code-form');
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const actions = codeActions({ doc, diagnostics, lang: 'ja', check }, { textDocument: { uri: doc.uri }, range, context: { diagnostics: [{ source: 'jusou', code: 'code-form', data: { index }, range, message: '' }] } });
    const suppress = actions.find((a) => a.title === '理由を書いて抑止（code-form）')!;
    const after = TextDocument.applyEdits(doc, suppress.edit!.changes![doc.uri]);
    expect(after.split('\n').filter((l) => l.includes('jusou-disable'))).toEqual(['    # jusou-disable-next-line code-notation, code-form -- 表記のまま']);
    expect(withoutPlanLevel(check(after).filter((d) => !d.suppressed)).map((d) => d.rule)).toEqual(['suppression-unused']); // code-notation had nothing to accept
  });
});
