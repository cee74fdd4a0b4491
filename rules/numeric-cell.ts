import type { Fix, Locale, LocalizedText, ReportDescriptor, Rule, RuleContext } from "../src/core/types.js";
import type { CellValue, MappedCell, MappedRow, MappedTable } from "../src/model/types.js";
import { ruleDocsUrl } from "../src/core/docs-url.js";
import { MEASURE_WORDS, MONEY_UNITS } from "../src/model/tables/values.js";

/**
 * What a cell of tables 二, 三 and 四 may hold (spec §6). Counts are whole numbers ≥ 0; only the
 * 2019 column 本年增/减 is signed; amounts of money (2021 本年收费金额（单位：万元）, 2019 采购总金额)
 * may have decimals. 无, "/", "-", 不适用 and blank cells are reported (a blank is unknown, not 0;
 * write 0 for none), one finding per row and kind so that a table left blank gives one finding a
 * row, not one a cell. Values of rows the recognizer could not assign to columns are checked too
 * where every column of the table is a count (tables 三 and 四).
 *
 * Intended levels (the engine has one severity per rule; see the doc page): blank cells, 无, "/",
 * "-", 不适用 and a bare 采购总金额 are warnings (spec §6), 减4 / 增3, a measure word (6件) and the
 * `reportMinor` findings are hints (warnings: the engine has no lower level), the rest errors.
 */

const MESSAGES: Record<string, LocalizedText> = {
  emptyTable: {
    zh: "{{table}}的 {{count}} 个单元格都没有填写数字（{{detail}}）：空白不等于 0，没有发生应逐格填 0",
    en: "None of the {{count}} cells of {{table}} holds a number ({{detail}}); a blank is not 0, write 0 in each cell for none",
  },
  blank: {
    zh: "{{row}}有 {{count}} 个单元格为空（{{cols}}）：空白不等于 0，没有发生应填 0",
    en: "{{row}}: {{count}} blank cell(s) ({{cols}}); a blank is not 0, write 0 for none",
  },
  none: {
    zh: "{{row}}有 {{count}} 个单元格写作「无」（{{cols}}）：表中数量为零应填 0",
    en: "{{row}}: {{count}} cell(s) say \"无\" ({{cols}}); write 0 for none",
  },
  na: {
    zh: "{{row}}有 {{count}} 个单元格写作「{{text}}」（{{cols}}）：表格没有“不适用”的填法，数量为零应填 0",
    en: "{{row}}: {{count}} cell(s) say \"{{text}}\" ({{cols}}); the format has no \"not applicable\", write 0 for none",
  },
  text: {
    zh: "{{cell}}写作「{{raw}}」，不是数字：应填写数字，没有发生填 0",
    en: "{{cell}} says \"{{raw}}\", which is not a number; write a number (0 for none)",
  },
  negative: {
    zh: "{{cell}}为负数「{{raw}}」：数量不能为负，只有 2019 年格式的「本年增/减」列可以填负数",
    en: "{{cell}} is negative (\"{{raw}}\"); a count cannot be negative, only the 2019 column 本年增/减 can",
  },
  negativeMoney: {
    zh: "{{cell}}为负数「{{raw}}」：金额不能为负",
    en: "{{cell}} is negative (\"{{raw}}\"); an amount cannot be negative",
  },
  decimal: {
    zh: "{{cell}}为小数「{{raw}}」：数量应为整数",
    en: "{{cell}} is a decimal (\"{{raw}}\"); a count is a whole number",
  },
  signInCount: {
    zh: "{{cell}}写作「{{raw}}」：数量不带正负号或增减字样，应写作 {{fixed}}",
    en: "{{cell}} says \"{{raw}}\"; a count carries no sign or 增/减, write {{fixed}}",
  },
  signWord: {
    zh: "{{cell}}写作「{{raw}}」：增减用数字的正负表示，应写作 {{fixed}}",
    en: "{{cell}} says \"{{raw}}\"; write the change as a signed number: {{fixed}}",
  },
  unitInCount: {
    zh: "{{cell}}写作「{{raw}}」：这一列是数量，不应带金额单位「{{unit}}」",
    en: "{{cell}} says \"{{raw}}\"; this column is a count and takes no money unit (\"{{unit}}\")",
  },
  measureWord: {
    zh: "{{cell}}写作「{{raw}}」：单元格只填数字，应写作 {{fixed}}",
    en: "{{cell}} says \"{{raw}}\"; a cell holds the number only, write {{fixed}}",
  },
  yuanInWan: {
    zh: "{{cell}}写作「{{raw}}」：表头单位是万元，按元填写的金额大了一万倍，应写作 {{wan}}",
    en: "{{cell}} says \"{{raw}}\"; the header's unit is 万元, so an amount in 元 is 10,000 times too large: write {{wan}}",
  },
  redundantWan: {
    zh: "{{cell}}写作「{{raw}}」：表头已注明单位万元，单元格只填数字 {{fixed}}",
    en: "{{cell}} says \"{{raw}}\"; the header already gives the unit 万元, write {{fixed}}",
  },
  notMoney: {
    zh: "{{cell}}写作「{{raw}}」：「{{unit}}」不是金额单位，应填写金额（元或万元）",
    en: "{{cell}} says \"{{raw}}\"; \"{{unit}}\" is not a unit of money, write an amount (元 or 万元)",
  },
  moneyNoUnit: {
    zh: "{{cell}}写作「{{raw}}」：表头没有注明单位，金额应注明元或万元，如「{{raw}}元」或「{{raw}}万元」",
    en: "{{cell}} says \"{{raw}}\"; the header gives no unit, so state it: \"{{raw}}元\" or \"{{raw}}万元\"",
  },
};

/**
 * Findings that stay warnings (spec §6): blank cells (unknown, not wrong), 无 and the marks of
 * "not applicable" (/, -, —, 不适用: read as 0), a table with nothing else, a bare 采购总金额, the hints.
 */
const WARNINGS = new Set(["blank", "none", "na", "emptyTable", "moneyNoUnit", "signWord", "measureWord", "redundantWan"]);

function emit(context: RuleContext, d: ReportDescriptor, warning = WARNINGS.has(d.messageId)): void {
  context.report(warning ? d : { ...d, severity: 2 });
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

interface Options {
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

export const numericCell: Rule = {
  meta: {
    id: "numeric-cell",
    type: "problem",
    docs: {
      name: "单元格数字",
      nameEn: "Table cell numbers",
      description: "表格单元格应填写规范的数字",
      descriptionEn: "Table cells must hold well-formed numbers",
      url: ruleDocsUrl("numeric-cell"),
    },
    // Warnings by default; every finding but a blank cell, 无 and the not-applicable marks, a bare
    // 采购总金额 and the hints is raised to an error (ReportDescriptor.severity), as the spec rates them.
    defaultSeverity: "warn",
    fixable: "code",
    messages: MESSAGES,
    schema: {
      type: "object",
      properties: {
        reportBlank: { type: "boolean", description: "Report blank cells (a warning in the spec)." },
        reportMinor: { type: "boolean", description: "Report hints: 万元 written in the 万元 column (a measure word in a count, 6件, is always reported)." },
        fixEmptyAsZero: { type: "boolean", description: "Offer fixes that write 0 into blank, 无, /, - and 不适用 cells." },
      },
      additionalProperties: false,
    },
    defaultOptions: { reportBlank: true, reportMinor: false, fixEmptyAsZero: false },
    strictOptions: { reportMinor: true },
  },
  create(context) {
    const options = context.options as unknown as Options;
    const { t2, t3, t4 } = context.model.tables;
    for (const t of [t2, t3, t4]) if (t) checkTable(context, t, options);
  },
};

const isEmptyKind = (v: CellValue) => v.kind === "blank" || v.kind === "none" || v.kind === "na";

function checkTable(context: RuleContext, t: MappedTable, options: Options): void {
  const locale = context.locale;
  // A table with no number at all (every cell blank, 无 or n/a): one finding for the table.
  // (Counted first: the cells are gathered only for such a table.)
  let cellCount = 0;
  let allEmpty = true;
  for (const r of t.rows) {
    cellCount += r.cells.length;
    if (allEmpty) allEmpty = r.cells.every((c) => isEmptyKind(c.value));
  }
  const unassigned = cellCount > 1 && allEmpty && t.rows.some((r) => r.cells.length === 0 && r.unassigned?.length);
  const cells = cellCount > 1 && allEmpty && !unassigned ? t.rows.flatMap((r) => r.cells) : [];
  if (cells.length > 1 && (options.reportBlank || cells.every((c) => c.value.kind !== "blank"))) {
    const counts = { blank: 0, none: 0, na: 0 } as Record<string, number>;
    for (const c of cells) counts[c.value.kind]++;
    const parts = locale === "en" ? { blank: "blank", none: "\"无\"", na: "\"/\" or similar" } : { blank: "空白", none: "「无」", na: "「/」等" };
    const detail = (["blank", "none", "na"] as const)
      .filter((k) => counts[k])
      .map((k) => (locale === "en" ? `${counts[k]} ${parts[k]}` : `${parts[k]}${parts[k].endsWith("」") ? "" : " "}${counts[k]} 个`))
      .join(locale === "en" ? ", " : "、");
    const fix = options.fixEmptyAsZero ? zeroFix(cells.map(itemOf), context.sourceCode.text) : undefined;
    emit(
      context,
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
      emit(context, {
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
    let fix: Fix | undefined = options.fixEmptyAsZero ? zeroFix(reported, context.sourceCode.text) : undefined;
    for (const kind of ["blank", "none", "na"] as const) {
      const group = reported.filter((it) => it.value.kind === kind);
      if (!group.length) continue;
      const all = assigned && group.length === items.length && items.length > 1;
      const cols = all ? (locale === "en" ? "the whole row" : "整行") : group.map((it) => it.col ?? "").filter(Boolean).join("、") || (locale === "en" ? "columns unknown" : "所在列无法确定");
      const text = kind === "na" ? [...new Set(group.map((it) => (it.value as { text: string }).text))].join("」「") : "";
      emit(context, {
        messageId: kind,
        data: { row: rowName, count: group.length, cols, text },
        loc: { start: group[0].start, end: group[group.length - 1].end },
        ...(fix ? { fix } : {}),
      });
      fix = undefined;
    }

    for (const it of items) {
      if (it.value.kind === "text") {
        emit(context, { messageId: "text", data: { cell: cellName(it), raw: it.raw }, loc: it });
        continue;
      }
      if (it.value.kind !== "number") continue;
      checkNumber(context, it, it.value, cellName(it), options);
    }
  }
}

/** A cell checkNumber finds nothing in: a whole number ≥ 0, no unit, no sign, not money. */
function isPlainCount(c: MappedCell): boolean {
  const v = c.value;
  return v.kind === "number" && c.columnKind !== "money" && v.unit === undefined && v.signWord === undefined && Number.isInteger(v.value) && v.value >= 0 && !/^[+＋]/.test(c.raw.trim());
}

function checkNumber(context: RuleContext, it: Item, v: Extract<CellValue, { kind: "number" }>, cell: string, options: Options): void {
  const raw = it.raw.trim();
  const abs = fmt(Math.abs(v.value));
  const unit = v.unit;
  const report = (messageId: string, data: Record<string, string | number> = {}, fixed?: string) =>
    emit(context, { messageId, data: { cell, raw, ...data }, loc: it, ...(fixed !== undefined ? { fix: { range: [it.start, it.end], text: fixed } } : {}) });

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
