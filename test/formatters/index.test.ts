import { describe, it, expect } from "vitest";
import { FORMATTER_NAMES, getFormatter, stylish } from "../../src/formatters/index.js";
import { displayPath, displayWidth, singleLine } from "../../src/formatters/display-width.js";

describe("getFormatter", () => {
  it("knows the eleven formatters, stylish first", () => {
    expect(FORMATTER_NAMES).toEqual(["stylish", "json", "compact", "unix", "sarif", "github", "junit", "checkstyle", "gitlab", "html", "csv"]);
    for (const name of FORMATTER_NAMES) expect(typeof getFormatter(name)).toBe("function");
    expect(getFormatter("stylish")).toBe(stylish);
  });

  it("returns undefined for unknown names, including Object.prototype keys", () => {
    expect(getFormatter("tap")).toBeUndefined();
    expect(getFormatter("SARIF")).toBeUndefined();
    expect(getFormatter("constructor")).toBeUndefined();
    expect(getFormatter("__proto__")).toBeUndefined();
  });
});

describe("display helpers", () => {
  it("counts CJK and fullwidth characters as two columns", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("政府信息")).toBe(8);
    expect(displayWidth("（一）、，。")).toBe(12);
    expect(displayWidth("2023年")).toBe(6);
    expect(displayWidth("𠀀")).toBe(2); // outside the BMP: one code point, two UTF-16 units
    expect(displayWidth("a\u200db\u0301")).toBe(2); // joiners and combining marks take no column
  });

  it("puts one problem on one line and drops terminal controls", () => {
    expect(singleLine("甲\r\n乙\n丙\t丁\u001b[0m")).toBe("甲 乙 丙 丁[0m");
  });

  it("shows paths inside cwd relative to it and others as given", () => {
    expect(displayPath("/work/proj/a/报告.md", "/work/proj")).toBe("a/报告.md");
    expect(displayPath("/work/proj/..hidden.md", "/work/proj")).toBe("..hidden.md");
    expect(displayPath("/work/other/a.md", "/work/proj")).toBe("/work/other/a.md");
    expect(displayPath("/work/proj", "/work/proj")).toBe("/work/proj");
    expect(displayPath("<stdin>", "/work/proj")).toBe("<stdin>");
  });
});
