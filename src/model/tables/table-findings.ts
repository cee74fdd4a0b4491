// What is wrong with tables 二, 三 and 四 against the official format, found once per report and
// shared by the rules that report it by weight: table-structure (rows or tables missing, wrong
// labels: errors), table-label-variant (labels cut short: warnings) and table-layout-variant
// (a mixed or provincial layout: warnings). One analysis, so that one cause gives one finding.
import type { Fix } from "../../core/types.js";
import type { LayoutYear, MappedRow, MappedTable, ReportModel, Span } from "../types.js";
import { normalizeLabel } from "../normalize.js";
import { CANONICAL_HEADING, SECTIONS } from "../../spec/sections.js";
import { FORMAT_2021 } from "../../spec/format-2021.js";
import { foreignBlocks } from "./layout-blocks.js";
import { layoutForReportYear, layoutSpec } from "../../spec/layouts.js";

const NUMERAL = { 2: "二", 3: "三", 4: "四" } as const;
const WHAT = {
  2: "主动公开政府信息情况表",
  3: "收到和处理政府信息公开申请情况表",
  4: "政府信息公开行政复议、行政诉讼情况表",
} as const;

/** Table-三 rows in the official order (2021 shape; the 2019 single （六） row sits where （六） does). */
const T3_ORDER = new Map<string, number>();
FORMAT_2021.t3.rows.forEach((r, i) => T3_ORDER.set(r.key, i));
T3_ORDER.set("3.6", T3_ORDER.get("g3.6")!);

function rowOrder(table: 2 | 3 | 4, key: string): number {
  if (table === 3) return T3_ORDER.get(key) ?? -1;
  // t2.<item>.<n>, t4.<n>
  const parts = key.split(".").slice(1).map(Number);
  return parts.reduce((a, b) => a * 100 + b, 0);
}

// Pages converted to Taiwan usage by mirror sites render 文件 as 檔案 and 信息 as 資訊 (phrase-level
// conversion, beyond the character folding of normalizeLabel): the label is the official one.
const TW_PHRASES: Array<[RegExp, string]> = [
  [/檔案/g, "文件"],
  [/資訊/g, "信息"],
];
const fold = (s: string): string => TW_PHRASES.reduce((t, [re, to]) => t.replace(re, to), s);
/** A label for comparison: normalised, brackets dropped. */
const bare = (s: string): string => normalizeLabel(fold(s)).replace(/[（）]/g, "");
/** A label without a trailing bracketed note. */
const base = (s: string): string => normalizeLabel(fold(s)).replace(/（[^）]*）$/, "");
/**
 * The official label as written, or with a note in brackets added after it (spec §4: provinces
 * annotated the labels, 规章（设区的市、自治州人民政府应提供相关数据）): tolerated.
 */
function sameLabel(written: string, official: string): boolean {
  const w = normalizeLabel(fold(written));
  const o = normalizeLabel(fold(official));
  return w === o || (w.startsWith(o) && /^（[^）]*）$/.test(w.slice(o.length)));
}
/** Short form of a row label for lists: the 区分处理 note dropped. */
const short = (s: string): string => s.replace(/（区分处理.*$/, "");

function list(labels: string[]): string {
  const names = labels.map((l) => `「${short(l)}」`);
  return names.length > 6 ? `${names.slice(0, 6).join("")}等 ${names.length} 行` : names.join("");
}

/**
 * The short all-Chinese cells of a stretch of table, joined: what is left of a merged cell's text
 * flattened into later rows ("处理" after "（五）不予"). Row labels (1.…, （一）…) and values are not.
 */
function fragments(region: string): string {
  return region
    .split(/[\t\r\n|｜]+/)
    .map((c) => c.replace(/[\s\u3000\u00a0]+/g, ""))
    .filter((c) => /^[\u3400-\u9fff]{1,8}$/.test(c))
    .map((c) => bare(c))
    .join("");
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}


/** One finding, with the messageId of the rule that reports it. */
export interface TableFinding {
  messageId: string;
  data?: Record<string, string | number>;
  loc: Span;
  fix?: Fix;
}

/** The messageIds of each rule, so that every finding has exactly one owner. */
export const TABLE_FINDINGS = {
  "table-structure": ["missingRows", "truncated", "endsInTable", "wrongLabel", "wrongHeader", "rowValues", "rowNoValues", "missingTable", "tableProblem", "notRecognised"],
  "table-label-variant": ["truncatedLabel", "truncatedHeader"],
  "table-layout-variant": ["extraRow", "mixedLayout", "mixedLayoutTie", "sixSingleRow", "sixSubRows", "noHeader", "valuesWithoutLabel"],
} as const;

const cache = new WeakMap<ReportModel, Map<boolean, TableFinding[]>>();

/**
 * Every table finding of the report. `reportTruncatedAtEnd`: also judge a table cut off by the end
 * of the text (a saved page or PDF excerpt usually is). Computed once per model and setting.
 */
export function tableFindings(model: ReportModel, reportTruncatedAtEnd = false): TableFinding[] {
  let byOption = cache.get(model);
  if (!byOption) cache.set(model, (byOption = new Map()));
  const known = byOption.get(reportTruncatedAtEnd);
  if (known) return known;
  const out: TableFinding[] = [];
  // The official layouts apply from the 2019 reports on; older reports had no such tables.
  if (!(model.year && model.year.value < 2019)) {
    const tables = [model.tables.t2, model.tables.t3, model.tables.t4].filter((t): t is MappedTable => t !== undefined);
    // The mixture first: its label is not reported again as a wrong row label.
    const mixedAt = checkLayouts(out, model);
    for (const t of tables) checkTable(out, model, t, !reportTruncatedAtEnd && endsText(model.text, t.end), mixedAt);
    checkUnmapped(out, model, tables);
  }
  byOption.set(reportTruncatedAtEnd, out);
  return out;
}

/**
 * True when table-structure reports the section at this heading as having no table: an empty section
 * 二, 三 or 四 is then that one finding (an error), not also an empty section (no-empty-section).
 */
export function missingTableAt(model: ReportModel, heading: Span): boolean {
  return tableFindings(model).some((f) => f.messageId === "missingTable" && f.loc.start === heading.start && f.loc.end === heading.end);
}

/**
 * The sections after table N's own that a text ending inside that table does not have: what follows
 * from the text stopping there, said in the same finding (required-sections is silent on a text that
 * stops early).
 */
function sectionsAfter(model: ReportModel, table: 2 | 3 | 4): { after: string; afterEn: string } {
  const present = new Set(model.sections.map((s) => s.number));
  const missing = SECTIONS.slice(table).filter((s) => !present.has(s.number));
  if (!missing.length) return { after: "", afterEn: "" };
  const zh = missing.map((s) => s.numeral).join("、");
  return { after: `；其后的第${zh}部分也不在文本中`, afterEn: `; section(s) ${zh} after it are not in the text either` };
}

/** Nothing of the report after `offset`: the text (a saved page, an excerpt) ends there. */
function endsText(text: string, offset: number): boolean {
  return !/[\u3400-\u9fff0-9０-９]/.test(text.slice(offset));
}

function checkTable(out: TableFinding[], model: ReportModel, t: MappedTable, atEnd: boolean, mixedAt: Span | undefined): void {
  const table = NUMERAL[t.table];
  const rows = [...t.rows].sort((a, b) => a.start - b.start);
  const lastRow = rows[rows.length - 1];
  // What the end of the text cut off is no defect of the report: the last row and what follows it.
  const cutByEnd = (span: Span): boolean => atEnd && (!lastRow || span.start >= lastRow.start);

  const order = (k: string) => rowOrder(t.table, k);
  // A label the recognizer left unmatched that begins the official label of a row missing at that
  // very place ("（二）部分公开" for 3.2): that row with its label cut short, not an extra row and a
  // missing one.
  const missingRows = [...t.missingRows];
  const extraRows = [...t.extraRows];
  const cutShort: Array<{ label: string; officialLabel: string; span: Span }> = [];
  for (const x of t.extraRows) {
    const w = bare(x.label);
    if (w.length < 4) continue;
    const prev = [...rows].reverse().find((r) => r.start < x.start);
    const next = rows.find((r) => r.start > x.start);
    const i = missingRows.findIndex(
      (m) => bare(m.officialLabel).startsWith(w) && (!prev || order(prev.key) < order(m.key)) && (!next || order(m.key) < order(next.key)),
    );
    if (i < 0) continue;
    cutShort.push({ label: x.label, officialLabel: missingRows[i].officialLabel, span: { start: x.start, end: x.end } });
    missingRows.splice(i, 1);
    extraRows.splice(extraRows.indexOf(x), 1);
  }

  // Missing rows, at their place: before the next row found, or where the table stops. The row
  // the table stops at is reported once, with the truncation (one cause, one finding).
  let stop: { row: MappedRow; finding: TableFinding } | undefined;
  if (missingRows.length && rows.length) {
    const found = [...t.rows].sort((a, b) => order(a.key) - order(b.key));
    const missing = [...missingRows].sort((a, b) => order(a.key) - order(b.key));
    let group: typeof missing = [];
    const flush = (next: MappedRow | undefined) => {
      if (!group.length) return;
      const labels = group.map((m) => m.officialLabel);
      if (next) {
        out.push({ messageId: "missingRows", data: { table, rows: list(labels), next: short(next.officialLabel) }, loc: next.labelSpan ?? next });
      } else if (!atEnd) {
        const last = found[found.length - 1];
        const ends = endsText(model.text, t.end);
        const finding: TableFinding = {
          messageId: ends ? "endsInTable" : "truncated",
          data: { table, last: short(last.officialLabel), count: labels.length, rows: list(labels), lastRow: "", lastRowEn: "", ...(ends ? sectionsAfter(model, t.table) : {}) },
          loc: { start: (last.labelSpan ?? last).start, end: Math.max(last.end, (last.labelSpan ?? last).end) },
        };
        out.push(finding);
        stop = { row: last, finding };
      }
      group = [];
    };
    // Walk the official order: a run of missing rows ends at the next row found.
    const walk = [...missing.map((m) => ({ key: m.key, m })), ...found.map((r) => ({ key: r.key, r }))].sort((a, b) => order(a.key) - order(b.key));
    for (const step of walk) {
      if ("m" in step && step.m) group.push(step.m);
      else if ("r" in step) flush(step.r);
    }
    flush(undefined);
  }

  // Labels that match only approximately.
  const labelled: Array<{ label: string; officialLabel: string; span: Span }> = [...cutShort];
  for (const r of t.rows) if (r.match === "approximate" && r.labelSpan) labelled.push({ label: r.label, officialLabel: r.officialLabel, span: r.labelSpan });
  for (const g of t.groups ?? []) if (g.match === "approximate") labelled.push({ label: g.label, officialLabel: g.officialLabel, span: g });
  const groups = [...(t.groups ?? [])].sort((a, b) => a.start - b.start);
  for (const l of labelled) {
    if (cutByEnd(l.span)) continue;
    if (mixedAt && overlaps(mixedAt, l.span)) continue;
    // The official label with a note in brackets added (规章（设区的市…）): tolerated, spec §4.
    if (sameLabel(l.label, l.officialLabel)) continue;
    const w = bare(l.label);
    const o = bare(l.officialLabel);
    const truncated = w.length < o.length && o.startsWith(w);
    const group = groups.find((g) => g.start === l.span.start && g.end === l.span.end);
    if (group && truncated) {
      // A group label is a merged cell spanning rows: flattened, its text may continue in a later
      // row ("(五) 不予" … "处理", spec §8d), or in rows the cut-off table no longer has.
      const next = groups.find((g) => g.start > group.start);
      if (fragments(model.text.slice(group.end, next ? next.start : t.end)).includes(o.slice(w.length))) continue;
      if (!next && t.truncated) continue;
    }
    const fix = truncated ? labelFix(model.text, l.span, l.officialLabel) : undefined;
    out.push({ messageId: truncated ? "truncatedLabel" : "wrongLabel", data: { table, written: l.label, official: l.officialLabel }, loc: l.span, ...(fix ? { fix } : {}) });
  }

  // Rows whose values cannot be put in columns (table 四: one data row, reported once).
  // A row written one cell per line with fewer values than columns and nothing else has blank
  // cells: numeric-cell's finding, not a structure problem.
  const problemRows = t.table === 4 ? rows.filter((r) => r.problem).slice(0, 1).filter((r) => !r.blankCells) : rows.filter((r) => r.problem && !r.blankCells);
  for (const r of problemRows) {
    if (cutByEnd(r)) continue;
    const label = t.table === 4 ? "数据行" : short(r.officialLabel);
    const loc = { start: r.start, end: Math.max(r.end, r.start) };
    if (stop && r === stop.row) {
      // The last row before the break is incomplete as well: said in the truncation's message.
      stop.finding.data = {
        ...stop.finding.data,
        lastRow: r.unassigned?.length ? `；该行本身也不完整：${r.problem}` : "；该行没有数值",
        lastRowEn: r.unassigned?.length ? `; that row is incomplete too (${r.unassigned.length} value(s) for its columns)` : "; that row has no values",
      };
      stop.finding.loc = { start: Math.min(stop.finding.loc.start, loc.start), end: Math.max(stop.finding.loc.end, loc.end) };
      continue;
    }
    if (r.unassigned?.length) {
      const columns = t.table === 3 ? 7 : t.table === 4 ? 15 : table2Columns(model, r.key);
      out.push({ messageId: "rowValues", data: { table, label, reason: r.problem!, count: r.unassigned.length, columns }, loc });
    } else out.push({ messageId: "rowNoValues", data: { table, label }, loc: r.labelSpan ?? loc });
  }

  // Rows the format does not have.
  for (const x of extraRows) if (!cutByEnd(x)) out.push({ messageId: "extraRow", data: { table, label: x.label }, loc: x });

  // Table 四 with no legible header at all (the group labels were not found anywhere in it).
  if (t.table === 4 && rows.length && rows.every((r) => r.match === "missing-label")) {
    const head = normalizeLabel(model.text.slice(t.start, t.end));
    if (!head.includes("行政复议") && !head.includes("行政诉讼")) {
      const firstValue = Math.min(...rows.map((r) => r.start));
      const end = t.start + model.text.slice(t.start, firstValue).trimEnd().length;
      out.push({ messageId: "noHeader", loc: end > t.start ? { start: t.start, end } : t });
    }
  }

  if (t.table === 2) checkHeaders(out, model, t, atEnd);

  // Whatever else the recognizer found (a repeated row, values without a row label, …).
  for (const p of t.problems) {
    if (t.rows.some((r) => r.problem && r.start === p.start && r.end === p.end)) continue;
    if (t.rows.some((r) => r.blankCells && p.start >= r.start && p.end <= r.end)) continue;
    if (t.table === 4 && rows.length && rows[0].problem && p.start === rows[0].start) continue;
    const missingSummary = t.missingRows.length > 0 && rows.length > 0 && p.end === t.end && (p.start === t.start || (lastRow !== undefined && p.start >= lastRow.start));
    if (missingSummary) continue;
    if (cutByEnd(p) || (atEnd && !rows.length)) continue;
    // Values without a row label are a warning in the spec. The recognizer's problems carry no code
    // yet, so its wording tells them apart; any other problem is reported as it is worded.
    const unlabelled = /没有(?:对应的)?行标签/.test(p.message);
    out.push({ messageId: unlabelled ? "valuesWithoutLabel" : "tableProblem", data: { table, problem: p.message }, loc: p });
  }
}

/** Number of columns of a table-二 row's block in the report's layout. */
function table2Columns(model: ReportModel, key: string): number {
  const item = Number(key.split(".")[1]);
  const layout: LayoutYear = model.layout !== "unknown" ? model.layout : "2021";
  return layoutSpec(layout).t2.blocks.find((b) => b.item === item)?.columns.length ?? 0;
}

/** Table 二 column labels of a layout that begin with a (bare) written label. */
function columnsStartingWith(layout: LayoutYear, written: string): string[] {
  const labels = new Set(layoutSpec(layout).t2.blocks.flatMap((b) => b.columns.map((c) => c.label)));
  return [...labels].filter((l) => bare(l).startsWith(written));
}

/**
 * The fix of a label cut short: the official label in its place. Only for a label written on one
 * line, whose text is the label found (not a cell joined from pieces of several lines).
 */
function labelFix(text: string, span: Span, official: string): Fix | undefined {
  const written = text.slice(span.start, span.end);
  if (/[\r\n\t|｜]/.test(written) || !written.trim()) return undefined;
  return { range: [span.start, span.end], text: official };
}

/** Table 二's column labels as written, against the official ones (spec §4 tolerates notes in brackets). */
function checkHeaders(out: TableFinding[], model: ReportModel, t: MappedTable, atEnd: boolean): void {
  const text = model.text;
  const rowSpans = [...t.rows.map((r) => r.labelSpan).filter((s): s is Span => !!s), ...t.extraRows];
  const rowsByStart = [...t.rows].sort((a, b) => a.start - b.start);
  const lastRow = rowsByStart[rowsByStart.length - 1];
  const titles = new Set([...layoutSpec("2019").t2.blocks, ...layoutSpec("2021").t2.blocks].map((b) => base(b.title)));
  const headers = t.layoutMarkers
    .filter((m) => !rowSpans.some((s) => overlaps(s, m)) && !titles.has(base(m.label)))
    .sort((a, b) => a.start - b.start);
  // Group the header cells by block: the block of the next row found after them.
  const byItem = new Map<number, typeof headers>();
  for (const h of headers) {
    const next = rowsByStart.find((r) => r.start > h.start);
    if (!next) continue; // after the last row: a header cut off by the end, or a block without rows
    const item = Number(next.key.split(".")[1]);
    byItem.set(item, [...(byItem.get(item) ?? []), h]);
  }
  for (const [item, cells] of byItem) {
    const spec = layoutSpec(cells[0].layout).t2.blocks.find((b) => b.item === item);
    const positional = spec && cells.length === spec.columns.length && cells.every((c) => c.layout === cells[0].layout);
    cells.forEach((c, i) => {
      if (atEnd && lastRow && c.start > lastRow.start) return;
      const official = positional ? spec!.columns[i].label : c.label;
      const written = text.slice(c.start, c.end);
      if (sameLabel(written, official)) return;
      const w = bare(written);
      const o = bare(official);
      const truncated = w.length < o.length && o.startsWith(w);
      // The official label is certain when the block's cells map one to one onto its columns, or
      // when only one column of the format begins with what is written (本年新 could be two).
      const certain = positional || columnsStartingWith(cells[0].layout, w).length === 1;
      const fix = truncated && certain ? labelFix(text, c, official) : undefined;
      out.push({ messageId: truncated ? "truncatedHeader" : "wrongHeader", data: { written: written.replace(/\s+/g, ""), official }, loc: c, ...(fix ? { fix } : {}) });
    });
  }
}

/**
 * Table 二 mixing the two formats; table 三's （六） in the other format's shape. Returns where the
 * mixture was reported.
 */
function checkLayouts(out: TableFinding[], model: ReportModel): Span | undefined {
  let mixedAt: Span | undefined;
  const t2 = model.tables.t2;
  if (t2) {
    // A whole block of the other format in a table of the report year's format is format-version's
    // finding (one cause, one finding): its labels are no mixture here.
    const foreign = foreignBlocks(model);
    const own = t2.layoutMarkers.filter((m) => !foreign.some((b) => b.markers.includes(m)));
    const n19 = own.filter((m) => m.layout === "2019");
    const n21 = own.filter((m) => m.layout === "2021");
    if (n19.length && n21.length) {
      const byStart = (a: Span, b: Span) => a.start - b.start;
      if (n19.length === n21.length) {
        const first = [...n19, ...n21].sort(byStart)[0];
        out.push({ messageId: "mixedLayoutTie", data: { count: n19.length }, loc: first });
        mixedAt = first;
      } else {
        const [minority, majority] = n19.length < n21.length ? [n19, n21] : [n21, n19];
        const m = [...minority].sort(byStart)[0];
        const minorityYear = m.layout;
        const majorityYear: LayoutYear = minorityYear === "2019" ? "2021" : "2019";
        out.push({
          messageId: "mixedLayout",
          data: { label: m.label, minority: minorityYear, minorityNotice: layoutSpec(minorityYear).notice, majority: majorityYear, majorityCount: majority.length },
          loc: m,
        });
        mixedAt = m;
      }
    }
  }
  const t3 = model.tables.t3;
  if (!t3 || t3.layout === "unknown") return mixedAt;
  // The format that applies: the report year's, else (no year) the one table 二 follows.
  const byYear = model.year ? layoutForReportYear(model.year.value)?.year : undefined;
  const reference: LayoutYear | undefined = byYear ?? (model.layout !== "unknown" ? model.layout : undefined);
  if (!reference || reference === t3.layout) return mixedAt;
  if (t3.layout === "2019") {
    const six = t3.rows.find((r) => r.key === "3.6");
    if (six) out.push({ messageId: "sixSingleRow", data: { layout: reference }, loc: six.labelSpan ?? six });
  } else {
    const six = t3.groups?.find((g) => g.key === "g3.6") ?? t3.rows.find((r) => r.key.startsWith("3.6."));
    if (six) out.push({ messageId: "sixSubRows", data: { layout: reference }, loc: "labelSpan" in six && six.labelSpan ? six.labelSpan : six });
  }
  return mixedAt;
}

/** Header cells each table prints (in both formats): their presence without values is a header alone. */
const HEADER_WORDS = { 2: ["信息内容"], 3: ["申请人情况", "自然人"], 4: ["结果维持", "尚未审结"] } as const;

/** Tables the recognizer could not map at all, and sections 二–四 with no table. */
function checkUnmapped(out: TableFinding[], model: ReportModel, tables: MappedTable[]): void {
  for (const note of model.notes) {
    if (note.code !== "table-not-recognised") continue;
    const own = tables.find((t) => t.start === note.start && t.end === note.end);
    if (own) continue; // a partly mapped table: its problems are reported one by one above
    const n = /表([二三四])/.exec(note.message)?.[1] ?? "";
    out.push({ messageId: "notRecognised", data: { message: note.message, table: n }, loc: note });
  }
  for (const n of [2, 3, 4] as const) {
    if (model.tables[`t${n}`]) continue;
    const section = model.sections.find((s) => s.number === n);
    if (!section) continue;
    // The section must be whole (another section follows it) and hold no unrecognised values.
    if (!model.sections.some((s) => s.heading.start > section.heading.start)) continue;
    if (model.notes.some((x) => x.start >= section.body.start && x.start < section.body.end)) continue;
    const spec = SECTIONS[n - 1];
    // The table's header without a single value: the same finding, said as it is.
    const body = normalizeLabel(model.text.slice(section.body.start, section.body.end));
    const headerOnly = HEADER_WORDS[n].every((w) => body.includes(w));
    out.push({
      messageId: "missingTable",
      data: { numeral: spec.numeral, heading: section.heading.text || CANONICAL_HEADING(spec), table: NUMERAL[n], what: WHAT[n], headerOnly: headerOnly ? "：只有表头，没有数值" : "", headerOnlyEn: headerOnly ? " (only its header, no values)" : "" },
      loc: section.heading,
    });
  }
}
