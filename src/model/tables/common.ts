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
  const cell: MappedCell =
    "tok" in slot
      ? {
          row: rowKey,
          col: col.key,
          rowLabel,
          colLabel: col.label,
          raw: slot.tok.text,
          value: valueOf(slot.tok),
          start: slot.tok.start,
          end: slot.tok.kind === "empty" ? slot.tok.start : slot.tok.end,
        }
      : { row: rowKey, col: col.key, rowLabel, colLabel: col.label, raw: "", value: { kind: "blank" }, start: slot.blankAt, end: slot.blankAt };
  cell.columnKind = col.kind;
  if (col.unit) cell.columnUnit = col.unit;
  return cell;
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
  for (const i of extra) {
    const t = stream[i];
    const { run } = collectRun(stream, i, new Set(), t.end);
    run.items.forEach((v) => used.add(v));
    table.extraRows.push({ start: t.start, end: t.end, label: t.text });
  }
  const orphans = orphanValues(stream, used);
  if (orphans.length) {
    problems.push({ start: orphans[0].start, end: orphans[orphans.length - 1].end, message: `有 ${orphans.length} 个数值（${describeValues(orphans)}）没有对应的行标签` });
  }
}
