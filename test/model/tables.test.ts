// The table recognizer on the fixtures in fixtures/tables/: one per flattening (spec §8 a–g), a
// GFM pipe table, and the cases it must refuse. Values AND exact source positions are checked;
// positions come from oracles that read the raw text (tables.helpers.ts).
import { describe, expect, it } from "vitest";
import type { BlockDocument, TableBlock, TableCell } from "../../src/model/types.js";
import { parseMarkdown } from "../../src/frontends/markdown.js";
import { parseText } from "../../src/frontends/text.js";
import {
  T3_A,
  T3_KEYS_2019,
  T3_KEYS_2021,
  T3_LABELS,
  T4_A,
  analyse,
  expectExactRanges,
  fields,
  findLine,
  lineText,
  load,
  row,
  t4Cells,
  t4Values,
  vals,
  valueLines,
  zerosExcept,
} from "./tables.helpers.js";

describe("(a) one row per line, cells separated by TAB", () => {
  const { text, result, sc } = load("a-tab-rows.txt");
  const { t2, t3, t4 } = result.tables;

  it("detects the 2021 layout and maps every table confidently", () => {
    expect(result.layout).toBe("2021");
    expect(result.notes).toEqual([]);
    for (const t of [t2, t3, t4]) expect(t?.confident).toBe(true);
    expect(t3?.layout).toBe("2021");
    expect(t3?.missingRows).toEqual([]);
    expect(t2?.missingRows).toEqual([]);
    expect([t2?.section, t3?.section, t4?.section]).toEqual([2, 3, 4]);
  });

  it("maps table 二 with values at their exact fields", () => {
    const expected: Array<[string, string, number[]]> = [
      ["t2.1.1", "规章", [1, 0, 3]],
      ["t2.1.2", "行政规范性文件", [4, 2, 17]],
      ["t2.5.1", "行政许可", [236]],
      ["t2.6.1", "行政处罚", [41]],
      ["t2.6.2", "行政强制", [6]],
      ["t2.8.1", "行政事业性收费", [12.5]],
    ];
    expect(t2?.rows.map((r) => r.key)).toEqual(expected.map((e) => e[0]));
    for (const [key, label, values] of expected) {
      const r = row(t2, key);
      expect(vals(r)).toEqual(values);
      expect(r.match).toBe("exact");
      const line = findLine(text, label);
      const f = fields(text, line);
      expect(r.cells.map((c) => c.start)).toEqual(f.slice(1, 1 + values.length).map((x) => x.start));
      expect(r.labelSpan?.start).toBe(f[0].start);
    }
    const fee = row(t2, "t2.8.1").cells[0];
    expect(fee).toMatchObject({ colLabel: "本年收费金额（单位：万元）", columnKind: "money", columnUnit: "万元" });
    expect(row(t2, "t2.1.2").cells.map((c) => c.colLabel)).toEqual(["本年制发件数", "本年废止件数", "现行有效件数"]);
  });

  it("maps all 25 rows of table 三, 175 cells, at the last 7 fields of their lines", () => {
    expect(t3?.rows.map((r) => r.key)).toEqual(T3_KEYS_2021);
    for (const key of T3_KEYS_2021) {
      const r = row(t3, key);
      expect(vals(r), key).toEqual(T3_A[key]);
      expect(r.officialLabel).toBe(T3_LABELS[key]);
      expect(r.placement).toBe("in-order");
      const line = findLine(text, T3_LABELS[key]);
      expect(sc.positionAt(r.cells[0].start).line).toBe(line);
      expect(r.cells.map((c) => c.start)).toEqual(fields(text, line).slice(-7).map((f) => f.start));
      expect(r.cells.map((c) => c.col)).toEqual(["c1", "c2", "c3", "c4", "c5", "c6", "c7"]);
    }
    expect(row(t3, "3.7").cells[6]).toMatchObject({ raw: "21", colLabel: "总计", rowLabel: "（七）总计" });
    expect(t3?.groups?.map((g) => g.key)).toEqual(["g3", "g3.3", "g3.4", "g3.5", "g3.6"]);
    expectExactRanges(text, t3);
  });

  it("maps table 四 as three groups of five", () => {
    expect(t4Values(t4)).toEqual(T4_A);
    const line = findLine(text, "2", 57);
    expect(t4Cells(t4).map((c) => c.start)).toEqual(fields(text, line).map((f) => f.start));
    expect(row(t4, "t4.2")).toMatchObject({ officialLabel: "行政诉讼/未经复议直接起诉", label: "未经复议直接起诉", match: "exact" });
    expect(row(t4, "t4.1").cells.map((c) => c.colLabel)).toEqual(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]);
  });
});

describe("(b) one cell per line with a leading TAB and U+3000 / U+00A0 padding", () => {
  const { text, result } = load("b-cell-per-line.txt");
  const { t2, t3, t4 } = result.tables;
  const doubled = Object.fromEntries(Object.entries(T3_A).map(([k, v]) => [k, [...v.slice(0, 6).map((x) => x * 2), v.slice(0, 6).reduce((a, b) => a + b, 0) * 2]]));

  it("maps all three tables, padding stripped from the ranges", () => {
    expect(result.layout).toBe("2021");
    expect(result.notes).toEqual([]);
    expect(vals(row(t2, "t2.1.2"))).toEqual([3, 1, 12]);
    expect(vals(row(t2, "t2.8.1"))).toEqual([3.6]);
    for (const key of T3_KEYS_2021) {
      const r = row(t3, key);
      expect(vals(r), key).toEqual(doubled[key]);
      const expected = valueLines(text, findLine(text, T3_LABELS[key]), 7);
      expect(r.cells.map((c) => c.start), key).toEqual(expected.map((e) => e.start));
      expect(r.cells.map((c) => c.raw)).toEqual(expected.map((e) => e.text));
    }
    expect(t4Values(t4)).toEqual([0, 1, 0, 1, 2, 1, 1, 0, 0, 2, 0, 0, 1, 1, 2]);
    expectExactRanges(text, t2);
    expectExactRanges(text, t3);
    expectExactRanges(text, t4);
  });

  it("joins header cells split across lines (商业/企业, 结果/纠正) instead of reading them as rows", () => {
    expect(t3?.extraRows).toEqual([]);
    expect(t4?.problems).toEqual([]);
    expect(row(t4, "t4.1").cells[0].start).toBe(valueLines(text, findLine(text, "审结", 340), 1)[0].start);
  });
});

describe("(c) one cell per line, separated by blank lines (2019 layout)", () => {
  const { text, result } = load("c-blank-line-separated.txt");
  const { t2, t3, t4 } = result.tables;

  it("detects 2019 and maps table 二 with signed and money cells", () => {
    expect(result.layout).toBe("2019");
    expect(t2?.confident).toBe(true);
    expect(vals(row(t2, "t2.5.1"))).toEqual([64, -3, 812]);
    expect(vals(row(t2, "t2.5.2"))).toEqual([23, 5, 147]);
    expect(row(t2, "t2.6.1").cells[1].value).toEqual({ kind: "number", value: -2, signWord: "减" });
    expect(row(t2, "t2.6.2").cells[1].value).toEqual({ kind: "number", value: 1, signWord: "增" });
    expect(row(t2, "t2.5.1").cells.map((c) => c.columnKind)).toEqual(["count", "signed", "count"]);
    expect(row(t2, "t2.9.1").cells[1]).toMatchObject({ raw: "86.5万元", value: { kind: "number", value: 86.5, unit: "万元" }, columnKind: "money" });
    expect(row(t2, "t2.9.1").cells[1].columnUnit).toBeUndefined();
    for (const [key, label] of [["t2.1.2", "规范性文件"], ["t2.5.1", "行政许可"], ["t2.9.1", "政府集中采购"]]) {
      const r = row(t2, key);
      const expected = valueLines(text, findLine(text, label), r.cells.length);
      expect(r.cells.map((c) => c.start)).toEqual(expected.map((e) => e.start));
    }
  });

  it("maps the 2019 table 三 with its single （六） row, and table 四", () => {
    const expected = zerosExcept(T3_KEYS_2019, {
      "1": [5, 1, 0, 0, 2, 0, 8],
      "2": [1, 0, 0, 0, 0, 0, 1],
      "3.1": [3, 1, 0, 0, 1, 0, 5],
      "3.2": [1, 0, 0, 0, 0, 0, 1],
      "3.4.1": [1, 0, 0, 0, 1, 0, 2],
      "3.6": [1, 0, 0, 0, 0, 0, 1],
      "3.7": [6, 1, 0, 0, 2, 0, 9],
    });
    expect(t3?.rows.map((r) => r.key)).toEqual(T3_KEYS_2019);
    expect(t3?.layout).toBe("2019");
    expect(t3?.confident).toBe(true);
    for (const key of T3_KEYS_2019) {
      const r = row(t3, key);
      expect(vals(r), key).toEqual(expected[key]);
      const label = T3_LABELS[key].replace(/（/g, "(").replace(/）/g, ")");
      const lines = valueLines(text, findLine(text, label), 7);
      expect(r.cells.map((c) => c.start), key).toEqual(lines.map((l) => l.start));
    }
    expect(t4Values(t4)).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0]);
    expectExactRanges(text, t3);
  });
});

describe("(d) labels split across lines", () => {
  it("joins labels split within a cell (one cell per line)", () => {
    const { text, result, sc } = load("d1-split-in-cell.txt");
    const { t2, t3 } = result.tables;
    expect(result.layout).toBe("2021");
    expect(t2?.confident && t3?.confident).toBe(true);
    const r = row(t2, "t2.1.2");
    expect(r).toMatchObject({ label: "行政规范性文件", match: "exact" });
    expect(sc.positionAt(r.labelSpan!.start).line).toBe(24);
    expect(sc.positionAt(r.labelSpan!.end).line).toBe(25);
    expect(vals(r)).toEqual([6, 3, 21]);
    expect(vals(row(t2, "t2.8.1"))).toEqual([0.8]);
    expect(row(t2, "t2.8.1").label).toBe("行政事业性收费");
    expect(t2?.layoutMarkers.map((m) => m.label)).toContain("本年收费金额（单位：万元）");

    expect(row(t3, "1").label).toBe("一、本年新收政府信息公开申请数量");
    expect(row(t3, "3.2").label).toBe("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
    const r355 = row(t3, "3.5.5");
    expect(r355.label).toBe("5.要求行政机关确认或重新出具已获取信息");
    expect(vals(r355)).toEqual([2, 1, 0, 1, 0, 0, 4]);
    const first = findLine(text, "5.要求行政机关确认或重新");
    expect(r355.cells.map((c) => c.start)).toEqual(valueLines(text, first + 1, 7).map((l) => l.start));
    expect(vals(row(t3, "3.7"))).toEqual([7, 2, 0, 1, 0, 0, 10]);
    expect(t3?.rows).toHaveLength(25);
    expectExactRanges(text, t3);
  });

  it("reads （五）不予 … 处理 split across rows as the group label, and maps its rows", () => {
    const { text, result } = load("d2-split-across-rows.txt");
    const t3 = result.tables.t3;
    expect(t3?.confident).toBe(true);
    expect(t3?.rows.map((r) => r.key)).toEqual(T3_KEYS_2021);
    const g = t3?.groups?.find((x) => x.key === "g3.5");
    expect(g).toMatchObject({ label: "(五) 不予", match: "approximate" });
    expect(vals(row(t3, "3.5.1"))).toEqual([2, 0, 0, 0, 0, 1, 3]);
    expect(vals(row(t3, "3.5.2"))).toEqual([1, 0, 0, 0, 0, 0, 1]);
    // "3.要求提供公开出版物→→0…0→": label at column 0, an empty merged cell, values, a trailing empty field.
    const line353 = findLine(text, "3.要求提供公开出版物");
    expect(row(t3, "3.5.3").cells.map((c) => c.start)).toEqual(fields(text, line353).slice(2, 9).map((f) => f.start));
    // "→处理→4.无正当理由大量反复申请→…": the fragment 处理 is neither a row nor a value.
    const line354 = findLine(text, "4.无正当理由大量反复申请");
    expect(lineText(text, line354).startsWith("\t处理\t")).toBe(true);
    expect(row(t3, "3.5.4").cells.map((c) => c.start)).toEqual(fields(text, line354).slice(-7).map((f) => f.start));
    expect(t3?.extraRows).toEqual([]);
    // 004 shape: 一、… at column 0, an empty cell, values, a trailing empty field.
    const line1 = findLine(text, T3_LABELS["1"]);
    expect(row(t3, "1").cells.map((c) => c.start)).toEqual(fields(text, line1).slice(2, 9).map((f) => f.start));
    expect(vals(row(t3, "1"))).toEqual([4, 0, 0, 0, 0, 1, 5]);
    expectExactRanges(text, t3);
  });
});

describe("(e) merged cells that shift values", () => {
  const { text, result } = load("e-merged-cells.txt");
  const { t3, t4 } = result.tables;

  it("reads the cut label 三、本年 as the group label", () => {
    expect(t3?.groups?.[0]).toMatchObject({ key: "g3", label: "三、本年", match: "approximate" });
    expect(vals(row(t3, "3.1"))).toEqual([2, 1, 0, 0, 0, 0, 3]);
    expect(t3?.confident).toBe(true);
  });

  it("places a partially filled row by the field positions of a full row of the same shape", () => {
    const r = row(t3, "3.3.2");
    expect(r.placement).toBe("by-geometry");
    expect(vals(r)).toEqual(["blank", 2, 0, 0, 0, 0, 2]);
    const f = fields(text, findLine(text, T3_LABELS["3.3.2"]));
    expect(f[3].text).toBe("");
    expect(r.cells.map((c) => c.start)).toEqual(f.slice(3, 10).map((x) => x.start));
    expect(r.cells[0].end).toBe(r.cells[0].start);
  });

  it("maps 10 values for 15 table-四 columns from the right over the empty fields: 行政复议 blank", () => {
    expect(t4?.confident).toBe(true);
    expect(t4Values(t4)).toEqual(["blank", "blank", "blank", "blank", "blank", 1, 0, 0, 0, 1, 0, 1, 0, 1, 2]);
    expect(row(t4, "t4.1").placement).toBe("from-right");
    const line = findLine(text, "0", 60);
    expect(t4Cells(t4).map((c) => c.start)).toEqual(fields(text, line).map((f) => f.start));
    expectExactRanges(text, t4);
  });

  it("keeps empty fields as blank cells and 无 as none (002 style)", () => {
    const { text: text2, result: r2 } = load("e2-blank-cells.txt");
    const t = r2.tables.t3;
    expect(r2.layout).toBe("2019");
    expect(t?.confident).toBe(true);
    expect(t?.rows.map((x) => x.key)).toEqual(T3_KEYS_2019);
    for (const key of ["1", "2", "3.7", "4"]) {
      expect(vals(row(t, key)), key).toEqual(["blank", "blank", "blank", "blank", "blank", "blank", "无"]);
      const f = fields(text2, findLine(text2, T3_LABELS[key]));
      const wu = f.filter((x) => x.text === "无");
      expect(row(t, key).cells[6].start).toBe(wu[0].start);
    }
    for (const key of ["3.1", "3.3.5", "3.6"]) expect(vals(row(t, key)), key).toEqual(Array(7).fill("blank"));
    expect(t4Values(r2.tables.t4)).toEqual([...Array(9).fill("blank"), "无", ...Array(4).fill("blank"), "无"]);
    const t2 = r2.tables.t2;
    expect(vals(row(t2, "t2.1.1"))).toEqual(["无", "无", "无"]);
    expect(vals(row(t2, "t2.6.2"))).toEqual(["na:/", "na:/", "na:/"]);
    expect(vals(row(t2, "t2.8.1"))).toEqual(["na:—", "na:—"]);
    expect(vals(row(t2, "t2.9.1"))).toEqual([3, "251000元"]);
    expect(vals(row(t2, "t2.5.1"))).toEqual([12, -2, 30]);
    expectExactRanges(text2, t);
  });
});

describe("(f) garbled vertical table-四 header, heading 四 missing", () => {
  const { text, result, sections } = load("f-vertical-header.txt");
  const t4 = result.tables.t4;

  it("finds table 四 in section 三 and maps its 15 values", () => {
    expect(sections.map((s) => s.number)).toEqual([1, 2, 3, 5, 6]);
    expect(t4?.section).toBe(3);
    expect(t4?.confident).toBe(true);
    expect(t4Values(t4)).toEqual([3, 1, 1, 0, 5, 2, 0, 0, 1, 3, 1, 1, 0, 0, 2]);
    expect(t4?.rows.every((r) => r.match === "missing-label")).toBe(true);
    const line = findLine(text, "持") + 1;
    expect(t4Cells(t4).map((c) => c.start)).toEqual(fields(text, line).map((f) => f.start));
    // Table 三 ends before the vertical header and keeps all its rows.
    expect(result.tables.t3?.rows).toHaveLength(25);
    expect(result.tables.t3!.end).toBeLessThan(t4!.start);
  });
});

describe("(g) table-三 row labels that look like section headings", () => {
  const { text, result, sections } = load("g-heading-like-rows.txt");

  it("does not take 一、本年新收… / 四、结转下年度继续办理 for headings", () => {
    expect(sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    const t3 = result.tables.t3;
    expect(t3?.confident).toBe(true);
    for (const key of ["1", "2", "4"]) {
      const line = findLine(text, T3_LABELS[key]);
      expect(lineText(text, line)).toBe(T3_LABELS[key]); // alone on its line
      expect(row(t3, key).cells.map((c) => c.start)).toEqual(valueLines(text, line, 7).map((l) => l.start));
    }
    expect(t3?.groups?.[0]).toMatchObject({ key: "g3", label: "三、本年度办理结果", match: "exact" });
    const four = sections.find((s) => s.number === 4)!;
    expect(t3!.end).toBeLessThan(four.heading.start);
    expect(row(result.tables.t2, "t2.9.1").cells[1].raw).toBe("1444400元");
  });

  it("handles the same labels after a TAB (b) and at column 0 followed by values (a)", () => {
    const b = load("b-cell-per-line.txt");
    expect(b.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(lineText(b.text, findLine(b.text, T3_LABELS["4"]))).toBe(`\t${T3_LABELS["4"]}`);
    const a = load("a-tab-rows.txt");
    expect(lineText(a.text, findLine(a.text, T3_LABELS["4"])).startsWith(`${T3_LABELS["4"]}\t3\t`)).toBe(true);
    expect(vals(row(a.result.tables.t3, "4"))).toEqual([3, 1, 0, 0, 0, 2, 6]);
  });
});

/** The GFM pipe lines of a Markdown text as hand-built TableBlocks with source "gfm". */
function gfmDocument(text: string): BlockDocument {
  const doc = parseText(text);
  const blocks: BlockDocument["blocks"] = [];
  let table: TableBlock | null = null;
  for (const b of doc.blocks) {
    if (b.kind === "paragraph" && b.text.startsWith("|")) {
      if (/^\|(-{3}\|)+$/.test(b.text)) continue;
      const cells: TableCell[] = [];
      let start = b.content.start + 1;
      for (let i = b.content.start + 1; i < b.content.end; i++) {
        if (text[i] !== "|") continue;
        let s = start;
        let e = i;
        while (s < e && text[s] === " ") s++;
        while (e > s && text[e - 1] === " ") e--;
        cells.push({ text: text.slice(s, e), start: s, end: e });
        start = i + 1;
      }
      const tableRow = { cells, start: b.content.start, end: b.content.end };
      if (!table) {
        table = { kind: "table", source: "gfm", rows: [], start: b.start, end: b.end };
        blocks.push(table);
      }
      table.rows.push(tableRow);
      table.end = b.end;
      continue;
    }
    table = null;
    blocks.push(b);
  }
  return { format: "markdown", blocks };
}

describe("GFM pipe tables (Markdown)", () => {
  const expectedT3 = zerosExcept(T3_KEYS_2021, {
    "1": [6, 1, 0, 0, 1, 0, 8],
    "2": [1, 0, 0, 0, 0, 0, 1],
    "3.1": [3, 1, 0, 0, 0, 0, 4],
    "3.4.1": [2, 0, 0, 0, 1, 0, 3],
    "3.7": [5, 1, 0, 0, 1, 0, 7],
    "4": [2, 0, 0, 0, 0, 0, 2],
  });

  for (const [name, build] of [
    ["the Markdown front-end", parseMarkdown],
    ["hand-built table blocks with source gfm", gfmDocument],
    ["pipe lines read as plain-text paragraphs", parseText],
  ] as const) {
    it(`maps tables from ${name}`, () => {
      const base = load("gfm-pipe-table.md");
      const { text, result, doc } = analyse(base.text, build(base.text));
      expect(doc.blocks.some((b) => b.kind === "table" && b.source === "gfm")).toBe(build !== parseText);
      expect(result.layout).toBe("2021");
      expect(result.notes).toEqual([]);
      const { t2, t3, t4 } = result.tables;
      expect(vals(row(t2, "t2.1.2"))).toEqual([2, 1, 8]);
      expect(vals(row(t2, "t2.8.1"))).toEqual([1.2]);
      for (const key of T3_KEYS_2021) {
        const r = row(t3, key);
        expect(vals(r), key).toEqual(expectedT3[key]);
        const f = fields(text, findLine(text, T3_LABELS[key]), "|");
        expect(r.cells.map((c) => c.start), key).toEqual(f.slice(-7).map((x) => x.start));
      }
      expect(t4Values(t4)).toEqual([0, 1, 0, 0, 1, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0]);
      expectExactRanges(text, t3);
    });
  }
});

describe("tables that cannot be mapped with confidence", () => {
  it("too few values for a row: no guessed values, a problem and a note", () => {
    const { text, result } = load("x-too-few-values.txt");
    const t3 = result.tables.t3!;
    expect(t3.confident).toBe(false);
    const r = row(t3, "3.1");
    expect(r.cells).toEqual([]);
    expect(r.placement).toBeUndefined();
    expect(r.problem).toMatch(/只找到 6 个数值（应为 7 个）/);
    expect(r.unassigned?.map((u) => u.raw)).toEqual(["6", "2", "0", "1", "0", "11"]);
    const line = findLine(text, "（一）予以公开");
    expect(r.unassigned?.map((u) => u.start)).toEqual(fields(text, line).slice(2).map((f) => f.start));
    // The other rows are still mapped.
    expect(vals(row(t3, "3.2"))).toEqual(T3_A["3.2"]);
    expect(t3.problems.some((p) => p.message.includes("（一）予以公开"))).toBe(true);
    // Table 四, one cell per line, 10 values for 15 columns: ambiguous, nothing mapped.
    const t4 = result.tables.t4!;
    expect(t4.confident).toBe(false);
    expect(t4.rows.every((x) => x.cells.length === 0 && x.problem)).toBe(true);
    const notes = result.notes.filter((n) => n.code === "table-not-recognised");
    expect(notes.map((n) => n.message.slice(0, 2))).toEqual(["表三", "表四"]);
    expect(notes[0].message).toMatch(/^表三部分无法识别：.*予以公开/);
    expect(notes[1].message).toMatch(/^表四无法识别：.*10 个数值/);
  });

  it("a truncated table: rows after the cut are missing, not invented", () => {
    const { result } = load("x-truncated.txt");
    const t3 = result.tables.t3!;
    expect(t3.confident).toBe(false);
    expect(t3.truncated).toBe(true);
    expect(t3.rows.map((r) => r.key)).toEqual(["1", "2", "3.1", "3.2", "3.3.1", "3.3.2", "3.3.3"]);
    expect(t3.missingRows[0]).toEqual({ key: "3.3.4", officialLabel: "4.保护第三方合法权益" });
    expect(t3.missingRows.map((m) => m.key)).toContain("3.7");
    expect(t3.problems.at(-1)?.message).toMatch(/^表格在「3.危及“三安全一稳定”」之后中断，缺少 18 行/);
    expect(result.tables.t4).toBeUndefined();
    expect(result.notes[0]).toMatchObject({ code: "table-not-recognised" });
    expect(result.notes[0].message).toMatch(/^表三部分无法识别：/);
  });

  it("values without row labels are not assigned to the missing rows", () => {
    const { result } = load("x-values-without-labels.txt");
    const t3 = result.tables.t3!;
    expect(t3.confident).toBe(false);
    expect(t3.rows.some((r) => r.key.startsWith("3.3."))).toBe(false);
    // Exactly 8 × 7 values where the 8 rows belong: their labels are missing, not the rows (one problem).
    expect(t3.missingRows).toEqual([]);
    expect(t3.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^「1.属于国家秘密」至「8.属于行政查询事项」共 8 行没有行标签：其间的 56 个数值（1 0 0 0 0 0 1 0 …）无法核对所属的行$/)]);
    expect(vals(row(t3, "3.4.1"))).toEqual(T3_A["3.4.1"]);
    expect(result.notes.map((n) => n.code)).toEqual(["table-not-recognised"]);
  });

  it("values without row labels that do not fill the missing rows exactly: missing rows and loose values", () => {
    const text = load("x-values-without-labels.txt").text.replace(/\n\t\t\t0\t0\t0\t0\t0\t0\t0(?=\n\t（四）)/, "");
    const t3 = analyse(text, parseText(text)).result.tables.t3!;
    expect(t3.missingRows.map((m) => m.key)).toEqual(["3.3.1", "3.3.2", "3.3.3", "3.3.4", "3.3.5", "3.3.6", "3.3.7", "3.3.8"]);
    expect(t3.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^「（三）不予公开」是分组标签，其后的 7 个数值/),
      expect.stringMatching(/^有 42 个数值.*没有对应的行标签/),
      expect.stringMatching(/^缺少 8 行：1.属于国家秘密/),
    ]);
  });

  it("values with no labels at all: no table, a note for the section", () => {
    const { result } = load("x-no-labels.txt");
    expect(result.tables.t3).toBeUndefined();
    expect(result.tables.t2?.confident).toBe(true);
    expect(result.tables.t4?.confident).toBe(true);
    expect(result.notes).toHaveLength(1);
    expect(result.notes[0].message).toBe("表三无法识别：第三部分有 175 个数值，但没有找到可识别的表头或行标签");
  });

  it("a partial row whose sibling rows disagree on the column positions stays unmapped", () => {
    const { result } = load("x-ambiguous-geometry.txt");
    const r = row(result.tables.t3, "4");
    expect(r.cells).toEqual([]);
    expect(r.problem).toMatch(/只有 6 个数值（应为 7 个）/);
    expect(result.tables.t3?.confident).toBe(false);
  });
});

// Timing lives in `npm run bench`; here: large and pathological inputs are read without failing.
describe("large and pathological input", () => {
  it("maps a 30 KB report with its tables", () => {
    const a = load("a-tab-rows.txt").text;
    const prose = "2021年，本镇持续推进政务公开，围绕重点领域主动公开政府信息，规范依申请公开办理流程，不断提升公开质量和实效。\n\n";
    const text = a.replace("五、存在的主要问题及改进情况", prose.repeat(560) + "五、存在的主要问题及改进情况");
    expect(text.length).toBeGreaterThan(30000);
    expect(analyse(text).result.tables.t3?.confident).toBe(analyse(a).result.tables.t3?.confident);
  });
  it("survives one huge tab row and thousands of one-character lines", () => {
    const junk = "\t".repeat(20000) + "\n" + "持\n".repeat(5000) + "0\n".repeat(5000);
    expect(() => analyse(junk)).not.toThrow();
  });
});
