// Hand-built lint results shared by the formatter tests.
import type { LintMessage, LintResult } from "../../src/core/types.js";
import type { FormatterContext } from "../../src/formatters/index.js";

export const CWD = "/work/proj";
export const REPORT_PATH = "/work/proj/reports/2023年报.md";

export const SOURCE = [
  "# 某县人民政府2023年政府信息公开工作年度报告",
  "一、总体情况 and 党的",
  "\t（一）主动公开情况  ",
  "",
].join("\n");

export const MISSING_SECTION = "缺少第四部分「四、政府信息公开行政复议、行政诉讼情况」";

export function message(overrides: Partial<LintMessage> = {}): LintMessage {
  return {
    ruleId: "required-sections",
    messageId: "missing",
    severity: 2,
    message: MISSING_SECTION,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    ...overrides,
  };
}

/** A result whose counts agree with its messages. */
export function result(messages: LintMessage[], overrides: Partial<LintResult> = {}): LintResult {
  const errors = messages.filter((m) => m.severity === 2);
  const warnings = messages.filter((m) => m.severity === 1);
  return {
    filePath: REPORT_PATH,
    messages,
    errorCount: errors.length,
    warningCount: warnings.length,
    fixableErrorCount: errors.filter((m) => m.fix).length,
    fixableWarningCount: warnings.filter((m) => m.fix).length,
    fatalErrorCount: messages.filter((m) => m.fatal).length,
    ...overrides,
  };
}

export function context(overrides: Partial<FormatterContext> = {}): FormatterContext {
  return { cwd: CWD, color: false, locale: "zh", rulesMeta: {}, ...overrides };
}
