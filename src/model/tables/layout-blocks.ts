// Which table layout a report must follow, and the blocks of its table 二 that follow the other
// one: shared by format-version (which reports them) and table-structure (which then does not
// report the same labels again as a mixed table).
import type { LayoutYear, ReportModel, Span } from "../types.js";
import { layoutForReportYear, type LayoutSpec } from "../../spec/layouts.js";

/**
 * The format the report year asks for. Undefined without a year, or when the year is in doubt: a
 * title year that the statistics period contradicts (a year left from a template) is
 * year-consistency's finding, and no format is asked for then.
 */
export function expectedLayout(model: ReportModel): LayoutSpec | undefined {
  if (!model.year) return undefined;
  const periodYear = model.period?.fromYear ?? model.period?.toYear;
  if (model.year.source === "title" && periodYear !== undefined && periodYear !== model.year.value) return undefined;
  return layoutForReportYear(model.year.value);
}

export interface ForeignBlock extends Span {
  /** The 第二十条 item of the block. */
  item: number;
  /** The layout the block follows (not the expected one). */
  layout: LayoutYear;
  /** The block's labels that only that layout has, in order. */
  markers: Array<Span & { label: string; layout: LayoutYear }>;
}

/**
 * Blocks of a table 二 that follows the expected format as a whole but holds a block of the other
 * one (a 2019 （九） 政府集中采购 block appended to a 2021 table, a 2021 （一） block in a 2019 table).
 * Only blocks whose own header or title names the other format, with at least one of its marker
 * labels, count. A table that is the other format as a whole is not a list of blocks: empty then.
 */
export function foreignBlocks(model: ReportModel): ForeignBlock[] {
  const t2 = model.tables.t2;
  const expected = expectedLayout(model);
  if (!t2 || !expected || t2.layout !== expected.year) return [];
  const out: ForeignBlock[] = [];
  for (const b of t2.blockLayouts ?? []) {
    if (b.layout === "unknown" || b.layout === expected.year) continue;
    const layout = b.layout;
    const markers = t2.layoutMarkers.filter((m) => m.layout === layout && m.start >= b.start && m.end <= b.end).sort((x, y) => x.start - y.start);
    if (markers.length) out.push({ start: b.start, end: b.end, item: b.item, layout, markers });
  }
  return out;
}
