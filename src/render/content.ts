import type { BodyItemView, FigureView, ListView, NoteView, TableView } from './view.js';
import { list, record, text, texts } from './values.js';

/** 本文: paragraphs and (nested) 箇条書き in the plan's order. */
export function bodyItems(v: unknown): BodyItemView[] {
  const out: BodyItemView[] = [];
  for (const item of list(v)) {
    const paragraph = text(item);
    if (paragraph !== undefined) out.push({ paragraph });
    else if (record(item).項目 !== undefined) out.push({ list: bulletList(item) });
  }
  return out;
}

function bulletList(v: unknown): ListView {
  const r = record(v);
  const items = list(r.項目).map((item) => {
    const t = text(item);
    return t !== undefined ? { text: t } : { list: bulletList(item) };
  });
  return { heading: text(r.見出し), items };
}

export function figures(v: unknown): FigureView[] {
  return list(v).map((f) => {
    const r = record(f);
    const view: FigureView = { caption: text(r.キャプション), source: text(r.出典), terms: texts(r.語句) };
    const path = text(r.画像);
    // The alternative text says what the figure shows: its title, else the words in it.
    if (path) view.image = { path, alt: view.caption ?? (view.terms.join('、') || '図') };
    return view;
  });
}

/** Rows are padded to the header width so that a short row still draws every cell. */
export function tables(v: unknown): TableView[] {
  return list(v).map((t) => {
    const r = record(t);
    const columns = texts(r.列);
    const rows = list(r.行).map((row) => {
      const cells = list(row).map((c) => text(c) ?? '');
      while (cells.length < columns.length) cells.push('');
      return cells;
    });
    return { caption: text(r.キャプション), columns, rows };
  });
}

export function notes(v: unknown): NoteView[] {
  return list(v).map((n) => {
    const r = record(n);
    // A note's own heading leads its text (「支援会議・重層的支援会議への専門家によるアドバイス　必要時、…」).
    return { mark: text(r.記号), text: [text(r.見出し), text(r.本文)].filter(Boolean).join('　'), items: texts(r.一覧) };
  });
}
