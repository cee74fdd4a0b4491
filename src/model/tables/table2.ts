// Table 二 (主动公开政府信息情况): blocks 第二十条第（一）（五）（六）（八）[（九）]项, rows keyed
// t2.<item>.<n>, columns c1…. The layout (2019 / 2021) is the majority of the §4 markers found in
// whole cells; each block follows the layout its own header names (a mixed table maps block by
// block), else the table's.
import type { LayoutYear, MappedRow, MappedTable, Span } from "../types.js";
import { layoutSpec, type Table2BlockSpec } from "../../spec/layouts.js";
import { assignAll, fullRowOf, trimOverfullRun, type FullRow, type Run } from "./assign.js";
import { cellOf, claimUnlabelledRows, emptyTable, labelOf, orphanValues, recordExtraRows, reportOrphans, rowSpan, tableSpan, unassignedOf } from "./common.js";
import { collectRun, extraRowLabels } from "./segment.js";
import { labelText, type Tok } from "./tokens.js";
import type { LabelEntry } from "./labels.js";

const ITEM_NAMES: Record<number, string> = { 1: "（一）", 5: "（五）", 6: "（六）", 8: "（八）", 9: "（九）" };

function block(layout: LayoutYear, item: number): Table2BlockSpec | undefined {
  return layoutSpec(layout).t2.blocks.find((b) => b.item === item);
}

interface RowEvent {
  p: number;
  tok: Tok;
  key: string;
  item: number;
  /** Layouts the written label belongs to. */
  layouts: LayoutYear[];
  approximate: boolean;
}

/** The majority of layout markers, or "unknown" on a tie or none. */
export function majority(markers: Array<{ layout: LayoutYear }>): LayoutYear | "unknown" {
  const n19 = markers.filter((m) => m.layout === "2019").length;
  const n21 = markers.filter((m) => m.layout === "2021").length;
  if (n19 > n21) return "2019";
  if (n21 > n19) return "2021";
  return "unknown";
}

/**
 * The layout a block's own labels name: the column labels of its header; else, for a block only
 * one format has (（九）), that format. "unknown" otherwise: a row label alone (规范性文件 under a 2021
 * header-less block) is a slip of one label, not a block of the other format.
 */
function ownLayout(item: number, v: { "2019": number; "2021": number } | undefined): LayoutYear | "unknown" {
  if (v && v["2019"] !== v["2021"]) return v["2019"] > v["2021"] ? "2019" : "2021";
  const only = (["2019", "2021"] as const).filter((l) => block(l, item));
  return only.length === 1 ? only[0] : "unknown";
}

/** The layouts of the entries, each once, in order of first appearance. */
function layoutsOf(es: LabelEntry[]): LayoutYear[] {
  const out: LayoutYear[] = [];
  for (const e of es) for (const l of e.layouts) if (!out.includes(l)) out.push(l);
  return out;
}

/** The blocks (第二十条 items) of the entries, each once, in order of first appearance. */
function itemsOf(es: LabelEntry[]): number[] {
  const out: number[] = [];
  for (const e of es) if (!out.includes(e.item!)) out.push(e.item!);
  return out;
}

export function mapTable2(stream: Tok[], all: Tok[]): MappedTable {
  const span = tableSpan(stream);
  const table = emptyTable(2, span);
  table.section = stream[0].section;
  const extra = extraRowLabels(stream);
  const problems: Array<Span & { message: string }> = [];

  // Markers, titles, column headers, rows.
  const rows: RowEvent[] = [];
  const blockOfCol: Array<{ p: number; layouts: LayoutYear[]; items: number[] }> = [];
  const titles: Array<{ p: number; item: number }> = [];
  stream.forEach((tok, p) => {
    if (tok.kind !== "label" || !tok.match) return;
    const es = tok.match.entries.filter((e) => e.table === 2);
    if (!es.length) return;
    const markerLayouts = new Set(es.map((e) => e.marker));
    if (markerLayouts.size === 1 && es[0].marker) {
      const l = labelText(all, tok);
      table.layoutMarkers.push({ start: l.start, end: l.end, label: es[0].label, layout: es[0].marker });
    }
    const rowEs = es.filter((e) => e.role === "t2-row");
    if (rowEs.length) {
      rows.push({
        p,
        tok,
        key: rowEs[0].key,
        item: rowEs[0].item!,
        layouts: layoutsOf(rowEs),
        approximate: tok.match.level !== "exact",
      });
      return;
    }
    const titleEs = es.filter((e) => e.role === "t2-title");
    if (titleEs.length) titles.push({ p, item: titleEs[0].item! });
    const colEs = es.filter((e) => e.role === "t2-col");
    if (colEs.length) blockOfCol.push({ p, layouts: layoutsOf(colEs), items: itemsOf(colEs) });
  });
  const tableLayout = majority(table.layoutMarkers);
  table.layout = tableLayout;

  // Each header column votes for the layout of its block: the block of the title before it, or,
  // without a title since the last row, the block of the next row.
  const votes = new Map<number, { "2019": number; "2021": number }>();
  // Where each block's own labels are (title, header cells, rows): for blockLayouts.
  const blockSpans = new Map<number, Span>();
  const extend = (item: number, span: Span) => {
    const b = blockSpans.get(item);
    blockSpans.set(item, b ? { start: Math.min(b.start, span.start), end: Math.max(b.end, span.end) } : { ...span });
  };
  let ti = -1;
  let ri = -1;
  for (const c of blockOfCol) {
    while (ti + 1 < titles.length && titles[ti + 1].p < c.p) ti++;
    while (ri + 1 < rows.length && rows[ri + 1].p < c.p) ri++;
    const title = ti >= 0 ? titles[ti] : undefined;
    const prevRow = ri >= 0 ? rows[ri] : undefined;
    let item: number | undefined;
    if (title && (!prevRow || prevRow.p < title.p)) item = title.item;
    else item = rows[ri + 1]?.item ?? prevRow?.item;
    if (item === undefined || c.layouts.length !== 1) continue;
    if (!c.items.includes(item)) continue;
    extend(item, labelOf(all, stream[c.p]).span);
    const v = votes.get(item) ?? { "2019": 0, "2021": 0 };
    v[c.layouts[0]]++;
    votes.set(item, v);
  }
  const blockLayout = (item: number, rowLayouts: LayoutYear[]): LayoutYear | undefined => {
    const v = votes.get(item);
    if (v && v["2019"] !== v["2021"]) return v["2019"] > v["2021"] ? "2019" : "2021";
    if (rowLayouts.length === 1 && block(rowLayouts[0], item)) return rowLayouts[0];
    if (tableLayout !== "unknown" && block(tableLayout, item)) return tableLayout;
    return undefined;
  };

  const used = new Set<Tok>();
  const data: Array<{ ev: RowEvent; layout: LayoutYear; spec: Table2BlockSpec; run: Run }> = [];
  const seen = new Set<string>();
  const blocksUsed = new Map<number, LayoutYear>();
  for (const ev of rows) {
    const label = labelOf(all, ev.tok);
    const { run } = collectRun(stream, ev.p, extra, label.span.end);
    const layout = blockLayout(ev.item, ev.layouts);
    const spec = layout ? block(layout, ev.item) : undefined;
    if (!layout || !spec) {
      run.items.forEach((t) => used.add(t));
      problems.push({ ...label.span, message: `无法判断第二十条第${ITEM_NAMES[ev.item]}项使用 2019 年还是 2021 年格式，「${label.text}」行的数值未使用` });
      continue;
    }
    if (!spec.rows.some((r) => r.key === ev.key)) {
      // A row of the other layout in this block (其他对外管理服务事项 in a 2021 block).
      run.items.forEach((t) => used.add(t));
      table.extraRows.push({ ...label.span, label: label.text });
      continue;
    }
    if (seen.has(ev.key)) {
      run.items.forEach((t) => used.add(t));
      problems.push({ ...label.span, message: `「${label.text}」行重复出现，第二次出现的数值未使用` });
      continue;
    }
    seen.add(ev.key);
    blocksUsed.set(ev.item, layout);
    data.push({ ev, layout, spec, run });
  }

  // A row written one cell per line whose run goes on into the rows after it in its block whose
  // labels are missing keeps its own first values (as in table 三).
  for (const d of data) {
    const keys = d.spec.rows.map((r) => r.key);
    let following = 0;
    for (let i = keys.indexOf(d.ev.key) + 1; i > 0 && i < keys.length && !seen.has(keys[i]); i++) following++;
    trimOverfullRun(d.run, d.spec.columns.length, following);
  }
  const full: FullRow[] = data.map((d) => fullRowOf(d.run, d.spec.columns.length)).filter((f): f is FullRow => !!f);
  const assigned = assignAll(data.map((d) => ({ run: d.run, n: d.spec.columns.length })), full);
  for (const [i, { ev, layout, spec, run }] of data.entries()) {
    const label = labelOf(all, ev.tok);
    const rowSpec = spec.rows.find((r) => r.key === ev.key)!;
    const official = rowSpec.label;
    const row: MappedRow = {
      key: ev.key,
      label: label.text,
      labelSpan: label.span,
      officialLabel: official,
      match: ev.approximate || !ev.layouts.includes(layout) ? "approximate" : "exact",
      cells: [],
      start: 0,
      end: 0,
    };
    const n = spec.columns.length;
    const a = assigned[i];
    for (const t of [...run.items, ...run.trailing]) used.add(t);
    if (a.ok) {
      row.cells = a.slots.map((s, i) => cellOf(s, ev.key, official, spec.columns[i]));
      row.placement = a.placement;
    } else {
      row.problem = a.reason;
      row.unassigned = unassignedOf(a.values);
      if (a.blanks) row.blankCells = a.blanks;
    }
    Object.assign(row, rowSpan(row, label.span));
    if (row.problem) problems.push({ start: row.start, end: row.end, message: `第二十条第${ITEM_NAMES[ev.item]}项「${official}」行：${row.problem}` });
    table.rows.push(row);
  }

  recordExtraRows(stream, extra, used, table);

  // Each block and the layout its own labels name (not the table's majority).
  for (const t of titles) extend(t.item, labelOf(all, stream[t.p]).span);
  for (const ev of rows) extend(ev.item, labelOf(all, ev.tok).span);
  for (const r of table.rows) extend(Number(r.key.split(".")[1]), r);
  table.blockLayouts = [...blockSpans]
    .sort((a, b) => a[1].start - b[1].start)
    .map(([item, span]) => ({ ...span, item, layout: ownLayout(item, votes.get(item)) }));

  // Missing rows: every block of the table's layout (or of the layout its header named).
  const layoutForMissing = tableLayout !== "unknown" ? tableLayout : [...blocksUsed.values()][0];
  if (layoutForMissing) {
    const items = new Map<number, LayoutYear>();
    for (const b of layoutSpec(layoutForMissing).t2.blocks) items.set(b.item, blocksUsed.get(b.item) ?? layoutForMissing);
    for (const [item, l] of blocksUsed) items.set(item, l);
    const mapped = new Set(table.rows.map((r) => r.key));
    for (const [item, l] of [...items].sort((a, b) => a[0] - b[0])) {
      for (const r of block(l, item)!.rows) if (!mapped.has(r.key)) table.missingRows.push({ key: r.key, officialLabel: r.label });
    }
    const order = rowOrder;
    const itemOf = (k: string) => Number(k.split(".")[1]);
    // Missing rows whose values are there without their labels: one problem each run, not missing.
    table.missingRows = claimUnlabelledRows({
      missing: table.missingRows,
      found: table.rows,
      order,
      columns: (k) => block(items.get(itemOf(k))!, itemOf(k))!.columns.length,
      block: (k) => String(itemOf(k)),
      values: orphanValues(stream, used),
      used,
      problems,
    });
    reportOrphans(stream, used, problems);
    if (table.missingRows.length) {
      const lastRow = table.rows[table.rows.length - 1];
      const lastOrder = lastRow ? order(lastRow.key) : -1;
      table.truncated = !!lastRow && table.missingRows.every((m) => order(m.key) > lastOrder);
      problems.push({ ...span, message: `缺少 ${table.missingRows.length} 行：${table.missingRows.map((m) => m.officialLabel).join("、")}` });
    }
  } else {
    reportOrphans(stream, used, problems);
    if (!table.rows.length) problems.push({ ...span, message: "没有找到可识别的行" });
  }
  table.problems = problems;
  table.confident = problems.length === 0;
  return table;
}

// Official order of a table-二 row key ("t2.<item>.<n>" → item·10 + n), memoised: the keys are the
// layout's, few, and the order is asked for at every comparison of a sort.
const ROW_ORDER = new Map<string, number>();
function rowOrder(k: string): number {
  let o = ROW_ORDER.get(k);
  if (o === undefined) {
    o = k.split(".").slice(1).map(Number).reduce((a, b) => a * 10 + b, 0);
    ROW_ORDER.set(k, o);
  }
  return o;
}
