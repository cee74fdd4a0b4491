// The official table layouts as typed data: shared types and look-up helpers. One data file per
// format (format-2019.ts, format-2021.ts); a new format next year is a new data file added to
// LAYOUTS below. Everything the table recognizer and the table rules know about labels, columns
// and signed / money cells comes from here.
import type { LayoutYear } from "../model/types.js";
import { FORMAT_2019 } from "./format-2019.js";
import { FORMAT_2021 } from "./format-2021.js";

/** How a column's cells are read (spec §6). */
export type ColumnKind =
  /** An integer ≥ 0. */
  | "count"
  /** An integer that may be negative (2019 本年增/减): -8, +1036, 减4, 增3. */
  | "signed"
  /** An amount of money; decimals allowed. `unit` says which unit the header prints. */
  | "money";

export interface ColumnSpec {
  /** c1, c2 … in order. */
  key: string;
  /** The official label. */
  label: string;
  kind: ColumnKind;
  /** Unit printed in the header (2021 收费金额: 万元). Absent when the header prints none (2019 采购总金额). */
  unit?: string;
  /** Other accepted spellings (matched exactly after normalising). */
  variants?: string[];
}

export interface RowSpec {
  key: string;
  label: string;
  variants?: string[];
}

/** One block of table 二: a title row (第二十条第（…）项), a header row (信息内容 + columns), data rows. */
export interface Table2BlockSpec {
  /** The item number of 第二十条: 1, 5, 6, 8, 9. */
  item: number;
  title: string;
  columns: ColumnSpec[];
  /** Data rows; keys are "t2.<item>.<n>" and are shared by both formats for the same row. */
  rows: RowSpec[];
}

export interface Table3RowSpec extends RowSpec {
  /** "data" rows carry 7 values; "group" rows are labels spanning their sub-rows (YAML keys g…). */
  kind: "data" | "group";
  /** Key of the group label the row belongs to, if any. */
  group?: string;
}

export interface Table4GroupSpec {
  /** t4.1 行政复议, t4.2 未经复议直接起诉, t4.3 复议后起诉. */
  key: string;
  label: string;
  /** The spanning header the group sits under (行政诉讼), if any. */
  parent?: string;
}

export interface LayoutSpec {
  year: LayoutYear;
  /** The notice that enacts the format. */
  notice: string;
  /** First and last report year the format applies to (last undefined = still current). */
  firstReportYear: number;
  lastReportYear?: number;
  t2: {
    /** Header cell that starts each block's header row. */
    header: string;
    blocks: Table2BlockSpec[];
  };
  t3: {
    /** The stub note (勾稽关系). */
    note: string;
    /** Spanning header labels (申请人情况, 法人或其他组织) and accepted variants. */
    spans: string[];
    spanVariants: string[];
    columns: ColumnSpec[];
    /** All rows in order, data and group; keys as in the spec's YAML. */
    rows: Table3RowSpec[];
  };
  t4: {
    /** Spanning header labels (行政诉讼). */
    spans: string[];
    groups: Table4GroupSpec[];
    columns: ColumnSpec[];
  };
  /**
   * Table-二 labels that exist only in this format (spec §4). Matched against whole cells only,
   * never against prose: 处理决定数量 and 规范性文件 also occur inside 2021 labels.
   */
  markers: string[];
}

/** Every known format, oldest first. */
export const LAYOUTS: readonly LayoutSpec[] = [FORMAT_2019, FORMAT_2021];

export function layoutSpec(year: LayoutYear): LayoutSpec {
  const spec = LAYOUTS.find((l) => l.year === year);
  if (!spec) throw new Error(`unknown layout ${year}`);
  return spec;
}

/** The format that applies to reports for `reportYear`, if any. */
export function layoutForReportYear(reportYear: number): LayoutSpec | undefined {
  return LAYOUTS.find((l) => reportYear >= l.firstReportYear && (l.lastReportYear === undefined || reportYear <= l.lastReportYear));
}

/** Table-三 data rows (the rows that carry values), in order. */
export function table3DataRows(layout: LayoutYear): Table3RowSpec[] {
  return layoutSpec(layout).t3.rows.filter((r) => r.kind === "data");
}

/** The block of table 二 a row key ("t2.5.1") belongs to, in a layout. */
export function table2Block(layout: LayoutYear, rowKey: string): Table2BlockSpec | undefined {
  return layoutSpec(layout).t2.blocks.find((b) => b.rows.some((r) => r.key === rowKey));
}

/**
 * The column spec of a cell, e.g. to know whether it is signed or money.
 * table 2: rowKey "t2.5.1", colKey "c2"; table 3: any row, "c1"–"c7"; table 4: "c1"–"c5".
 */
export function columnSpec(layout: LayoutYear, table: 2 | 3 | 4, rowKey: string, colKey: string): ColumnSpec | undefined {
  const spec = layoutSpec(layout);
  if (table === 2) return table2Block(layout, rowKey)?.columns.find((c) => c.key === colKey);
  if (table === 3) return spec.t3.columns.find((c) => c.key === colKey);
  return spec.t4.columns.find((c) => c.key === colKey);
}

/** Row keys of table 四 and the group they stand for. */
export const TABLE4_ROW_KEYS = ["t4.1", "t4.2", "t4.3"] as const;
