import type { BodyItemView, ChapterBlockView, FigureView, NoteView, PlacedBusiness, PlacedMeeting, TableView } from './view.js';
import { list, record } from './values.js';

export interface ChapterContent {
  body: BodyItemView[]; figures: FigureView[]; tables: TableView[]; businesses: PlacedBusiness[]; meetings: PlacedMeeting[]; notes: NoteView[];
}

/** The 並び words, the content each takes from, in the default order (本文→図→表→事業→会議→注). */
const KINDS = [
  ['本文', 'body', 'body'], ['図', 'figure', 'figures'], ['表', 'table', 'tables'],
  ['事業', 'business', 'businesses'], ['会議', 'meeting', 'meetings'], ['注', 'note', 'notes'],
] as const;

/**
 * A 章's content in the order its 並び gives: 「本文」 takes what is left of that kind, 「{本文: 2}」 the
 * next two. What the 並び never reaches follows in the default order, so nothing is dropped. Without a
 * 並び the result is empty and the chapter prints in the default order.
 */
export function orderedBlocks(order: unknown, content: ChapterContent): ChapterBlockView[] {
  const steps = list(order);
  if (!steps.length) return [];
  const left = { body: [...content.body], figures: [...content.figures], tables: [...content.tables], businesses: [...content.businesses], meetings: [...content.meetings], notes: [...content.notes] };
  const out: ChapterBlockView[] = [];
  const take = (word: string, n?: number) => {
    const k = KINDS.find(([w]) => w === word);
    if (!k) return;
    const items = left[k[2]].splice(0, n ?? Infinity);
    if (items.length) out.push({ kind: k[1], items } as ChapterBlockView);
  };
  for (const step of steps) {
    if (typeof step === 'string') take(step);
    else for (const [word, n] of Object.entries(record(step))) take(word, typeof n === 'number' && n > 0 ? n : undefined);
  }
  for (const [word] of KINDS) take(word);
  return out;
}
