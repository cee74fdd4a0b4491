import { ruleTester } from "../support/rule-tester.js";
import { sectionHeading } from "../../rules/section-heading.js";

// An invented report; line numbers in the comments.
const lines = [
  "东湖街道办事处2023年政府信息公开工作年度报告", // 1
  "一、总体情况", // 2
  "2023年，东湖街道推进政务公开。", // 3
  "二、主动公开政府信息情况", // 4
  "全年主动公开信息56条。", // 5
  "三、收到和处理政府信息公开申请情况", // 6
  "全年收到申请2件。", // 7
  "四、政府信息公开行政复议、行政诉讼情况", // 8
  "未发生行政复议、行政诉讼。", // 9
  "五、存在的主要问题及改进情况", // 10
  "公开内容的及时性有待提高。", // 11
  "六、其他需要报告的事项", // 12
  "本年度未收取信息处理费。", // 13
];
const full = lines.join("\n");
const swap = (line: number, to: string) => lines.map((l, i) => (i + 1 === line ? to : l)).join("\n");

ruleTester(sectionHeading, {
  valid: [
    { name: "official headings", code: full },
    { name: "a space after 、 is not reported", code: swap(2, "一、 总体情况") },
    { name: "heading with a trailing colon", code: swap(4, "二、主动公开政府信息情况：") },
    { name: "Markdown heading markers and bold", filename: "r.md", code: ["# 东湖街道办事处2023年政府信息公开工作年度报告", "## 一、总体情况", "正文", "**二、主动公开政府信息情况**", "正文"].join("\n") },
    { name: "traditional characters are the official wording", code: swap(2, "一、總體情況") },
    { name: "numeral punctuation not checked when turned off", options: { numeralPunctuation: false }, code: swap(2, "一. 总体情况") },
    { name: "heading running into prose keeps its words", code: swap(2, "一、总体情况 2023年，东湖街道推进政务公开。") },
  ],
  invalid: [
    {
      name: "改进措施 for 改进情况: the words are replaced, the numeral kept",
      code: swap(10, "五、存在的主要问题及改进措施"),
      errors: [{ messageId: "variant", line: 10, column: 1, endLine: 10, endColumn: 15, message: "第五部分标题应为「五、存在的主要问题及改进情况」，不是「五、存在的主要问题及改进措施」" }],
      output: full,
    },
    {
      name: "其它 for 其他",
      code: swap(12, "六、其它需要报告的事项"),
      errors: [{ messageId: "variant", line: 12, column: 1, endLine: 12, endColumn: 12 }],
      output: full,
    },
    {
      name: "政务信息公开工作总体情况",
      code: swap(2, "一、政务信息公开工作总体情况"),
      errors: [{ messageId: "variant", line: 2, column: 1, endLine: 2, endColumn: 15 }],
      output: full,
    },
    {
      name: "the statute's wording of section 四",
      code: swap(8, "四、因政府信息公开工作被申请行政复议、提起行政诉讼的情况"),
      errors: [{ messageId: "variant", line: 8, column: 1, endLine: 8, endColumn: 29 }],
      output: full,
    },
    {
      name: "a wrong numeral is left alone (section-order reports it)",
      code: swap(10, "四、存在的主要问题及改进措施"),
      errors: [{ messageId: "variant", line: 10, column: 1, endLine: 10, endColumn: 15 }],
      output: swap(10, "四、存在的主要问题及改进情况"),
    },
    {
      name: "a heading running into prose: only the heading words are replaced",
      code: swap(12, "六、其它需要报告的事项 本年度未收取信息处理费。").replace("\n本年度未收取信息处理费。", ""),
      errors: [{ messageId: "variant", line: 12, column: 1, endLine: 12, endColumn: 12 }],
      output: swap(12, "六、其他需要报告的事项 本年度未收取信息处理费。").replace("\n本年度未收取信息处理费。", ""),
    },
    {
      name: "words before the official wording: reported, and the words rewritten",
      code: swap(2, "一、政府信息公开工作的总体情况"),
      errors: [{ messageId: "variant", line: 2, column: 1, endLine: 2, endColumn: 16, message: "第一部分标题应为「一、总体情况」，不是「一、政府信息公开工作的总体情况」" }],
      output: swap(2, "一、总体情况"),
    },
    {
      name: "a loose wording taken on cue words: reported without a fix",
      code: swap(4, "二、推进主动公开工作"),
      errors: [{ messageId: "loose", line: 4, column: 1, endLine: 4, endColumn: 11, message: "「二、推进主动公开工作」被识别为第二部分，其标题应为「二、主动公开政府信息情况」" }],
      output: null,
    },
    {
      name: "numeral followed by a full stop, a comma or a space",
      code: [swap(2, "一. 总体情况").split("\n").slice(0, 3), "二，主动公开政府信息情况", "正文", "三 收到和处理政府信息公开申请情况", "正文"].flat().join("\n"),
      errors: [
        { messageId: "separator", line: 2, column: 1, endLine: 2, endColumn: 4, message: "标题编号「一」后应使用顿号「、」，写作「一、总体情况」，不是「一. 总体情况」" },
        { messageId: "separator", line: 4, column: 1, endLine: 4, endColumn: 3 },
        { messageId: "separator", line: 6, column: 1, endLine: 6, endColumn: 3 },
      ],
      output: [lines.slice(0, 3), "二、主动公开政府信息情况", "正文", "三、收到和处理政府信息公开申请情况", "正文"].flat().join("\n"),
    },
    {
      name: "a variant with a full-width full stop: both fixed in one pass",
      code: swap(10, "五．存在问题及改进情况"),
      errors: [
        { messageId: "separator", line: 10, column: 1, endLine: 10, endColumn: 3, message: "标题编号「五」后应使用顿号「、」，写作「五、存在的主要问题及改进情况」，不是「五．存在问题及改进情况」" },
        { messageId: "variant", line: 10, column: 1, endLine: 10, endColumn: 12 },
      ],
      output: full,
    },
    {
      name: "English messages",
      locale: "en",
      code: swap(12, "六、其它需要报告的事项"),
      errors: [{ line: 12, column: 1, endLine: 12, endColumn: 12, message: "Section 六's heading should read \"六、其他需要报告的事项\", not \"六、其它需要报告的事项\"" }],
      output: full,
    },
  ],
});
