import { ruleTester } from "../support/rule-tester.js";
import { sectionOrder } from "../../rules/section-order.js";

// An invented report; line numbers in the comments.
const lines = [
  "某县市场监督管理局2023年政府信息公开工作年度报告", // 1
  "一、总体情况", // 2
  "2023年，我局推进政务公开。", // 3
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
/** Lines 1..n of the report with `extra` inserted after line `after`. */
const insert = (after: number, ...extra: string[]) => [...lines.slice(0, after), ...extra, ...lines.slice(after)].join("\n");
const swap = (line: number, to: string) => lines.map((l, i) => (i + 1 === line ? to : l)).join("\n");

ruleTester(sectionOrder, {
  valid: [
    { name: "the six in order", code: full },
    { name: "sub-topics numbered （一）", code: insert(3, "（一）加强组织领导", "成立工作专班。", "（二）推进主动公开", "及时发布信息。") },
    { name: "a top-level heading after 六 fits the numbering", code: insert(13, "七、附件说明", "无。") },
    { name: "table-三 row labels that look like headings", code: insert(7, "一、本年新收政府信息公开申请数量\t2\t0\t0\t0\t0\t0\t2", "四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0") },
    { name: "a numbered sentence is prose, not a heading", code: insert(3, "一、全年公开信息56条，较上年增加。") },
    { name: "a numbered heading before section 一 (page chrome, preface) is left alone", code: insert(1, "一、编制说明", "本报告依据条例编制。") },
    { name: "a fragment starting at section 三", code: lines.slice(5).join("\n") },
    { name: "a heading without numeral", filename: "r.md", code: ["# 一、总体情况", "正文", "# 主动公开政府信息情况", "正文", "# 三、收到和处理政府信息公开申请情况"].join("\n") },
  ],
  invalid: [
    {
      name: "sections out of order",
      code: [...lines.slice(0, 3), ...lines.slice(5, 7), ...lines.slice(3, 5), ...lines.slice(7)].join("\n"),
      errors: [{ messageId: "outOfOrder", line: 6, column: 1, endLine: 6, endColumn: 13, message: "第二部分「二、主动公开政府信息情况」应在第三部分「三、收到和处理政府信息公开申请情况」之前（规定顺序为一至六）" }],
    },
    {
      name: "a section twice",
      code: insert(13, "五、存在的主要问题及改进情况", "人员力量不足。"),
      errors: [{ messageId: "duplicate", line: 14, column: 1, endLine: 14, endColumn: 15, message: "第五部分「五、存在的主要问题及改进情况」重复出现（第 10 行已有）" }],
    },
    {
      name: "四 missing: 五 and 六 written 四 and 五",
      code: [...lines.slice(0, 7), "四、存在的主要问题及改进情况", "公开内容的及时性有待提高。", "五、其他需要报告的事项", "无。"].join("\n"),
      errors: [
        { messageId: "wrongNumeral", line: 8, column: 1, endLine: 8, endColumn: 2, message: "「五、存在的主要问题及改进情况」是第五部分，编号应为「五」，不是「四」" },
        { messageId: "wrongNumeral", line: 10, column: 1, endLine: 10, endColumn: 2 },
      ],
    },
    {
      name: "a section restarting its numbering: reported once, at the first sub-topic",
      code: insert(3, "一、加强组织领导", "成立工作专班。", "二、推进主动公开", "及时发布信息。"),
      errors: [
        {
          messageId: "subTopic",
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 9,
          message: "「一、加强组织领导」位于第一部分「一、总体情况」之内，却用了与六个部分相同的一级编号「一、」（本部分共 2 个这样编号的小标题）；小标题应写作「（一）」",
        },
      ],
    },
    {
      name: "sub-topics numbered 一、 in the last section",
      code: insert(11, "一、加强业务培训", "二、完善审核机制"),
      errors: [{ messageId: "subTopic", line: 12, column: 1, endLine: 12, endColumn: 9 }],
    },
    {
      name: "a sub-topic taking the next section's numeral",
      code: insert(3, "二、工作措施", "加强领导。"),
      errors: [
        {
          messageId: "clash",
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 7,
          message: "一级标题「二、工作措施」不是规定的六个部分之一，其编号「二」与「二、主动公开政府信息情况」冲突；如为小标题，应写作「（二）」",
        },
      ],
    },
    {
      name: "an old structure: an extra section shifts the numerals of the ones after it",
      code: [...lines.slice(0, 7), "四、政府信息公开的收费及减免情况", "未收费。", "五、政府信息公开行政复议、行政诉讼情况", "无。", "六、存在的主要问题及改进情况", "无。", "七、其他需要报告的事项", "无。"].join("\n"),
      errors: [
        { messageId: "wrongNumeral", line: 10, column: 1, endLine: 10, endColumn: 2 },
        { messageId: "wrongNumeral", line: 12, column: 1, endLine: 12, endColumn: 2 },
        { messageId: "wrongNumeral", line: 14, column: 1, endLine: 14, endColumn: 2 },
      ],
    },
    {
      name: "English messages",
      locale: "en",
      code: swap(10, "四、存在的主要问题及改进情况").replace("四、政府信息公开行政复议、行政诉讼情况\n未发生行政复议、行政诉讼。\n", ""),
      errors: [{ line: 8, column: 1, endLine: 8, endColumn: 2, message: "\"五、存在的主要问题及改进情况\" is section 五 and must be numbered \"五\", not \"四\"" }],
    },
  ],
});
