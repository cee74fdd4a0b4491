import { ruleTester } from "../support/rule-tester.js";
import { templatePlaceholder } from "../../rules/template-placeholder.js";

ruleTester(templatePlaceholder, {
  valid: [
    {
      name: "条 after numerals and in words",
      code: "依据《条例》第二十条、第三十六条，三条措施、多条渠道、各条线逐条落实，公开各类文件，办理各类事项，完成审批，条款齐全。",
    },
    { name: "counts present", code: "全年公开政府文件，发布信息30条，接待来访群众49人次，发放宣传单2000余份。" },
    { name: "〇 in Chinese numerals", code: "本报告于二〇二二年一月十日发布，二〇〇八年以来持续开展。" },
    { name: "x in addresses and codes, X光, ×, Markdown **", code: "网址 https://www.xxgk.gov.cn/XXGK/index.html，编号XJ-2022。\n**全面公开财务信息。**X光机1台，3×4米展板。" },
    { name: "公共 and 共同 are not totals", code: "公共服务事项，共同推进条。" },
    { name: "a table row label", code: "第二十条第（一）项\t\t\n规章\t0\t0\t0" },
    { name: "a negation where the count would be", code: "全年收到政府信息公开申请5件，办结5件，上年无结转件；累计发布信息30条，暂无撤回条，未办结件。" },
    { name: "an enumeration whose siblings carry bare numbers only", code: "全年发布信息：1月20条，2月15条，其余各月条。" },
    { name: "an enumeration of another measure word", code: "其中政策文件12条，部门文件30件，其他文件。" },
    { name: "户 ends a noun of its own", code: "走访群众200户，其中脱贫户50户，重点关注监测对象户。" },
  ],
  invalid: [
    {
      name: "XX for a name and a count",
      code: "一、总体情况\n2022年，XX镇共发布信息XX条。",
      errors: [
        { messageId: "mark", line: 2, column: 7, endLine: 2, endColumn: 9, message: "模板占位符「XX」未替换为实际内容" },
        { messageId: "mark", line: 2, column: 15, endLine: 2, endColumn: 17 },
      ],
    },
    {
      name: "20XX年 and 202X年",
      code: "青禾镇20XX年政府信息公开工作年度报告\n本报告统计数据从202X年1月1日至202X年12月31日。",
      errors: [
        { messageId: "mark", line: 1, column: 4, endLine: 1, endColumn: 8 },
        { messageId: "mark", line: 2, column: 9, endLine: 2, endColumn: 13 },
        { messageId: "mark", line: 2, column: 19, endLine: 2, endColumn: 23 },
      ],
    },
    {
      name: "×× and 某某",
      code: "联系人：××，电话：0955-5790010；某某村委会已公开。",
      errors: [
        { messageId: "mark", line: 1, column: 5, endLine: 1, endColumn: 7 },
        { messageId: "mark", line: 1, column: 24, endLine: 1, endColumn: 26 },
      ],
    },
    {
      name: "〇〇 standing alone",
      code: "〇〇镇人民政府于二〇二二年一月十日发布。",
      errors: [{ messageId: "mark", line: 1, column: 1, endLine: 1, endColumn: 3 }],
    },
    {
      name: "bracketed instructions and 此处填写",
      code: "（单位名称）2022年政府信息公开工作年度报告\n此处填写总体情况。【请填写联系电话】",
      errors: [
        { messageId: "instruction", line: 1, column: 1, endLine: 1, endColumn: 7, message: "模板填写说明「（单位名称）」未替换为实际内容" },
        { messageId: "instruction", line: 2, column: 1, endLine: 2, endColumn: 5 },
        { messageId: "instruction", line: 2, column: 10, endLine: 2, endColumn: 19 },
      ],
    },
    {
      name: "spaces where the number was",
      code: "全年主动公开信息  条，收到申请 件。",
      errors: [
        { messageId: "missingCount", line: 1, column: 5, endLine: 1, endColumn: 12, message: "「公开信息 条」缺少数量：「条」前应有数字" },
        { messageId: "missingCount", line: 1, column: 13, endLine: 1, endColumn: 19 },
      ],
    },
    {
      name: "a count lost among counted clauses",
      code: "同时采用悬挂横幅等形式，累计悬挂横幅条，发放宣传单页2000余份，播放标语30条。",
      errors: [{ messageId: "missingCount", line: 1, column: 13, endLine: 1, endColumn: 20, message: "「累计悬挂横幅条」缺少数量：「条」前应有数字" }],
    },
    {
      name: "a count lost after 共",
      code: "本年度共收到申请件，均已答复。",
      errors: [{ messageId: "missingCount", line: 1, column: 1, endLine: 1, endColumn: 10 }],
    },
    {
      name: "a count lost inside an enumeration of counted items",
      code: "本年度主动公开政府信息120条，其中概况信息条，政策文件12条，部门文件30条。",
      errors: [{ messageId: "missingCount", line: 1, column: 17, endLine: 1, endColumn: 24, severity: 1, message: "「其中概况信息条」缺少数量：「条」前应有数字" }],
    },
    {
      name: "marks are errors, a missing count a warning",
      code: "XX镇发布信息。\n累计悬挂横幅条，发放宣传单页2000余份。",
      errors: [
        { messageId: "mark", line: 1, column: 1, endLine: 1, endColumn: 3, severity: 2 },
        { messageId: "missingCount", line: 2, column: 1, endLine: 2, endColumn: 8, severity: 1 },
      ],
    },
    {
      name: "English message",
      locale: "en",
      code: "XX镇",
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 3, message: "Template placeholder \"XX\" was never filled in" }],
    },
  ],
});
