import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildModel, lintText } from "../../src/core/linter.js";
import { SourceCode } from "../../src/core/source-code.js";

const read = (name: string): string => readFileSync(fileURLToPath(new URL(`../../fixtures/titles/${name}`, import.meta.url)), "utf8");
const TITLE_ONLY = { extends: [], rules: { "report-title": "error" } } as const;

/** Title text (line breaks as ⏎), organisation, year and the line the title starts on. */
function title(name: string) {
  const text = read(name);
  const m = buildModel(text, { filePath: name });
  return { text: m.title?.text.replace(/\s*\n\s*/g, "⏎"), organization: m.organization?.name, year: m.year?.value, line: m.title ? new SourceCode(text).positionAt(m.title.start).line : 0 };
}
const findings = (name: string) => lintText(read(name), { filePath: name, config: TITLE_ONLY }).map((m) => `${m.messageId}:${m.severity}@${m.line}:${m.column}`);

describe("titles (fixtures/titles)", () => {
  it("a title over three lines after page chrome", () => {
    expect(title("three-lines.txt")).toEqual({ text: "柳塘乡人民政府⏎2022年⏎政府信息公开工作年度报告", organization: "柳塘乡人民政府", year: 2022, line: 3 });
    expect(findings("three-lines.txt")).toEqual([]);
  });

  it("a title repeated after the page's date line: the first is the title", () => {
    expect(title("repeated-after-chrome.txt")).toMatchObject({ organization: "柳塘乡人民政府", year: 2022, line: 2 });
    expect(findings("repeated-after-chrome.txt")).toEqual([]);
  });

  it("a title in a table cell of page chrome", () => {
    expect(title("table-cell.md")).toMatchObject({ text: "柳塘乡人民政府2022年政府信息公开工作年度报告", organization: "柳塘乡人民政府", year: 2022, line: 1 });
    expect(findings("table-cell.md")).toEqual([]);
  });

  it("a title cut short is one error", () => {
    expect(title("cut-short.txt")).toMatchObject({ text: "信息公开工作年度报告", organization: undefined });
    expect(findings("cut-short.txt")).toEqual(["cutShort:2@1:1"]);
  });

  it("a title whose body lacks the place the text gives is a warning", () => {
    expect(findings("place-missing.txt")).toEqual(["placeMissing:1@1:1"]);
  });

  it("政府信息公开年报 is taken for the title and is an error", () => {
    expect(title("annual-short-form.txt")).toMatchObject({ organization: "云岭县卫生健康局", year: 2022 });
    expect(findings("annual-short-form.txt")).toEqual(["wording:2@1:14"]);
  });
});

describe("a title year in full-width digits or Chinese numerals", () => {
  const body = "\n\n一、总体情况\n\n本年度，本街道依法做好政府信息公开工作。\n";
  const model = (head: string) => buildModel(head + body, { filePath: "t.txt" });
  const lint = (head: string) => lintText(head + body, { filePath: "t.txt", config: TITLE_ONLY });

  for (const [written, label] of [["２０２２", "full-width digits"], ["二〇二二", "〇 numerals"], ["二零二二", "零 numerals"]] as const) {
    it(`${label}: ${written}年 is the year, not part of the organisation`, () => {
      const head = `柳塘街道办事处${written}年政府信息公开工作年度报告`;
      const m = model(head);
      expect(m.year).toMatchObject({ value: 2022, source: "title", span: { start: 7, end: 11 } });
      expect(m.organization?.name).toBe("柳塘街道办事处");
      expect(lint(head)).toEqual([]);
    });
  }

  it("the year first: ２０２２年度柳塘街道办事处…", () => {
    const m = model("２０２２年度柳塘街道办事处政府信息公开工作年度报告");
    expect(m.year?.value).toBe(2022);
    expect(m.organization?.name).toBe("柳塘街道办事处");
  });

  it("a full-width year with a wording defect: the suggested title keeps the one year", () => {
    const found = lint("柳塘街道办事处 ２０２２ 年政府信息公开工作报告");
    expect(found.map((f) => f.messageId)).toEqual(["workReport"]);
    expect(found[0].message).toContain("「柳塘街道办事处 ２０２２ 年政府信息公开工作年度报告」");
  });

  it("a year that cannot be read is not swallowed by the organisation", () => {
    const m = model("柳塘街道办事处２O２２年政府信息公开工作年度报告");
    expect(m.organization?.name).toBe("柳塘街道办事处");
    const found = lint("柳塘街道办事处２O２２年政府信息公开工作年度报告");
    expect(found.map((f) => f.messageId)).toEqual(["missingYear"]);
    expect(found[0].message).toContain("如“柳塘街道办事处20XX年政府信息公开工作年度报告”");
  });

  it("numerals that are not a year (一二三四年) are no year", () => {
    expect(model("柳塘街道办事处一二三四年政府信息公开工作年度报告").year?.source).not.toBe("title");
  });
});
