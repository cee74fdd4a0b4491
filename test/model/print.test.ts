import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/frontends/index.js";
import { buildReport } from "../../src/model/report.js";
import { modelToJson, printModel } from "../../src/model/print.js";
import { SourceCode } from "../../src/core/source-code.js";
import type { MappedTable, ReportModel } from "../../src/model/types.js";

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../../fixtures/model/${name}`, import.meta.url)), "utf8");

function model(name: string): { m: ReportModel; source: SourceCode; text: string } {
  const text = fixture(name);
  return { m: buildReport(parseDocument(text, name.endsWith(".md") ? "markdown" : "text"), text, {}), source: new SourceCode(text), text };
}

/** A table as the recogniser will produce it, placed on lines 24–27 of town-tabs.txt. */
function fakeTable(text: string): MappedTable {
  const rowStart = text.indexOf("一、本年新收");
  const rowEnd = text.indexOf("\n", rowStart);
  const cellAt = text.indexOf("\t1\t", rowStart) + 1;
  return {
    table: 3,
    layout: "2021",
    start: rowStart,
    end: rowEnd,
    rows: [
      {
        key: "1",
        label: "一、本年新收政府信息公开申请数量",
        labelSpan: { start: rowStart, end: rowStart + 16 },
        officialLabel: "一、本年新收政府信息公开申请数量",
        match: "exact",
        start: rowStart,
        end: rowEnd,
        cells: [
          { row: "1", col: "natural", rowLabel: "一、本年新收…", colLabel: "自然人", raw: "1", value: { kind: "number", value: 1 }, start: cellAt, end: cellAt + 1 },
          { row: "1", col: "total", rowLabel: "一、本年新收…", colLabel: "总计", raw: "", value: { kind: "blank" }, start: rowEnd, end: rowEnd },
          { row: "1", col: "other", rowLabel: "一、本年新收…", colLabel: "其他", raw: "无", value: { kind: "none" }, start: cellAt, end: cellAt },
        ],
      },
      {
        key: "3.1",
        label: "（一）予以公开",
        officialLabel: "（一）予以公开",
        match: "approximate",
        placement: "from-right",
        start: rowStart,
        end: rowEnd,
        cells: [],
        problem: "只有6个值，对应不到7列",
        unassigned: [{ raw: "1", value: { kind: "number", value: 1 }, start: cellAt, end: cellAt + 1 }],
      },
    ],
    missingRows: [{ key: "2", officialLabel: "二、上年结转政府信息公开申请数量" }],
    groups: [{ key: "3", label: "三、本年度办理结果", officialLabel: "三、本年度办理结果", match: "exact", start: rowStart, end: rowStart + 9 }],
    truncated: true,
    section: 3,
    extraRows: [],
    layoutMarkers: [],
    confident: false,
    problems: [{ message: "only 6 values for 7 columns", start: rowStart, end: rowEnd }],
  };
}

describe("printModel", () => {
  it("prints the facts with line:col in Chinese", () => {
    const { m, source } = model("town-tabs.txt");
    const out = printModel(m, source, { locale: "zh" });
    expect(out).toContain("标题: 青禾镇人民政府 2023 年政府信息公开工作年度报告 [3:1]");
    expect(out).toContain("机构: 青禾镇人民政府 (镇), 来自 标题 [3:1]");
    expect(out).toContain("年度: 2023 来自 标题 [3:9]");
    expect(out).toContain("统计期间: 2023-01-01 至 2023-12-31");
    expect(out).toContain("发布日期: 2024-01-15 (2024年1月15日) 落款 [44:1]");
    expect(out).toContain("  一 「一、总体情况」 [7:1]");
    expect(out).toContain("  六 「六、其他需要报告的事项」 [38:1]");
    expect(out).toContain("表格版式: 2021");
    expect(out).toMatch(/表二 \[\d+:1/);
    expect(out).not.toMatch(/^  [一二三四五六] 缺失$/m); // no section missing
  });

  it("prints variants, missing sections, run-on headings and other headings in English", () => {
    const { m, source } = model("no-title-no-year.txt");
    const out = printModel(m, source, { locale: "en" });
    expect(out).toContain("Title: (not found)");
    expect(out).toContain("Year: (not found)");
    expect(out).toContain("  五 「五、存在的主要问题及改进措施」 [9:1]  (recognised by its wording; variant of 五、存在的主要问题及改进情况)");
    expect(out).toContain("  三 missing");
    expect(out).toContain("Other numbered headings:\n  「一、加强组织领导」 [3:1]");
    const runOn = model("department-chrome.txt");
    expect(printModel(runOn.m, runOn.source, { locale: "en" })).toContain("「一、总体情况」 [5:1]  (official heading; prose follows on the same line)");
  });

  it("renders a mapped table generically: layout, confidence, problems, one line per row", () => {
    const { m, source, text } = model("town-tabs.txt");
    // Only the injected table and note: this test is about rendering, not recognition.
    m.tables = { t3: fakeTable(text) };
    m.notes = [];
    m.notes.push({ code: "table-not-recognised", message: "表二未识别", start: 0, end: 0 });
    const out = printModel(m, source, { locale: "zh" });
    expect(out).toContain("  表三 [24:1]  表格版式: 2021  不可信");
    expect(out).toContain("    问题: only 6 values for 7 columns [24:1]");
    expect(out).toContain("    缺少的行: 2 二、上年结转政府信息公开申请数量");
    expect(out).toMatch(/ {4}1 一、本年新收政府信息公开申请数量 \[24:1\]: natural=1@24:18 {2}total=空@24:\d+ {2}other=无@24:18/);
    expect(out).toContain("(位于第三部分; 表格不完整（其后的行缺失）)");
    expect(out).toContain("    分组: 3 三、本年度办理结果 [24:1]");
    expect(out).toContain("    3.1 （一）予以公开 <approximate, from-right> [24:1]: \n      问题: 只有6个值，对应不到7列\n      未能对应到列的值: 1@24:18");
    expect(out).toContain("说明:\n  table-not-recognised: 表二未识别 [1:1]");
  });
});

describe("modelToJson", () => {
  it("replaces every span by line/column fields and leaves out text, document and blocks", () => {
    const { m, source, text } = model("town-tabs.txt");
    m.tables = { t3: fakeTable(text) };
    const json = modelToJson(m, source) as Record<string, any>;
    const s = JSON.stringify(json);
    expect(s).not.toMatch(/"start"|"end"|"blocks"|"document"/);
    expect(json.text).toBeUndefined();
    expect(json.format).toBe("text");
    expect(json.title).toMatchObject({ text: "青禾镇人民政府 2023 年政府信息公开工作年度报告", startLine: 3, startColumn: 1, endLine: 3, endColumn: 27 });
    expect(json.title.yearSpan).toEqual({ startLine: 3, startColumn: 9, endLine: 3, endColumn: 13 });
    expect(json.organization).toMatchObject({ name: "青禾镇人民政府", level: "town", source: "title", startLine: 3 });
    expect(json.year).toMatchObject({ value: 2023, source: "title", span: { startLine: 3, startColumn: 9 } });
    expect(json.period).toMatchObject({ fromYear: 2023, toYear: 2023, startLine: 5, from: { month: 1, day: 1 } });
    expect(json.publishedAt).toMatchObject({ year: 2024, month: 1, day: 15, startLine: 44, source: "signature" });
    expect(json.sections).toHaveLength(6);
    expect(json.sections[0]).toMatchObject({ number: 1, numeral: "一", canonical: "一、总体情况", isVariant: false, recognition: "exact", wording: "official", numeralStyle: "chinese", heading: { text: "一、总体情况", startLine: 7, startColumn: 1, endLine: 7, endColumn: 7 } });
    expect(json.sections[0].body.startLine).toBe(7);
    expect(json.tables.t3.rows[0].cells[0]).toMatchObject({ col: "natural", value: { kind: "number", value: 1 }, startLine: 24, startColumn: 18 });
    expect(json.layout).toBe("2021");
    // Plain data: survives a JSON round trip unchanged.
    expect(JSON.parse(s)).toEqual(json);
  });
});
