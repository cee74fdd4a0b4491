// A Word table copied as text: a cell whose text wraps carries a line break, so the rest of the
// cell starts the next line ("信息内容⇥本年制发" / "件数⇥本年废止" / …, "行政规范性文" / "件⇥3⇥1⇥12").
// The pieces of consecutive lines that together make an official label are one label, and the
// table maps exactly as the same table written without breaks. Fixtures d3 (TAB rows) and d4
// (one cell per line) are one invented report; the reference d3-broken-cells-unbroken is the same
// report with no break in any cell.
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/frontends/text.js";
import type { MappedTable } from "../../src/model/types.js";
import { analyse, expectExactRanges, load, row, T3_KEYS_2021, t4Values, vals } from "./tables.helpers.js";

/** Rows as (key, values): what a reader of the table sees. */
function mapped(t: MappedTable | undefined): Array<[string, Array<number | string>]> {
  return (t?.rows ?? []).map((r) => [r.key, vals(r)]);
}

describe("cells broken over two lines (a Word table copied as text)", () => {
  const tabs = load("d3-broken-cells-tabs.txt");
  const lines = load("d4-broken-cells-lines.txt");
  const reference = load("d3-broken-cells-unbroken.txt");

  it("the reference has no break left and maps the whole table", () => {
    expect(reference.text.replace(/\s/g, "")).toBe(tabs.text.replace(/\s/g, ""));
    const { t2, t3, t4 } = reference.result.tables;
    expect(t2?.confident && t3?.confident && t4?.confident).toBe(true);
    expect(t3?.rows.map((r) => r.key)).toEqual(T3_KEYS_2021);
  });

  for (const [name, form] of [["TAB rows", tabs], ["one cell per line", lines]] as const) {
    it(`${name}: every table maps as the unbroken one, with no problem`, () => {
      const { t2, t3, t4 } = form.result.tables;
      expect(form.result.layout).toBe("2021");
      for (const [t, ref] of [
        [t2, reference.result.tables.t2],
        [t3, reference.result.tables.t3],
        [t4, reference.result.tables.t4],
      ] as const) {
        expect(t?.problems).toEqual([]);
        expect(t?.extraRows).toEqual([]);
        expect(t?.missingRows).toEqual([]);
        expect(mapped(t)).toEqual(mapped(ref));
        expect(t?.rows.map((r) => [r.label.replace(/\s/g, ""), r.match])).toEqual(ref?.rows.map((r) => [r.label, r.match]));
        expectExactRanges(form.text, t);
      }
      expect(vals(row(t2, "t2.1.2"))).toEqual([3, 1, 12]);
      expect(vals(row(t3, "1"))).toEqual([9, 2, 0, 1, 0, 0, 12]);
      expect(t4Values(t4)).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0]);
    });

    it(`${name}: a broken label spans both pieces; a broken header is one header cell`, () => {
      const { text, sc, result } = form;
      const r = row(result.tables.t2, "t2.1.2");
      const span = r.labelSpan!;
      expect(text.slice(span.start, span.end).replace(/\s/g, "")).toBe("行政规范性文件");
      expect(sc.positionAt(span.end).line).toBe(sc.positionAt(span.start).line + 1);
      const markers = result.tables.t2!.layoutMarkers.map((m) => m.label);
      expect(markers).toEqual(expect.arrayContaining(["本年制发件数", "本年废止件数", "现行有效件数", "本年收费金额（单位：万元）", "行政规范性文件"]));
      for (const m of result.tables.t2!.layoutMarkers) expect(text.slice(m.start, m.end).replace(/\s/g, "")).toBe(m.label);
    });
  }

  it("a PDF table's row that a page break cut: the rest alone in a row of empty cells, a merged group label's rest in the next row", () => {
    // What the PDF reader gives for a table read from its ruling lines when a page break cuts a row
    // ("⇥⇥3.补正后申请内容仍不⇥0…" / "⇥⇥明确⇥⇥⇥…") or the group label merged down over rows
    // ("⇥（三⇥1.属于国家秘密⇥0…" / "⇥）不予公开⇥2.其他…⇥0…").
    const text = reference.text
      .replace(/\t\t3\.补正后申请内容仍不明确(\t[^\n]*)/, "\t\t3.补正后申请内容仍不$1\n\t\t明确\t\t\t\t\t\t\t")
      .replace("\t（三）不予公开\t1.属于国家秘密", "\t（三\t1.属于国家秘密")
      .replace(/\n\t\t2\.其他法律行政法规禁止公开/, "\n\t）不予公开\t2.其他法律行政法规禁止公开");
    expect(text).toContain("\t\t明确\t");
    expect(text).toContain("\t）不予公开\t");
    const { result } = analyse(text, parseText(text));
    const t = result.tables.t3;
    const ref = reference.result.tables.t3;
    expect(t?.problems).toEqual([]);
    expect(mapped(t)).toEqual(mapped(ref));
    expect(t?.rows.map((r) => r.match)).toEqual(ref?.rows.map((r) => r.match));
    expect(t?.groups?.map((g) => [g.key, g.match])).toEqual(ref?.groups?.map((g) => [g.key, g.match]));
  });

  it("a row whose numbers are blank is not the rest of the row above it", () => {
    // 「行政处罚」 with its numbers left blank after 「行政许可」's row: two rows, not one label.
    const text = reference.text.replace(/\n行政处罚(\t[^\n]*)/, "\n行政处罚\t\t\t");
    const { result } = analyse(text, parseText(text));
    expect(result.tables.t2?.rows.map((r) => r.key)).toContain("t2.6.1");
    expect(row(result.tables.t2, "t2.6.1").label).toBe("行政处罚");
  });

  it("a row label wrapped as a PDF's lines give it: first piece and values, then the rest alone", () => {
    // "行政规范性文⇥3⇥1⇥12" / "件", "一、本年新收政府信⇥⇥9…" / "息公开申请数量", "⇥⇥3.补正后申请内容仍不⇥0…" / "明确"
    const text = reference.text
      .replace("行政规范性文件\t3\t1\t12", "行政规范性文\t3\t1\t12\n件")
      .replace(/一、本年新收政府信息公开申请数量(\t[^\n]*)/, "一、本年新收政府信$1\n息公开申请数量")
      .replace(/3\.补正后申请内容仍不明确(\t[^\n]*)/, "3.补正后申请内容仍不$1\n明确");
    expect(text).toContain("\t12\n件\n");
    const { result } = analyse(text, parseText(text));
    for (const n of [2, 3, 4] as const) {
      const t = result.tables[`t${n}`];
      const ref = reference.result.tables[`t${n}`];
      expect(t?.problems).toEqual([]);
      expect(mapped(t)).toEqual(mapped(ref));
      expect(t?.rows.map((r) => r.match)).toEqual(ref?.rows.map((r) => r.match));
      for (const r of t?.rows ?? []) for (const c of r.cells) expect(text.slice(c.start, c.end)).toBe(c.raw);
    }
    // The label's two pieces are apart (its values between them): its span runs from one to the other.
    const r = row(result.tables.t2, "t2.1.2");
    expect(r.label).toBe("行政规范性文件");
    expect(text.slice(r.labelSpan!.start, r.labelSpan!.end)).toBe("行政规范性文\t3\t1\t12\n件");
  });

  it("pieces that make no official label together stay apart", () => {
    const text = tabs.text.replace("行政规范性文\n件", "行政规范性文\n书");
    const { result } = analyse(text, parseText(text));
    const t2 = result.tables.t2!;
    expect(t2.rows.find((r) => r.key === "t2.1.2")).toMatchObject({ label: "行政规范性文", match: "approximate" });
  });

  it("a piece that is a label on its own is not joined to the next line", () => {
    // "规章" ends its line; "行政规范性文件" starts the next: two rows, as written.
    const text = tabs.text.replace("规章\t0\t0\t0\n", "规章\n行政规范性文件\t0\t0\t0\n").replace("行政规范性文\n件\t3", "行政规范性文件\t3");
    const { result } = analyse(text, parseText(text));
    expect(result.tables.t2!.rows.filter((r) => r.key === "t2.1.1")).toHaveLength(1);
  });
});
