import { describe, it, expect } from "vitest";
import { json } from "../../src/formatters/json.js";
import { context, message, result, MISSING_SECTION, REPORT_PATH, SOURCE } from "./fixtures.js";

describe("json formatter", () => {
  it("prints ESLint-compatible results with the absolute path and without source", () => {
    const results = [
      result([message({ line: 2, column: 8, endLine: 2, endColumn: 11 })], { source: SOURCE }),
    ];
    expect(json(results, context({ color: true }))).toBe(
      `[{"filePath":"${REPORT_PATH}","messages":[{"ruleId":"required-sections","messageId":"missing",` +
        `"severity":2,"message":"${MISSING_SECTION}","line":2,"column":8,"endLine":2,"endColumn":11}],` +
        `"errorCount":1,"warningCount":0,"fixableErrorCount":0,"fixableWarningCount":0,"fatalErrorCount":0}]`,
    );
  });

  it("includes fix, fatal and output only when present", () => {
    const fixed = message({ severity: 1, fix: { range: [0, 2], text: "一、" } });
    const fatal = message({ ruleId: null, messageId: undefined, fatal: true, message: "无法读取文件", line: 0, column: 0, endLine: 0, endColumn: 0 });
    const parsed = JSON.parse(json([result([fixed, fatal], { output: "修复后" })], context()));
    expect(parsed[0].messages[0].fix).toEqual({ range: [0, 2], text: "一、" });
    expect(parsed[0].messages[0]).not.toHaveProperty("fatal");
    expect(parsed[0].messages[1]).toEqual({
      ruleId: null, severity: 2, message: "无法读取文件", line: 0, column: 0, endLine: 0, endColumn: 0, fatal: true,
    });
    expect(parsed[0].output).toBe("修复后");
    expect(parsed[0]).not.toHaveProperty("source");
  });

  it("lists files without problems too", () => {
    expect(json([result([])], context())).toBe(
      `[{"filePath":"${REPORT_PATH}","messages":[],"errorCount":0,"warningCount":0,` +
        `"fixableErrorCount":0,"fixableWarningCount":0,"fatalErrorCount":0}]`,
    );
    expect(json([], context())).toBe("[]");
  });
});
