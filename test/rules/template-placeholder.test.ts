import { ruleTester } from "../support/rule-tester.js";
import { templatePlaceholder } from "../../rules/template-placeholder.js";

ruleTester(templatePlaceholder, {
  valid: [
    { name: "a placeholder mark is unfilled-template's", code: "2022年，XX镇共发布信息XX条。" },
    { name: "an instruction is unfilled-template's", code: "（单位名称）2022年政府信息公开工作年度报告" },
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
      name: "spaces where the number was",
      code: "全年主动公开信息  条，收到申请 件。",
      errors: [
        { messageId: "missingCount", severity: 1, line: 1, column: 5, endLine: 1, endColumn: 12, message: "「公开信息 条」缺少数量：「条」前应有数字" },
        { messageId: "missingCount", severity: 1, line: 1, column: 13, endLine: 1, endColumn: 19 },
      ],
    },
    {
      name: "a count lost among counted clauses",
      code: "同时采用悬挂横幅等形式，累计悬挂横幅条，发放宣传单页2000余份，播放标语30条。",
      errors: [{ messageId: "missingCount", severity: 1, line: 1, column: 13, endLine: 1, endColumn: 20, message: "「累计悬挂横幅条」缺少数量：「条」前应有数字" }],
    },
    {
      name: "a count lost after 共",
      code: "本年度共收到申请件，均已答复。",
      errors: [{ messageId: "missingCount", severity: 1, line: 1, column: 1, endLine: 1, endColumn: 10 }],
    },
    {
      name: "a count lost inside an enumeration of counted items",
      code: "本年度主动公开政府信息120条，其中概况信息条，政策文件12条，部门文件30条。",
      errors: [{ messageId: "missingCount", line: 1, column: 17, endLine: 1, endColumn: 24, severity: 1, message: "「其中概况信息条」缺少数量：「条」前应有数字" }],
    },
    {
      name: "a missing count is this rule's warning; the mark beside it is unfilled-template's",
      code: "XX镇发布信息。\n累计悬挂横幅条，发放宣传单页2000余份。",
      errors: [{ messageId: "missingCount", line: 2, column: 1, endLine: 2, endColumn: 8, severity: 1 }],
    },
    {
      name: "English message",
      locale: "en",
      code: "全年主动公开信息  条。",
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 12, message: "\"公开信息 条\" lacks its count: a number belongs before \"条\"" }],
    },
  ],
});
