import type { DocumentSymbol } from 'vscode-languageserver/node';
import { SymbolKind } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap } from 'yaml';

/**
 * The outline of a plan: 章 with their 節, 事業 with their 取組, and 会議. Read with `yaml`'s parser,
 * which keeps what it could read of a half-typed text, so the outline stays while the planner types.
 */
export function documentSymbols(doc: TextDocument): DocumentSymbol[] {
  const parsed = parseDocument(doc.getText(), { uniqueKeys: false, strict: false });
  const root = parsed.contents;
  if (!isMap(root)) return [];
  const range = (node: Node) => {
    const [start, , end] = node.range ?? [0, 0, 0];
    return { start: doc.positionAt(start), end: doc.positionAt(Math.max(end, start)) };
  };
  const str = (map: YAMLMap, key: string): string | undefined => {
    const v = map.get(key, true);
    return isScalar(v) && v.value !== null && v.value !== undefined ? String(v.value) : undefined;
  };
  const nameRange = (map: YAMLMap, key: string, fallback: Node) => {
    const v = map.get(key, true) as Node | undefined;
    return range(isScalar(v) && v.range ? v : fallback);
  };
  const items = (map: YAMLMap, key: string): YAMLMap[] => {
    const seq = map.get(key, true);
    return isSeq(seq) ? seq.items.filter((i): i is YAMLMap => isMap(i) && Boolean(i.range)) : [];
  };
  const chapter = (m: YAMLMap): DocumentSymbol => ({
    name: [str(m, '番号'), str(m, '見出し')].filter(Boolean).join(' ') || '（章）', kind: SymbolKind.Namespace,
    range: range(m), selectionRange: nameRange(m, '見出し', m), children: items(m, '節').map(chapter),
  });
  const business = (m: YAMLMap): DocumentSymbol => {
    const codes = m.get('号', true);
    const codeText = isSeq(codes) ? codes.items.map((c) => (isScalar(c) ? String(c.value) : '')).filter(Boolean).join('・') : str(m, '号');
    return {
      name: str(m, '名称') ?? str(m, 'ID') ?? '（事業）', detail: [str(m, 'ID'), codeText].filter(Boolean).join(' '), kind: SymbolKind.Class,
      range: range(m), selectionRange: nameRange(m, '名称', m), children: items(m, '取組').map(business),
    };
  };
  const meeting = (m: YAMLMap): DocumentSymbol => ({
    name: str(m, '名称') ?? str(m, 'ID') ?? '（会議）', detail: [str(m, '種別'), str(m, 'ID')].filter(Boolean).join(' '), kind: SymbolKind.Event,
    range: range(m), selectionRange: nameRange(m, '名称', m),
  });
  const section = (key: string, kind: SymbolKind, make: (m: YAMLMap) => DocumentSymbol): DocumentSymbol[] => {
    const pair = root.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (!pair || !isScalar(pair.key) || !pair.key.range) return [];
    const children = items(root, key).map(make);
    const value = pair.value as Node | null;
    const whole = { start: range(pair.key).start, end: value?.range ? range(value).end : range(pair.key).end };
    return [{ name: key, kind, range: whole, selectionRange: range(pair.key), children }];
  };
  return [...section('章', SymbolKind.Module, chapter), ...section('事業', SymbolKind.Module, business), ...section('会議', SymbolKind.Module, meeting)];
}
