import { describe, expect, it } from "vitest";
import { ruleTester, type InvalidCase, type ValidCase } from "../support/rule-tester.js";
import { lintText } from "../../src/core/linter.js";
import { numericCell } from "../../rules/numeric-cell.js";
import { SourceCode } from "../../src/core/source-code.js";
import { cellAt, FIXTURES, posOf, withCells } from "./numbers.helpers.js";
import { at, FORMS, report as flatReport, type Form } from "./flatten.helpers.js";
import { t2021, t2019 } from "./cells.helpers.js";

/** The 2021 table 二 of `t2021` as rows, some rows' cells replaced, in one flattening. */
function t2Form(form: Form, cells: Record<string, string[]>) {
  const rows = t2021({})
    .split("\n")
    .slice(2, 16)
    .map((l) => l.split("\t"))
    .map((r) => (cells[r[0]] ? [r[0], ...cells[r[0]]] : r));
  return flatReport(["青禾镇人民政府2021年政府信息公开工作年度报告", "二、主动公开政府信息情况", rows, "三、收到和处理政府信息公开申请情况"], form);
}

/** From the start of line `line` (its padding skipped) to the end of the first `last` after it. */
function span(code: string, line: number, last: string) {
  const lines = code.split("\n");
  const column = lines[line - 1].length - lines[line - 1].trimStart().length + 1;
  let endLine = line;
  while (!lines[endLine - 1].includes(last)) endLine++;
  return { line, column, endLine, endColumn: lines[endLine - 1].indexOf(last) + last.length + 1 };
}

const valid: ValidCase[] = [
  ...FIXTURES.map((f) => ({ name: `${f.name}: well-formed cells`, code: f.text, filename: f.filename })),
  { name: "2021: counts, and an amount with decimals in 万元", code: t2021({}) },
  { name: "2019: 本年增/减 may be negative or signed; 采购总金额 with a unit", code: t2019({ purchase: "2\t251000元" }) },
  { name: "2019: 采购总金额 0 needs no unit", code: t2019({ purchase: "0\t0" }) },
  { name: "2019: 170万 in 采购总金额 is an amount with its unit", code: t2019({ purchase: "4\t170万" }) },
  { name: "full-width digits and padding are no defect", code: t2021({ rules: "０\t\u3000\u30000\t0\u00a0" }) },
  { name: "hints are off by default: 1.2万元 in the 万元 column", code: t2021({ fee: "1.2万元" }) },
  ...FORMS.map((form) => ({ name: `${form}: every cell filled`, ...t2Form(form, {}) })),
  { name: "blank cells are not reported with reportBlank: false", code: t2021({ rules: "\t\t" }), options: { reportBlank: false } },
];

// A text cut off in the middle of a row written one cell per line: the cells it lacks were never
// blank (a saved page or excerpt stops there), so nothing is said about them.
for (const f of FIXTURES.filter((x) => x.flattening === "lines")) {
  const cut = cellAt(f, f.text, "3.1", 3);
  valid.push({ name: `${f.name}: the text stops after three values of （一）予以公开`, code: f.text.slice(0, cut.end), filename: f.filename });
}

const invalid: InvalidCase[] = [
  {
    name: "无 and not-applicable marks: one finding per row and kind",
    code: t2021({ rules: "无\t/\t不适用" }),
    errors: [
      { messageId: "none", line: 5, column: 4, endLine: 5, endColumn: 5, message: "表二「规章」行有 1 个单元格写作「无」（本年制发件数）：表中数量为零应填 0" },
      { messageId: "na", line: 5, column: 6, endLine: 5, endColumn: 11, message: "表二「规章」行有 2 个单元格写作「/」「不适用」（本年废止件数、现行有效件数）：表格没有“不适用”的填法，数量为零应填 0" },
    ],
    output: null,
  },
  {
    name: "fixEmptyAsZero: one fix for the row, attached to its first finding",
    code: t2021({ rules: "无\t/\t不适用" }),
    options: { fixEmptyAsZero: true },
    errors: [
      { messageId: "none", line: 5, column: 4, endLine: 5, endColumn: 5 },
      { messageId: "na", line: 5, column: 6, endLine: 5, endColumn: 11 },
    ],
    output: t2021({ rules: "0\t0\t0" }),
  },
  {
    name: "a whole row of 无 (整行), and a dash",
    code: t2021({ norms: "无\t无\t无", force: "-" }),
    options: { fixEmptyAsZero: true },
    errors: [
      { messageId: "none", line: 6, column: 9, endLine: 6, endColumn: 14, message: "表二「行政规范性文件」行有 3 个单元格写作「无」（整行）：表中数量为零应填 0" },
      { messageId: "na", line: 13, column: 6, endLine: 13, endColumn: 7, message: "表二「行政强制」行有 1 个单元格写作「-」（本年处理决定数量）：表格没有“不适用”的填法，数量为零应填 0" },
    ],
    output: t2021({ norms: "0\t0\t0", force: "0" }),
  },
  {
    name: "blank cells of a tab row: zero-width, fixed by inserting 0",
    code: t2021({ rules: "0\t\t" }),
    options: { fixEmptyAsZero: true },
    errors: [{ messageId: "blank", line: 5, column: 6, endLine: 5, endColumn: 7, message: "表二「规章」行有 2 个单元格为空（本年废止件数、现行有效件数）：空白不等于 0，没有发生应填 0" }],
    output: t2021({ rules: "0\t0\t0" }),
  },
  {
    name: "a row with no cells at all: where its blanks would go cannot be told, so no fix",
    code: t2021({}).replace("规章\t0\t0\t0", "规章"),
    options: { fixEmptyAsZero: true },
    errors: [{ messageId: "blank", line: 5, column: 3, endLine: 5, endColumn: 3, message: "表二「规章」行有 3 个单元格为空（整行）：空白不等于 0，没有发生应填 0" }],
    output: null,
  },
  {
    name: "blank cells without fixEmptyAsZero: no fix",
    code: t2021({ rules: "0\t\t" }),
    errors: [{ messageId: "blank", line: 5, column: 6, endLine: 5, endColumn: 7 }],
    output: null,
  },
  {
    name: "hints with reportMinor: 万元 repeated in the 万元 column (and the measure word, always reported)",
    code: t2021({ force: "6件", fee: "1.2万元" }),
    options: { reportMinor: true },
    errors: [
      { messageId: "measureWord", line: 13, column: 6, endLine: 13, endColumn: 8, message: "表二「行政强制」行「本年处理决定数量」写作「6件」：单元格只填数字，应写作 6" },
      { messageId: "redundantWan", line: 16, column: 9, endLine: 16, endColumn: 14, message: "表二「行政事业性收费」行「本年收费金额（单位：万元）」写作「1.2万元」：表头已注明单位万元，单元格只填数字 1.2" },
    ],
    output: t2021({ force: "6", fee: "1.2" }),
  },
  ...FORMS.map((form): InvalidCase => {
    const c = t2Form(form, { "行政强制": ["3件"], "行政规范性文件": ["2", "1 条", "5"] });
    return {
      name: `${form}: a measure word in a count cell, by default: a warning whose fix keeps the number`,
      ...c,
      errors: [
        { messageId: "measureWord", severity: 1, ...at(c.code, "1 条"), message: "表二「行政规范性文件」行「本年废止件数」写作「1 条」：单元格只填数字，应写作 1" },
        { messageId: "measureWord", severity: 1, ...at(c.code, "3件"), message: "表二「行政强制」行「本年处理决定数量」写作「3件」：单元格只填数字，应写作 3" },
      ],
      output: t2Form(form, { "行政强制": ["3"], "行政规范性文件": ["2", "1", "5"] }).code,
    };
  }),
  ...(["lines", "blank"] as const).map((form): InvalidCase => {
    // Table 四 one cell per line with 14 of its 15 values: one blank cell, where unknown.
    const head = [
      ["行政复议", "", "", "", "", "行政诉讼"],
      ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "", "", "", "", "复议后起诉"],
      ["", "", "", "", "", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
    ];
    const c = flatReport(["东湖街道办事处2021年政府信息公开工作年度报告", "四、政府信息公开行政复议、行政诉讼情况", [...head, ["7", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "8"]], "五、存在的主要问题及改进情况", "无。"], form);
    valid.push({ name: `${form}: the text stops inside table 四's values: no blank cell said`, ...flatReport(["东湖街道办事处2021年政府信息公开工作年度报告", "四、政府信息公开行政复议、行政诉讼情况", [...head, ["7", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "8"]]], form) });
    return {
      name: `${form}: table 四 one value short: a blank cell of table 四, column unknown`,
      ...c,
      errors: [{ messageId: "blank", severity: 1, line: at(c.code, "7").line, column: at(c.code, "7").column, endLine: at(c.code, "8").line, endColumn: at(c.code, "8").endColumn, message: "表四有 1 个单元格为空（所在列无法确定）：空白不等于 0，没有发生应填 0" }],
      output: null,
    };
  }),
  ...(["lines", "blank"] as const).map((form): InvalidCase => {
    // One cell per line, the blank cell leaving no line behind (as flatteners that skip empty
    // cells write it): the row has 2 values for 3 columns and nothing else.
    const c = t2Form(form, { "规章": ["0", "3"] });
    return {
      name: `${form}: a row with a blank cell whose place the flattening lost: numeric-cell's blank cell, column unknown`,
      ...c,
      errors: [{ messageId: "blank", severity: 1, ...span(c.code, at(c.code, "规章").line + (form === "lines" ? 1 : 2), "3"), message: "表二「规章」行有 1 个单元格为空（所在列无法确定）：空白不等于 0，没有发生应填 0" }],
      output: null,
    };
  }),
  {
    name: "2019: 减4 / 增3 in 本年增/减 are read as -4 / +3 but should be written so",
    code: t2019({ permits: "3\t减4\t12", penalty: "5\t增3\t30" }),
    errors: [
      { messageId: "signWord", line: 9, column: 8, endLine: 9, endColumn: 10, message: "表二「行政许可」行「本年增/减」写作「减4」：增减用数字的正负表示，应写作 -4" },
      { messageId: "signWord", line: 13, column: 8, endLine: 13, endColumn: 10, message: "表二「行政处罚」行「本年增/减」写作「增3」：增减用数字的正负表示，应写作 +3" },
    ],
    output: t2019({ permits: "3\t-4\t12", penalty: "5\t+3\t30" }),
  },
  {
    name: "2019: 采购总金额 without a unit (the header prints none)",
    code: t2019({ purchase: "2\t356000" }),
    errors: [{ messageId: "moneyNoUnit", line: 20, column: 10, endLine: 20, endColumn: 16, message: "表二「政府集中采购」行「采购总金额」写作「356000」：表头没有注明单位，金额应注明元或万元，如「356000元」或「356000万元」" }],
    output: null,
  },
  {
    name: "English messages",
    locale: "en",
    code: t2021({ rules: "无\t0\t0" }),
    errors: [{ line: 5, column: 4, endLine: 5, endColumn: 5, message: 'Table 二, row "规章": 1 cell(s) say "无" (本年制发件数); write 0 for none' }],
    output: null,
  },
];

// Blank cells in each flattening: located in the raw text, fixed in place. A blank cell is
// zero-width where its text was (before the closing pipe in a GFM row).
for (const f of FIXTURES.filter((x) => !(x.flattening === "lines" && x.layout === "2019"))) {
  const code = withCells(f, [
    ["3.1", 2, ""],
    ["3.1", 3, ""],
  ]);
  const sc = new SourceCode(code);
  const blankAt = (col: number) => {
    const was = cellAt(f, f.text, "3.1", col).start - (col === 3 ? 1 : 0); // the first blank shifts the second by its length
    return sc.positionAt(f.flattening === "gfm" ? code.indexOf("|", was) : was);
  };
  const a = blankAt(2);
  const b = blankAt(3);
  const fixed = f.flattening === "gfm" ? code.replace("| 2 |  |  |", "| 2 |  0|  0|") : withCells(f, [["3.1", 2, "0"], ["3.1", 3, "0"]]);
  invalid.push({
    name: `${f.name}: blank cells of one row, one finding, fixed to 0`,
    code,
    filename: f.filename,
    options: { fixEmptyAsZero: true },
    errors: [{ messageId: "blank", line: a.line, column: a.column, endLine: b.line, endColumn: b.column, message: "表三「（一）予以公开」行有 2 个单元格为空（商业企业、科研机构）：空白不等于 0，没有发生应填 0" }],
    output: fixed,
  });
  const code4 = withCells(f, [["t4", 6, "无"]]);
  invalid.push({
    name: `${f.name}: 无 in table 四`,
    code: code4,
    filename: f.filename,
    errors: [{ messageId: "none", ...posOf(f, code4, "t4", 6), message: "表四「行政诉讼/未经复议直接起诉」行有 1 个单元格写作「无」（结果维持）：表中数量为零应填 0" }],
    output: null,
  });
}

// A table with no number at all: one finding for the table, not one per row.
const t4Head = [
  "四、政府信息公开行政复议、行政诉讼情况", // 2
  "行政复议\t\t\t\t\t行政诉讼", // 3
  "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉", // 4
  "\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计", // 5
];
invalid.push(
  {
    name: "table 四 with nothing but blanks and 无",
    code: ["东湖街道办事处2021年政府信息公开工作年度报告", ...t4Head, "\t\t\t\t\t\t\t\t\t无\t\t\t\t\t无", "五、存在的主要问题及改进情况"].join("\n"),
    options: { fixEmptyAsZero: true },
    errors: [{ messageId: "emptyTable", line: 6, column: 1, endLine: 6, endColumn: 17, message: "表四的 15 个单元格都没有填写数字（空白 13 个、「无」2 个）：空白不等于 0，没有发生应逐格填 0" }],
    output: ["东湖街道办事处2021年政府信息公开工作年度报告", ...t4Head, Array(15).fill("0").join("\t"), "五、存在的主要问题及改进情况"].join("\n"),
  },
  {
    name: "table 四 with the 行政复议 cells left blank (seed 004's pattern)",
    code: ["东湖街道办事处2021年政府信息公开工作年度报告", ...t4Head, "\t\t\t\t\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0", "五、存在的主要问题及改进情况"].join("\n"),
    errors: [{ messageId: "blank", line: 6, column: 1, endLine: 6, endColumn: 5, message: "表四「行政复议」行有 5 个单元格为空（整行）：空白不等于 0，没有发生应填 0" }],
    output: null,
  },
);

ruleTester(numericCell, { valid, invalid });

// One severity for the rule: every finding is a warning (spec §6); a value that cannot be right is
// cell-value's error.
describe("numeric-cell severities", () => {
  const lint = (code: string, severity: "warn" | "error", options: Record<string, unknown> = {}) =>
    lintText(code, { config: { extends: [], rules: { "numeric-cell": [severity, options], "cell-value": "error" } } }).map((m) => [m.ruleId, m.messageId, m.severity]);
  it("warnings for 无, blanks, 减4 and a bare 采购总金额; text in a count is cell-value's error", () => {
    expect(lint(t2021({ rules: "无\t\t0", penalty: "未统计" }), "warn")).toEqual([
      ["numeric-cell", "none", 1],
      ["numeric-cell", "blank", 1],
      ["cell-value", "text", 2],
    ]);
    expect(lint(t2019({ permits: "3\t减4\t12", purchase: "2\t356000" }), "warn")).toEqual([
      ["numeric-cell", "signWord", 1],
      ["numeric-cell", "moneyNoUnit", 1],
    ]);
  });
  it("a table of blanks and 无 only is a warning", () => {
    const blank = t2021({ rules: "\t\t", norms: "\t\t", permits: "", penalty: "", force: "", fee: "" });
    expect(lint(blank, "warn")).toEqual([["numeric-cell", "emptyTable", 1]]);
    expect(lint(blank.replace("行政强制\t", "行政强制\t无"), "warn")).toEqual([["numeric-cell", "emptyTable", 1]]);
  });
  it("configured as error, everything is an error", () => {
    expect(lint(t2021({ rules: "无\t\t0" }), "error")).toEqual([
      ["numeric-cell", "none", 2],
      ["numeric-cell", "blank", 2],
    ]);
  });
});
