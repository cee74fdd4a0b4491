import { describe, it, expect } from "vitest";
import { buildCodeFrame, stylish } from "../../src/formatters/stylish.js";
import { displayWidth } from "../../src/formatters/display-width.js";
import { context, message, result, MISSING_SECTION, SOURCE } from "./fixtures.js";

const ANSI = /\u001b\[/;

// Line 2 of SOURCE is "一、总体情况 and 党的": "and" starts at UTF-16 column 8.
const atAnd = message({ line: 2, column: 8, endLine: 2, endColumn: 11 });
const headingWarning = message({
  ruleId: "heading-numbering",
  messageId: "parens",
  severity: 1,
  message: "标题序号应使用中文括号",
  line: 3,
  column: 2,
  endLine: 3,
  endColumn: 4,
  fix: { range: [0, 1], text: "" },
});

/** The lines of a stylish output for the given messages on SOURCE. */
function stylishLines(messages = [atAnd], locale: "zh" | "en" = "zh"): string[] {
  return stylish([result(messages, { source: SOURCE })], context({ locale })).split("\n");
}

describe("stylish formatter", () => {
  it("prints the file, aligned problems with source and caret, and the zh summary", () => {
    expect(stylish([result([atAnd, headingWarning], { source: SOURCE })], context())).toBe(
      [
        "",
        "reports/2023年报.md",
        `  2:8  错误  ${MISSING_SECTION}  required-sections`,
        "    一、总体情况 and 党的",
        "                 ^~~",
        "  3:2  警告  标题序号应使用中文括号                                  heading-numbering",
        "        （一）主动公开情况",
        "        ^~~~",
        "",
        "✖ 共 2 个问题（1 个错误，1 个警告）",
        "  其中 0 个错误和 1 个警告可以使用 `--fix` 选项自动修复。",
      ].join("\n"),
    );
  });

  it("aligns the rule ids by display width, not by string length", () => {
    const lines = stylishLines([atAnd, headingWarning]);
    const ruleColumns = [lines[2], lines[5]].map((line) => displayWidth(line.slice(0, line.lastIndexOf(" ") + 1)));
    expect(ruleColumns[0]).toBe(ruleColumns[1]);
    // The two messages differ in length (27 vs 11 characters); only double width makes them line up.
    expect(lines[5].indexOf("heading-numbering")).not.toBe(lines[2].indexOf("required-sections"));
  });

  it("does not pad short messages to the width of a very long one", () => {
    const long = "表三总计列：第一项＋第二项（4＋1＝5）≠ 第三项（七）总计＋第四项（5＋1＝6），两者应相等；".repeat(3);
    const out = stylish([result([message({ line: 1, ruleId: "short-rule", message: "短" }), message({ line: 2, ruleId: "long-rule", message: long })])], context());
    const shortLine = out.split("\n").find((l) => l.includes("short-rule"))!;
    const longLine = out.split("\n").find((l) => l.includes("long-rule"))!;
    // The short message is padded to at most 72 columns; the long one is followed directly by its rule id.
    expect(displayWidth(shortLine.slice(0, shortLine.indexOf("short-rule")))).toBeLessThan(100);
    expect(longLine).toContain(`${long}  long-rule`);
  });

  it("right-aligns line numbers and left-aligns columns, as ESLint does", () => {
    const lines = stylishLines([message({ line: 4, column: 1 }), message({ line: 12, column: 10 })]);
    expect(lines[2].startsWith("   4:1   错误  ")).toBe(true);
    expect(lines[3].startsWith("  12:10  错误  ")).toBe(true);
  });

  it("puts the caret under the problem, counting each CJK character as two columns", () => {
    const [, , , sourceLine, caretLine] = stylishLines([atAnd]);
    expect(sourceLine).toBe("    一、总体情况 and 党的");
    // 4 indent + 6 CJK characters × 2 + 1 space = 17 columns before "and".
    expect(caretLine).toBe(" ".repeat(17) + "^~~");
    expect(caretLine.indexOf("^")).toBe(displayWidth("    一、总体情况 "));
  });

  it("underlines CJK text with two columns per character", () => {
    const [, , , , caretLine] = stylishLines([message({ line: 2, column: 12, endLine: 2, endColumn: 14 })]);
    expect(caretLine).toBe(" ".repeat(4 + displayWidth("一、总体情况 and ")) + "^~~~");
  });

  it("shows a single ^ for a zero-width problem", () => {
    const [, , , , caretLine] = stylishLines([message({ line: 2, column: 8, endLine: 2, endColumn: 8 })]);
    expect(caretLine).toBe(" ".repeat(17) + "^");
  });

  it("marks a problem that spans lines to the end of its first line", () => {
    const [, , , , caretLine] = stylishLines([message({ line: 2, column: 8, endLine: 3, endColumn: 3 })]);
    expect(caretLine).toBe(" ".repeat(17) + "^~~~~~~~");
  });

  it("expands tabs to tab stops (every 4 columns) and drops trailing white space", () => {
    const lines = stylishLines([headingWarning]);
    expect(lines[3]).toBe("        （一）主动公开情况");
  });

  it("a row flattened to tabs with empty cells first: the caret stands under the empty cells, cells line up", () => {
    // Table 四's first cells empty: the finding starts at the first (empty) cell, column 1, and
    // covers the gap up to the first value; the caret is drawn with the same tab expansion.
    const row = "\t\t\t0\t1\t0";
    const frame = buildCodeFrame(row, message({ line: 1, column: 1, endLine: 1, endColumn: 3 }));
    expect(frame).toEqual({ text: "            0   1   0", caretIndent: 0, marker: "^" + "~".repeat(7) });
    // Empty cell in the middle, after a CJK label: the tab stop counts the label's two-column characters.
    const labelled = buildCodeFrame("规章\t\t0\t0", message({ line: 1, column: 4, endLine: 1, endColumn: 5 }));
    expect(labelled).toEqual({ text: "规章        0   0", caretIndent: 8, marker: "^" + "~".repeat(3) });
  });

  it("shows fatal problems, and problems on blank lines, without source", () => {
    const fatal = message({ ruleId: null, fatal: true, message: "无法解析表格", line: 2, column: 1 });
    const onBlankLine = message({ line: 4, column: 1 });
    expect(stylishLines([fatal, onBlankLine]).slice(1, 5)).toEqual([
      "reports/2023年报.md",
      "  2:1  错误  无法解析表格",
      `  4:1  错误  ${MISSING_SECTION}  required-sections`,
      "",
    ]);
  });

  it("prints no source when the result has none", () => {
    const output = stylish([result([atAnd])], context());
    expect(output).not.toContain("^");
  });

  it("keeps a multi-line message on one row", () => {
    const lines = stylishLines([message({ message: "第一行\n第二行" })]);
    expect(lines[2]).toBe("  1:1  错误  第一行 第二行  required-sections");
  });

  it("prints the English summary with plurals and the fixable line", () => {
    const lines = stylishLines([atAnd, headingWarning], "en");
    expect(lines[2]).toBe(`  2:8  error    ${MISSING_SECTION}  required-sections`);
    expect(lines[5].startsWith("  3:2  warning  标题序号应使用中文括号 ")).toBe(true);
    expect(lines.slice(-2)).toEqual([
      "✖ 2 problems (1 error, 1 warning)",
      "  0 errors and 1 warning potentially fixable with the `--fix` option.",
    ]);
  });

  it("omits the fixable line when nothing is fixable", () => {
    expect(stylishLines([atAnd], "en").slice(-2)).toEqual(["", "✖ 1 problem (1 error, 0 warnings)"]);
    expect(stylishLines([atAnd], "zh").at(-1)).toBe("✖ 共 1 个问题（1 个错误，0 个警告）");
  });

  it("adds up problems across files and skips files without problems", () => {
    const clean = result([], { filePath: "/work/proj/clean.md" });
    const other = result([headingWarning], { filePath: "/work/proj/b.md" });
    const output = stylish([result([atAnd]), clean, other], context({ locale: "en" }));
    expect(output).not.toContain("clean.md");
    expect(output).toContain("\n\nb.md\n");
    expect(output.split("\n").at(-2)).toBe("✖ 2 problems (1 error, 1 warning)");
  });

  it("prints nothing when there are no problems", () => {
    expect(stylish([], context())).toBe("");
    expect(stylish([result([], { source: SOURCE })], context({ color: true }))).toBe("");
  });

  it("says when there are too many warnings, in both locales", () => {
    const tooMany = { maxWarnings: 0, foundWarnings: 1 };
    const results = [result([headingWarning])];
    expect(stylish(results, context({ locale: "en", maxWarningsExceeded: tooMany })).split("\n").slice(-2)).toEqual([
      "",
      "reportlint found too many warnings (maximum: 0).",
    ]);
    expect(stylish(results, context({ locale: "zh", maxWarningsExceeded: tooMany })).split("\n").at(-1)).toBe(
      "reportlint 发现的警告过多（最多允许 0 个）。",
    );
  });

  it("colours only when the context asks for it", () => {
    const results = [result([atAnd, headingWarning], { source: SOURCE })];
    const coloured = stylish(results, context({ color: true }));
    expect(coloured).toMatch(ANSI);
    expect(coloured).toContain("\u001b[31m错误\u001b[39m");
    expect(stylish(results, context({ color: false }))).not.toMatch(ANSI);
  });

  it("keeps alignment when coloured", () => {
    const results = [result([atAnd, headingWarning], { source: SOURCE })];
    const stripAnsi = (text: string) => text.replace(/\u001b\[\d+m/g, "");
    expect(stripAnsi(stylish(results, context({ color: true })))).toBe(stylish(results, context()));
  });
});

describe("buildCodeFrame on long lines", () => {
  const paragraph =
    "本机关认真贯彻落实《中华人民共和国政府信息公开条例》".repeat(4) + "TARGET" + "，进一步加强政府信息公开工作".repeat(4);
  const at = (text: string, length: number) => {
    const column = paragraph.indexOf(text) + 1;
    return message({ line: 1, column, endLine: 1, endColumn: column + length });
  };

  it("shows at most 80 columns around the problem with the caret under it", () => {
    const frame = buildCodeFrame(paragraph, at("TARGET", 6));
    expect(displayWidth(frame.text)).toBeLessThanOrEqual(80);
    expect(frame.text.startsWith("...")).toBe(true);
    expect(frame.text.endsWith("...")).toBe(true);
    expect(frame.caretIndent).toBe(displayWidth(frame.text.slice(0, frame.text.indexOf("TARGET"))));
    expect(frame.marker).toBe("^~~~~~");
  });

  it("does not cut before a problem near the start", () => {
    const frame = buildCodeFrame(paragraph, at("认真", 2));
    expect(frame.text.startsWith("本机关认真")).toBe(true);
    expect(frame.caretIndent).toBe(6);
    expect(frame.marker).toBe("^~~~");
  });

  it("shows the end of the line for a problem at the end", () => {
    const frame = buildCodeFrame(paragraph, message({ line: 1, column: paragraph.length + 1, endLine: 1, endColumn: paragraph.length + 1 }));
    expect(frame.text.startsWith("...")).toBe(true);
    expect(frame.text.endsWith("信息公开工作")).toBe(true);
    expect(frame.caretIndent).toBe(displayWidth(frame.text));
    expect(frame.marker).toBe("^");
  });

  it("cuts the marker of a problem longer than the window", () => {
    const frame = buildCodeFrame(paragraph, message({ line: 1, column: 1, endLine: 1, endColumn: paragraph.length + 1 }));
    expect(frame.caretIndent).toBe(0);
    expect(frame.caretIndent + frame.marker.length).toBe(displayWidth(frame.text) - 3);
  });
});

describe("stylish: hostile file names", () => {
  it("escapes control and reordering characters of the path and rule id (no ESC/OSC reaches the terminal)", async () => {
    const { stylish } = await import("../../src/formatters/stylish.js");
    const { context: ctx, message: msg, result: res } = await import("./fixtures.js");
    const evil = "/work/project/报告\u001b]8;;http://evil.example/\u0007点我\u001b]8;;\u0007\n\u202etxt.exe";
    const output = stylish([res([msg({ ruleId: "x\u001b[2J" })], { filePath: evil })], ctx({ color: false }));
    expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(output).toContain("报告\\x1B]8;;http://evil.example/\\x07点我\\x1B]8;;\\x07\\n\\u202Etxt.exe");
    expect(output).toContain("x\\x1B[2J");
  });
});
