import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { recognizeTables } from "../../src/model/tables/index.js";
import { describe, expect, it } from "vitest";
import { parseDocument, type InputFormat } from "../../src/frontends/index.js";
import { buildReport, organizationLevel } from "../../src/model/report.js";
import { findPeriod } from "../../src/model/meta.js";
import { SourceCode } from "../../src/core/source-code.js";
import type { Settings } from "../../src/core/types.js";
import type { ReportModel, Span } from "../../src/model/types.js";

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../../fixtures/model/${name}`, import.meta.url)), "utf8");

function build(text: string, format: InputFormat = "text", settings: Settings = {}): ReportModel {
  return buildReport(parseDocument(text, format), text, settings);
}

/** 1-based line:column of a span's start. */
function pos(text: string, span: Span | undefined): string {
  if (!span) return "none";
  const p = new SourceCode(text).positionAt(span.start);
  return `${p.line}:${p.column}`;
}

describe("title", () => {
  it("reads an organisation-first title with spaces around the year", () => {
    const text = fixture("town-tabs.txt");
    const m = build(text);
    expect(m.title?.text).toBe("青禾镇人民政府 2023 年政府信息公开工作年度报告");
    expect(pos(text, m.title)).toBe("3:1");
    expect(text.slice(m.title!.start, m.title!.end)).toBe(m.title!.text);
    expect(m.title?.year).toBe(2023);
    expect(text.slice(m.title!.yearSpan!.start, m.title!.yearSpan!.end)).toBe("2023");
    expect(m.title?.organization).toBe("青禾镇人民政府");
    expect(text.slice(m.title!.organizationSpan!.start, m.title!.organizationSpan!.end)).toBe("青禾镇人民政府");
  });

  it("reads a year-first title: the organisation follows 年度 and ends before 政府信息公开", () => {
    const text = " 2022年度青禾镇政府信息公开工作报告\n\n一、总体情况\n";
    const m = build(text);
    expect(m.title?.text).toBe("2022年度青禾镇政府信息公开工作报告");
    expect(m.title?.start).toBe(1);
    expect(m.title?.year).toBe(2022);
    expect(m.title?.organization).toBe("青禾镇");
    expect(m.organization).toMatchObject({ name: "青禾镇", level: "town", source: "title" });
    expect(text.slice(m.organization!.start, m.organization!.end)).toBe("青禾镇");
  });

  it("skips breadcrumbs (> separators, 首页, 当前位置, 您现在的位置) before the title", () => {
    const text = fixture("street-breadcrumb.txt");
    const m = build(text);
    expect(m.title?.text).toBe("2022年度东湖街道办事处政府信息公开工作年度报告");
    expect(pos(text, m.title)).toBe("5:1");
    expect(m.organization).toMatchObject({ name: "东湖街道办事处", level: "street", source: "title" });
    expect(m.year).toMatchObject({ value: 2022, source: "title" });
  });

  it("rejects a breadcrumb written with slashes and 首页 even when it names the report", () => {
    const m = build("首页/ 政务公开 / 2023 / 青禾镇2023年政府信息公开工作年度报告\n\n一、总体情况\n");
    expect(m.title).toBeUndefined();
  });

  it("strips a 标题 | … | field label and keeps the exact range of the title", () => {
    const text = fixture("department-chrome.txt");
    const m = build(text);
    expect(m.title?.text).toBe("某县市场监督管理局2023年政府信息公开工作年度报告");
    expect(pos(text, m.title)).toBe("3:6");
    expect(text.slice(m.title!.start, m.title!.end)).toBe(m.title!.text);
    expect(m.organization).toMatchObject({ name: "某县市场监督管理局", level: "department", source: "title" });
  });

  it("strips 标题 written without a separator and 标题：", () => {
    for (const prefix of ["标题", "标题：", "标题: "]) {
      const text = `索引号 000123\n${prefix}青禾镇2023年政府信息公开工作年度报告\n\n一、总体情况\n`;
      const m = build(text);
      expect(m.title?.text).toBe("青禾镇2023年政府信息公开工作年度报告");
      expect(m.title?.organization).toBe("青禾镇");
    }
  });

  it("takes the first of a repeated title", () => {
    const text = "青禾镇2023年政府信息公开工作年度报告\n\n发布时间:2024-01-20 11:19\n\n    青禾镇2023年政府信息公开工作年度报告\n\n一、总体情况\n";
    const m = build(text);
    expect(pos(text, m.title)).toBe("1:1");
  });

  it("prefers a line with both organisation and year over an earlier one with neither", () => {
    const text = "政府信息公开年度报告\n\n东湖街道2023年政府信息公开工作年度报告\n\n一、总体情况\n";
    const m = build(text);
    expect(pos(text, m.title)).toBe("3:1");
    expect(m.title?.organization).toBe("东湖街道");
  });

  it("joins a title split over two lines; its text is the exact source range", () => {
    const text = "某县统计局2024年\n政府信息公开工作年度报告\n根据《条例》规定，现公布本报告。\n一、总体情况\n";
    const m = build(text);
    expect(m.title?.text).toBe("某县统计局2024年\n政府信息公开工作年度报告");
    expect(text.slice(m.title!.start, m.title!.end)).toBe(m.title!.text);
    expect(m.title?.year).toBe(2024);
    expect(m.organization).toMatchObject({ name: "某县统计局", level: "department" });
  });

  it("joins an organisation line with a title line that has no year", () => {
    const m = build("某县统计局\n政府信息公开工作年度报告\n一、总体情况\n");
    expect(m.title?.organization).toBe("某县统计局");
    expect(m.title?.year).toBeUndefined();
  });

  it("strips a domain glued before the organisation", () => {
    const text = "mirror-example.com东湖街道2019年政府信息公开工作年度报告\n一、总体情况\n";
    const m = build(text);
    expect(m.title?.text).toBe("mirror-example.com东湖街道2019年政府信息公开工作年度报告");
    expect(m.organization?.name).toBe("东湖街道");
    expect(text.slice(m.organization!.start, m.organization!.end)).toBe("东湖街道");
  });

  it("reads a Markdown heading and a bold title", () => {
    expect(build("# 青禾镇2023年政府信息公开工作年度报告\n\n## 一、总体情况\n", "markdown").title?.text).toBe("青禾镇2023年政府信息公开工作年度报告");
    const text = "**青禾镇2023年政府信息公开工作年度报告**\n\n一、总体情况\n";
    const m = build(text, "markdown");
    expect(m.title?.text).toBe("青禾镇2023年政府信息公开工作年度报告");
    expect(m.title?.start).toBe(2);
  });

  it("reads a title in traditional characters", () => {
    const m = build("青禾鎮2021年政府信息公開工作年度報告\n一、總體情況\n");
    expect(m.title?.year).toBe(2021);
    expect(m.organization).toMatchObject({ name: "青禾鎮", level: "town" });
  });

  it("does not take a sentence of the preface for the title", () => {
    const m = build("根据要求，现公布青禾镇2023年政府信息公开工作年度报告。\n一、总体情况\n");
    expect(m.title).toBeUndefined();
  });
});

describe("organisation", () => {
  it("maps names to levels", () => {
    expect(organizationLevel("青禾乡人民政府")).toBe("township");
    expect(organizationLevel("青禾乡")).toBe("township");
    expect(organizationLevel("青禾镇")).toBe("town");
    expect(organizationLevel("青禾镇政府")).toBe("town");
    expect(organizationLevel("某县青禾镇人民政府")).toBe("town");
    expect(organizationLevel("东湖街道")).toBe("street");
    expect(organizationLevel("东湖街道办事处")).toBe("street");
    expect(organizationLevel("东湖街办")).toBe("street");
    expect(organizationLevel("某县人民政府")).toBe("county");
    expect(organizationLevel("某市某区人民政府")).toBe("county");
    expect(organizationLevel("某市人民政府")).toBe("city");
    expect(organizationLevel("某省人民政府")).toBe("province");
    expect(organizationLevel("某县市场监督管理局")).toBe("department");
    expect(organizationLevel("某区人民政府办公室")).toBe("department");
    expect(organizationLevel("某县发展和改革委员会")).toBe("department");
    expect(organizationLevel("青禾鎮")).toBe("town");
    expect(organizationLevel("某某")).toBe("unknown");
  });

  it("reads the report named in the preface when there is no title, never its year", () => {
    const text = fixture("no-title-period.txt");
    const m = build(text);
    expect(m.title).toBeUndefined();
    expect(m.organization).toMatchObject({ name: "云岭镇", level: "town", source: "text" });
    expect(text.slice(m.organization!.start, m.organization!.end)).toBe("云岭镇");
    // The quoted self-title says 2021; the period says 2022.
    expect(m.year).toMatchObject({ value: 2022, source: "period" });
  });

  it("reads an organisation after a publishing verb in the preface", () => {
    const m = build("根据《条例》的要求，特向社会公布某县统计局2023年度政府信息公开工作年度报告。\n一、总体情况\n");
    expect(m.organization).toMatchObject({ name: "某县统计局", level: "department", source: "text" });
    const y = build("特向社会公开2023年度青禾乡政府信息公开年度报告。\n一、总体情况\n");
    expect(y.organization).toMatchObject({ name: "青禾乡", level: "township", source: "text" });
  });

  it("ignores pronouns (我局, 本级) and the notice a report was written under", () => {
    const m = build("现公布我局2023年政府信息公开工作年度报告。根据《关于做好2023年度政府信息公开年度报告编制发布工作的通知》要求编制。\n一、总体情况\n");
    expect(m.organization).toBeUndefined();
  });

  it("does not mistake a place name beginning with 本 for a pronoun", () => {
    expect(build("本溪市某区统计局2023年政府信息公开工作年度报告\n一、总体情况\n").organization?.name).toBe("本溪市某区统计局");
  });

  it("reads a signature line at the end", () => {
    const text = "一、总体情况\n全年公开信息10条。\n六、其他需要报告的事项\n无。\n\n青禾乡人民政府\n\n2024年1月12日\n";
    const m = build(text);
    expect(m.organization).toMatchObject({ name: "青禾乡人民政府", level: "township", source: "text" });
    expect(pos(text, m.organization)).toBe("6:1");
  });

  it("falls back to settings, and prefers what the report says", () => {
    const text = fixture("no-title-no-year.txt");
    expect(build(text).organization).toBeUndefined();
    expect(build(text, "text", { organization: "某县统计局" }).organization).toMatchObject({ name: "某县统计局", level: "department", source: "settings" });
    expect(build(fixture("town-tabs.txt"), "text", { organization: "别的单位" }).organization?.source).toBe("title");
  });
});

describe("report year and period", () => {
  it("takes the year from the title first", () => {
    const text = fixture("town-tabs.txt");
    const m = build(text, "text", { reportYear: 2020 });
    expect(m.year).toMatchObject({ value: 2023, source: "title" });
    expect(text.slice(m.year!.span!.start, m.year!.span!.end)).toBe("2023");
  });

  it("records the period sentence with its span, raw text and both years", () => {
    const text = fixture("town-tabs.txt");
    const p = build(text).period!;
    expect(p.text).toBe("本报告统计数据从 2023 年 1 月 1 日至 2023 年 12 月 31 日");
    expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(p).toMatchObject({ fromYear: 2023, toYear: 2023 });
    expect(p.from).toMatchObject({ year: 2023, month: 1, day: 1, text: "2023 年 1 月 1 日" });
    expect(p.to).toMatchObject({ year: 2023, month: 12, day: 31 });
  });

  it("takes the year from the period when the title has none", () => {
    const m = build("某县统计局\n政府信息公开工作年度报告\n本报告所列数据的统计期限自2020年1月1日起至2020年12月31日。\n一、总体情况\n");
    expect(m.year).toMatchObject({ value: 2020, source: "period" });
  });

  it.each([
    ["统计期限自20211月1日起至202112月31日止", 2021, 2021, [1, 1], [12, 31]],
    ["统计期限自202311日起至20231231日止", 2023, 2023, [1, 1], [12, 31]],
    ["统计期限自2021年1月1日起至12月31日止", 2021, undefined, [1, 1], [12, 31]],
    ["统计时限为2022年1月1日至2022年12月31日", 2022, 2022, [1, 1], [12, 31]],
    ["数据统计时间：2022.1.1-2022.12.31", 2022, 2022, [1, 1], [12, 31]],
    ["本報告中所列數據的統計時限為2021年1月1日至2021年12月31日", 2021, 2021, [1, 1], [12, 31]],
  ] as const)("reads the period %s", (sentence, fromYear, toYear, from, to) => {
    const text = `本年度报告由青禾镇编制。${sentence}。如有疑问请联系。`;
    const p = findPeriod(text)!;
    expect(p).toBeDefined();
    expect(p.fromYear).toBe(fromYear);
    expect(p.toYear).toBe(toYear);
    expect([p.from?.month, p.from?.day]).toEqual(from);
    expect([p.to?.month, p.to?.day]).toEqual(to);
    expect(p.text).toBe(sentence);
    expect(text.slice(p.start, p.end)).toBe(sentence);
  });

  it("does not read a publication date as a period", () => {
    expect(findPeriod("发布时间:2021-02-19 08:39:37 浏览次数:")).toBeUndefined();
  });

  it("never takes the year from the publication date", () => {
    const m = build("发布时间：2024-01-20\n\n一、总体情况\n全年公开信息。\n");
    expect(m.publishedAt?.year).toBe(2024);
    expect(m.year).toBeUndefined();
  });

  it("has no year when neither title nor period states one, unless settings do", () => {
    const text = fixture("no-title-no-year.txt");
    expect(build(text).year).toBeUndefined();
    expect(build(text, "text", { reportYear: 2023 }).year).toEqual({ value: 2023, source: "settings" });
  });
});

describe("publication date", () => {
  it.each([
    ["发布时间:2021-02-19 08:39:37", "2021-02-19", [2021, 2, 19]],
    ["来源:青禾镇 发布时间: 2022-01-29 16:33 字体:[]", "2022-01-29", [2022, 1, 29]],
    ["发表日期：2025-01-16    文章来源：东湖街道", "2025-01-16", [2025, 1, 16]],
    ["公开目录 | 部门信息公开年报 | 发布日期 | 2024-01-30 |", "2024-01-30", [2024, 1, 30]],
    ["发布机构发文日期 2023-01-12 20:04", "2023-01-12", [2023, 1, 12]],
    [" 时间:2025-01-21      来源:", "2025-01-21", [2025, 1, 21]],
    ["发布日期：2024年1月10日", "2024年1月10日", [2024, 1, 10]],
  ] as const)("reads %s", (line, written, [y, mo, d]) => {
    const text = `青禾镇2023年政府信息公开工作年度报告\n${line}\n一、总体情况\n正文。\n`;
    const m = build(text);
    expect(m.publishedAt).toMatchObject({ text: written, year: y, month: mo, day: d, source: "label" });
    expect(text.slice(m.publishedAt!.start, m.publishedAt!.end)).toBe(written);
  });

  it("reads a signature date at the end, in digits or Chinese numerals", () => {
    const text = fixture("town-tabs.txt");
    const m = build(text);
    expect(m.publishedAt).toMatchObject({ text: "2024年1月15日", year: 2024, month: 1, day: 15, source: "signature" });
    expect(pos(text, m.publishedAt)).toBe("44:1");
    const cn = build("一、总体情况\n正文。\n青禾镇人民政府\n二〇二四年一月十二日\n1\n");
    expect(cn.publishedAt).toMatchObject({ year: 2024, month: 1, day: 12, source: "signature" });
  });

  it("reads a page-chrome date in the breadcrumb fixture", () => {
    const text = fixture("street-breadcrumb.txt");
    const m = build(text);
    expect(m.publishedAt).toMatchObject({ text: "2023-01-18", year: 2023, month: 1, day: 18 });
    expect(pos(text, m.publishedAt)).toBe("7:6");
  });
});

describe("model shape", () => {
  it("carries the table recogniser's tables, layout and notes", () => {
    const text = fixture("town-tabs.txt");
    const m = build(text);
    const recognized = recognizeTables(m.document, m.sections, text);
    expect(m.tables).toEqual(recognized.tables);
    expect(m.layout).toBe("2021");
    expect(m.notes).toEqual(recognized.notes);
  });

  it("builds an empty text without crashing", () => {
    const m = build("");
    expect(m.sections).toEqual([]);
    expect(m.title).toBeUndefined();
    expect(m.otherHeadings).toEqual([]);
  });

  it("handles a leading BOM and CRLF line ends", () => {
    const text = "\ufeff青禾镇2023年政府信息公开工作年度报告\r\n\r\n一、总体情况\r\n正文。\r\n";
    for (const format of ["text", "markdown"] as const) {
      const m = build(text, format);
      expect(m.title?.text).toBe("青禾镇2023年政府信息公开工作年度报告");
      expect(text.slice(m.title!.start, m.title!.end)).toBe(m.title!.text);
      expect(pos(text, m.sections[0].heading)).toBe("3:1");
    }
  });

  // Timing lives in `npm run bench`; here: a large repetitive report is read completely.
  it("reads a 30 KB report of repeated units", () => {
    const unit = fixture("town-tabs.txt") + fixture("street-breadcrumb.txt") + "，".repeat(200) + "2021年".repeat(100) + "\n";
    let text = "";
    while (text.length < 30_000) text += unit;
    const doc = parseDocument(text, "text");
    const m = buildReport(doc, text, {});
    expect(m.title).toBeDefined();
    expect(m.sections.length).toBeGreaterThan(0);
  });
});
