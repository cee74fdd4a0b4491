import { ruleTester } from "../support/rule-tester.js";
import { at, FORMS, report as flatReport } from "./flatten.helpers.js";
import { fixture, zeros, T2_2021, T2_2019, T3_2021, T3_2019, T4, report, full, t3With } from "./tables.helpers.js";
import { tableStructure } from "../../rules/table-structure.js";

ruleTester(tableStructure, {
  valid: [
    { name: "a 2022 report with the 2021 tables", code: full },
    { name: "a 2020 report with the 2019 tables", code: report(2020, T2_2019, T3_2019) },
    { name: "labels with a note in brackets added (provincial templates)", code: report(2020, T2_2019.map((l) => l.replace(/^规章/, "规章（设区的市、自治州人民政府应提供相关数据）").replace("\t上一年项目数量", "\t上一年项目数量（指上年事项数）")), T3_2019) },
    { name: "a table cut off by the end of the text (a saved page): not the report's defect", code: full.split("\n").slice(0, 26).join("\n") },
    { name: "a group label split across rows by a merged cell (spec §8d)", code: t3With("（五）不予处理", "（五）不予").replace("\t\t4.无正当", "\t处理\t4.无正当") },
    { name: "an extra row, a label cut short, a mixed table: table-layout-variant's and table-label-variant's warnings", code: report(2022, [...T2_2021.slice(0, 4), "其他主动公开文件\t3\t1\t8", ...T2_2021.slice(4)].map((l) => l.replace("现行有效件数", "现行有效件").replace("行政规范性文件", "规范性文件")), T3_2019) },
    { name: "a report older than the 2019 format", code: report(2018, T2_2021.slice(0, 4), T3_2021.slice(0, 7)) },
    { name: "a fragment: table 二 only, section 三 not reached", code: full.split("\n").slice(0, 18).join("\n") },
    { name: "（六） in the shape of the report year although table 二 is not (format-version's finding)", code: report(2022, T2_2019, T3_2021) },
    ...(["lines", "blank"] as const).map((form) => ({
      name: `${form}: a row one value short, written one cell per line: a blank cell (numeric-cell's), no structure problem`,
      ...flatReport(["青禾镇人民政府2022年政府信息公开工作年度报告", "二、主动公开政府信息情况", T2_2021.map((l) => (l.startsWith("规章") ? "规章\t0\t2" : l).split("\t")), "三、收到和处理政府信息公开申请情况", "全年未收到申请。"], form),
    })),
    ...(["lines", "blank"] as const).map((form) => ({
      name: `${form}: table 四 one value short, one cell per line: a blank cell (numeric-cell's)`,
      ...flatReport(["青禾镇人民政府2022年政府信息公开工作年度报告", "四、政府信息公开行政复议、行政诉讼情况", [...T4.slice(0, 3).map((l) => l.split("\t")), zeros(14).split("\t")], "五、存在的主要问题及改进情况", "公开内容的及时性有待提高。"], form),
    })),
    { name: "cells broken over two lines in TAB rows (a Word table copied as text): one label each, no label cut short", code: fixture("d3-broken-cells-tabs.txt") },
    { name: "cells broken over two lines, one cell per line", code: fixture("d4-broken-cells-lines.txt") },
    { name: "the rest of a merged group cell alone in its row is no extra row", code: t3With("\t（五）不予处理\t1.信访举报投诉类申请", "\t（五）不予\t1.信访举报投诉类申请").replace("\t\t2.重复申请", "\t处理\t\t\n\t\t2.重复申请") },
    { name: "a whole 2019 （九） block in a 2022 report's 2021 table 二: format-version's finding, no mixture here", code: report(2022, [...T2_2021, ...T2_2019.slice(15)], T3_2021) },
  ],
  invalid: [
    {
      name: "table 三 stops after （二） and the report goes on",
      code: report(2022, T2_2021, T3_2021.slice(0, 7)),
      errors: [{ messageId: "truncated", severity: 2, line: 26, column: 2, endLine: 26, endColumn: 44, message: /^表三在「（二）部分公开」之后中断，缺少其后的 21 行：「1.属于国家秘密」「2.其他法律行政法规禁止公开」/ }],
    },
    {
      name: "table 三 stops after （二）, whose row is one value short as well: one finding, saying both",
      code: report(2022, T2_2021, T3_2021.slice(0, 7).map((l) => (l.startsWith("\t（二）") ? l.replace(/\t0$/, "") : l))),
      errors: [
        {
          messageId: "truncated",
          severity: 2,
          line: 26,
          column: 2,
          endLine: 26,
          endColumn: 42,
          message: /^表三在「（二）部分公开」之后中断，缺少其后的 21 行：.*等 21 行；该行本身也不完整：只找到 6 个数值（应为 7 个）/,
        },
      ],
    },
    {
      name: "the same in English",
      locale: "en",
      code: report(2022, T2_2021, T3_2021.slice(0, 7).map((l) => (l.startsWith("\t（二）") ? l.replace(/\t0$/, "") : l))),
      errors: [{ line: 26, column: 2, endLine: 26, endColumn: 42, message: /^Table 三 stops after "（二）部分公开": the 21 rows after it are missing: .*; that row is incomplete too \(6 value\(s\) for its columns\)$/ }],
    },
    {
      name: "a missing row, reported at the row it should precede",
      code: report(2022, T2_2021, T3_2021.filter((l) => !l.includes("2.其他法律"))),
      errors: [{ messageId: "missingRows", severity: 2, line: 28, column: 3, endLine: 28, endColumn: 15, message: "表三缺少「2.其他法律行政法规禁止公开」（应在「3.危及“三安全一稳定”」之前）" }],
    },
    {
      name: "a wrong row label",
      code: t3With("补正后", "改正后"),
      errors: [{ messageId: "wrongLabel", severity: 2, line: 37, column: 3, endLine: 37, endColumn: 16, message: "表三的行标签「3.改正后申请内容仍不明确」与规定的「3.补正后申请内容仍不明确」不一致" }],
    },
    {
      name: "a row with 6 values for 7 columns",
      code: report(2022, T2_2021, T3_2021.map((l) => (l.startsWith("\t（二）") ? l.replace(/\t0$/, "") : l))),
      errors: [{ messageId: "rowValues", line: 26, column: 2, endLine: 26, endColumn: 42, message: /^表三「（二）部分公开」行：只找到 6 个数值（应为 7 个）/ }],
    },
    {
      name: "section 四 without its table",
      code: report(2022, T2_2021, T3_2021, ["本年度未发生行政复议、行政诉讼。"]),
      errors: [{ messageId: "missingTable", severity: 2, line: 48, column: 1, endLine: 48, endColumn: 20, message: "第四部分「四、政府信息公开行政复议、行政诉讼情况」中没有表四（政府信息公开行政复议、行政诉讼情况表）" }],
    },
    {
      name: "values the recognizer cannot put in any table",
      code: report(2022, T2_2021, ["本年度收到申请情况如下：", "1\t0\t0\t0\t0\t0\t1", "0\t0\t0\t0\t0\t0\t0"]),
      errors: [{ messageId: "notRecognised", line: 21, column: 1, endLine: 22, endColumn: 14, message: "无法核对表格结构：表三无法识别：第三部分有 14 个数值，但没有找到可识别的表头或行标签" }],
    },
    {
      name: "a row repeated",
      code: report(2022, T2_2021, [...T3_2021.slice(0, 5), T3_2021[4]]),
      errors: [
        { messageId: "truncated", line: 24, column: 1, endLine: 24, endColumn: 32 },
        { messageId: "tableProblem", line: 25, column: 1, endLine: 25, endColumn: 17, message: "表三：「二、上年结转政府信息公开申请数量」行重复出现，第二次出现的数值未使用" },
      ],
    },
    {
      name: "a table cut off by the end of the text, with reportTruncatedAtEnd",
      options: { reportTruncatedAtEnd: true },
      code: full.split("\n").slice(0, 26).join("\n"),
      errors: [{ messageId: "endsInTable", line: 26, column: 2, endLine: 26, endColumn: 44, message: /^文本在表三中结束（「（二）部分公开」之后），缺少其后的 21 行：.*等 21 行；其后的第四、五、六部分也不在文本中$/ }],
    },
    {
      name: "English messages",
      locale: "en",
      code: t3With("补正后", "改正后"),
      errors: [{ line: 37, column: 3, endLine: 37, endColumn: 16, message: "Table 三: the row label \"3.改正后申请内容仍不明确\" differs from the official \"3.补正后申请内容仍不明确\"" }],
    },
  ],
});
