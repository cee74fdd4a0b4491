import { ruleTester } from "../support/rule-tester.js";
import { cellValue } from "../../rules/cell-value.js";
import { t2021, t2019 } from "./cells.helpers.js";

ruleTester(cellValue, {
  valid: [
    { name: "whole counts, an amount in 万元 with decimals", code: t2021({}) },
    { name: "2019: signed values in 本年增/减, 采购总金额 in 万元", code: t2019({}) },
    { name: "blank cells, 无, 6件: numeric-cell's warnings, not errors", code: t2021({ rules: "无\t\t0", force: "6件" }) },
    { name: "2019: 减4 in 本年增/减 is a value (its wording is numeric-cell's hint)", code: t2019({ permits: "3\t减4\t12" }) },
  ],
  invalid: [
  {
    name: "decimal, negative, signed and text counts",
    code: t2021({ norms: "2.5\t-3\t+4", penalty: "未统计" }),
    errors: [
      { messageId: "decimal", severity: 2, line: 6, column: 9, endLine: 6, endColumn: 12, message: "表二「行政规范性文件」行「本年制发件数」为小数「2.5」：数量应为整数" },
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
    name: "2019: a sign outside 本年增/减; 减4 in a count is negative",
    code: t2019({ permits: "减4\t0\t12", penalty: "5\t0\t+30" }),
    errors: [
      { messageId: "negative", line: 9, column: 6, endLine: 9, endColumn: 8, message: /「上一年项目数量」为负数「减4」/ },
      { messageId: "signInCount", line: 13, column: 10, endLine: 13, endColumn: 13 },
    ],
    output: t2019({ permits: "减4\t0\t12", penalty: "5\t0\t30" }),
  },
  ],
});
