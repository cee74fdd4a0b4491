// The block model (what front-ends produce) and the report model (what rules read).
// Every range is a pair of offsets [start, end) into the decoded text; line/column is computed
// only at the edge (SourceCode.positionAt).

export interface Span {
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------------
// Blocks: one input format each front-end, nothing about reports.

/** A Markdown heading (ATX or setext). `text` is the content without the # markers. */
export interface HeadingBlock extends Span {
  kind: "heading";
  depth: number;
  text: string;
  /** Range of `text` in the source. */
  content: Span;
}

/**
 * A run of prose. In plain text, one non-blank line that is not a tab-separated row.
 * `text` is the source slice from content.start to content.end (leading/trailing white space
 * removed, inline markup kept as written so offsets stay exact).
 */
export interface ParagraphBlock extends Span {
  kind: "paragraph";
  text: string;
  content: Span;
  /** Leading white space as written (tabs, U+3000, spaces) in plain text; "" in Markdown. */
  indent: string;
}

export interface TableCell extends Span {
  /** The cell's text as written (trimmed of surrounding white space; may be ""). */
  text: string;
  colspan?: number;
  rowspan?: number;
}

export interface TableRow extends Span {
  cells: TableCell[];
}

/** A grid: a GFM pipe table, an HTML table, or consecutive tab-separated lines in plain text. */
export interface TableBlock extends Span {
  kind: "table";
  source: "tabs" | "gfm" | "html";
  rows: TableRow[];
}

/** An HTML comment (Markdown, HTML) or a comment line in plain text; carries directives. */
export interface CommentBlock extends Span {
  kind: "comment";
  /** The comment body without <!-- -->. */
  text: string;
}

export type Block = HeadingBlock | ParagraphBlock | TableBlock | CommentBlock;

export interface BlockDocument {
  /** Which front-end produced the blocks. */
  format: "text" | "markdown" | "html";
  blocks: Block[];
}

// ---------------------------------------------------------------------------------------------
// The report: what a reviewer reads.

export type OrganizationLevel =
  | "township" // 乡
  | "town" // 镇
  | "street" // 街道 / 街道办事处
  | "county" // 县 / 县级市 / 区 人民政府
  | "city" // 地级市 人民政府
  | "province"
  | "department" // 局, 委, 办, 厅 …
  | "unknown";

export interface TitleInfo extends Span {
  /** The title line as written. */
  text: string;
  /** The year written in the title, if any. */
  year?: number;
  yearSpan?: Span;
  /** The organisation part of the title (before the year or before 政府信息公开…). */
  organization?: string;
  organizationSpan?: Span;
}

export interface OrganizationInfo extends Span {
  name: string;
  level: OrganizationLevel;
  /** Where it was read from. */
  source: "title" | "text" | "settings";
}

export interface YearInfo {
  value: number;
  source: "title" | "period" | "settings";
  span?: Span;
}

export interface PeriodInfo extends Span {
  /** The sentence as written, e.g. 本报告统计数据从2021年1月1日至2021年12月31日. */
  text: string;
  fromYear?: number;
  toYear?: number;
  /** The two dates as written (garbled forms such as 20211月1日 read where possible). */
  from?: PeriodDate;
  to?: PeriodDate;
}

/** One end of the statistics period. Parts that cannot be read are left out. */
export interface PeriodDate extends Span {
  text: string;
  year?: number;
  yearSpan?: Span;
  month?: number;
  day?: number;
}

export interface DateInfo extends Span {
  text: string;
  year: number;
  month: number;
  day: number;
  /** A labelled date (发布时间:…, 发布日期 …) or a signature date at the end of the report. */
  source?: "label" | "signature";
}

export type SectionRecognition = "exact" | "variant" | "numbering" | "content";
export type NumeralStyle = "chinese" | "arabic" | "bracketed" | "part";

/** The six required sections, by official number. */
export type SectionNumber = 1 | 2 | 3 | 4 | 5 | 6;

export interface Section {
  number: SectionNumber;
  /** The numeral as written (一, 二 …), or "" when the heading carries none. */
  numeral: string;
  /**
   * The heading as written and its range: from the numeral (or the first word) to the end of the
   * heading words, without Markdown markers (#, **) and without prose sharing its line.
   */
  heading: Span & { text: string };
  /** The official heading (一、总体情况 …). */
  canonical: string;
  /** True when the heading text is a known variant or a near match, not the official wording. */
  isVariant: boolean;
  /**
   * How the heading was recognised: "exact" (the official wording), "variant" (a listed or close
   * wording: a variant, cue words, the organisation's name before the words, another numeral
   * style), "numbering" (its numeral and place in the order, the body bearing it out: a bare
   * 「三、」), "content" (its numeral and place, and a body about that section's subject under
   * wording that names none of the six).
   */
  recognition: SectionRecognition;
  /**
   * What the wording is, for section-heading: "official", "listed" (a variant of spec §2),
   * "prefixed" (official or listed wording after the organisation's name), "cue" (cue words only),
   * "other" (wording that names none of the six), "none" (no words: a bare numeral).
   */
  wording: "official" | "listed" | "prefixed" | "cue" | "other" | "none";
  /** How the numeral is written: 一、 (chinese), 2、 (arabic), （一） (bracketed), 第一部分 (part); absent when none. */
  numeralStyle?: NumeralStyle;
  /** The body: from the end of the heading line to the start of the next section (or the end). */
  body: Span;
  /** Blocks inside the body, in order. With runOn "after", the heading's own block comes first. */
  blocks: Block[];
  /**
   * Set when the heading shares its line with prose: "after" = prose follows the heading
   * ("一、总体情况 2023年，…"); "before" = the heading ends a prose line ("…联系。一、总体情况").
   */
  runOn?: "before" | "after";
}

// ---- tables mapped onto the official layouts --------------------------------------------------

export type LayoutYear = "2019" | "2021";

/** A cell's parsed value. */
export type CellValue =
  | { kind: "number"; value: number; /** unit written in the cell, e.g. 元, 万元, 万, 件 */ unit?: string; /** sign word: 增/减 */ signWord?: string }
  | { kind: "blank" }
  | { kind: "none" } // 无
  | { kind: "na"; text: string } // "/", "-", "—", 不适用
  | { kind: "text"; text: string };

export interface MappedCell extends Span {
  /** Official row key (spec YAML keys: "1", "3.3.2", "t2.1.rows.0" …) and column key. */
  row: string;
  col: string;
  /** The official labels of the row and column, for messages. */
  rowLabel: string;
  colLabel: string;
  /** The cell text as written (may be ""). For a blank cell, start = end at the blank's place. */
  raw: string;
  value: CellValue;
  /** How the column is read (spec §6): count (integer ≥ 0), signed (2019 本年增/减), money. */
  columnKind?: "count" | "signed" | "money";
  /** Unit printed in the column header (2021 收费金额: 万元); absent when the header prints none. */
  columnUnit?: string;
}

export interface MappedRow extends Span {
  key: string;
  /** The label as written in the report (joined when split across lines), and where. */
  label: string;
  labelSpan?: Span;
  /** The official label this row was matched to. */
  officialLabel: string;
  /** How the label matched: exactly (after normalising), or approximately (prefix / edit distance). */
  match: "exact" | "approximate" | "missing-label";
  /**
   * The row's cells, one per official column. Empty when the values could not be assigned to
   * columns (then `problem` says why and `unassigned` holds the values found): never guessed.
   */
  cells: MappedCell[];
  /**
   * How the cells were assigned: "in-order" (as many values as columns), "from-right" (fewer
   * values, laid over the row's empty fields from the right: spec §8e), "by-geometry" (placed by
   * the field positions of a full row of the same shape), "blank" (the row has no values).
   */
  placement?: "in-order" | "from-right" | "by-geometry" | "blank";
  /** Why the row's values could not be assigned to columns (Chinese, for messages). */
  problem?: string;
  /** Values found for the row but not assigned to columns (when `problem` is set). */
  unassigned?: Array<Span & { raw: string; value: CellValue }>;
  /**
   * With `problem`: the row, written one cell per line, has this many fewer values than columns
   * and nothing else, so that many cells are blank (numeric-cell's finding), columns unknown.
   */
  blankCells?: number;
}

/** A group label of table 三 (三、本年度办理结果, （三）不予公开 …): spans rows, carries no data. */
export interface MappedGroup extends Span {
  key: string;
  label: string;
  officialLabel: string;
  match: "exact" | "approximate";
}

export interface MappedTable extends Span {
  /** 二, 三 or 四. */
  table: 2 | 3 | 4;
  /**
   * Layout the labels follow. Table 二: the majority of its §4 markers ("unknown" on a tie or none).
   * Table 三: the shape of （六） as written (sub-rows 3.6.1–3 → "2021", one 3.6 row → "2019"),
   * "unknown" when the table stops before （六）. Table 四: always "unknown" (same in both).
   */
  layout: LayoutYear | "unknown";
  rows: MappedRow[];
  /** Official rows expected by the layout but not found. */
  missingRows: Array<{ key: string; officialLabel: string }>;
  /** Labelled rows that are not in the layout (local additions). */
  extraRows: Array<Span & { label: string }>;
  /** Labels found that belong only to the other layout (for format-version). */
  layoutMarkers: Array<Span & { label: string; layout: LayoutYear }>;
  /**
   * Table 二: each 第二十条 block found (title, header cells, rows) and the layout its own labels
   * name: its header's column labels, else row or title labels of one layout only; "unknown" when
   * nothing of its own tells (it then follows the table's layout). A block of the other year's
   * format inside a table (a 2019 （九） block in a 2021 table) is found here.
   */
  blockLayouts?: Array<Span & { item: number; layout: LayoutYear | "unknown" }>;
  /** True when the table's values could be mapped to rows and columns with confidence. */
  confident: boolean;
  /** Why not, when confident is false (shown by --print-model, read by table-structure). */
  problems: Array<Span & { message: string }>;
  /** The section whose body holds the table's first cell (a table can sit in the wrong section). */
  section?: SectionNumber;
  /** Table 三: the group labels found (no data; for table-structure). */
  groups?: MappedGroup[];
  /** True when the table stops early: official rows after the last row found are missing. */
  truncated?: boolean;
}

export interface ModelNote extends Span {
  /** e.g. "table-not-recognised" */
  code: string;
  message: string;
}

export interface ReportModel {
  text: string;
  document: BlockDocument;
  title?: TitleInfo;
  organization?: OrganizationInfo;
  year?: YearInfo;
  period?: PeriodInfo;
  publishedAt?: DateInfo;
  /** Sections found, in document order (a section may appear twice or out of order). */
  sections: Section[];
  /**
   * Top-level numbered headings (一、… 十、) that are none of the six sections, e.g. 一、加强组织领导
   * written at top level. For section-order. Table-三 row labels and （一） sub-headings are excluded.
   */
  otherHeadings?: Array<Span & { numeral: string; text: string }>;
  tables: { t2?: MappedTable; t3?: MappedTable; t4?: MappedTable };
  /** Layout of the report's tables as a whole (from table 二's labels). */
  layout: LayoutYear | "unknown";
  notes: ModelNote[];
}
