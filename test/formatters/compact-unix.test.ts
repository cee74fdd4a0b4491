import { describe, it, expect } from "vitest";
import { compact } from "../../src/formatters/compact.js";
import { unix } from "../../src/formatters/unix.js";
import { context, message, result, MISSING_SECTION } from "./fixtures.js";

const problems = [
  result([
    message({ line: 1, column: 1 }),
    message({ ruleId: "date-format", severity: 1, message: "日期格式不规范：\n应为「2023年1月1日」", line: 5, column: 12 }),
  ]),
  result([message({ ruleId: null, fatal: true, message: "无法解码文件", line: 0, column: 0 })], {
    filePath: "/elsewhere/报告.txt",
  }),
];

describe("compact formatter", () => {
  it("prints one line per problem, relative inside cwd, and the total", () => {
    expect(compact(problems, context())).toBe(
      [
        `reports/2023年报.md: line 1, col 1, Error - ${MISSING_SECTION} (required-sections)`,
        "reports/2023年报.md: line 5, col 12, Warning - 日期格式不规范： 应为「2023年1月1日」 (date-format)",
        "/elsewhere/报告.txt: line 0, col 0, Error - 无法解码文件",
        "",
        "共 3 个问题",
      ].join("\n"),
    );
  });

  it("prints nothing when there are no problems", () => {
    expect(compact([result([])], context())).toBe("");
  });

  it("says 1 problem in the singular in English; the summary follows the locale", () => {
    expect(compact([result([message()])], context({ locale: "en" }))).toMatch(/\n\n1 problem$/);
    expect(compact(problems, context({ locale: "en" }))).toMatch(/\n\n3 problems$/);
    expect(compact([result([message()])], context())).toMatch(/\n\n共 1 个问题$/);
  });
});

describe("unix formatter", () => {
  it("prints path:line:col: message [Type/rule] per problem, then the total", () => {
    expect(unix(problems, context())).toBe(
      [
        `reports/2023年报.md:1:1: ${MISSING_SECTION} [Error/required-sections]`,
        "reports/2023年报.md:5:12: 日期格式不规范： 应为「2023年1月1日」 [Warning/date-format]",
        "/elsewhere/报告.txt:0:0: 无法解码文件 [Error]",
        "",
        "共 3 个问题",
      ].join("\n"),
    );
  });

  it("keeps paths as given when they are relative or outside cwd", () => {
    const relative = result([message()], { filePath: "<stdin>" });
    const sibling = result([message()], { filePath: "/work/project-b/a.md" });
    expect(unix([relative, sibling], context()).split("\n").slice(0, 2)).toEqual([
      `<stdin>:1:1: ${MISSING_SECTION} [Error/required-sections]`,
      `/work/project-b/a.md:1:1: ${MISSING_SECTION} [Error/required-sections]`,
    ]);
  });

  it("strips terminal control characters from messages", () => {
    const output = unix([result([message({ message: "坏\u001b[31m消息\r\n第二行" })])], context());
    expect(output.split("\n")[0]).toBe("reports/2023年报.md:1:1: 坏[31m消息 第二行 [Error/required-sections]");
  });

  it("prints nothing when there are no problems", () => {
    expect(unix([], context())).toBe("");
  });

  it("the summary follows the locale: 共 1 个问题 / 1 problem", () => {
    expect(unix([result([message()])], context())).toMatch(/\n\n共 1 个问题$/);
    expect(unix([result([message()])], context({ locale: "en" }))).toMatch(/\n\n1 problem$/);
    expect(unix(problems, context({ locale: "en" }))).toMatch(/\n\n3 problems$/);
  });
});

describe("hostile file names in the line formats", () => {
  // ESC [ 2 J clears the screen; OSC 52 writes the clipboard; a newline forges a result line.
  const evil = "/work/project/报告\u001b[2J\u001b]52;c;ZXZpbA==\u0007\n/etc/passwd:1:1: forged [Error/x].txt";
  const results = [result([message({ ruleId: "required\u001b[31m-sections" })], { filePath: evil })];

  for (const [name, format] of [["compact", compact], ["unix", unix]] as const) {
    it(`${name} escapes every control character of a path and a rule id; one problem stays one line`, () => {
      const output = format(results, context());
      expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      const lines = output.split("\n");
      expect(lines).toHaveLength(3); // the problem, a blank line, the total
      expect(lines[0]).toContain("报告\\x1B[2J\\x1B]52;c;ZXZpbA==\\x07\\n/etc/passwd:1:1: forged [Error/x].txt");
      expect(lines[0]).toContain("required\\x1B[31m-sections");
    });
  }
});
