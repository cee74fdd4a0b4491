import { ruleTester } from "../support/rule-tester.js";
import { reportTitle } from "../../rules/report-title.js";

// An invented report after a title line.
const body = [
  "一、总体情况",
  "2022年，青禾镇推进政务公开。",
  "二、主动公开政府信息情况",
  "三、收到和处理政府信息公开申请情况",
  "四、政府信息公开行政复议、行政诉讼情况",
  "五、存在的主要问题及改进情况",
  "公开内容的及时性有待提高。",
  "六、其他需要报告的事项",
  "本年度未收取信息处理费。",
].join("\n");
const withTitle = (title: string) => `${title}\n${body}`;

ruleTester(reportTitle, {
  valid: [
    { name: "body, year, official words", code: withTitle("青禾镇人民政府2022年政府信息公开工作年度报告") },
    { name: "the year first, written 年度", code: withTitle("2022年度青禾镇政府信息公开工作年度报告") },
    { name: "spaces inside the title", code: withTitle("青禾镇人民政府 2022 年 政府信息公开工作年度报告") },
    { name: "a title split over two lines", code: withTitle("某县市场监督管理局2022年\n政府信息公开工作年度报告") },
    { name: "a Markdown title", filename: "r.md", code: `# 东湖街道办事处2022年政府信息公开工作年度报告\n${body}` },
    { name: "a year in Chinese numerals", code: withTitle("青禾镇人民政府二〇二二年政府信息公开工作年度报告") },
    { name: "traditional characters", code: withTitle("青禾鎮人民政府2022年政府信息公開工作年度報告") },
    { name: "no title in a fragment that starts at section 一 and stops early", code: body.split("\n").slice(0, 4).join("\n") },
    { name: "no title in a fragment without section 一", code: body.split("\n").slice(2).join("\n") },
    { name: "a title over three lines: name, year, words", code: withTitle("青禾镇人民政府\n2022年\n政府信息公开工作年度报告") },
    { name: "a title after page chrome and repeated", code: withTitle("首页 > 政府信息公开 > 年度报告\n青禾镇人民政府2022年政府信息公开工作年度报告\n发布时间：2023-01-10\n青禾镇人民政府2022年政府信息公开工作年度报告") },
    { name: "a title naming a town without its county is whole", code: withTitle("青禾镇人民政府2022年政府信息公开工作年度报告").replace("2022年，青禾镇", "2022年，禾丰县青禾镇人民政府") },
  ],
  invalid: [
    {
      name: "a title cut short: no body, no year — one finding",
      code: withTitle("信息公开工作年度报告"),
      errors: [{ messageId: "cutShort", line: 1, column: 1, endLine: 1, endColumn: 11, message: "标题「信息公开工作年度报告」不完整：缺少发布单位名称和年份（应为“单位名称＋年份＋政府信息公开工作年度报告”）" }],
      output: null,
    },
    {
      name: "the body's place dropped from the title: a warning, the fix names it in full",
      code: withTitle("县人民政府办公室2022年政府信息公开工作年度报告").replace("2022年，青禾镇推进政务公开。", "2022年，宁远县人民政府办公室推进政务公开。"),
      errors: [{ messageId: "placeMissing", severity: 1, line: 1, column: 1, endLine: 1, endColumn: 9, message: "标题中的单位名称「县人民政府办公室」缺少地名，正文写作「宁远县人民政府办公室」：标题应写明单位全称" }],
      output: withTitle("宁远县人民政府办公室2022年政府信息公开工作年度报告").replace("2022年，青禾镇推进政务公开。", "2022年，宁远县人民政府办公室推进政务公开。"),
    },
    {
      name: "the place before the body's own words, signed at the end",
      code: withTitle("人民政府办公室2022年政府信息公开工作年度报告") + "\n\n宁远县人民政府办公室\n2023年1月10日",
      errors: [{ messageId: "placeMissing", severity: 1, line: 1, column: 1, endLine: 1, endColumn: 8 }],
      output: withTitle("宁远县人民政府办公室2022年政府信息公开工作年度报告") + "\n\n宁远县人民政府办公室\n2023年1月10日",
    },
    {
      name: "信息公开年报 for 政府信息公开工作年度报告: an error",
      code: withTitle("青禾镇人民政府2022年信息公开年报"),
      errors: [{ messageId: "wording", severity: 2, line: 1, column: 13, endLine: 1, endColumn: 19, message: "标题中“信息公开年报”应为规定的“政府信息公开工作年度报告”" }],
      output: null,
    },
    {
      name: "政府信息公开年报: an error",
      code: withTitle("青禾镇人民政府2022年政府信息公开年报"),
      errors: [{ messageId: "wording", severity: 2, line: 1, column: 13, endLine: 1, endColumn: 21 }],
      output: null,
    },
    {
      name: "政府 dropped: an error with the fix",
      code: withTitle("青禾镇人民政府2022年信息公开工作年度报告"),
      errors: [{ messageId: "missingWord", severity: 2, line: 1, column: 13, endLine: 1, endColumn: 15 }],
      output: withTitle("青禾镇人民政府2022年政府信息公开工作年度报告"),
    },
    {
      name: "工作 dropped: an error with the fix",
      code: withTitle("青禾镇人民政府2022年政府信息公开年度报告"),
      errors: [{ messageId: "missingWord", severity: 2, line: 1, column: 17, endLine: 1, endColumn: 21 }],
      output: withTitle("青禾镇人民政府2022年政府信息公开工作年度报告"),
    },
    {
      name: "政府 and 工作 both dropped: one finding on the wording",
      code: withTitle("青禾镇人民政府2022年信息公开年度报告"),
      errors: [{ messageId: "wording", severity: 2, line: 1, column: 13, endLine: 1, endColumn: 21 }],
      output: null,
    },
    {
      name: "工作报告 for 工作年度报告",
      code: withTitle("2022年度青禾镇政府信息公开工作报告"),
      errors: [{ messageId: "workReport", line: 1, column: 16, endLine: 1, endColumn: 20, message: "标题把“年度报告”写成了“工作报告”：应为「2022年度青禾镇政府信息公开工作年度报告」" }],
      output: withTitle("2022年度青禾镇政府信息公开工作年度报告"),
    },
    {
      name: "政务信息公开 for 政府信息公开",
      code: withTitle("青禾镇人民政府 2022 年 政务信息公开工作年度报告"),
      errors: [{ messageId: "zhengwu", line: 1, column: 16, endLine: 1, endColumn: 22 }],
      output: withTitle("青禾镇人民政府 2022 年 政府信息公开工作年度报告"),
    },
    {
      name: "a doubled word across a space",
      code: withTitle("青禾镇人民政府 2022 年政府信息公开 公开工作年度报告"),
      errors: [{ messageId: "doubled", line: 1, column: 22, endLine: 1, endColumn: 24, message: "标题中“公开”重复：应为「青禾镇人民政府 2022 年政府信息公开工作年度报告」" }],
      output: withTitle("青禾镇人民政府 2022 年政府信息公开工作年度报告"),
    },
    {
      name: "年度报告 without 工作",
      code: withTitle("青禾镇2022年政府信息公开年度报告"),
      errors: [{ messageId: "missingWord", line: 1, column: 13, endLine: 1, endColumn: 17, message: "标题缺少“工作”二字：应为「青禾镇2022年政府信息公开工作年度报告」" }],
      output: withTitle("青禾镇2022年政府信息公开工作年度报告"),
    },
    {
      name: "信息公开 without 政府",
      code: withTitle("某县市场监督管理局2022年度信息公开工作年度报告"),
      errors: [{ messageId: "missingWord", line: 1, column: 16, endLine: 1, endColumn: 18 }],
      output: withTitle("某县市场监督管理局2022年度政府信息公开工作年度报告"),
    },
    {
      name: "two defects at once: both fixed in one pass",
      code: withTitle("青禾镇2022年政务信息公开工作报告"),
      errors: [
        { messageId: "zhengwu", line: 1, column: 9, endLine: 1, endColumn: 15 },
        { messageId: "workReport", line: 1, column: 15, endLine: 1, endColumn: 19, message: "标题把“年度报告”写成了“工作报告”：应为「青禾镇2022年政府信息公开工作年度报告」" },
      ],
      output: withTitle("青禾镇2022年政府信息公开工作年度报告"),
    },
    {
      name: "other wording: reported, not fixed",
      code: withTitle("青禾镇2022年政务公开工作年度报告"),
      errors: [{ messageId: "wording", line: 1, column: 9, endLine: 1, endColumn: 19, message: "标题中“政务公开工作年度报告”应为规定的“政府信息公开工作年度报告”" }],
      output: null,
    },
    {
      name: "no year (the period sentence gives it for the message)",
      code: `某县市场监督管理局\n政府信息公开工作年度报告\n本报告统计数据从2021年1月1日至2021年12月31日。\n${body}`,
      errors: [{ messageId: "missingYear", line: 1, column: 1, endLine: 2, endColumn: 13, message: "标题「某县市场监督管理局 政府信息公开工作年度报告」缺少年份（应写明报告年度，如“某县市场监督管理局2021年政府信息公开工作年度报告”）" }],
      output: null,
    },
    {
      name: "no body named",
      code: withTitle("2022年政府信息公开工作年度报告"),
      errors: [{ messageId: "missingOrganization", line: 1, column: 1, endLine: 1, endColumn: 18 }],
      output: null,
    },
    {
      name: "no title in a whole report: reported at its first line",
      code: `根据条例规定，现公布本年度报告。\n${body}`,
      errors: [{ messageId: "missingTitle", line: 1, column: 1, endLine: 1, endColumn: 17 }],
      output: null,
    },
    {
      name: "English messages",
      locale: "en",
      code: withTitle("2022年度青禾镇政府信息公开工作报告"),
      errors: [{ line: 1, column: 16, endLine: 1, endColumn: 20, message: "The title says 工作报告 instead of 工作年度报告: it should read \"2022年度青禾镇政府信息公开工作年度报告\"" }],
      output: withTitle("2022年度青禾镇政府信息公开工作年度报告"),
    },
  ],
});
