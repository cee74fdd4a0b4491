import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument, type InputFormat } from "../../src/frontends/index.js";
import { buildReport } from "../../src/model/report.js";
import { findSections, foldTraditional, matchSectionHeading } from "../../src/model/sections.js";
import { SourceCode } from "../../src/core/source-code.js";
import type { ReportModel, Span } from "../../src/model/types.js";

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../../fixtures/model/${name}`, import.meta.url)), "utf8");
const build = (text: string, format: InputFormat = "text"): ReportModel => buildReport(parseDocument(text, format), text, {});

function line(text: string, span: Span): number {
  return new SourceCode(text).positionAt(span.start).line;
}

/** "number@line" for every section, e.g. "1@7 2@15". */
function layout(text: string, format: InputFormat = "text"): string {
  return build(text, format)
    .sections.map((s) => `${s.number}@${line(text, s.heading)}`)
    .join(" ");
}

describe("matchSectionHeading", () => {
  it.each([
    ["一、总体情况", 1, "一", false],
    ["一.总体情况", 1, "一", false],
    ["一．总体情况", 1, "一", false],
    ["一，总体情况", 1, "一", false],
    ["一,总体情况", 1, "一", false],
    ["一 总体情况", 1, "一", false],
    ["一 、 总体 情况", 1, "一", false],
    ["一、　总体情况：", 1, "一", false],
    ["## 一、总体情况", 1, "一", false],
    ["**一、总体情况**", 1, "一", false],
    ["一、**总体情况**", 1, "一", false],
    ["总体情况", 1, "", false],
    ["主动公开政府信息情况", 2, "", false],
    ["一、政务信息公开工作总体情况", 1, "一", true],
    ["一、政府信息公开工作的总体情况", 1, "一", true],
    ["二、主动公开政府信息的情况", 2, "二", true],
    ["四、因政府信息公开工作被申请行政复议、提起行政诉讼情况", 4, "四", true],
    ["五、存在的主要问题及改进措施", 5, "五", true],
    ["六、其它需要报告的事项", 6, "六", true],
    ["三、收到和處理政府信息公開申請情況", 3, "三", false],
  ] as const)("%s → section %i", (raw, number, numeral, isVariant) => {
    const m = matchSectionHeading(raw);
    expect(m?.spec.number).toBe(number);
    expect(m?.numeral).toBe(numeral);
    expect(m?.isVariant).toBe(isVariant);
  });

  it.each([
    "一、本年新收政府信息公开申请数量",
    "二、上年结转政府信息公开申请数量",
    "三、本年度办理结果",
    "四、结转下年度继续办理",
    "四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0",
    "四、结转下年度继续办理 0 0 0 0 0 0 0",
    "一、本年新收政府信息公开申请数量 | 0 | 0 |",
    "二、上年结转政府信息",
    "（一）主动公开政府信息情况",
    "(二)依申请公开情况",
    "一是主动公开政府信息情况良好",
    "二、依申请公开情况",
    "基本情况",
    "一、加强组织领导",
    "",
  ])("%j is not a section heading", (raw) => {
    expect(matchSectionHeading(raw)).toBeNull();
  });

  it("folds traditional characters one for one", () => {
    const s = "三、收到和處理政府信息公開申請情況";
    expect(foldTraditional(s)).toBe("三、收到和处理政府信息公开申请情况");
    expect(foldTraditional(s).length).toBe(s.length);
  });
});

describe("findSections on fixtures", () => {
  it("finds all six in a TAB-table report; table-三 labels at column 0 with values are rows", () => {
    expect(layout(fixture("town-tabs.txt"))).toBe("1@7 2@15 3@21 4@29 5@34 6@38");
  });

  it("reads every numbering style; labels after a TAB are table cells", () => {
    const text = fixture("street-breadcrumb.txt");
    const m = build(text);
    expect(m.sections.map((s) => `${s.number}@${line(text, s.heading)}:${s.numeral}`).join(" ")).toBe("1@9:一 2@11:二 3@16:三 4@24:四 5@27:五 6@29:六");
    expect(m.sections.map((s) => s.heading.text)).toEqual([
      "一.总体情况",
      "二，主动公开政府信息情况",
      "三．收到和处理政府信息公开申请情况",
      "四 政府信息公开行政复议、行政诉讼情况",
      "五、 存在的主要问题及改进情况",
      "六、其它需要报告的事项",
    ]);
    expect(m.sections[5]).toMatchObject({ isVariant: true, canonical: "六、其他需要报告的事项" });
    expect(m.otherHeadings).toEqual([]);
  });

  it("finds a heading running on with prose, and rows written with pipes are not headings", () => {
    const text = fixture("department-chrome.txt");
    const m = build(text);
    expect(m.sections.map((s) => `${s.number}@${line(text, s.heading)}`).join(" ")).toBe("1@5 2@6 3@9");
    const s1 = m.sections[0];
    expect(s1.heading.text).toBe("一、总体情况");
    expect(s1.runOn).toBe("after");
    expect(text.slice(s1.body.start, s1.body.start + 6)).toBe(" 2023年");
    // The run-on line is the section's first block, so the section is not empty.
    expect(s1.blocks[0].kind).toBe("paragraph");
    expect(s1.blocks).toHaveLength(1);
    expect(m.otherHeadings).toEqual([]);
  });

  it("table-三 labels alone on their line are not sections", () => {
    const text = fixture("no-title-period.txt");
    const m = build(text);
    expect(m.sections.map((s) => `${s.number}@${line(text, s.heading)}`).join(" ")).toBe("1@2 2@4 3@10 4@30");
    expect(m.otherHeadings).toEqual([]);
  });

  it("keeps top-level numbered headings that are none of the six in otherHeadings", () => {
    const text = fixture("no-title-no-year.txt");
    const m = build(text);
    expect(m.sections.map((s) => `${s.number}@${line(text, s.heading)}`).join(" ")).toBe("1@2 2@7 5@9");
    expect(m.otherHeadings?.map((h) => `${h.numeral}|${h.text}@${line(text, h)}`)).toEqual(["一|一、加强组织领导@3", "二|二、依申请公开情况@5"]);
    const h = m.otherHeadings![0];
    expect(text.slice(h.start, h.end)).toBe(h.text);
  });

  it("reads Markdown headings, bold headings and plain lines alike; a list item row label is not a section", () => {
    const text = fixture("report.md");
    const m = build(text, "markdown");
    expect(m.sections.map((s) => `${s.number}@${line(text, s.heading)}`).join(" ")).toBe("1@7 2@12 3@18 4@24 5@28 6@34");
    const bold = m.sections[1];
    expect(bold.heading.text).toBe("二、主动公开政府信息情况");
    expect(text.slice(bold.heading.start, bold.heading.end)).toBe("二、主动公开政府信息情况");
    expect(m.sections[0].heading.text).toBe("一、总体情况");
    expect(m.otherHeadings).toEqual([]);
  });
});

describe("findSections details", () => {
  it("gives each section its body and blocks up to the next heading", () => {
    const text = "前言。\n一、总体情况\n甲。\n乙。\n二、主动公开政府信息情况\n丙。\n";
    const doc = parseDocument(text, "text");
    const sections = findSections(doc.blocks, text.length);
    expect(sections).toHaveLength(2);
    expect(text.slice(sections[0].body.start, sections[0].body.end)).toBe("\n甲。\n乙。\n");
    expect(sections[0].blocks.map((b) => (b.kind === "paragraph" ? b.text : b.kind))).toEqual(["甲。", "乙。"]);
    expect(text.slice(sections[1].body.start, sections[1].body.end)).toBe("\n丙。\n");
    expect(sections[1].blocks).toHaveLength(1);
  });

  it("finds a heading ending a prose line after a sentence end, with exact wording only", () => {
    const text = "根据《条例》编制本报告。如有疑问请与办公室联系。一、总体情况\n\n全年公开信息。\n二、主动公开政府信息情况\n";
    const m = build(text);
    const s1 = m.sections[0];
    expect(s1).toMatchObject({ number: 1, runOn: "before", heading: { text: "一、总体情况" } });
    expect(text.slice(s1.heading.start, s1.heading.end)).toBe("一、总体情况");
    expect(s1.blocks.map((b) => (b.kind === "paragraph" ? b.text : b.kind))).toEqual(["全年公开信息。"]);
    // Loose wording at the end of a sentence is prose, not a heading.
    expect(build("我们做了大量工作。一、加强总体情况研判\n").sections).toEqual([]);
  });

  it("ends the previous body where a heading ending a prose line starts", () => {
    const text = "一、总体情况\n全年公开信息。二、主动公开政府信息情况\n见下表。\n";
    const m = build(text);
    expect(m.sections.map((s) => s.number)).toEqual([1, 2]);
    expect(text.slice(m.sections[0].body.start, m.sections[0].body.end)).toBe("\n全年公开信息。");
    expect(m.sections[0].blocks).toHaveLength(1);
  });

  it("does not take a heading's cue from prose that follows it on the line", () => {
    const m = build("一、总体情况良好，全年公开信息。\n");
    expect(m.sections).toEqual([]);
  });

  it("does not take a TAB-indented line between table cells for a heading", () => {
    const text = "二、主动公开政府信息情况\n\t规章\n\t0\n\t五、存在的主要问题及改进情况\n\t0\n五、存在的主要问题及改进情况\n";
    expect(layout(text)).toBe("2@1 5@6");
  });

  it("a sub-topic numbered like a top-level section needs the section's own numeral for cue words", () => {
    const text = "一、总体情况\n一、主动公开情况\n二、依申请公开情况\n二、主动公开政府信息情况\n三、依申请公开办理情况\n";
    const m = build(text);
    expect(m.sections.map((s) => `${s.number}@${line(text, s.heading)}`).join(" ")).toBe("1@1 2@4 3@5");
    expect(m.otherHeadings?.map((h) => h.text)).toEqual(["一、主动公开情况", "二、依申请公开情况"]);
  });

  it("does not take numbered prose for a heading", () => {
    const m = build("一、总体情况\n一、全年公开信息12条。\n二、总体情况良好，全年公开信息。\n三、加强组织领导：\n");
    expect(m.otherHeadings?.map((h) => h.text)).toEqual(["三、加强组织领导："]);
  });

  it("reads traditional headings", () => {
    expect(layout("一、總體情況\n二、主動公開政府信息情況\n三、收到和處理政府信息公開申請情況\n")).toBe("1@1 2@2 3@3");
  });

  it("never reads table cells (TAB rows, GFM cells) as headings", () => {
    expect(layout("一、总体情况\t0\t0\n")).toBe("");
    expect(layout("| 一、总体情况 | 0 |\n| --- | --- |\n| 二、主动公开政府信息情况 | 1 |\n", "markdown")).toBe("");
  });
});
