// What is wrong with the cells of tables 二, 三 and 四 (spec §6), found once and shared by the rules
// that report it by weight: cell-value (a value that cannot be right: negative, a decimal count, 元
// in the 万元 column, text — errors) and numeric-cell (a cell written against the format: blank, 无,
// "/", a measure word, a sign word — warnings).
import type { Fix, Locale } from "../../core/types.js";
import type { CellValue, MappedCell, MappedRow, MappedTable, ReportModel, Span } from "../types.js";
import { MEASURE_WORDS, MONEY_UNITS } from "./values.js";

/** One finding, with the messageId of the rule that reports it. */
export interface CellFinding {
  messageId: string;
  data?: Record<string, string | number>;
  loc: Span;
  fix?: Fix;
}

/** The messageIds of each rule, so that every finding has exactly one owner. */
export const CELL_FINDINGS = {
  "cell-value": ["text", "negative", "negativeMoney", "decimal", "signInCount", "unitInCount", "yuanInWan", "notMoney"],
  "numeric-cell": ["emptyTable", "blank", "none", "na", "moneyNoUnit", "signWord", "measureWord", "redundantWan"],
} as const;

const DEFAULTS: CellOptions = { reportBlank: true, reportMinor: false, fixEmptyAsZero: false };
const cache = new WeakMap<ReportModel, Map<string, CellFinding[]>>();

/**
 * Every cell finding of the report's tables (the data of messages is in the given locale). Computed
 * once per model, locale and options: both cell rules read it.
 */
export function cellFindings(model: ReportModel, locale: Locale, options: CellOptions = DEFAULTS): CellFinding[] {
  const key = `${locale} ${Boolean(options.reportBlank)} ${Boolean(options.reportMinor)} ${Boolean(options.fixEmptyAsZero)}`;
  let byKey = cache.get(model);
  if (!byKey) cache.set(model, (byKey = new Map()));
  const known = byKey.get(key);
  if (known) return known;
  const out: CellFinding[] = [];
  const { t2, t3, t4 } = model.tables;
  for (const t of [t2, t3, t4]) if (t) checkTable(out, model.text, locale, t, options);
  byKey.set(key, out);
  return out;
}

interface Item {
  start: number;
  end: number;
  raw: string;
  value: CellValue;
  kind: "count" | "signed" | "money";
  unit?: string;
  col?: string;
}

export interface CellOptions {
  reportBlank: boolean;
  reportMinor: boolean;
  fixEmptyAsZero: boolean;
}

const TABLE_NAME: Record<number, { zh: string; en: string }> = { 2: { zh: "表二", en: "Table 二" }, 3: { zh: "表三", en: "Table 三" }, 4: { zh: "表四", en: "Table 四" } };

function shortLabel(label: string): string {
  return label.replace(/（区分处理.*$/, "");
}

function fmt(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

const isEmptyKind = (v: CellValue) => v.kind === "blank" || v.kind === "none" || v.kind === "na";

function checkTable(out: CellFinding[], text: string, locale: Locale, t: MappedTable, options: CellOptions): void {
  // A table with no number at all (every cell blank, 无 or n/a): one finding for the table.
  const cells = t.rows.flatMap((r) => r.cells);
  const unassigned = t.rows.some((r) => r.cells.length === 0 && r.unassigned?.length);
  if (cells.length > 1 && !unassigned && cells.every((c) => isEmptyKind(c.value)) && (options.reportBlank || cells.every((c) => c.value.kind !== "blank"))) {
    const counts = { blank: 0, none: 0, na: 0 } as Record<string, number>;
    for (const c of cells) counts[c.value.kind]++;
    const parts = locale === "en" ? { blank: "blank", none: "\"无\"", na: "\"/\" or similar" } : { blank: "空白", none: "「无」", na: "「/」等" };
    const detail = (["blank", "none", "na"] as const)
      .filter((k) => counts[k])
      .map((k) => (locale === "en" ? `${counts[k]} ${parts[k]}` : `${parts[k]}${parts[k].endsWith("」") ? "" : " "}${counts[k]} 个`))
      .join(locale === "en" ? ", " : "、");
    const fix = options.fixEmptyAsZero ? zeroFix(cells.map(itemOf), text) : undefined;
    out.push(
      {
        messageId: "emptyTable",
        data: { table: TABLE_NAME[t.table][locale], count: cells.length, detail },
        loc: { start: Math.min(...cells.map((c) => c.start)), end: Math.max(...cells.map((c) => c.end)) },
        ...(fix ? { fix } : {}),
      },
    );
    return;
  }
  for (const row of t.rows) {
    // A row of plain counts (0, 12) has nothing to report: skipped before its names are built.
    if (row.cells.length && row.cells.every(isPlainCount)) continue;
    const rowName = rowNameOf(t, row, locale);
    // Cells the row lacks where the flattening cannot show which (one cell per line): blank ones.
    if (!row.cells.length && row.blankCells && options.reportBlank && row.unassigned?.length) {
      const vals = row.unassigned;
      out.push({
        messageId: "blank",
        // Table 四's 15 cells are one data row: which group lacks a cell is unknown too.
        data: { row: t.table === 4 ? TABLE_NAME[4][locale] : rowName, count: row.blankCells, cols: locale === "en" ? "columns unknown" : "所在列无法确定" },
        loc: { start: vals[0].start, end: vals[vals.length - 1].end },
      });
    }
    let items: Item[];
    if (row.cells.length) {
      items = row.cells.map(itemOf);
    } else if (row.unassigned && t.table !== 2) {
      // Not assigned to columns, but every column of tables 三 and 四 is a count.
      items = row.unassigned.filter((u) => u.value.kind !== "text").map((u) => ({ ...u, kind: "count" as const }));
    } else continue;
    const assigned = row.cells.length > 0;
    const cellName = (it: Item) => (it.col ? (locale === "en" ? `${rowName}, column ${it.col}` : `${rowName}「${it.col}」`) : rowName);

    // Blank, 无 and n/a cells: one finding per row and kind, and one fix for all of them.
    const empties = items.filter((it) => isEmptyKind(it.value));
    const reported = empties.filter((it) => it.value.kind !== "blank" || (options.reportBlank && assigned));
    let fix: Fix | undefined = options.fixEmptyAsZero ? zeroFix(reported, text) : undefined;
    for (const kind of ["blank", "none", "na"] as const) {
      const group = reported.filter((it) => it.value.kind === kind);
      if (!group.length) continue;
      const all = assigned && group.length === items.length && items.length > 1;
      const cols = all ? (locale === "en" ? "the whole row" : "整行") : group.map((it) => it.col ?? "").filter(Boolean).join("、") || (locale === "en" ? "columns unknown" : "所在列无法确定");
      const text = kind === "na" ? [...new Set(group.map((it) => (it.value as { text: string }).text))].join("」「") : "";
      out.push({
        messageId: kind,
        data: { row: rowName, count: group.length, cols, text },
        loc: { start: group[0].start, end: group[group.length - 1].end },
        ...(fix ? { fix } : {}),
      });
      fix = undefined;
    }

    for (const it of items) {
      if (it.value.kind === "text") {
        out.push({ messageId: "text", data: { cell: cellName(it), raw: it.raw }, loc: it });
        continue;
      }
      if (it.value.kind !== "number") continue;
      checkNumber(out, it, it.value, cellName(it), options);
    }
  }
}

function checkNumber(out: CellFinding[], it: Item, v: Extract<CellValue, { kind: "number" }>, cell: string, options: CellOptions): void {
  const raw = it.raw.trim();
  const abs = fmt(Math.abs(v.value));
  const unit = v.unit;
  const report = (messageId: string, data: Record<string, string | number> = {}, fixed?: string): void => {
    out.push({ messageId, data: { cell, raw, ...data }, loc: it, ...(fixed !== undefined ? { fix: { range: [it.start, it.end], text: fixed } } : {}) });
  };

  if (it.kind === "money") {
    if (v.value < 0) return report("negativeMoney");
    if (unit && !MONEY_UNITS.has(unit)) return report("notMoney", { unit });
    if (it.unit === "万元") {
      // 2021 本年收费金额（单位：万元）: a bare number is right.
      if (unit === "元") return report("yuanInWan", { wan: `${fmt(v.value / 10000)}` });
      if (unit && options.reportMinor) return report("redundantWan", { fixed: abs }, abs);
      return;
    }
    // 2019 采购总金额: the header prints no unit, the cell must (0 needs none).
    if (!unit && v.value !== 0) report("moneyNoUnit");
    return;
  }
  if (unit && MONEY_UNITS.has(unit)) return report("unitInCount", { unit });
  if (!Number.isInteger(v.value)) return report("decimal");
  if (it.kind === "signed") {
    if (v.signWord) {
      const fixed = v.value < 0 ? `-${abs}` : `+${abs}`;
      return report("signWord", { fixed }, fixed);
    }
  } else {
    if (v.value < 0) return report("negative");
    if (v.signWord || /^[+＋]/.test(raw)) return report("signInCount", { fixed: abs }, abs);
  }
  // A measure word (6件) says nothing wrong about the count: a hint in the spec, with its fix.
  if (unit) {
    const fixed = v.value < 0 ? `-${abs}` : /^[+＋]/.test(raw) ? `+${abs}` : abs;
    report("measureWord", { fixed }, fixed);
  }
}

function itemOf(c: MappedCell): Item {
  return { start: c.start, end: c.end, raw: c.raw, value: c.value, kind: c.columnKind ?? "count", unit: c.columnUnit, col: c.colLabel };
}

function rowNameOf(t: MappedTable, row: MappedRow, locale: Locale): string {
  const label = shortLabel(row.officialLabel);
  return locale === "en" ? `${TABLE_NAME[t.table].en}, row "${label}"` : `${TABLE_NAME[t.table].zh}「${label}」行`;
}

/**
 * One fix writing 0 into every blank / 无 / n/a cell of a row: a single replacement from the first
 * to the last of them (the text between kept as written), so the row's fixes never overlap.
 * Blank cells that share a position (a row with no cells at all, one cell per line) cannot be
 * told apart: no fix then.
 */
function zeroFix(items: Item[], text: string): Fix | undefined {
  if (!items.length) return undefined;
  const sorted = [...items].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) if (sorted[i].start < sorted[i - 1].end || (sorted[i].start === sorted[i - 1].start)) return undefined;
  const start = sorted[0].start;
  const end = sorted[sorted.length - 1].end;
  let out = "";
  let cursor = start;
  for (const it of sorted) {
    out += text.slice(cursor, it.start) + "0";
    cursor = it.end;
  }
  out += text.slice(cursor, end);
  return { range: [start, end], text: out };
}

/** A cell the number checks find nothing in: a whole number ≥ 0, no unit, no sign, not money. */
function isPlainCount(c: MappedCell): boolean {
  const v = c.value;
  return v.kind === "number" && c.columnKind !== "money" && v.unit === undefined && v.signWord === undefined && Number.isInteger(v.value) && v.value >= 0 && !/^[+＋]/.test(c.raw.trim());
}
