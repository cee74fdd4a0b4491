import { ruleTester } from "../support/rule-tester.js";
import { fixture, zeros, T2_2021, T2_2019, T3_2021, T3_2019, T4, report, full, t3With } from "./tables.helpers.js";
import { tableLabelVariant } from "../../rules/table-label-variant.js";

ruleTester(tableLabelVariant, {
  valid: [
    { name: "a 2022 report with the 2021 tables", code: full },
    { name: "a 2020 report with the 2019 tables", code: report(2020, T2_2019, T3_2019) },
    { name: "labels with a note in brackets added (provincial templates)", code: report(2020, T2_2019.map((l) => l.replace(/^规章/, "规章（设区的市、自治州人民政府应提供相关数据）").replace("\t上一年项目数量", "\t上一年项目数量（指上年事项数）")), T3_2019) },
    { name: "a group label split across rows by a merged cell (spec §8d)", code: t3With("（五）不予处理", "（五）不予").replace("\t\t4.无正当", "\t处理\t4.无正当") },
    { name: "cells broken over two lines in TAB rows (a Word table copied as text): one label each, no label cut short", code: fixture("d3-broken-cells-tabs.txt") },
    { name: "cells broken over two lines, one cell per line", code: fixture("d4-broken-cells-lines.txt") },
    { name: "a wrong label is table-structure's error, not a variant", code: t3With("补正后", "改正后") },
    { name: "a label cut short in the last row of a table cut off by the end of the text: not judged", code: t3With("（区分处理的，只计这一情形，不计其他情形）", "（区分处理）").split("\n").slice(0, 26).join("\n") },
  ],
  invalid: [
    {
      name: "a row label cut short",
      code: t3With("（区分处理的，只计这一情形，不计其他情形）", "（区分处理）"),
      output: full,
      errors: [{ messageId: "truncatedLabel", severity: 1, line: 26, column: 2, endLine: 26, endColumn: 15, message: /^表三的行标签「（二）部分公开（区分处理）」不完整，应为「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」$/ }],
    },
    {
      name: "a row label without its note: the row, cut short (not an extra and a missing row)",
      code: t3With("（区分处理的，只计这一情形，不计其他情形）", ""),
      output: full,
      errors: [{ messageId: "truncatedLabel", line: 26, column: 2, endLine: 26, endColumn: 9 }],
    },
    {
      name: "a column label cut short",
      code: report(2022, T2_2021.map((l) => l.replace("现行有效件数", "现行有效件")), T3_2021),
      output: full,
      errors: [{ messageId: "truncatedHeader", severity: 1, line: 6, column: 20, endLine: 6, endColumn: 25, message: "表二的栏目「现行有效件」不完整，应为「现行有效件数」" }],
    },
    {
      name: "two column labels cut to the same words (本年新, 本年新): each gets the label of its place",
      code: report(2020, T2_2019.map((l) => l.replace("\t本年新制作数量\t本年新公开数量\t", "\t本年新\t本年新\t")), T3_2019),
      output: report(2020, T2_2019, T3_2019),
      errors: [
        { messageId: "truncatedHeader", line: 6, column: 6, endLine: 6, endColumn: 9, message: "表二的栏目「本年新」不完整，应为「本年新制作数量」" },
        { messageId: "truncatedHeader", line: 6, column: 10, endLine: 6, endColumn: 13, message: "表二的栏目「本年新」不完整，应为「本年新公开数量」" },
      ],
    },
    {
      name: "English messages",
      locale: "en",
      code: report(2022, T2_2021.map((l) => l.replace("现行有效件数", "现行有效件")), T3_2021),
      output: full,
      errors: [{ line: 6, column: 20, endLine: 6, endColumn: 25, message: "Table 二: the column label \"现行有效件\" is cut short; the official label is \"现行有效件数\"" }],
    },
  ],
});
