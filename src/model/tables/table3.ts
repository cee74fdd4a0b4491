// Table 三 (收到和处理政府信息公开申请情况): 7 columns c1–c7; rows keyed as in the spec's YAML.
// （六）其他处理 is a group with sub-rows 3.6.1–3.6.3 in 2021 and a data row 3.6 in 2019: which one a
// report wrote is read from the report (sub-rows present or not), whatever table 二 says.
import type { LayoutYear, MappedGroup, MappedRow, MappedTable, Span } from "../types.js";
import { layoutSpec, table3DataRows, type ColumnSpec } from "../../spec/layouts.js";
import { assignAll, fullRowOf, trimOverfullRun, type FullRow, type Run } from "./assign.js";
import { cellOf, claimUnlabelledRows, describeValues, emptyTable, labelOf, orphanValues, recordExtraRows, reportOrphans, rowSpan, tableSpan, unassignedOf } from "./common.js";
import type { LabelEntry } from "./labels.js";
import { collectRun, extraRowLabels } from "./segment.js";
import type { Tok } from "./tokens.js";

const COLUMNS: ColumnSpec[] = layoutSpec("2021").t3.columns;

/** Every table-三 key in document order, both shapes of （六） included. */
const ORDER: string[] = (() => {
  const keys = layoutSpec("2021").t3.rows.map((r) => r.key);
  keys.splice(keys.indexOf("g3.6") + 1, 0, "3.6");
  return keys;
})();
const ORDER_INDEX = new Map(ORDER.map((k, i) => [k, i]));

const OFFICIAL = new Map<string, string>();
for (const y of ["2019", "2021"] as const) for (const r of layoutSpec(y).t3.rows) OFFICIAL.set(r.key, r.label);

interface Event {
  p: number;
  tok: Tok;
  key: string;
  approximate: boolean;
}

function chooseKey(cands: LabelEntry[], last: number): string {
  const keys = [...new Set(cands.map((c) => c.key))];
  if (keys.includes("3.6") && keys.includes("g3.6")) return "six";
  keys.sort((a, b) => ORDER_INDEX.get(a)! - ORDER_INDEX.get(b)!);
  return keys.find((k) => ORDER_INDEX.get(k)! > last) ?? keys[0];
}

export function mapTable3(stream: Tok[], all: Tok[], reportLayout: LayoutYear | "unknown"): MappedTable {
  const span = tableSpan(stream);
  const table = emptyTable(3, span);
  table.section = stream[0].section;
  const extra = extraRowLabels(stream);

  const events: Event[] = [];
  let last = -1;
  stream.forEach((tok, p) => {
    if (tok.kind !== "label" || !tok.match) return;
    const cands = tok.match.entries.filter((e) => e.table === 3 && (e.role === "t3-row" || e.role === "t3-group"));
    if (!cands.length) return;
    const key = chooseKey(cands, last);
    last = ORDER_INDEX.get(key === "six" ? "g3.6" : key)!;
    events.push({ p, tok, key, approximate: tok.match.level !== "exact" });
  });
  const has36x = events.some((e) => e.key.startsWith("3.6."));

  const used = new Set<Tok>();
  const problems: Array<Span & { message: string }> = [];
  const groups: MappedGroup[] = [];
  const data: Array<{ ev: Event; key: string; run: Run }> = [];
  const afterGroup: Array<{ span: Span; key: string; vals: Tok[] }> = [];
  const seen = new Set<string>();

  for (const ev of events) {
    const label = labelOf(all, ev.tok);
    const { run } = collectRun(stream, ev.p, extra, label.span.end);
    let key = ev.key;
    if (key === "six") key = has36x ? "g3.6" : "3.6";
    if (key.startsWith("g")) {
      groups.push({ key, label: label.text, officialLabel: OFFICIAL.get(key)!, match: ev.approximate ? "approximate" : "exact", ...label.span });
      // Values after a group label: the first sub-row's label is missing (claimed below), or not.
      const vals = run.items.filter((t) => t.kind === "value");
      if (vals.length) afterGroup.push({ span: label.span, key, vals });
      continue;
    }
    if (seen.has(key)) {
      run.items.forEach((v) => used.add(v));
      problems.push({ ...label.span, message: `「${OFFICIAL.get(key)}」行重复出现，第二次出现的数值未使用` });
      continue;
    }
    seen.add(key);
    data.push({ ev, key, run });
  }

  // A row written one cell per line that runs on into rows whose labels (and group label) are
  // missing: exactly 7 × (1 + m) values, the m official rows after it not found. One cell per line
  // keeps the reading order, so its own values are the first 7; the rest are claimed below as
  // values without row labels.
  const dataKeys = table3DataRows(has36x ? "2021" : seen.has("3.6") ? "2019" : reportLayout !== "unknown" ? reportLayout : "2021").map((r) => r.key);
  for (const d of data) {
    let following = 0;
    for (let i = dataKeys.indexOf(d.key) + 1; i > 0 && i < dataKeys.length && !seen.has(dataKeys[i]); i++) following++;
    trimOverfullRun(d.run, 7, following);
  }

  const full: FullRow[] = data.map((d) => fullRowOf(d.run, 7)).filter((f): f is FullRow => !!f);
  const assigned = assignAll(data.map((d) => ({ run: d.run, n: 7 })), full);
  for (const [i, { ev, key, run }] of data.entries()) {
    const label = labelOf(all, ev.tok);
    const official = OFFICIAL.get(key)!;
    const row: MappedRow = {
      key,
      label: label.text,
      labelSpan: label.span,
      officialLabel: official,
      match: ev.approximate ? "approximate" : "exact",
      cells: [],
      start: 0,
      end: 0,
    };
    const a = assigned[i];
    for (const t of [...run.items, ...run.trailing]) used.add(t);
    if (a.ok) {
      row.cells = a.slots.map((s, i) => cellOf(s, key, official, COLUMNS[i]));
      row.placement = a.placement;
    } else {
      row.problem = a.reason;
      row.unassigned = unassignedOf(a.values);
      if (a.blanks) row.blankCells = a.blanks;
    }
    Object.assign(row, rowSpan(row, label.span));
    if (row.problem) problems.push({ start: row.start, end: row.end, message: `「${official}」行：${row.problem}` });
    table.rows.push(row);
  }

  // Local rows (a text cell followed by values): reported, not mapped.
  recordExtraRows(stream, extra, used, table);

  const mapped = new Set(table.rows.map((r) => r.key));
  table.layout = has36x ? "2021" : mapped.has("3.6") ? "2019" : "unknown";
  const shape: LayoutYear = table.layout !== "unknown" ? table.layout : reportLayout !== "unknown" ? reportLayout : "2021";
  const expected = table3DataRows(shape);
  table.missingRows = expected.filter((r) => !mapped.has(r.key)).map((r) => ({ key: r.key, officialLabel: r.label }));
  // Missing rows whose values are there without their labels: one problem each run, not missing.
  table.missingRows = claimUnlabelledRows({
    missing: table.missingRows,
    found: table.rows,
    order: (k) => ORDER_INDEX.get(k)!,
    columns: () => 7,
    block: () => "t3",
    values: orphanValues(stream, used),
    used,
    problems,
  });
  for (const g of afterGroup) {
    const vals = g.vals.filter((v) => !used.has(v));
    if (!vals.length) continue;
    vals.forEach((v) => used.add(v));
    problems.push({ ...g.span, message: `「${OFFICIAL.get(g.key)}」是分组标签，其后的 ${vals.length} 个数值（${describeValues(vals)}）没有行标签` });
  }
  reportOrphans(stream, used, problems);
  if (table.missingRows.length) {
    const lastFound = Math.max(-1, ...table.rows.map((r) => ORDER_INDEX.get(r.key)!));
    const truncated = table.rows.length > 0 && table.missingRows.every((m) => ORDER_INDEX.get(m.key)! > lastFound);
    table.truncated = truncated;
    const names = table.missingRows.map((m) => m.officialLabel.replace(/（区分处理.*$/, ""));
    const list = names.length > 6 ? `${names.slice(0, 6).join("、")} 等` : names.join("、");
    const lastRow = table.rows[table.rows.length - 1];
    problems.push({
      ...(truncated && lastRow ? { start: lastRow.end, end: span.end } : span),
      message: truncated && lastRow ? `表格在「${lastRow.officialLabel.replace(/（区分处理.*$/, "")}」之后中断，缺少 ${names.length} 行：${list}` : `缺少 ${names.length} 行：${list}`,
    });
  }
  table.groups = groups;
  table.problems = problems;
  table.confident = problems.length === 0;
  return table;
}
