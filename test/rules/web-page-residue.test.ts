import { ruleTester } from "../support/rule-tester.js";
import { webPageResidue } from "../../rules/web-page-residue.js";

const body = "一、总体情况\n2022年，我镇认真落实条例。";
const pasted = [
  "• 繁體版", // 1
  "  • 无障碍", // 2
  "", // 3
  "东湖县人民政府", // 4
  "", // 5
  "全文检索", // 6
  "", // 7
  "青禾镇2022年政府信息公开工作年度报告", // 8
  "", // 9
  "来源:青禾镇 发布时间:2023-01-19 08:39:37 浏览次数: 【字体:", // 10
  "", // 11
  "根据《条例》规定，现公布本报告。", // 12
  body,
].join("\n");

ruleTester(webPageResidue, {
  valid: [
    { name: "a publication date alone is information", code: `青禾镇2022年政府信息公开工作年度报告\n发布时间：2023-01-19\n根据《条例》规定，现公布本报告。\n${body}` },
    { name: "a name line before the title without any page chrome", code: `东湖县人民政府\n青禾镇2022年政府信息公开工作年度报告\n${body}` },
    { name: "chrome words inside the report body are not residue", code: `青禾镇2022年政府信息公开工作年度报告\n${body}\n通过网站“当前位置”栏目和无障碍浏览功能方便群众。` },
    { name: "no head at all", code: body },
    {
      name: "the empty cells of a table cut off at the end of the file (TAB rows)",
      code: `青禾镇2022年政府信息公开工作年度报告\n${body}\n二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n规范性文件\t\t\t\n|\t|\t|\n||||`,
    },
    {
      name: "the empty cells of a cut-off GFM table",
      filename: "report.md",
      code: `青禾镇2022年政府信息公开工作年度报告\n\n${body}\n\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| --- | --- | --- | --- |\n| 规章 | 0 | 0 | 0 |\n\n| | | | |\n\n|||||`,
    },
  ],
  invalid: [
    {
      name: "a pasted page head: site tools, site header, counter line",
      code: pasted,
      errors: [
        { messageId: "residue", line: 1, column: 1, endLine: 1, endColumn: 6, message: "网页残留内容「• 繁體版」不属于报告正文，应删除本行" },
        { messageId: "residue", line: 2, column: 3, endLine: 2, endColumn: 8 },
        { messageId: "siteHeader", line: 4, column: 1, endLine: 4, endColumn: 8 },
        { messageId: "residue", line: 6, column: 1, endLine: 6, endColumn: 5 },
        { messageId: "residueWithDate", line: 10, column: 1, endLine: 10, endColumn: 43 },
      ],
      output: `青禾镇2022年政府信息公开工作年度报告\n\n来源:青禾镇 发布时间:2023-01-19 08:39:37 浏览次数: 【字体:\n\n根据《条例》规定，现公布本报告。\n${body}`,
    },
    {
      name: "a metadata block; the title inside it is kept",
      code: `索引号 | 11520000/2023-00012 | 发布机构 | 东湖县市场监督管理局 |\n标题 | 东湖县市场监督管理局2022年政府信息公开工作年度报告 |\n||||||\n${body}`,
      errors: [
        { messageId: "residue", line: 1, column: 1, endLine: 1, endColumn: 48 },
        { messageId: "residue", line: 3, column: 1, endLine: 3, endColumn: 7 },
      ],
      output: `标题 | 东湖县市场监督管理局2022年政府信息公开工作年度报告 |\n${body}`,
    },
    {
      name: "buttons after the last section",
      code: `青禾镇2022年政府信息公开工作年度报告\n${body}\n六、其他需要报告的事项\n无。\n【打印】【关闭】\n\n分享到：微信 微博`,
      errors: [
        { messageId: "residue", line: 6, column: 1, endLine: 6, endColumn: 9 },
        { messageId: "residue", line: 8, column: 1, endLine: 8, endColumn: 10 },
      ],
      output: `青禾镇2022年政府信息公开工作年度报告\n${body}\n六、其他需要报告的事项\n无。\n`,
    },
    {
      name: "a line of pipes after prose at the end is still residue",
      code: `青禾镇2022年政府信息公开工作年度报告\n${body}\n六、其他需要报告的事项\n无。\n||||||`,
      errors: [{ messageId: "residue", line: 6, column: 1, endLine: 6, endColumn: 7 }],
      output: `青禾镇2022年政府信息公开工作年度报告\n${body}\n六、其他需要报告的事项\n无。\n`,
    },
    {
      name: "a breadcrumb, CRLF line ends",
      code: "当前位置：首页 > 政务公开 > 年度报告\r\n青禾镇2022年政府信息公开工作年度报告\r\n一、总体情况\r\n2022年，我镇认真落实条例。",
      errors: [{ messageId: "residue", line: 1, column: 1, endLine: 1, endColumn: 22 }],
      output: "青禾镇2022年政府信息公开工作年度报告\r\n一、总体情况\r\n2022年，我镇认真落实条例。",
    },
    {
      name: "English message",
      locale: "en",
      code: `当前位置：首页 > 年报\n青禾镇2022年政府信息公开工作年度报告\n${body}`,
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 13, message: "Web page residue \"当前位置：首页 > 年报\" is not part of the report: delete the line" }],
      output: `青禾镇2022年政府信息公开工作年度报告\n${body}`,
    },
  ],
});
