/** The document as the templates see it: every value already text, every reference already a link. */
export interface LinkView { text: string; href: string; missing?: boolean }

export interface ListView { heading?: string; items: ListItemView[] }
export interface ListItemView { text?: string; list?: ListView }
export interface BodyItemView { paragraph?: string; list?: ListView }

/** A figure's image: the path as the plan gives it, and the `src` each output gives it (src/render/images.ts). */
export interface FigureImageView { path: string; alt: string; src?: string }
export interface FigureView { caption?: string; source?: string; terms: string[]; image?: FigureImageView }
export interface TableView { caption?: string; columns: string[]; rows: string[][] }
export interface NoteView { mark?: string; text: string; items: string[] }
/** One 目標 with its 評価指標, each value as the plan writes it (年度 in 和暦). */
export interface GoalView { indicator: string; current?: string; target?: string; unit?: string; baseYear?: string; targetYear?: string; remark?: string }

export interface CodeBadgeView { code: string; name?: string; href?: string; mandated: boolean }

export interface MethodView {
  methods: string[]; description?: string; direct: string[]; consignees: string[]; consigneeUnstated: boolean; subsidy: string[];
}
export interface AgencyView { name: string; operator?: string; remark?: string }
export interface AgencyGroupView { category?: string; count?: string; agencies: AgencyView[]; remark?: string }

/** One row of a 事業 or 会議 table: a label and exactly one kind of value. */
export interface FieldView {
  label: string; paragraphs?: string[]; bullets?: string[]; links?: LinkView[];
  method?: MethodView; agencies?: AgencyGroupView[];
}

export interface BusinessView {
  kind: 'business'; anchor: string; id?: string; number?: string; name: string; level: number; nested: boolean;
  codes: CodeBadgeView[]; codeNotation?: string; codeInferred: boolean; codeNote?: string;
  fields: FieldView[]; goals: GoalView[]; tables: TableView[]; notes: NoteView[]; children: PlacedBusiness[];
}
export interface MeetingView { kind: 'meeting'; anchor: string; id?: string; number?: string; name: string; level: number; fields: FieldView[] }

/** A 事業 or 会議 placed a second time, or an ID that names nothing (only with --force). */
export interface PlacementRefView { kind: 'ref'; label: string; link: LinkView }
export type PlacedBusiness = BusinessView | PlacementRefView;
export type PlacedMeeting = MeetingView | PlacementRefView;

export interface ChapterView {
  anchor: string; number?: string; title: string; level: number; pageBreak: boolean;
  /** The plan's 推進体制 when the plan has a chapter of that name: shown there, not a second time at the end. */
  fields?: FieldView[];
  body: BodyItemView[]; figures: FigureView[]; tables: TableView[]; notes: NoteView[];
  businesses: PlacedBusiness[]; meetings: PlacedMeeting[]; sections: ChapterView[];
  /** The content in the order the plan's 並び gives (then the lists above are empty); empty without 並び. */
  blocks: ChapterBlockView[];
}

/** One run of same-kind content of a 章 or 節, for a 並び. */
export type ChapterBlockView =
  | { kind: 'body'; items: BodyItemView[] } | { kind: 'figure'; items: FigureView[] } | { kind: 'table'; items: TableView[] }
  | { kind: 'business'; items: PlacedBusiness[] } | { kind: 'meeting'; items: PlacedMeeting[] } | { kind: 'note'; items: NoteView[] };

export interface TocEntry { number?: string; title: string; anchor: string; children: TocEntry[] }

export interface CoverageRowView {
  code: string; name: string; provision: string; href: string; basis?: LinkView; implementers: LinkView[]; covered: boolean;
}
export interface CoverageView { rows: CoverageRowView[]; complete: boolean; missing: number; others: CoverageRowView[] }

export interface RelatedPlanView { name: string; relation?: string; author?: string; period?: string; remark?: string }

export interface DocumentView {
  title: string; municipality?: string; prefecture?: string; municipalityCode?: string;
  adopted?: string; revisions: { date: string; content?: string }[]; period?: string; periodText?: string;
  /** A reviewers' copy (render --notes): transcription notes are printed and the cover says so. */
  notes: boolean;
  summary: FieldView[]; toc: TocEntry[]; chapters: ChapterView[];
  unplaced: { businesses: BusinessView[]; meetings: MeetingView[]; any: boolean };
  coverage: CoverageView; related: RelatedPlanView[]; promotion: FieldView[]; goals: GoalView[];
  anchors: { summary: string; unplaced: string; coverage: string; related: string; promotion: string };
}
