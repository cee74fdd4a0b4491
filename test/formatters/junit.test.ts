import { describe, it, expect } from "vitest";
import { junit } from "../../src/formatters/junit.js";
import { getFormatter } from "../../src/formatters/index.js";
import { MISSING, UNREADABLE, ciContext, ciResults } from "../fixtures/ci-results.js";

describe("junit formatter", () => {
  it("is registered as -f junit", () => {
    expect(getFormatter("junit")).toBe(junit);
  });

  it("a suite per file, a failing case per finding, a passing case for a clean file, an error for a fatal problem", () => {
    const spaced = "年度 报告/2023年 政府信息公开.md";
    expect(junit(ciResults(), ciContext())).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<testsuites name="reportlint" tests="5" failures="3" errors="1" time="0">',
        `  <testsuite name="${spaced}" tests="2" failures="2" errors="0" skipped="0" time="0">`,
        `    <testcase name="reportlint.rules.required-sections" classname="${spaced}" time="0">`,
        `      <failure message="${MISSING}" type="error">line 12, col 1, Error - ${MISSING} (required-sections)</failure>`,
        "    </testcase>",
        `    <testcase name="reportlint.rules.duplicate-phrase" classname="${spaced}" time="0">`,
        '      <failure message="词语“安排安排”重复: 100%, &lt;表三&gt; &amp; &quot;引号&quot; &apos;x&apos;&#13;&#10;第二行" type="warning">' +
          "line 3, col 5, Warning - 词语“安排安排”重复: 100%, &lt;表三&gt; &amp; \"引号\" 'x'&#13;\n第二行 (duplicate-phrase)</failure>",
        "    </testcase>",
        "  </testsuite>",
        '  <testsuite name="reports/清河镇.txt" tests="1" failures="0" errors="0" skipped="0" time="0">',
        '    <testcase name="reportlint" classname="reports/清河镇.txt" time="0" />',
        "  </testsuite>",
        '  <testsuite name="坏 文件.txt" tests="1" failures="0" errors="1" skipped="0" time="0">',
        '    <testcase name="reportlint" classname="坏 文件.txt" time="0">',
        `      <error message="${UNREADABLE}" type="fatal">line 1, col 1, Error - ${UNREADABLE}</error>`,
        "    </testcase>",
        "  </testsuite>",
        '  <testsuite name="/srv/外部/报告.md" tests="1" failures="1" errors="0" skipped="0" time="0">',
        '    <testcase name="reportlint.rules.report-title" classname="/srv/外部/报告.md" time="0">',
        '      <failure message="标题缺少年份" type="error">line 1, col 3, Error - 标题缺少年份 (report-title)</failure>',
        "    </testcase>",
        "  </testsuite>",
        "</testsuites>",
      ].join("\n"),
    );
  });

  it("with no files, an empty <testsuites>", () => {
    expect(junit([], ciContext())).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="reportlint" tests="0" failures="0" errors="0" time="0">\n</testsuites>',
    );
  });

  it("never lets a control character or markup through", () => {
    const out = junit(ciResults(), ciContext());
    expect(out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(out).not.toContain("<表三>");
    // Every element that opens closes (a rough well-formedness check without an XML parser).
    const opened = (out.match(/<(testsuites|testsuite|testcase|failure|error)[\s>]/g) ?? []).length;
    const closed = (out.match(/<\/(testsuites|testsuite|testcase|failure|error)>|\/>/g) ?? []).length;
    expect(opened).toBe(closed);
  });
});
