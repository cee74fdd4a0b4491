import { ruleTester } from "../support/rule-tester.js";
import { requiredSections } from "../../rules/required-sections.js";

// Invented reports in the shapes real ones take; each line is numbered in the comments where
// the expected position depends on it.
const full = [
  "青禾镇人民政府2022年政府信息公开工作年度报告", // 1
  "一、总体情况", // 2
  "2022年，青禾镇认真落实条例要求。", // 3
  "二、主动公开政府信息情况", // 4
  "第二十条第（一）项\t\t\t", // 5
  "三、收到和处理政府信息公开申请情况", // 6
  "一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0", // 7 (a table row, not a heading)
  "四、政府信息公开行政复议、行政诉讼情况", // 8
  "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0", // 9
  "五、存在的主要问题及改进情况", // 10
  "公开意识仍需加强。", // 11
  "六、其他需要报告的事项", // 12
  "本年度未收取信息处理费。", // 13
].join("\n");

const without = (...drop: number[]) => full.split("\n").filter((_, i) => !drop.includes(i + 1)).join("\n");

ruleTester(requiredSections, {
  valid: [
    { name: "all six sections", code: full },
    { name: "CRLF line ends", code: full.replace(/\n/g, "\r\n") },
    {
      name: "numbering styles and variants",
      code: ["一. 政务信息公开工作总体情况", "正文", "二．主动公开政府信息情况", "三，收到和处理政府信息公开申请情况", "四、因政府信息公开工作被申请行政复议和提起行政诉讼情况", "五、存在的主要问题及改进措施", "六、其它需要报告的事项", "无"].join("\n"),
    },
    {
      name: "Markdown headings and bold",
      filename: "report.md",
      code: ["# 东湖街道办事处2022年政府信息公开工作年度报告", "## 一、总体情况", "正文", "**二、主动公开政府信息情况**", "## 三、收到和处理政府信息公开申请情况", "## 四、政府信息公开行政复议、行政诉讼情况", "## 五、存在的主要问题及改进情况", "## 六、其他需要报告的事项", "无"].join("\n"),
    },
    {
      name: "a heading ending with an inline directive is still the heading",
      code: full.replace("一、总体情况", "一、总体情况<!-- reportlint-disable-line stray-latin -- 引用英文原文 -->"),
    },
    {
      name: "the same in Markdown, on a # heading and on a bold line",
      filename: "report.md",
      code: full
        .replace("一、总体情况", "## 一、总体情况 <!-- reportlint-disable-line stray-latin -->")
        .replace("二、主动公开政府信息情况", "**二、主动公开政府信息情况** <!-- reportlint-disable-next-line -->"),
    },
    {
      name: "heading after a full-width indent",
      code: full.replace("一、总体情况", "\u3000\u3000一、总体情况"),
    },
  ],
  invalid: [
    {
      name: "section 四 missing: reported at 五's heading",
      code: without(8, 9),
      errors: [{ messageId: "missingBefore", line: 8, column: 1, endLine: 8, endColumn: 15, message: "缺少第四部分「四、政府信息公开行政复议、行政诉讼情况」，应位于「五、存在的主要问题及改进情况」之前" }],
    },
    {
      name: "section 六 missing: reported at the last line, where it should follow",
      code: without(12, 13) + "\n\n青禾镇人民政府\n2023年1月10日",
      errors: [{ messageId: "missingAtEnd", line: 14, column: 1, endLine: 14, endColumn: 11 }],
    },
    {
      name: "table row label 四、结转下年度继续办理 is not section 四",
      code: without(8, 9).replace("一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0", "一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n四、结转下年度继续办理"),
      errors: [{ messageId: "missingBefore", line: 9, column: 1, endLine: 9, endColumn: 15 }],
    },
    {
      name: "a sub-heading （四） does not stand in for section 四",
      code: without(8, 9).replace("公开意识仍需加强。", "（四）政府信息公开行政复议、行政诉讼情况"),
      errors: [{ messageId: "missingBefore", line: 8, column: 1, endLine: 8, endColumn: 15 }],
    },
    {
      name: "two sections missing in the middle: one finding naming both",
      code: without(4, 5, 6, 7),
      errors: [
        {
          messageId: "missingSeveralBefore",
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 20,
          message: "缺少第二、三部分（「二、主动公开政府信息情况」「三、收到和处理政府信息公开申请情况」），应位于「四、政府信息公开行政复议、行政诉讼情况」之前",
        },
      ],
    },
    {
      name: "a report that stops after 一: one finding at its last line",
      code: full.split("\n").slice(0, 3).join("\n"),
      errors: [{ messageId: "missingSeveralAtEnd", line: 3, column: 1, endLine: 3, endColumn: 19, message: /^缺少第二、三、四、五、六部分/ }],
    },
    {
      name: "missing in two places: one finding each",
      code: without(4, 5, 12, 13),
      errors: [
        { messageId: "missingBefore", line: 4, column: 1, endLine: 4, endColumn: 18 },
        { messageId: "missingAtEnd", line: 9, column: 1, endLine: 9, endColumn: 10 },
      ],
    },
    {
      name: "English messages",
      locale: "en",
      code: without(8, 9),
      errors: [{ line: 8, column: 1, endLine: 8, endColumn: 15, message: /^Section 四 "四、政府信息公开行政复议、行政诉讼情况" is missing; it belongs before "五、存在的主要问题及改进情况"$/ }],
    },
    {
      name: "no sections at all: reported at the title",
      code: "青禾镇人民政府2022年政府信息公开工作年度报告\n本年度工作平稳。",
      errors: [{ messageId: "noSections", line: 1, column: 1, endLine: 1, endColumn: 25 }],
    },
    {
      name: "empty text",
      code: "",
      errors: [{ messageId: "noSections", line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
  ],
});
