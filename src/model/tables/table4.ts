// Table 四 (行政复议、行政诉讼): one data row of 15 cells, mapped as three rows t4.1 行政复议,
// t4.2 行政诉讼/未经复议直接起诉, t4.3 行政诉讼/复议后起诉, each with columns c1–c5 (结果维持,
// 结果纠正, 其他结果, 尚未审结, 总计). Fewer than 15 values are placed from the right only over a
// tab row's empty fields (seed 004: the five 行政复议 cells are empty fields → blank); otherwise
// the row is ambiguous and no value is mapped.
import type { MappedRow, MappedTable, Span } from "../types.js";
import { layoutSpec } from "../../spec/layouts.js";
import { assignRun, type Run } from "./assign.js";
import { cellOf, describeValues, emptyTable, labelOf, orphanValues, tableSpan, unassignedOf } from "./common.js";
import type { Tok } from "./tokens.js";

const SPEC = layoutSpec("2021").t4;
const N = SPEC.groups.length * SPEC.columns.length;

export function mapTable4(stream: Tok[], all: Tok[]): MappedTable {
  const span = tableSpan(stream);
  const table = emptyTable(4, span);
  table.section = stream[0].section;
  const problems: Array<Span & { message: string }> = [];

  // Group labels, for the rows' label spans.
  const groupLabel = new Map<string, { text: string; span: Span; approximate: boolean }>();
  for (const t of stream) {
    if (t.kind !== "label" || !t.match) continue;
    const g = t.match.entries.find((e) => e.table === 4 && e.role === "t4-group");
    if (g && !groupLabel.has(g.key)) {
      const l = labelOf(all, t);
      groupLabel.set(g.key, { text: l.text, span: l.span, approximate: t.match.level !== "exact" });
    }
  }

  // The data: from the first value (with the empty fields before it in its row) to the next label.
  const first = stream.findIndex((t) => t.kind === "value");
  const used = new Set<Tok>();
  let run: Run | undefined;
  if (first >= 0) {
    let s = first;
    const f = stream[first];
    while (s > 0 && f.row >= 0 && stream[s - 1].row === f.row && stream[s - 1].kind === "empty") s--;
    const items: Tok[] = [];
    for (let q = s; q < stream.length; q++) {
      const t = stream[q];
      if (t.region !== f.region || t.kind === "label" || t.kind === "garble") break;
      if (t.kind === "value" || t.kind === "empty") items.push(t);
      else if (t.row >= 0) items.push(t); // a text cell inside a row
    }
    const trailing: Tok[] = [];
    while (items.length && items[items.length - 1].kind === "empty") trailing.unshift(items.pop()!);
    const oneRow = items.every((t) => t.row === f.row) && f.row >= 0;
    // Nothing but table tokens after the data (no heading, no sentence): the text may stop inside it.
    const lastIdx = (trailing[trailing.length - 1] ?? items[items.length - 1] ?? f).idx;
    const atEnd = !all.slice(lastIdx + 1).some((t) => t.kind === "heading" || t.kind === "prose");
    run = { items, trailing, inRow: oneRow, row: f.row, rowLen: f.rowLen, runStart: oneRow ? items[0]?.field ?? 0 : 0, anchor: f.start, atEnd };
    for (const t of [...items, ...trailing]) used.add(t);
  }

  const a = run ? assignRun(run, N, []) : undefined;
  SPEC.groups.forEach((g, gi) => {
    const official = g.parent ? `${g.parent}/${g.label}` : g.label;
    const gl = groupLabel.get(g.key);
    const row: MappedRow = {
      key: g.key,
      label: gl?.text ?? "",
      officialLabel: official,
      match: gl ? (gl.approximate ? "approximate" : "exact") : "missing-label",
      cells: [],
      start: span.start,
      end: span.start,
    };
    if (gl) row.labelSpan = gl.span;
    if (a?.ok) {
      row.cells = a.slots.slice(gi * SPEC.columns.length, (gi + 1) * SPEC.columns.length).map((s, ci) => cellOf(s, g.key, official, SPEC.columns[ci]));
      row.placement = a.placement;
      row.start = Math.min(...row.cells.map((c) => c.start));
      row.end = Math.max(...row.cells.map((c) => c.end));
    } else if (a && !a.ok) {
      row.problem = a.reason;
      if (gi === 0) row.unassigned = unassignedOf(a.values);
      // The blank cells of the one data row, told once (on the first group).
      if (gi === 0 && a.blanks) row.blankCells = a.blanks;
      row.start = run!.items[0]?.start ?? span.start;
      row.end = run!.items[run!.items.length - 1]?.end ?? span.start;
    }
    table.rows.push(row);
  });

  if (!run || !a) {
    problems.push({ ...span, message: "表四没有找到数值" });
    table.missingRows = SPEC.groups.map((g) => ({ key: g.key, officialLabel: g.parent ? `${g.parent}/${g.label}` : g.label }));
    table.rows = [];
  } else if (!a.ok) {
    problems.push({ start: table.rows[0].start, end: table.rows[0].end, message: `数据行：${a.reason}` });
  }
  const orphans = orphanValues(stream, used);
  if (orphans.length) {
    problems.push({ start: orphans[0].start, end: orphans[orphans.length - 1].end, message: `有 ${orphans.length} 个数值（${describeValues(orphans)}）不在数据行中` });
  }
  table.problems = problems;
  table.confident = problems.length === 0;
  return table;
}
