import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
// @ts-expect-error a plain ES module shared with the benchmark (bench/lsp.mjs)
import { fileUri, startClient } from '../../bench/lsp-client.mjs';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { PLAN_LEVEL_RULES } from '../helpers/plan-level.js';
import { lineOf, realPlan, withoutBusiness } from './plan-text.js';

type Client = Awaited<ReturnType<typeof startClient>>;
interface LspDiagnostic { range: { start: { line: number; character: number }; end: { line: number; character: number } }; code: string; message: string; severity: number; source: string; codeDescription?: { href: string }; relatedInformation?: { message: string }[] }
interface Published { uri: string; version?: number; diagnostics: LspDiagnostic[] }
interface Edit { range: LspDiagnostic['range']; newText: string }
interface Action { title: string; kind: string; isPreferred?: boolean; edit: { changes: Record<string, Edit[]> } }

/** Applies an action's edits to a text, as the editor would. */
function applyAction(uri: string, text: string, action: Action): string {
  const doc = TextDocument.create(uri, 'yaml', 1, text);
  return TextDocument.applyEdits(doc, action.edit.changes[uri]);
}

const planUri = (name: string) => fileUri(join(ROOT, 'plans', `${name}.yaml`));
const has = (rule: string) => (p: Published) => p.diagnostics.some((d) => d.code === rule);
const hasNot = (rule: string) => (p: Published) => !p.diagnostics.some((d) => d.code === rule);
/** A real plan's findings without its true plan-level warnings (no 目標, 意見聴取, 公表 …: test/helpers/plan-level.ts). */
const beyondPlanLevel = (p: Published) => p.diagnostics.filter((d) => !PLAN_LEVEL_RULES.has(d.code));

describe('jusou lsp --stdio, spoken to as an editor does', () => {
  let client: Client;
  beforeAll(async () => { client = await startClient({ initializationOptions: { debounceMs: 10 } }); });
  afterAll(async () => { if (client && client.child.exitCode === null) client.child.kill(); });

  it('announces its features on initialize', () => {
    const caps = client.init.capabilities;
    expect(caps.textDocumentSync).toBe(2); // incremental
    expect(caps.codeActionProvider.codeActionKinds).toEqual(['quickfix', 'source.fixAll.jusou']);
    expect(caps.hoverProvider).toBe(true);
    expect(caps.completionProvider).toBeDefined();
    expect(caps.documentSymbolProvider).toBe(true);
    expect(client.init.serverInfo.name).toBe('jusou');
  });

  it('reports a missing mandated 号 at the 事業 key, and drops it when the 事業 is restored', async () => {
    const uri = planUri('lsp-komatsu-missing');
    const original = realPlan('komatsu');
    const missing = withoutBusiness(original, 'chiiki-katsudou-shien-center');
    await client.open(uri, missing);
    const first: Published = await client.diagnostics(uri, has('mandated-codes'));
    const d = first.diagnostics.find((x) => x.code === 'mandated-codes')!;
    expect(d.message).toContain('第3号ハ');
    expect(d.message).toContain('地域活動支援センター事業');
    expect(d.source).toBe('jusou');
    expect(d.severity).toBe(1);
    expect(d.range).toEqual({ start: { line: lineOf(missing, '事業:'), character: 0 }, end: { line: lineOf(missing, '事業:'), character: 2 } });
    expect(d.codeDescription?.href).toMatch(/^https:\/\/laws\.e-gov\.go\.jp\/law\/326AC0000000045#/);
    expect(d.relatedInformation?.[0].message).toContain('第3号ハ');
    // Put the 事業 back in one incremental edit at the line where it stood.
    const at = lineOf(original, '  - ID: chiiki-katsudou-shien-center');
    const restored = original.split('\n').slice(at, at + (original.split('\n').length - missing.split('\n').length)).join('\n');
    await client.edit(uri, { start: { line: at, character: 0 }, end: { line: at, character: 0 } }, `${restored}\n`);
    const second: Published = await client.diagnostics(uri, (p: Published) => p.version === client.version(uri));
    expect(second.diagnostics.filter((x) => x.code === 'mandated-codes')).toEqual([]);
    expect(beyondPlanLevel(second)).toEqual([]); // the real plan is clean again
  });

  it('offers the --fix edit as a preferred quick fix: 第１号のイ → 第1号イ', async () => {
    const uri = planUri('lsp-komatsu-fix');
    const text = realPlan('komatsu').replace('号: [第1号イ]', '号: [第１号のイ]');
    await client.open(uri, text);
    const published: Published = await client.diagnostics(uri, has('code-form'));
    const d = published.diagnostics.find((x) => x.code === 'code-form')!;
    const line = lineOf(text, '    号: [第１号のイ]');
    expect(d.range).toEqual({ start: { line, character: 8 }, end: { line, character: 13 } });
    const actions: Action[] = await client.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    expect(d.codeDescription?.href).toMatch(/^file:\/\/.*\/docs\/rules\.md#code-form$/); // a checkout: the local rule reference
    const fix = actions.find((a) => a.kind === 'quickfix' && a.isPreferred)!;
    expect(fix.title).toBe('「第1号イ」に直す');
    const fixed = applyAction(uri, text, fix);
    expect(fixed.split('\n')[line]).toBe('    号: [第1号イ]');
    expect(fixed).toBe(realPlan('komatsu'));
    // 「理由を書いて抑止」: the directive above the line; with a reason written, the finding is accepted.
    const suppress = actions.find((a) => a.title === '理由を書いて抑止（code-form）')!;
    const suppressed = applyAction(uri, text, suppress);
    expect(suppressed.split('\n')[line]).toBe('    # jusou-disable-next-line code-form -- ');
    await client.change(uri, suppressed.replace('code-form -- ', 'code-form -- 計画書の表記のまま'));
    const after: Published = await client.diagnostics(uri, (p: Published) => p.version === client.version(uri));
    expect(beyondPlanLevel(after).map((x) => x.code)).toEqual([]);
  });

  it('fixes every finding of a rule, and all of them for source.fixAll.jusou', async () => {
    const uri = planUri('lsp-komatsu-fixall');
    const clean = realPlan('komatsu');
    const text = clean.replace('号: [第1号イ]', '号: [第１号のイ]').replace('号: [第1号ロ]', '号: [第１号のロ]').replace('箇所数: 10', '箇所数: "１０"');
    await client.open(uri, text);
    const published: Published = await client.diagnostics(uri, has('code-form'));
    const d = published.diagnostics.find((x) => x.code === 'code-form')!;
    const actions: Action[] = await client.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const rule = actions.find((a) => a.title.startsWith('このルールをすべて修正'))!;
    expect(rule.title).toBe('このルールをすべて修正（code-form、2件）');
    expect(applyAction(uri, text, rule)).toBe(clean.replace('箇所数: 10', '箇所数: "１０"'));
    const source: Action[] = await client.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [], only: ['source.fixAll'] } });
    expect(source.map((a) => a.kind)).toEqual(['source.fixAll.jusou']);
    expect(applyAction(uri, text, source[0])).toBe(clean);
  });

  it('counts columns in UTF-16 code units, after a surrogate pair and full-width text', async () => {
    const uri = planUri('lsp-utf16');
    const text = realPlan('komatsu').replace('号: [第1号イ]', '号: ["𠮷全角の号", 第１号のイ]');
    await client.open(uri, text);
    const published: Published = await client.diagnostics(uri, (p: Published) => p.diagnostics.filter((x) => x.code === 'code-form').length === 2);
    const lineText = '    号: ["𠮷全角の号", 第１号のイ]';
    const line = lineOf(text, lineText);
    const forms = published.diagnostics.filter((x) => x.code === 'code-form' && x.range.start.line === line);
    const second = forms.find((x) => x.message.includes('第１号のイ'))!;
    // JavaScript string indexes are UTF-16 code units: 𠮷 counts two.
    expect(second.range.start.character).toBe(lineText.indexOf('第１号のイ'));
    expect(second.range.end.character).toBe(lineText.indexOf('第１号のイ') + 5);
    expect(lineText.indexOf('第１号のイ')).toBe([...lineText].indexOf('第') + 1);
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line, character: lineText.indexOf('第１号のイ') + 2 } });
    expect(hover.contents.value).toContain('地域包括支援センターの運営');
    expect(hover.range.start.character).toBe(lineText.indexOf('第１号のイ'));
  });

  it('hovers a 号 with its statutory name, provision, law and e-Gov link; a key with its schema text; a municipality code', async () => {
    const uri = planUri('lsp-hover');
    const text = realPlan('komatsu');
    await client.open(uri, text);
    const line = lineOf(text, '    号: [第3号ハ]');
    const code = await client.request('textDocument/hover', { textDocument: { uri }, position: { line, character: 10 } });
    expect(code.contents.value).toContain('地域活動支援センター事業');
    expect(code.contents.value).toContain('社会福祉法第106条の4第2項第3号ハ');
    expect(code.contents.value).toContain('障害者総合支援法 第77条第1項第9号');
    expect(code.contents.value).toContain('https://laws.e-gov.go.jp/law/326AC0000000045#Mp-At_106_4-Pr_2-It_3');
    const key = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: line + 2, character: 5 } }); // 分類
    expect(key.contents.value).toContain('計画書がこの事業を置いている区分');
    const muni = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: lineOf(text, '  全国地方公共団体コード: "172031"'), character: 18 } });
    expect(muni.contents.value).toContain('石川県 小松市');
  });

  it('completes Japanese keys inside a 事業, 号 values with their names, and a whole 事業', async () => {
    const uri = planUri('lsp-complete');
    const base = realPlan('komatsu');
    const at = lineOf(base, '    号の表記: "[第３号のハ]"');
    const lines = base.split('\n');
    lines.splice(at + 1, 0, '    ');
    const text = lines.join('\n');
    await client.open(uri, text);
    const keys = await client.request('textDocument/completion', { textDocument: { uri }, position: { line: at + 1, character: 4 } });
    const items = (Array.isArray(keys) ? keys : keys.items) as { label: string; detail?: string; documentation?: { value: string } }[];
    const labels = items.map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['所管課', '支援対象者', '実施方式', '概要']));
    expect(labels).not.toContain('名称'); // already written in this 事業
    expect(labels).not.toContain('自治体');
    expect(items.find((i) => i.label === '名称')).toBeUndefined();
    expect(items.find((i) => i.label === '支援対象者')?.documentation?.value).toContain('支援対象者');
    const codeLine = lineOf(text, '    号: [第3号ハ]');
    const values = await client.request('textDocument/completion', { textDocument: { uri }, position: { line: codeLine, character: 9 } });
    const codeItems = (Array.isArray(values) ? values : values.items) as { label: string; detail?: string }[];
    expect(codeItems.find((i) => i.label === '第3号ハ')?.detail).toBe('地域活動支援センター事業');
    // A new `- ` typed in the 事業 list, before an existing 事業.
    const businessLine = lineOf(text, '  - ID: chiiki-katsudou-shien-center');
    await client.edit(uri, { start: { line: businessLine, character: 0 }, end: { line: businessLine, character: 0 } }, '  - \n');
    const list = await client.request('textDocument/completion', { textDocument: { uri }, position: { line: businessLine, character: 4 } });
    const snippet = ((Array.isArray(list) ? list : list.items) as { label: string; insertText?: string }[]).find((i) => i.label === '事業（雛形）');
    expect(snippet?.insertText).toContain('号: [${3|第1号,第1号イ');
  });

  it('outlines 章, 事業 and 会議', async () => {
    const uri = planUri('lsp-hover');
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols.map((s: { name: string }) => s.name)).toEqual(['章', '事業', '会議']);
    const business = symbols[1].children.map((s: { name: string }) => s.name);
    expect(business).toContain('地域活動支援センターの基本事業');
    expect(symbols[0].children[0].name).toBe('第１ 重層的支援体制整備事業の実施について');
  });

  it('survives half-typed YAML, a binary buffer and a huge one, and keeps answering', async () => {
    const cases: [string, string, string][] = [
      ['half', '自治体:\n  名称: 小松市\n事業:\n  - ID: a\n    号: [第1号イ, \n    名称: "未完', 'unclosed-bracket'],
      ['binary', `自治体:\n  名称: 𠮷\u0000松市\n`, 'binary'],
      ['huge', `自治体:\n  名称: ${'あ'.repeat(2 * 1024 * 1024)}\n`, 'file-read'],
    ];
    for (const [name, text, rule] of cases) {
      const uri = planUri(`lsp-broken-${name}`);
      await client.open(uri, text);
      const p: Published = await client.diagnostics(uri, has(rule));
      expect(p.diagnostics.find((d) => d.code === rule)?.severity).toBe(1);
      // The loader counts the NUL's column in code points of the bytes; the editor gets UTF-16 units (𠮷 is two).
      if (name === 'binary') expect(p.diagnostics[0].range.start).toEqual({ line: 1, character: '  名称: 𠮷'.length });
      for (const method of ['textDocument/hover', 'textDocument/completion']) {
        await client.request(method, { textDocument: { uri }, position: { line: 1, character: 5 } });
      }
      await client.request('textDocument/documentSymbol', { textDocument: { uri } });
      await client.request('textDocument/codeAction', { textDocument: { uri }, range: p.diagnostics[0].range, context: { diagnostics: p.diagnostics } });
    }
    // Typing through every prefix of a real 事業: each intermediate text is checked without a crash.
    const uri = planUri('lsp-typing');
    const text = realPlan('kotoura');
    await client.open(uri, '');
    for (let n = 0; n < 1200; n += 97) await client.change(uri, text.slice(0, n));
    await client.change(uri, text);
    const last: Published = await client.diagnostics(uri, (p: Published) => p.version === client.version(uri));
    expect(beyondPlanLevel(last)).toEqual([]);
    expect(client.child.exitCode).toBe(null);
  });

  it('honours jusou.config.yaml and re-checks open plans when it changes', async () => {
    const dir = tempDir('jusou-lsp-config-');
    writeFileSync(join(dir, 'package.json'), '{}\n'); // the repository root: the config search stops here
    mkdirSync(join(dir, 'plans'));
    const configFile = join(dir, 'jusou.config.yaml');
    writeFileSync(configFile, 'rules:\n  code-form: "off"\n');
    const uri = fileUri(join(dir, 'plans', 'komatsu.yaml'));
    await client.open(uri, realPlan('komatsu').replace('号: [第1号イ]', '号: [第１号のイ]'));
    const off: Published = await client.diagnostics(uri, (p: Published) => p.version === client.version(uri));
    expect(beyondPlanLevel(off).map((d) => d.code)).toEqual([]);
    // The planner opens the config and changes the level (not saved yet): the plan is re-checked.
    client.forget(uri);
    const configUri = fileUri(configFile);
    await client.open(configUri, 'rules:\n  code-form: "off"\n');
    await client.change(configUri, 'rules:\n  code-form: warn\n');
    const warned: Published = await client.diagnostics(uri, has('code-form'));
    expect(warned.diagnostics.find((d) => d.code === 'code-form')?.severity).toBe(2);
    // A broken config is reported on the config itself; the plan falls back to the defaults.
    await client.change(configUri, 'rules:\n  code-form: sometimes\n');
    const bad: Published = await client.diagnostics(configUri, has('config'));
    expect(bad.diagnostics[0].range.start.line).toBe(1);
    await client.diagnostics(uri, (p: Published) => p.diagnostics.find((d) => d.code === 'code-form')?.severity === 1);
    // Closed again: the file on disk counts, and a change on disk (watched files) re-checks.
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: configUri } });
    writeFileSync(configFile, 'rules:\n  code-form: warn\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    await client.diagnostics(uri, (p: Published) => p.diagnostics.find((d) => d.code === 'code-form')?.severity === 2);
  });

  it('asks for --stdio (the one transport) with usage exit 2', () => {
    const r = runCli(['lsp']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('jusou: lsp はエディタと標準入出力でやりとりします。--stdio を指定してください（jusou lsp --stdio）\n');
  });

  it('ends by itself when the editor goes away without exit (standard input closed)', () => {
    const r = runCli(['lsp', '--stdio'], ROOT, '');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
  });

  it('shuts down and exits cleanly', async () => {
    const { code } = await client.stop();
    expect(code).toBe(0);
    expect(client.stderr()).toBe('');
  });
});
