import { describe, expect, it } from "vitest";
import { ruleTester } from "../support/rule-tester.js";
import { noEmptySection } from "../../rules/no-empty-section.js";
import { lintText } from "../../src/core/linter.js";

// An invented report; line numbers in the comments.
const head = (year: number) => [
  `青禾镇人民政府${year}年政府信息公开工作年度报告`, // 1
  "一、总体情况", // 2
  `${year}年，青禾镇推进政务公开。`, // 3
  "二、主动公开政府信息情况", // 4
  "全年主动公开信息56条。", // 5
  "三、收到和处理政府信息公开申请情况", // 6
  "全年收到申请2件。", // 7
  "四、政府信息公开行政复议、行政诉讼情况", // 8
  "未发生行政复议、行政诉讼。", // 9
  "五、存在的主要问题及改进情况", // 10
];
const problems = "公开内容的及时性有待提高，下一步将加强培训。"; // 11
const report = (year: number, five: string[], six: string[] | null) => [...head(year), ...five, ...(six ? ["六、其他需要报告的事项", ...six] : [])].join("\n");
const full = report(2022, [problems], ["本年度未收取信息处理费，无其他需要报告的事项。"]);

ruleTester(noEmptySection, {
  valid: [
    { name: "every section has content", code: full },
    { name: "a bare 无 in 六 of a 2019-format (2020) report", code: report(2020, [problems], ["无"]) },
    { name: "a sentence saying there is nothing else", code: report(2022, [problems], ["2022年度青禾镇无其他需要报告的事项。"]) },
    { name: "content followed by a signature", code: report(2022, [problems], ["本年度未收取信息处理费。", "", "青禾镇人民政府", "2023年1月10日"]) },
    { name: "the fee stated as an amount (strict)", options: { requireFeeStatement: true }, code: report(2022, [problems], ["本年度收取信息处理费120元。"]) },
    { name: "the fee stated as not charged (strict)", options: { requireFeeStatement: true }, code: full },
    { name: "the fee statement is not asked of a 2019-format report (strict)", options: { requireFeeStatement: true }, code: report(2020, [problems], ["无其他需要报告的事项。"]) },
    {
      name: "an empty 二 followed by 三: table-structure's missing table 二 (an error), not also an empty section",
      code: report(2022, [problems], ["无其他需要报告的事项。"]).replace("全年主动公开信息56条。\n", ""),
    },
    {
      name: "an empty 三 straight before 五: the same",
      code: report(2022, [problems], ["无其他需要报告的事项。"]).replace("全年收到申请2件。\n四、政府信息公开行政复议、行政诉讼情况\n未发生行政复议、行政诉讼。\n", ""),
    },
    {
      name: "an empty heading repeated later with content (a table of contents) is section-order's business",
      code: ["青禾镇人民政府2022年政府信息公开工作年度报告", "五、存在的主要问题及改进情况", ...head(2022).slice(1), problems, "六、其他需要报告的事项", "无其他需要报告的事项。"].join("\n"),
    },
  ],
  invalid: [
    {
      name: "六 is the last line",
      code: report(2020, [problems], []),
      errors: [{ messageId: "empty", line: 12, column: 1, endLine: 12, endColumn: 12, message: "第六部分「六、其他需要报告的事项」下没有内容" }],
    },
    {
      name: "五 with nothing before 六",
      code: report(2022, [], ["无其他需要报告的事项。"]),
      errors: [{ messageId: "emptyProblems", line: 10, column: 1, endLine: 10, endColumn: 15, message: "第五部分「五、存在的主要问题及改进情况」下没有内容：应说明政府信息公开工作存在的主要问题及改进情况" }],
    },
    {
      name: "六 followed only by the signature and the date",
      code: report(2022, [problems], ["", "青禾镇人民政府", "2023年1月10日"]),
      errors: [{ messageId: "empty", line: 12, column: 1, endLine: 12, endColumn: 12 }],
    },
    {
      name: "an empty section in the middle",
      code: report(2022, [problems], ["无其他需要报告的事项。"]).replace("2022年，青禾镇推进政务公开。\n", ""),
      errors: [{ messageId: "empty", line: 2, column: 1, endLine: 2, endColumn: 7 }],
    },
    {
      name: "a bare 无 in 六 of a 2021-format report",
      code: report(2022, [problems], ["无。"]),
      errors: [{ messageId: "bareNone", line: 13, column: 1, endLine: 13, endColumn: 3, message: /^第六部分「六、其他需要报告的事项」只写了「无。」，应写明本年度信息处理费的收取情况/ }],
    },
    {
      name: "a bare 无 in 五",
      code: report(2020, ["无"], ["无"]),
      errors: [{ messageId: "bareNone", line: 11, column: 1, endLine: 11, endColumn: 2, message: "第五部分「五、存在的主要问题及改进情况」只写了「无」，应写明存在的主要问题及改进情况" }],
    },
    {
      name: "strict: no fee statement in a 2021-format report",
      options: { requireFeeStatement: true },
      code: report(2022, [problems], ["无其他需要报告的事项。"]),
      errors: [{ messageId: "noFeeStatement", line: 12, column: 1, endLine: 12, endColumn: 12 }],
    },
    {
      name: "English messages",
      locale: "en",
      code: report(2020, [problems], []),
      errors: [{ line: 12, column: 1, endLine: 12, endColumn: 12, message: "Section 六 \"六、其他需要报告的事项\" has no content" }],
    },
  ],
});

describe("no-empty-section severities", () => {
  const registry = new Map([[noEmptySection.meta.id, noEmptySection]]);
  const lint = (code: string, setting: unknown) => lintText(code, { registry, config: { extends: [], rules: { "no-empty-section": setting } } }).map((m) => [m.line, m.severity]);
  const bothEmpty = report(2022, [], []);

  it("an empty 五 and an empty 六 are warnings, as the spec rates them (the rule's severity)", () => {
    expect(lint(bothEmpty, "warn")).toEqual([
      [10, 1],
      [11, 1],
    ]);
    expect(lintText(bothEmpty, { registry, config: { extends: ["reportlint:strict"] } }).map((m) => m.severity)).toEqual([1, 1]);
  });
  it("set to error, errorSections chooses the sections that are errors, the others warnings; set to warn, all are warnings", () => {
    expect(lint(bothEmpty, ["error", { errorSections: [5] }])).toEqual([
      [10, 2],
      [11, 1],
    ]);
    expect(lint(bothEmpty, ["error", { errorSections: [5, 6] }])).toEqual([
      [10, 2],
      [11, 2],
    ]);
    expect(lint(bothEmpty, ["warn", { errorSections: [5] }])).toEqual([
      [10, 1],
      [11, 1],
    ]);
  });
  it("set to error, every finding is an error", () => {
    expect(lint(bothEmpty, ["error", { errorSections: [] }])).toEqual([
      [10, 2],
      [11, 2],
    ]);
  });
  it("the strict preset asks for the fee statement", () => {
    const code = report(2022, [problems], ["无其他需要报告的事项。"]);
    const msgs = lintText(code, { registry, config: { extends: ["reportlint:strict"] } });
    expect(msgs.map((m) => m.messageId)).toEqual(["noFeeStatement"]);
    expect(lintText(code, { registry, config: { extends: ["reportlint:recommended"] } })).toEqual([]);
  });
});
