import { businessView, repeatRef } from './business.js';
import { bodyItems, figures, notes, tables } from './content.js';
import { meetingView } from './meeting.js';
import { orderedBlocks, type ChapterContent } from './order.js';
import type { Registry } from './registry.js';
import type { ChapterView, PlacedBusiness, PlacedMeeting, PlacementRefView, TocEntry } from './view.js';
import { list, record, text, texts } from './values.js';

const MAX_LEVEL = 6;

/** 章 and nested 節 in the plan's own order, each showing in full the 事業 and 会議 it places first. */
export function chapterViews(v: unknown, reg: Registry, level = 2, path: number[] = [], explicit = placedMeetingIds(v)): ChapterView[] {
  return list(v).map((c, i) => {
    const r = record(c);
    const here = [...path, i + 1];
    const inner = Math.min(level + 1, MAX_LEVEL);
    const anchor = reg.book.take('s', here.join('-'));
    const content: ChapterContent = {
      body: bodyItems(r.本文), figures: figures(r.図), tables: tables(r.表), notes: notes(r.注),
      businesses: texts(r.事業).map((id) => placeBusiness(id, inner, reg)),
      meetings: [...texts(r.会議), ...runBy(texts(r.事業), reg, explicit)].map((id) => placeMeeting(id, inner, reg)),
    };
    // With a 並び the content is printed as ordered blocks instead of in the default order.
    const blocks = orderedBlocks(r.並び, content);
    const empty: ChapterContent = { body: [], figures: [], tables: [], notes: [], businesses: [], meetings: [] };
    return {
      anchor,
      // Top-level chapters without a printed number get their position, so every chapter heading has one.
      number: text(r.番号) ?? (path.length === 0 ? String(i + 1) : undefined),
      title: text(r.見出し) ?? '',
      level,
      // Only where the plan asks: a small plan must not sprawl over near-empty pages.
      pageBreak: r.改ページ === true,
      ...(blocks.length ? empty : content), blocks,
      sections: chapterViews(r.節, reg, inner, here, explicit),
    };
  });
}

/** IDs of the 会議 that some chapter places itself. */
function placedMeetingIds(chapters: unknown, out = new Set<string>()): Set<string> {
  for (const c of list(chapters)) {
    for (const id of texts(record(c).会議)) out.add(id);
    placedMeetingIds(record(c).節, out);
  }
  return out;
}

/**
 * 会議 that a placed 事業 (or one of its 取組) runs but no chapter places: printed in the same chapter,
 * right after the 事業, rather than in an appendix far from it.
 */
function runBy(businessIds: string[], reg: Registry, explicit: Set<string>): string[] {
  const out: string[] = [];
  const visit = (b: unknown) => {
    const r = record(b);
    for (const id of texts(r.会議)) if (!explicit.has(id) && !out.includes(id)) out.push(id);
    list(r.取組).forEach(visit);
  };
  for (const id of businessIds) visit(reg.businessObject(id));
  return out;
}

function placeBusiness(id: string, level: number, reg: Registry): PlacedBusiness {
  const obj = reg.businessObject(id);
  if (!obj) return unknownId(reg.businessLink(id).text);
  return reg.claim(obj) ? businessView(obj, level, false, reg) : repeatRef(reg, obj as Record<string, unknown>);
}

function placeMeeting(id: string, level: number, reg: Registry): PlacedMeeting {
  const obj = reg.meetingObject(id);
  if (!obj) return unknownId(id);
  return reg.claim(obj) ? meetingView(obj, level, reg) : { kind: 'ref', label: '再掲', link: reg.meetingLink(id) };
}

/** Only reachable with --force: the references rule refuses a plan that names an ID it does not define. */
function unknownId(id: string): PlacementRefView {
  return { kind: 'ref', label: '計画に定義のないID', link: { text: id, href: '', missing: true } };
}

/** 目次: chapters and their first level of 節. */
export function tocEntries(chapters: ChapterView[]): TocEntry[] {
  return chapters.map((c) => ({
    number: c.number, title: c.title, anchor: c.anchor,
    children: c.sections.map((s) => ({ number: s.number, title: s.title, anchor: s.anchor, children: [] })),
  }));
}
