// JUnit XML, the test report format GitLab, Jenkins, Azure Pipelines and most CI test tabs read.
// A file is a test suite; each finding is a failing test case (a fatal problem is an error);
// a file without findings has one passing test case.
import type { LintMessage, LintResult } from "../core/types.js";
import type { Formatter } from "./index.js";
import { relativePath } from "./display-width.js";
import { XML_DECLARATION, xmlAttr, xmlText } from "./checkstyle.js";

function kind(message: LintMessage): "error" | "warning" {
  return message.fatal === true || message.severity === 2 ? "error" : "warning";
}

function testcase(message: LintMessage, classname: string): string {
  const name = message.ruleId ? `reportlint.rules.${message.ruleId}` : "reportlint";
  const where = `line ${message.line || 0}, col ${message.column || 0}`;
  const word = kind(message) === "error" ? "Error" : "Warning";
  const body = `${where}, ${word} - ${message.message}${message.ruleId ? ` (${message.ruleId})` : ""}`;
  // A fatal problem (unreadable file, internal error) is an <error>: the file was not checked.
  const element = message.fatal === true ? "error" : "failure";
  const type = message.fatal === true ? "fatal" : kind(message);
  return (
    `    <testcase name="${xmlAttr(name)}" classname="${xmlAttr(classname)}" time="0">\n` +
    `      <${element} message="${xmlAttr(message.message)}" type="${type}">${xmlText(body)}</${element}>\n` +
    "    </testcase>"
  );
}

function suite(result: LintResult, cwd: string): { xml: string; tests: number; failures: number; errors: number } {
  const file = relativePath(result.filePath, cwd);
  const errors = result.messages.filter((m) => m.fatal === true).length;
  const failures = result.messages.length - errors;
  const tests = Math.max(1, result.messages.length);
  const lines = [`  <testsuite name="${xmlAttr(file)}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="0" time="0">`];
  if (result.messages.length === 0) {
    lines.push(`    <testcase name="reportlint" classname="${xmlAttr(file)}" time="0" />`);
  } else {
    for (const message of result.messages) lines.push(testcase(message, file));
  }
  lines.push("  </testsuite>");
  return { xml: lines.join("\n"), tests, failures, errors };
}

/** `<testsuites>` with one `<testsuite>` per file. */
export const junit: Formatter = (results, context) => {
  const suites = results.map((r) => suite(r, context.cwd));
  const total = (key: "tests" | "failures" | "errors") => suites.reduce((n, s) => n + s[key], 0);
  return [
    XML_DECLARATION,
    `<testsuites name="reportlint" tests="${total("tests")}" failures="${total("failures")}" errors="${total("errors")}" time="0">`,
    ...suites.map((s) => s.xml),
    "</testsuites>",
  ].join("\n");
};
