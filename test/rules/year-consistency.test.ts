import { ruleTester } from "../support/rule-tester.js";
import { yearConsistency } from "../../rules/year-consistency.js";

const consistent = [
  "青禾镇2021年政府信息公开工作年度报告", // 1
  "发布时间：2022-01-15", // 2
  "现发布《青禾镇2021年政府信息公开工作年度报告》，本报告统计数据从2021年1月1日至12月31日。根据《关于做好2021年度政府信息公开工作年度报告编制工作的通知》要求编制，较2020年度报告有所改进。", // 3
  "一、总体情况", // 4
  "2021年，我镇认真落实条例。", // 5
  "五、存在的主要问题及改进情况", // 6
  "2021年，我镇公开工作仍有不足。为此，2022年，我镇将加强培训。", // 7
  "六、其他需要报告的事项", // 8
  "无。", // 9
].join("\n");

ruleTester(yearConsistency, {
  valid: [
    { name: "every year agrees", code: consistent },
    { name: "a town has no statutory deadline", code: "青禾镇2021年政府信息公开工作年度报告\n发布时间：2022-05-15\n一、总体情况\n2021年，我镇认真落实条例。" },
    { name: "checkDeadline off", code: "东湖县市场监督管理局2021年政府信息公开工作年度报告\n发布时间：2022-02-15\n一、总体情况\n2021年，我局认真落实条例。", options: { checkDeadline: false } },
    { name: "no year at all", code: "一、总体情况\n我镇认真落实条例。" },
    {
      name: "last year's figures in a comparison, history or a plan for next year are fine",
      code: [
        "青禾镇2023年政府信息公开工作年度报告",
        "一、总体情况",
        "2023年，我镇认真落实条例，全年收到申请5件，结转2024年继续办理1件。",
        "2022年，我镇共主动公开信息100条，2023年增至120条。",
        "2022年，我镇主动公开信息100条，较上年有所增加。",
        "2019年以来，我镇累计公开信息800条。",
        "在落实《2022年政务公开工作要点》的基础上，对照《2023年政务公开工作要点》查找差距。",
        "根据《2022年乡村振兴工作要点》开展工作。",
        "本报告统计数据从2023年1月1日至2023年12月31日，本报告于2024年1月20日在青禾镇人民政府网站发布。",
        "全年节约用电2020度。上年结转2022年未办结的申请1件，已于2023年办结。",
      ].join("\n"),
    },
    {
      name: "a publication date of another report in the same sentence is not this report's",
      code: "青禾镇2023年政府信息公开工作年度报告\n一、总体情况\n2023年1月20日，我镇发布了2022年度报告，本年度报告将按时发布。",
    },
  ],
  invalid: [
    {
      name: "the opening year and the plan year are stale",
      code: "青禾镇2021年政府信息公开工作年度报告\n本报告统计数据从2021年1月1日至2021年12月31日。\n一、总体情况\n2020年，我镇认真落实条例。\n五、存在的主要问题及改进情况\n2021年，我镇将继续推进。",
      errors: [
        { messageId: "mismatch", line: 4, column: 1, endLine: 4, endColumn: 5, message: "「总体情况」开头的年份「2020」与报告年度 2021 不一致（据标题、统计期间）" },
        { messageId: "planYear", line: 6, column: 1, endLine: 6, endColumn: 5, message: "第五部分的工作计划写作「2021年」，2021年度报告的下一年度应为 2022 年" },
      ],
    },
    {
      name: "the report's own name keeps last year's year",
      code: "现发布《青禾镇2020年政府信息公开工作年度报告》，本报告统计数据从2021年1月1日至2021年12月31日。\n一、总体情况\n2021年，我镇认真落实条例。",
      errors: [{ messageId: "mismatch", line: 1, column: 8, endLine: 1, endColumn: 12, message: "报告自称的名称的年份「2020」与报告年度 2021 不一致（据统计期间、「总体情况」开头）" }],
    },
    {
      name: "settings.reportYear decides",
      code: "青禾镇2020年政府信息公开工作年度报告\n一、总体情况\n2020年，我镇认真落实条例。",
      settings: { reportYear: 2021 },
      errors: [
        { messageId: "mismatch", line: 1, column: 4, endLine: 1, endColumn: 8 },
        { messageId: "mismatch", line: 3, column: 1, endLine: 3, endColumn: 5 },
      ],
    },
    {
      name: "a department published after 1月31日",
      code: "东湖县市场监督管理局2021年政府信息公开工作年度报告\n发布时间：2022-02-15\n一、总体情况\n2021年，我局认真落实条例。",
      errors: [{ messageId: "late", line: 2, column: 6, endLine: 2, endColumn: 16, message: "发布日期 2022年2月15日 晚于法定期限：县级以上人民政府部门应在 2022年1月31日 前公布上一年度报告（条例第四十九条）" }],
    },
    {
      name: "a county government published after 3月31日",
      code: "东湖县人民政府2021年政府信息公开工作年度报告\n发布时间：2022-04-02\n一、总体情况\n2021年，我县认真落实条例。",
      errors: [{ messageId: "late", line: 2, column: 6, endLine: 2, endColumn: 16 }],
    },
    {
      name: "published before the year ended",
      code: "东湖县人民政府2021年政府信息公开工作年度报告\n发布时间：2021-12-15\n一、总体情况\n2021年，我县认真落实条例。",
      errors: [{ messageId: "publishedEarly", line: 2, column: 6, endLine: 2, endColumn: 16 }],
    },
    {
      name: "published two years later",
      code: "青禾镇2021年政府信息公开工作年度报告\n一、总体情况\n2021年，我镇认真落实条例。\n青禾镇人民政府\n2023年1月4日",
      errors: [{ messageId: "publishedYear", line: 5, column: 1, endLine: 5, endColumn: 10 }],
    },
    {
      name: "garbled dates, one sentence each",
      code: "统计期限自20211月1日起。另一统计期限自202311日起。第三个期限自2021年1月1日起至12月31止。",
      errors: [
        { messageId: "garbledDate", line: 1, column: 6, endLine: 1, endColumn: 14, message: "日期「20211月1日」缺少「年」，应为「2021年1月1日」" },
        { messageId: "garbledDate", line: 1, column: 23, endLine: 1, endColumn: 30, message: "日期「202311日」缺少「年、月」，应为「2023年1月1日」" },
        { messageId: "garbledDate", line: 1, column: 49, endLine: 1, endColumn: 54, message: "日期「12月31」缺少「日」，应为「12月31日」" },
      ],
    },
    {
      name: "the two dates of a statistics period garbled alike: one finding for the sentence, naming both",
      code: "本报告统计期限自20211月1日起至202112月31日止。",
      errors: [
        {
          messageId: "garbledDates",
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 29,
          message: "一句中有 2 个日期写法有误（同一处转换丢字）：「20211月1日」缺少「年」，应为「2021年1月1日」；「202112月31日」缺少「年」，应为「2021年12月31日」",
        },
      ],
    },
    {
      name: "the same in English",
      locale: "en",
      code: "本报告统计期限自202311日起至20231231日止。",
      errors: [{ line: 1, column: 9, endLine: 1, endColumn: 27, message: "2 garbled dates in one sentence (characters lost in one conversion): \"202311日\" has lost its \"年、月\"; it should read 2023年1月1日; \"20231231日\" has lost its \"年、月\"; it should read 2023年12月31日" }],
    },
    {
      name: "a year that lost its 年 before 度",
      code: "青禾镇2020度政府信息公开工作年度报告\n一、总体情况\n2020度，我镇认真落实条例。",
      errors: [
        { messageId: "garbledDate", line: 1, column: 4, endLine: 1, endColumn: 9, message: "日期「2020度」缺少「年」，应为「2020年度」" },
        { messageId: "garbledDate", line: 3, column: 1, endLine: 3, endColumn: 6 },
      ],
    },
    {
      name: "what last year's report left: a carried-forward year, a sentence of figures, last year's 工作要点 and plan",
      code: [
        "青禾镇2023年政府信息公开工作年度报告", // 1
        "一、总体情况", // 2
        "2023年，我镇认真落实条例。根据《2022年政务公开工作要点》，扎实推进各项工作。", // 3
        "按照青禾镇2022年政务公开工作计划，开展培训3次。", // 4
        "（一）主动公开。2022年，我镇共主动公开政府信息120条，发布政策解读5篇。", // 5
        "（二）依申请公开。全年共收到政府信息公开申请3件，办结2件，结转2023年办结1件。", // 6
      ].join("\n"),
      errors: [
        { messageId: "stalePlan", line: 3, column: 19, endLine: 3, endColumn: 23, message: "「2022年政务公开工作要点」是 2022 年的工作安排，2023年度的工作应依据 2023 年的" },
        { messageId: "stalePlan", line: 4, column: 6, endLine: 4, endColumn: 10 },
        { messageId: "staleFigures", line: 5, column: 9, endLine: 5, endColumn: 13, message: "本句以「2022年」开头陈述工作数字，但报告年度为 2023：报告应陈述本年度的数字，此句年份或内容是以前年度报告留下的" },
        { messageId: "carriedYear", line: 6, column: 33, endLine: 6, endColumn: 37, message: "「结转2023年办结」：2023年度报告结转的申请应在 2024 年办理，「2023年」是其他年度报告留下的年份" },
      ],
    },
    {
      name: "dates that do not exist; this report published within its own year",
      code: "青禾镇2023年政府信息公开工作年度报告\n本报告由青禾镇人民政府编制，于2023年12月20日在青禾镇人民政府网站发布。\n一、总体情况\n2023年，我镇认真落实条例，于2023年2月29日召开会议。\n六、其他需要报告的事项\n本报告印发日期为2024年13月2日。",
      errors: [
        { messageId: "publishedEarly", line: 2, column: 16, endLine: 2, endColumn: 27, message: "发布日期 2023年12月20日 早于报告年度 2023 结束，年度报告应在次年发布" },
        { messageId: "impossibleDate", line: 4, column: 17, endLine: 4, endColumn: 27, message: "日期「2023年2月29日」不存在，请核对年月日" },
        { messageId: "impossibleDate", line: 6, column: 9, endLine: 6, endColumn: 19 },
      ],
    },
    {
      name: "a period over two years",
      code: "本报告统计数据从2021年1月1日至2022年12月31日。",
      errors: [{ messageId: "periodSpan", line: 1, column: 19, endLine: 1, endColumn: 23 }],
    },
    {
      name: "English message",
      locale: "en",
      code: "统计期限自20211月1日起。",
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 14, message: "Date \"20211月1日\" has lost its \"年\"; it should read 2021年1月1日" }],
    },
  ],
});
