import { describe, it, expect } from "vitest";
import { checkstyle, xmlAttr, xmlText } from "../../src/formatters/checkstyle.js";
import { getFormatter } from "../../src/formatters/index.js";
import { MISSING, UNREADABLE, ciContext, ciResults } from "../fixtures/ci-results.js";

describe("checkstyle formatter", () => {
  it("is registered as -f checkstyle", () => {
    expect(getFormatter("checkstyle")).toBe(checkstyle);
  });

  it("prints a <file> per file and an <error> per problem, Chinese as UTF-8", () => {
    expect(checkstyle(ciResults(), ciContext())).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<checkstyle version="4.3">',
        '  <file name="年度 报告/2023年 政府信息公开.md">',
        `    <error line="12" column="1" severity="error" message="${MISSING}" source="reportlint.rules.required-sections" />`,
        '    <error line="3" column="5" severity="warning" message="词语“安排安排”重复: 100%, &lt;表三&gt; &amp; &quot;引号&quot; &apos;x&apos;&#13;&#10;第二行" source="reportlint.rules.duplicate-phrase" />',
        "  </file>",
        '  <file name="reports/清河镇.txt" />',
        '  <file name="坏 文件.txt">',
        `    <error line="1" column="1" severity="error" message="${UNREADABLE}" source="reportlint" />`,
        "  </file>",
        '  <file name="/srv/外部/报告.md">',
        '    <error line="1" column="3" severity="error" message="标题缺少年份" source="reportlint.rules.report-title" />',
        "  </file>",
        "</checkstyle>",
      ].join("\n"),
    );
  });

  it("with no files, an empty report", () => {
    expect(checkstyle([], ciContext())).toBe('<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n</checkstyle>');
  });

  it("escapes markup and removes characters XML cannot carry", () => {
    expect(xmlText("a<b>&c\"'")).toBe("a&lt;b&gt;&amp;c\"'");
    expect(xmlAttr("a<b>&c\"'\t\n")).toBe("a&lt;b&gt;&amp;c&quot;&apos;&#9;&#10;");
    expect(xmlText("甲\u0000\u0008\u000b\u001b\u007f\u0085\ufffe\uffff乙")).toBe("甲乙");
    // A lone surrogate goes; a character outside the BMP (a valid pair) stays.
    expect(xmlText("a\ud800b\udc00c𠀀")).toBe("abc𠀀");
    expect(xmlText("&amp;")).toBe("&amp;amp;");
  });
});
