import type { Plan } from '../plan.js';
import { unplacedBusinesses } from '../plan.js';
import { businessView } from './business.js';
import { chapterViews, tocEntries } from './chapters.js';
import { coverageView } from './coverage.js';
import { formatPeriod, formatPlanMonth } from './dates.js';
import { goalViews } from './goals.js';
import { listField, textField } from './fields.js';
import { meetingView } from './meeting.js';
import { Registry } from './registry.js';
import type { DocumentView, FieldView, RelatedPlanView, TocEntry } from './view.js';
import { list, record, text, texts } from './values.js';

export interface DocumentOptions {
  /** Reviewers' copy: also print how the plan was transcribed (号の推定・号の表記・号の注記, 記載なし). */
  notes?: boolean;
}

/** Plan data → the document's view model. Pure: the same plan always gives the same document. */
export function buildDocument(plan: Plan, options: DocumentOptions = {}): DocumentView {
  const reg = new Registry(plan, options.notes === true);
  const anchors = {
    summary: reg.book.take('doc', 'summary'), unplaced: reg.book.take('doc', 'unplaced'),
    coverage: reg.book.take('doc', 'coverage'), related: reg.book.take('doc', 'related'), promotion: reg.book.take('doc', 'promotion'),
  };
  const town = record(plan.自治体);
  const info = record(plan.計画);
  const period = record(info.期間);
  const chapters = chapterViews(plan.章, reg);
  // Whatever no chapter placed is appended, so nothing the plan holds is left out of the document
  // (the same list the unplaced-business rule warns about).
  const businesses = unplacedBusinesses(plan).filter(({ business }) => reg.claim(business)).map(({ business }) => businessView(business, 3, false, reg));
  const meetings = list(plan.会議).filter((m) => reg.claim(record(m))).map((m) => meetingView(m, 3, reg));
  const revisions = list(info.改定).map((rv) => ({ date: formatPlanMonth(record(rv).年月) ?? '', content: text(record(rv).内容) }));
  const doc: DocumentView = {
    title: text(info.名称) ?? '', municipality: text(town.名称), prefecture: text(town.都道府県),
    municipalityCode: text(town.全国地方公共団体コード), adopted: formatPlanMonth(info.策定), revisions,
    period: formatPeriod(period.開始年度, period.終了年度), periodText: text(period.記載),
    summary: [], toc: [], chapters, unplaced: { businesses, meetings, any: businesses.length + meetings.length > 0 },
    notes: reg.notes, coverage: coverageView(plan, reg), related: relatedPlans(info.関連計画), promotion: promotion(plan, reg), goals: goalViews(info.目標), anchors,
  };
  // A plan with its own 推進体制 chapter gets the 推進体制 fields there: one place, one 目次 entry.
  const host = doc.promotion.length ? chapters.find((c) => c.title.replace(/\s/g, '') === '推進体制') : undefined;
  if (host) { host.fields = doc.promotion; doc.promotion = []; }
  doc.summary = summary(doc, info, reg);
  doc.toc = toc(doc);
  return doc;
}

function summary(doc: DocumentView, info: Record<string, unknown>, reg: Registry): FieldView[] {
  const review = record(info['評価・見直し']);
  const fields = [
    textField('計画名', doc.title),
    textField('自治体', [doc.prefecture, doc.municipality].filter(Boolean).join('')),
    textField('全国地方公共団体コード', doc.municipalityCode),
    textField('策定', doc.adopted),
    // 改定 has its own table (templates/*/revisions.hbs): the history, one row per revision.
    doc.period || doc.periodText ? { label: '計画期間', paragraphs: [doc.period, doc.periodText].filter((s): s is string => !!s) } : undefined,
    textField('根拠', info.根拠),
    textField('位置づけ', info.位置づけ),
    listField('意見聴取', list(info.意見聴取).map(consultation).filter(Boolean)),
    textField('公表', publication(record(info.公表))),
    listField('策定していない法定計画', list(info.未策定の法定計画).map((a) => [text(record(a).法定計画), text(record(a).理由)].filter(Boolean).join('：')).filter(Boolean)),
    textField('評価・見直しの頻度', review.頻度),
    textField('評価・見直しの方法', review.方法),
  ];
  const meetings = texts(review.会議).map((id) => reg.meetingLink(id));
  if (meetings.length) fields.push({ label: '評価・見直しを諮る会議', links: meetings });
  return fields.filter((f): f is FieldView => f !== undefined);
}

/** 「パブリックコメント（市民意見公募）　令和7年1月6日～2月5日　意見2件」: how views were heard (法第106条の5第2項). */
function consultation(v: unknown): string {
  const r = record(v);
  const how = [text(r.方法), text(r.名称) ? `（${text(r.名称)}）` : ''].join('');
  return [how, text(r.期間) ?? formatPlanMonth(r.年月), texts(r.内容).join(' ')].filter(Boolean).join('　');
}

/** When, where and how the plan was published (法第106条の5第4項). */
function publication(r: Record<string, unknown>): string | undefined {
  return [formatPlanMonth(r.年月), text(r.方法), text(r.URL)].filter(Boolean).join('　') || undefined;
}

function relatedPlans(v: unknown): RelatedPlanView[] {
  return list(v).map((p) => {
    const r = record(p);
    // Several relations read as one (上位計画・包含予定); the statutory kind follows (法第106条の5第3項).
    const statutory = texts(r.法定計画);
    const relation = [texts(r.関係).join('・'), statutory.length ? `法定計画：${statutory.join('・')}` : ''].filter(Boolean).join('　');
    return { name: text(r.名称) ?? '', relation: relation || undefined, author: text(r.策定主体), period: text(r.期間), remark: text(r.備考) };
  });
}

function promotion(plan: Plan, reg: Registry): FieldView[] {
  const p = record(plan.推進体制);
  const fields = [textField('推進機関', p.推進機関), listField('担当課', p.担当課)];
  const meetings = texts(p.会議).map((id) => reg.meetingLink(id));
  if (meetings.length) fields.push({ label: '会議', links: meetings });
  return fields.filter((f): f is FieldView => f !== undefined);
}

function toc(doc: DocumentView): TocEntry[] {
  const entry = (title: string, anchor: string): TocEntry => ({ title, anchor, children: [] });
  return [
    entry('計画の概要', doc.anchors.summary),
    ...tocEntries(doc.chapters),
    ...(doc.unplaced.any ? [entry('各章に掲載されていない事業・会議', doc.anchors.unplaced)] : []),
    entry('社会福祉法第106条の4第2項各号と事業の対応表', doc.anchors.coverage),
    ...(doc.related.length ? [entry('関連計画', doc.anchors.related)] : []),
    ...(doc.promotion.length ? [entry('推進体制', doc.anchors.promotion)] : []),
  ];
}
