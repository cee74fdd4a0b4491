import { describe, expect, it } from "vitest";
import { ruleTester, type InvalidCase, type ValidCase } from "../support/rule-tester.js";
import { lintText } from "../../src/core/linter.js";
import { numericCell } from "../../rules/numeric-cell.js";
import { SourceCode } from "../../src/core/source-code.js";
import { cellAt, FIXTURES, posOf, withCells } from "./numbers.helpers.js";
import { at, FORMS, report as flatReport, type Form } from "./flatten.helpers.js";

// Invented reports. Table 二 (2021 layout) as tab rows; each line is numbered in the comments.
const t2021 = (c: { rules?: string; norms?: string; permits?: string; penalty?: string; force?: string; fee?: string }) =>
  [
    "青禾镇人民政府2021年政府信息公开工作年度报告", // 1
    "二、主动公开政府信息情况", // 2
    "第二十条第（一）项\t\t\t", // 3
    "信息内容\t本年制发件数\t本年废止件数\t现行有效件数", // 4
    `规章\t${c.rules ?? "0\t0\t0"}`, // 5
    `行政规范性文件\t${c.norms ?? "2\t1\t5"}`, // 6
    "第二十条第（五）项\t\t\t", // 7
    "信息内容\t本年处理决定数量\t\t", // 8
    `行政许可\t${c.permits ?? "12"}\t\t`, // 9
    "第二十条第（六）项\t\t\t", // 10
    "信息内容\t本年处理决定数量\t\t", // 11
    `行政处罚\t${c.penalty ?? "30"}\t\t`, // 12
    `行政强制\t${c.force ?? "3"}\t\t`, // 13
    "第二十条第（八）项\t\t\t", // 14
    "信息内容\t本年收费金额（单位：万元）\t\t", // 15
    `行政事业性收费\t${c.fee ?? "1.2"}\t\t`, // 16
    "三、收到和处理政府信息公开申请情况", // 17
  ].join("\n");

// Table 二 in the 2019 layout (a 2020 report).
const t2019 = (c: { permits?: string; penalty?: string; fee?: string; purchase?: string }) =>
  [
    "柳塘镇人民政府2020年政府信息公开工作年度报告", // 1
    "二、主动公开政府信息情况", // 2
    "第二十条第（一）项\t\t\t", // 3
    "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量", // 4
    "规章\t0\t0\t0", // 5
    "规范性文件\t2\t2\t5", // 6
    "第二十条第（五）项\t\t\t", // 7
    "信息内容\t上一年项目数量\t本年增/减\t处理决定数量", // 8
    `行政许可\t${c.permits ?? "3\t-1\t12"}`, // 9
    "其他对外管理服务事项\t1\t0\t4", // 10
    "第二十条第（六）项\t\t\t", // 11
    "信息内容\t上一年项目数量\t本年增/减\t处理决定数量", // 12
    `行政处罚\t${c.penalty ?? "5\t+1\t30"}`, // 13
    "行政强制\t2\t0\t3", // 14
    "第二十条第（八）项\t\t\t", // 15
    "信息内容\t上一年项目数量\t本年增/减\t", // 16
    `行政事业性收费\t${c.fee ?? "1\t0"}\t`, // 17
    "第二十条第（九）项\t\t\t", // 18
    "信息内容\t采购项目数量\t采购总金额\t", // 19
    `政府集中采购\t${c.purchase ?? "2\t35.6万元"}\t`, // 20
    "三、收到和处理政府信息公开申请情况", // 21
  ].join("\n");

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
    name: "decimal, negative, signed and text counts",
    code: t2021({ norms: "2.5\t-3\t+4", penalty: "未统计" }),
    errors: [
      { messageId: "decimal", line: 6, column: 9, endLine: 6, endColumn: 12, message: "表二「行政规范性文件」行「本年制发件数」为小数「2.5」：数量应为整数" },
      { messageId: "negative", line: 6, column: 13, endLine: 6, endColumn: 15, message: "表二「行政规范性文件」行「本年废止件数」为负数「-3」：数量不能为负，只有 2019 年格式的「本年增/减」列可以填负数" },
      { messageId: "signInCount", line: 6, column: 16, endLine: 6, endColumn: 18, message: "表二「行政规范性文件」行「现行有效件数」写作「+4」：数量不带正负号或增减字样，应写作 4" },
      { messageId: "text", line: 12, column: 6, endLine: 12, endColumn: 9, message: "表二「行政处罚」行「本年处理决定数量」写作「未统计」，不是数字：应填写数字，没有发生填 0" },
    ],
    output: t2021({ norms: "2.5\t-3\t4", penalty: "未统计" }),
  },
  {
    name: "a unit of money in a count; 元 in the 万元 column",
    code: t2021({ permits: "3万", fee: "12000元" }),
    errors: [
      { messageId: "unitInCount", line: 9, column: 6, endLine: 9, endColumn: 8, message: "表二「行政许可」行「本年处理决定数量」写作「3万」：这一列是数量，不应带金额单位「万」" },
      { messageId: "yuanInWan", line: 16, column: 9, endLine: 16, endColumn: 15, message: "表二「行政事业性收费」行「本年收费金额（单位：万元）」写作「12000元」：表头单位是万元，按元填写的金额大了一万倍，应写作 1.2" },
    ],
    output: null,
  },
  {
    name: "money: a measure word is not a unit of money; a negative amount",
    code: t2021({ fee: "5件" }).replace("规章\t0\t0\t0", "规章\t0\t0\t0"),
    errors: [{ messageId: "notMoney", line: 16, column: 9, endLine: 16, endColumn: 11 }],
    output: null,
  },
  {
    name: "a negative amount",
    code: t2021({ fee: "-1.2" }),
    errors: [{ messageId: "negativeMoney", line: 16, column: 9, endLine: 16, endColumn: 13, message: "表二「行政事业性收费」行「本年收费金额（单位：万元）」为负数「-1.2」：金额不能为负" }],
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
    name: "2019: a sign outside 本年增/减; 减4 in a count is negative",
    code: t2019({ permits: "减4\t0\t12", penalty: "5\t0\t+30" }),
    errors: [
      { messageId: "negative", line: 9, column: 6, endLine: 9, endColumn: 8, message: /「上一年项目数量」为负数「减4」/ },
      { messageId: "signInCount", line: 13, column: 10, endLine: 13, endColumn: 13 },
    ],
    output: t2019({ permits: "减4\t0\t12", penalty: "5\t0\t30" }),
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

// One severity per finding: the rule is a warning in the preset and raises every finding to an
// error except blank cells (unknown, not wrong), 无 and the not-applicable marks (spec §6: W), a
// bare 采购总金额 and the hints.
describe("numeric-cell severities", () => {
  const lint = (code: string, severity: "warn" | "error", options: Record<string, unknown> = {}) =>
    lintText(code, { registry: new Map([[numericCell.meta.id, numericCell]]), config: { extends: [], rules: { "numeric-cell": [severity, options] } } }).map(
      (m) => [m.messageId, m.severity],
    );
  it("errors for text and signs; warnings for 无, blanks and 减4", () => {
    expect(lint(t2021({ rules: "无\t\t0", penalty: "未统计" }), "warn")).toEqual([
      ["none", 1],
      ["blank", 1],
      ["text", 2],
    ]);
    expect(lint(t2019({ permits: "3\t减4\t12", purchase: "2\t356000" }), "warn")).toEqual([
      ["signWord", 1],
      ["moneyNoUnit", 1],
    ]);
  });
  it("a table of blanks and 无 only is a warning", () => {
    const blank = t2021({ rules: "\t\t", norms: "\t\t", permits: "", penalty: "", force: "", fee: "" });
    expect(lint(blank, "warn")).toEqual([["emptyTable", 1]]);
    expect(lint(blank.replace("行政强制\t", "行政强制\t无"), "warn")).toEqual([["emptyTable", 1]]);
  });
  it("configured as error, everything is an error", () => {
    expect(lint(t2021({ rules: "无\t\t0" }), "error")).toEqual([
      ["none", 2],
      ["blank", 2],
    ]);
  });
});
