import { ruleTester } from "../support/rule-tester.js";
import { unfilledTemplate } from "../../rules/unfilled-template.js";

ruleTester(unfilledTemplate, {
  valid: [
    { name: "a filled-in report", code: "青禾镇2022年政府信息公开工作年度报告\n全年发布信息30条，接待来访群众49人次。" },
    { name: "〇 in Chinese numerals", code: "本报告于二〇二二年一月十日发布，二〇〇八年以来持续开展。" },
    { name: "x in addresses and codes, X光, ×, Markdown **", code: "网址 https://www.xxgk.gov.cn/XXGK/index.html，编号XJ-2022。\n**全面公开财务信息。**X光机1台，3×4米展板。" },
    { name: "a missing count is template-placeholder's", code: "同时采用悬挂横幅等形式，累计悬挂横幅条，发放宣传单页2000余份，播放标语30条。" },
    { name: "a bracket that is no instruction", code: "（一）主动公开情况（详见附表）" },
  ],
  invalid: [
    {
      name: "XX for a name and a count",
      code: "一、总体情况\n2022年，XX镇共发布信息XX条。",
      errors: [
        { messageId: "mark", severity: 2, line: 2, column: 7, endLine: 2, endColumn: 9, message: "模板占位符「XX」未替换为实际内容" },
        { messageId: "mark", severity: 2, line: 2, column: 15, endLine: 2, endColumn: 17 },
      ],
    },
    {
      name: "20XX年 and 202X年",
      code: "青禾镇20XX年政府信息公开工作年度报告\n本报告统计数据从202X年1月1日至202X年12月31日。",
      errors: [
        { messageId: "mark", severity: 2, line: 1, column: 4, endLine: 1, endColumn: 8 },
        { messageId: "mark", severity: 2, line: 2, column: 9, endLine: 2, endColumn: 13 },
        { messageId: "mark", severity: 2, line: 2, column: 19, endLine: 2, endColumn: 23 },
      ],
    },
    {
      name: "×× and 某某",
      code: "联系人：××，电话：0955-5790010；某某村委会已公开。",
      errors: [
        { messageId: "mark", severity: 2, line: 1, column: 5, endLine: 1, endColumn: 7 },
        { messageId: "mark", severity: 2, line: 1, column: 24, endLine: 1, endColumn: 26 },
      ],
    },
    {
      name: "〇〇 standing alone",
      code: "〇〇镇人民政府于二〇二二年一月十日发布。",
      errors: [{ messageId: "mark", severity: 2, line: 1, column: 1, endLine: 1, endColumn: 3 }],
    },
    {
      name: "bracketed instructions and 此处填写",
      code: "（单位名称）2022年政府信息公开工作年度报告\n此处填写总体情况。【请填写联系电话】",
      errors: [
        { messageId: "instruction", severity: 2, line: 1, column: 1, endLine: 1, endColumn: 7, message: "模板填写说明「（单位名称）」未替换为实际内容" },
        { messageId: "instruction", severity: 2, line: 2, column: 1, endLine: 2, endColumn: 5 },
        { messageId: "instruction", severity: 2, line: 2, column: 10, endLine: 2, endColumn: 19 },
      ],
    },
    {
      name: "a mark is this rule's error; the missing count beside it is template-placeholder's",
      code: "XX镇发布信息。\n累计悬挂横幅条，发放宣传单页2000余份。",
      errors: [{ messageId: "mark", line: 1, column: 1, endLine: 1, endColumn: 3, severity: 2 }],
    },
    {
      name: "English message",
      locale: "en",
      code: "XX镇",
      errors: [{ severity: 2, line: 1, column: 1, endLine: 1, endColumn: 3, message: "Template placeholder \"XX\" was never filled in" }],
    },
  ],
});
