import { codeEntry, provisionUrl } from '../check/codes.js';
import { notes, tables } from './content.js';
import { goalViews } from './goals.js';
import type { Registry } from './registry.js';
import type { AgencyGroupView, BusinessView, CodeBadgeView, FieldView, MethodView, NoteView, PlacementRefView } from './view.js';
import { int, list, record, text, texts } from './values.js';
import { textField, listField } from './fields.js';

/** Fields shown in the 事業 table, in the order a 計画書 lists them. */
const PROSE: [key: string, label: string, kind: 'text' | 'list'][] = [
  ['分類', '分類', 'text'], ['分野', '分野', 'text'], ['区分', '区分', 'text'], ['概要', '概要', 'text'],
  ['目的', '目的', 'text'], ['支援対象者', '支援対象者', 'text'], ['実施主体', '実施主体', 'text'],
  ['設置形態', '設置形態', 'text'], ['圏域', '圏域', 'list'], ['活動場所', '活動場所', 'list'], ['実施機関', '実施機関', 'list'],
  ['業務内容', '業務内容', 'text'],
];

export function codeBadges(v: unknown): CodeBadgeView[] {
  return texts(v).map((code) => {
    const entry = codeEntry(code);
    return entry ? { code, name: entry.name, href: provisionUrl(entry), mandated: entry.mandated } : { code, mandated: false };
  });
}

/**
 * `notes`: 委託先 記載なし (the transcription found no name in the plan) is shown only to reviewers; a
 * council reading the municipality's own plan would take 「計画書に記載なし」 for nonsense.
 */
export function methodView(v: unknown, notes: boolean): MethodView | undefined {
  if (v === undefined) return undefined;
  const r = record(v);
  // 委託先 is one name, several, or 記載なし (the plan names none): all read through the same list.
  const consignees = texts(r.委託先);
  const unstated = consignees.length === 1 && consignees[0] === '記載なし';
  return {
    methods: texts(r.方式), description: text(r.記載), direct: texts(r.直営),
    consignees: unstated ? [] : consignees, consigneeUnstated: unstated && notes, subsidy: texts(r.補助先),
  };
}

export function agencyGroups(v: unknown): AgencyGroupView[] {
  return list(v).map((g) => {
    const r = record(g);
    const n = int(r.箇所数);
    const agencies = list(r.機関).map((a) => {
      const name = text(a);
      if (name !== undefined) return { name };
      const o = record(a);
      return { name: text(o.名称) ?? '', operator: text(o.運営), remark: text(o.備考) };
    });
    // The plan's own wording (「市内８箇所」) wins over the bare number it was read from.
    const count = text(r.箇所数の表記) ?? (n === undefined ? undefined : `${n}か所`);
    const category = text(r.区分);
    return { category: category === undefined ? undefined : `${category}${texts(r.注記号).join('')}`, count, agencies, remark: text(r.備考) };
  });
}

export function businessView(v: unknown, level: number, nested: boolean, reg: Registry): BusinessView {
  const r = record(v);
  const fields: FieldView[] = [];
  for (const [key, label, kind] of PROSE) {
    const f = kind === 'text' ? textField(label, r[key]) : listField(label, r[key]);
    if (f) fields.push(f);
  }
  const method = methodView(r.実施方式, reg.notes);
  if (method) fields.push({ label: '実施方式', method });
  const agencies = agencyGroups(r.支援機関);
  if (agencies.length) fields.push({ label: '支援機関', agencies });
  const office = listField('所管課', r.所管課);
  if (office) fields.push(office);
  const members = record(r.会員数);
  if (int(members.人数) !== undefined) {
    fields.push({ label: '会員数', paragraphs: [`${members.人数}人${text(members.時点) ? `（${text(members.時点)}）` : ''}`] });
  }
  for (const item of list(r.項目)) {
    const f = textField(text(record(item).ラベル) ?? '', record(item).内容);
    if (f) fields.push(f);
  }
  const meetings = texts(r.会議).map((id) => reg.meetingLink(id));
  if (meetings.length) fields.push({ label: '会議', links: meetings });
  const childLevel = Math.min(level + 1, 6);
  return {
    kind: 'business', anchor: reg.anchorOf(r), id: text(r.ID), number: text(r.番号), name: marked(r, text(r.名称) ?? text(r.ID) ?? ''), level, nested,
    // How the 号 were transcribed is for reviewers (--notes), not part of the plan the council reads.
    codes: codeBadges(r.号), ...(reg.notes ? transcription(r) : { codeInferred: false }),
    fields, goals: goalViews(r.目標), tables: tables(r.表), notes: withoutRepeatedLists(notes(r.注), agencies),
    children: list(r.取組).map((c) => (reg.claim(record(c)) ? businessView(c, childLevel, true, reg) : repeatRef(reg, record(c)))),
  };
}

/** The name with the 注記号 the plan prints after it (「生活支援体制整備事業※7」); the 番号 goes with the heading's label. */
export function marked(r: Record<string, unknown>, name: string): string {
  return `${name}${texts(r.注記号).join('')}`;
}

/**
 * A plan's footnote that lists the very 支援機関 the 事業 already lists (「※3 委託相談支援事業（6か所）」 and
 * its six names) keeps its mark and text but not the list: the names are printed once, in 支援機関.
 */
function withoutRepeatedLists(list: NoteView[], groups: AgencyGroupView[]): NoteView[] {
  const key = (names: string[]) => [...names].sort().join('\n');
  const shown = new Set(groups.map((g) => key(g.agencies.map((a) => a.name))));
  return list.map((n) => (n.items.length && shown.has(key(n.items)) ? { ...n, items: [] } : n));
}

function transcription(r: Record<string, unknown>): Pick<BusinessView, 'codeNotation' | 'codeInferred' | 'codeNote'> {
  return { codeNotation: text(r.号の表記), codeInferred: r.号の推定 === true, codeNote: text(r.号の注記) };
}

/** A 事業 already shown in full elsewhere in the document: a 再掲 line that links to it. */
export function repeatRef(reg: Registry, obj: Record<string, unknown>): PlacementRefView {
  return { kind: 'ref', label: '再掲', link: { text: text(obj.名称) ?? text(obj.ID) ?? '', href: `#${reg.anchorOf(obj)}` } };
}
