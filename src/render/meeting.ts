import { marked } from './business.js';
import { formatPlanMonth } from './dates.js';
import { listField, textField } from './fields.js';
import type { Registry } from './registry.js';
import type { FieldView, MeetingView } from './view.js';
import { int, record, text, texts } from './values.js';

/** Related statements shown as consecutive lines of one cell, not as a bulleted list. */
function lines(label: string, parts: (string | undefined)[]): FieldView | undefined {
  const paragraphs = parts.filter((s): s is string => s !== undefined);
  return paragraphs.length ? { label, paragraphs } : undefined;
}

/** A 会議 with every field the plan gives, in the order a reader asks about it. */
export function meetingView(v: unknown, level: number, reg: Registry): MeetingView {
  const r = record(v);
  const fields: FieldView[] = [];
  const add = (f: FieldView | undefined) => { if (f) fields.push(f); };
  add(textField('種別', r.種別));
  add(textField('根拠', r.根拠));
  add(textField('設置', formatPlanMonth(r.設置)));
  add(textField('目的・内容', r.目的));
  const consent = [text(r.本人同意), text(r.同意の記載)].filter((s): s is string => s !== undefined);
  add(lines('本人同意', consent));
  if (typeof r.守秘義務 === 'boolean') add(textField('守秘義務', r.守秘義務 ? 'あり' : 'なし'));
  const perYear = int(r.年間開催回数);
  add(lines('開催頻度', [text(r.開催頻度), perYear === undefined ? undefined : `年${perYear}回`]));
  add(textField('主催', r.主催));
  add(textField('事務局', r.事務局));
  add(listField('担当課', r.担当課));
  add(listField('構成員', r.構成員));
  add(listField('部会', r.部会));
  add(listField('参加団体', r.参加団体));
  add(textField('参加団体の注記', r.参加団体の注記));
  add(textField('備考', r.備考));
  const businesses = texts(r.事業).map((id) => reg.businessLink(id));
  if (businesses.length) fields.push({ label: '関係する事業', links: businesses });
  return { kind: 'meeting', anchor: reg.anchorOf(r), id: text(r.ID), number: text(r.番号), name: marked(r, text(r.名称) ?? text(r.ID) ?? ''), level, fields };
}
