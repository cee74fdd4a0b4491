// Helpers shared by the three table mappers.
import type { CellValue, MappedCell, MappedRow, MappedTable, Span } from "../types.js";
import type { ColumnSpec } from "../../spec/layouts.js";
import type { Slot } from "./assign.js";
import { collectRun } from "./segment.js";
import { labelText, type Tok } from "./tokens.js";
import { parseCellValue } from "./values.js";

export function valueOf(t: Tok): CellValue {
  if (t.kind === "empty") return { kind: "blank" };
  return t.value ?? parseCellValue(t.text);
}

export function cellOf(slot: Slot, rowKey: string, rowLabel: string, col: ColumnSpec): MappedCell {
  // One object shape for every cell (columnUnit undefined when the header prints none): rules read
  // cells in hot loops, and cells of several shapes make every such read slower.
  const tok = "tok" in slot ? slot.tok : undefined;
  const blankAt = "blankAt" in slot ? slot.blankAt : 0;
  return {
    row: rowKey,
    col: col.key,
    rowLabel,
    colLabel: col.label,
    raw: tok ? tok.text : "",
    value: tok ? valueOf(tok) : { kind: "blank" },
    start: tok ? tok.start : blankAt,
    end: tok ? (tok.kind === "empty" ? tok.start : tok.end) : blankAt,
    columnKind: col.kind,
    columnUnit: col.unit ? col.unit : undefined,
  };
}

export function unassignedOf(values: Tok[]): Array<Span & { raw: string; value: CellValue }> {
  return values.map((t) => ({ start: t.start, end: t.end, raw: t.text, value: valueOf(t) }));
}

/** Row span: from the label (or first cell) to the end of the last cell or label. */
export function rowSpan(row: Pick<MappedRow, "labelSpan" | "cells" | "unassigned">, fallback: Span): Span {
  let start = row.labelSpan?.start ?? Infinity;
  let end = row.labelSpan?.end ?? -Infinity;
  for (const c of [...row.cells, ...(row.unassigned ?? [])]) {
    start = Math.min(start, c.start);
    end = Math.max(end, c.end);
  }
  if (!Number.isFinite(start)) return { ...fallback };
  return { start, end };
}

export function tableSpan(stream: Tok[]): Span {
  return { start: stream[0].start, end: stream[stream.length - 1].end };
}

export function labelOf(all: Tok[], t: Tok): { text: string; span: Span } {
  const l = labelText(all, t);
  return { text: l.text, span: { start: l.start, end: l.end } };
}

export function emptyTable(table: 2 | 3 | 4, span: Span): MappedTable {
  return { table, layout: "unknown", rows: [], missingRows: [], extraRows: [], layoutMarkers: [], confident: true, problems: [], ...span };
}

/** Values of the stream not claimed by any row. */
export function orphanValues(stream: Tok[], used: Set<Tok>): Tok[] {
  return stream.filter((t) => t.kind === "value" && !used.has(t));
}

export function describeValues(values: Tok[]): string {
  const shown = values.slice(0, 8).map((v) => v.text);
  return shown.join(" ") + (values.length > shown.length ? " …" : "");
}

/**
 * What a table holds beyond its official rows: local rows (a text cell followed by values) are
 * recorded, not mapped; values that no row label claims are one problem.
 */
export function recordUnmapped(stream: Tok[], extra: Iterable<number>, used: Set<Tok>, table: MappedTable, problems: Array<Span & { message: string }>): void {
  recordExtraRows(stream, extra, used, table);
  reportOrphans(stream, used, problems);
}

/** Local rows (a text cell followed by values): recorded, their values used. */
export function recordExtraRows(stream: Tok[], extra: Iterable<number>, used: Set<Tok>, table: MappedTable): void {
  for (const i of extra) {
    const t = stream[i];
    const { run } = collectRun(stream, i, new Set(), t.end);
    run.items.forEach((v) => used.add(v));
    table.extraRows.push({ start: t.start, end: t.end, label: t.text });
  }
}

/** Values that no row label claims: one problem. */
export function reportOrphans(stream: Tok[], used: Set<Tok>, problems: Array<Span & { message: string }>): void {
  const orphans = orphanValues(stream, used);
  if (orphans.length) {
    problems.push({ start: orphans[0].start, end: orphans[orphans.length - 1].end, message: `有 ${orphans.length} 个数值（${describeValues(orphans)}）没有对应的行标签` });
  }
}

type Missing = { key: string; officialLabel: string };

/**
 * Rows whose labels are missing but whose values are there (spec §7: "bare rows of zeros where the
 * eight 不予公开 reasons belong"): a run of official rows missing between two rows found, with exactly
 * as many unlabelled values between those two rows as the run has cells. Each such run is one
 * problem, "values without row labels" (one cause, one finding), and its rows are no longer missing;
 * the values stay unmapped (which value is whose is not written). Returns the rows still missing.
 */
export function claimUnlabelledRows(args: {
  missing: Missing[];
  found: Array<Span & { key: string }>;
  /** Official order of a row key, and the number of cells and the block of its row. */
  order: (key: string) => number;
  columns: (key: string) => number;
  block: (key: string) => string;
  /** Values no row label claims, in document order. */
  values: Tok[];
  used: Set<Tok>;
  problems: Array<Span & { message: string }>;
}): Missing[] {
  const { order, columns, block, used, problems } = args;
  const missing = [...args.missing].sort((a, b) => order(a.key) - order(b.key));
  const found = [...args.found].sort((a, b) => order(a.key) - order(b.key));
  const runs: Missing[][] = [];
  for (const m of missing) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    const between = last && found.some((f) => order(f.key) > order(last.key) && order(f.key) < order(m.key));
    if (last && !between && block(last.key) === block(m.key) && columns(last.key) === columns(m.key)) run.push(m);
    else runs.push([m]);
  }
  const claimed = new Set<string>();
  for (const run of runs) {
    const first = order(run[0].key);
    const last = order(run[run.length - 1].key);
    const prev = [...found].reverse().find((f) => order(f.key) < first);
    const next = found.find((f) => order(f.key) > last);
    const from = prev ? prev.end : -Infinity;
    const to = next ? next.start : Infinity;
    if (from > to) continue;
    const vals = args.values.filter((v) => !used.has(v) && v.start >= from && v.end <= to);
    if (!vals.length || vals.length !== run.length * columns(run[0].key)) continue;
    vals.forEach((v) => used.add(v));
    run.forEach((m) => claimed.add(m.key));
    const names = run.map((m) => `「${m.officialLabel.replace(/（区分处理.*$/, "")}」`);
    const rows = names.length > 2 ? `${names[0]}至${names[names.length - 1]}共 ${names.length} 行` : names.join("");
    problems.push({
      start: vals[0].start,
      end: vals[vals.length - 1].end,
      message: `${rows}没有行标签：其间的 ${vals.length} 个数值（${describeValues(vals)}）无法核对所属的行`,
    });
  }
  return args.missing.filter((m) => !claimed.has(m.key));
}
