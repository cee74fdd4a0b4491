import { ruleTester } from "../support/rule-tester.js";
import { reportYear } from "../../rules/report-year.js";

// Invented reports of a 乡镇 (青禾镇), in the shapes real reports take.
const body = ["一、总体情况", "本年度，青禾镇推进政务公开。", "二、主动公开政府信息情况", "本镇主动公开信息 56 条。"];
const NO_YEAR_TITLE = "青禾镇人民政府政府信息公开工作年度报告";

ruleTester(reportYear, {
  valid: [
    { name: "the year in the title", code: ["青禾镇人民政府2022年政府信息公开工作年度报告", ...body].join("\n") },
    { name: "no year in the title, but a statistics period", code: [NO_YEAR_TITLE, "本报告统计数据从2022年1月1日至2022年12月31日。", ...body].join("\n") },
    { name: "no year anywhere, set in the configuration (settings.reportYear)", settings: { reportYear: 2022 }, code: [NO_YEAR_TITLE, ...body].join("\n") },
    { name: "an empty text: no report to check (required-sections says so)", code: "" },
    { name: "a text with neither sections nor tables", code: "青禾镇人民政府\n联系电话：0572-6021234" },
    { name: "the year set as a string of four digits", settings: { reportYear: "2022" as unknown as number }, code: [NO_YEAR_TITLE, ...body].join("\n") },
  ],
  invalid: [
    {
      name: "a title without a year and no statistics period: once, at the title",
      code: [NO_YEAR_TITLE, ...body].join("\n"),
      errors: [
        {
          messageId: "noYear",
          severity: 1,
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 20,
          message:
            "无法确定报告年度（标题中没有可识别的年份，也没有统计期间），依赖年度的检查没有进行：表格格式是否与年度相符（format-version）、格式通知是否适用于该年度（regulation-citation、citation-form）；年份一致性（year-consistency）只比较了正文中出现的年份。请在标题中写明年度，或在配置中设置 settings.reportYear",
        },
      ],
    },
    {
      name: "a title after a line of page chrome: at the title",
      code: ["首页 > 政府信息公开 > 年度报告", NO_YEAR_TITLE, ...body].join("\n"),
      errors: [{ messageId: "noYear", line: 2, column: 1, endLine: 2, endColumn: 20 }],
    },
    {
      name: "no title (a page that starts in section 一): at line 1",
      code: body.join("\n"),
      errors: [{ messageId: "noYear", line: 1, column: 1, endLine: 1, endColumn: 7, message: /^无法确定报告年度（没有找到标题，也没有统计期间）/ }],
    },
    {
      name: "a year that settings.reportYear does not give (not four digits): still unknown",
      settings: { reportYear: "22" as unknown as number },
      code: [NO_YEAR_TITLE, ...body].join("\n"),
      errors: [{ messageId: "noYear", line: 1, column: 1, endLine: 1, endColumn: 20 }],
    },
    {
      name: "English",
      locale: "en",
      code: body.join("\n"),
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 7, message: /^The report year cannot be found \(no title was found, and there is no statistics period\), so the checks that need it did not run: .*format-version/ }],
    },
  ],
});
