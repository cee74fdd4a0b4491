// Tables of a PDF read from its ruling lines (src/documents/pdf-tables.ts, the lattice method), on
// hand-built geometry and on PDFs written by scripts/render/pdf.mjs with drawn borders: stroked lines,
// thin filled rectangles (as Chromium draws them), cells that wrap in narrow columns, merged cells,
// a table that goes on over a page break, a header row repeated on the next page.
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { findTables, rulings, type Segment, type TextItem } from "../../src/documents/pdf-tables.js";
import { renderPdf } from "../../src/documents/pdf.js";
// @ts-expect-error plain JS module without types
import { toPdf } from "../../scripts/render/pdf.mjs";
// @ts-expect-error plain JS module without types
import { readBlocks, toText } from "../../scripts/render/blocks.mjs";
import { rawPdf, rectGrid, strokedGrid, text, type RawPage } from "../support/raw-pdf.js";

const h = (y: number, x0: number, x1: number): Segment => ({ x0, y0: y, x1, y1: y });
const v = (x: number, y0: number, y1: number): Segment => ({ x0: x, y0, x1: x, y1 });
const item = (str: string, x: number, y: number, size = 10): TextItem => ({ str, x, y, width: str.length * size, size });
const join = (lines: TextItem[][]) => lines.map((l) => l.map((i) => i.str).join("")).join("");

/** A grid of `cols` × `rows` cells of 100 × 20 points, top-left at (0, 200), with every line drawn. */
function grid(cols: number, rows: number): Segment[] {
  const segs: Segment[] = [];
  for (let r = 0; r <= rows; r++) segs.push(h(200 - 20 * r, 0, 100 * cols));
  for (let c = 0; c <= cols; c++) segs.push(v(100 * c, 200 - 20 * rows, 200));
  return segs;
}

describe("findTables (lattice)", () => {
  it("finds the cells of a ruled grid and puts each text item into the cell that holds it", () => {
    const items = [item("规章", 5, 185), item("0", 105, 185), item("行政许可", 5, 165), item("3", 105, 165)];
    const { tables, rest } = findTables(grid(2, 2), items, join);
    expect(rest).toEqual([]);
    expect(tables).toHaveLength(1);
    expect(tables[0].cells.map((c) => [c.row, c.col, c.text])).toEqual([
      [0, 0, "规章"],
      [0, 1, "0"],
      [1, 0, "行政许可"],
      [1, 1, "3"],
    ]);
  });

  it("gives a cell whose inner line is not drawn the columns or rows it spans", () => {
    // Three columns; in the first row the line between columns 2 and 3 is missing (a merged cell),
    // and in the first column the line between rows 2 and 3 is missing.
    const segs = [h(200, 0, 300), h(180, 0, 300), h(160, 100, 300), h(140, 0, 300), v(0, 140, 200), v(100, 140, 200), v(200, 140, 180), v(300, 140, 200)];
    const { tables } = findTables(segs, [item("合并", 150, 185), item("组", 5, 165)], join);
    const cells = tables[0].cells.map((c) => ({ at: [c.row, c.col], span: [c.rowspan, c.colspan], text: c.text }));
    expect(cells).toContainEqual({ at: [0, 1], span: [1, 2], text: "合并" });
    expect(cells).toContainEqual({ at: [1, 0], span: [2, 1], text: "组" });
    expect(cells).toHaveLength(7);
  });

  it("joins the lines of a label that wraps inside its cell, top to bottom, without a break", () => {
    const segs = [h(200, 0, 200), h(160, 0, 200), v(0, 160, 200), v(100, 160, 200), v(200, 160, 200), h(140, 0, 200), v(0, 140, 160), v(100, 140, 160), v(200, 140, 160)];
    const items = [item("息公开申请数量", 5, 172), item("一、本年新收政府信", 5, 186), item("7", 150, 180)];
    const { tables } = findTables(segs, items, join);
    expect(tables[0].cells.find((c) => c.col === 0 && c.row === 0)?.text).toBe("一、本年新收政府信息公开申请数量");
  });

  it("snaps lines drawn a little apart and joins pieces with small gaps", () => {
    const segs = [h(200, 0, 98), h(200.8, 99, 200), h(180, 0, 200), h(159.2, 0, 200), v(0, 160, 200), v(101, 160, 200.5), v(200, 159, 200)];
    const { h: hs, v: vs } = rulings(segs);
    expect(hs).toHaveLength(3);
    expect(vs).toHaveLength(3);
    expect(findTables(segs, [], join).tables[0].cells).toHaveLength(4);
  });

  it("leaves text in a single framed box as text: a box is not a table", () => {
    const items = [item("注：本表数据截至12月31日", 5, 185)];
    const { tables, rest } = findTables(grid(1, 1), items, join);
    expect(tables).toEqual([]);
    expect(rest).toEqual(items);
  });

  it("ignores lines that are neither horizontal nor vertical", () => {
    const { h: hs, v: vs } = rulings([{ x0: 0, y0: 0, x1: 100, y1: 50 }, h(10, 0, 100), v(10, 0, 100)]);
    expect([hs.length, vs.length]).toEqual([1, 1]);
  });
});

// The fixture report of test/documents/cross-format.test.ts: tables 二/三/四 with merged cells.
const source = readFileSync(new URL("../../fixtures/formats/source.txt", import.meta.url), "utf8");
const blocks = readBlocks(source);
/**
 * The report's table rows as the plain-text form writes them (covered positions of merged cells
 * empty). Trailing empty cells aside: the source's rows of table 三 differ in length (a header row
 * of 8 cells over a body of 10), and a drawn grid gives every row its full width.
 */
const tableLines = (text: string) => text.split("\n").filter((l) => l.includes("\t")).map((l) => l.replace(/\t+$/, ""));
const expectedRows = tableLines(toText(blocks));

describe("PDF tables with drawn borders (scripts/render/pdf.mjs)", () => {
  for (const rulingKind of ["lines", "rects"]) {
    it(`reads every table cell by cell when the borders are ${rulingKind === "lines" ? "stroked lines" : "thin filled rectangles"} and long labels wrap`, async () => {
      const bytes = toPdf(blocks, { rulings: rulingKind, labelEm: 5 });
      // The labels really wrap: more text lines are drawn than the report has table cells.
      const rendered = await renderPdf(bytes);
      expect(tableLines(rendered.text)).toEqual(expectedRows);
    });
  }

  it("without borders, a label that wraps is not joined (a borderless table cannot tell it from a row)", async () => {
    const rendered = await renderPdf(toPdf(blocks, { labelEm: 5 }));
    expect(tableLines(rendered.text)).not.toEqual(expectedRows);
    // …and with columns wide enough not to wrap, it is read as before (stream: columns from x positions).
    expect(tableLines((await renderPdf(toPdf(blocks))).text)).toEqual(expectedRows);
  });

  // A table of 40 rows whose labels wrap in a narrow first column, after text that fills most of a page.
  const cell = (text: string) => ({ text, colspan: 1, rowspan: 1 });
  const header = ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"].map(cell);
  const body = Array.from({ length: 40 }, (_, i) => [cell(`第${i + 1}类行政规范性文件清理情况`), cell(String(i)), cell("0"), cell(String(2 * i))]);
  const long = { kind: "table", rows: [header, ...body] };
  const filler = Array.from({ length: 30 }, (_, i) => ({ kind: "paragraph", text: `（${i + 1}）这一段用来把表格推到页面底部，使它跨页。` }));

  it("reads a table that goes on over a page break as one table, each row with its own page", async () => {
    const rendered = await renderPdf(toPdf([...filler, long], { rulings: "lines", labelEm: 6 }));
    const rows = tableLines(rendered.text);
    expect(rows).toEqual(tableLines(toText([long])));
    const pages = rows.map((row) => rendered.placeAt!(rendered.text.indexOf(row))?.zh);
    expect(new Set(pages).size).toBeGreaterThanOrEqual(2);
  });

  it("never joins two rows at a page break, though one has its numbers blank", async () => {
    const blankOdd = { kind: "table", rows: [header, ...body.map((r, i) => (i % 2 ? [r[0], cell(""), cell(""), cell("")] : r))] };
    for (const rulingKind of ["lines", "rects"]) {
      const rendered = await renderPdf(toPdf([...filler, blankOdd], { rulings: rulingKind, labelEm: 6 }));
      expect(tableLines(rendered.text)).toEqual(tableLines(toText([blankOdd])));
    }
  });

  it("drops a header row repeated at the top of the next page", async () => {
    const bytes = toPdf([...filler, long], { rulings: "rects", labelEm: 6, repeatHeader: 1 });
    // The PDF does draw the header again: more text than without the repetition.
    const tjs = (b: Uint8Array) => Buffer.from(b).toString("latin1").match(/ Tj /g)?.length ?? 0;
    expect(tjs(bytes)).toBeGreaterThan(tjs(toPdf([...filler, long], { rulings: "rects", labelEm: 6 })));
    const repeated = await renderPdf(bytes);
    expect(repeated.text.match(/信息内容/g)).toHaveLength(1);
    expect(tableLines(repeated.text)).toEqual(tableLines(toText([long])));
  });
});

// Drawings that are not a report writer's: built with a minimal PDF writer (test/support/raw-pdf.ts).
describe("PDF tables: what else a page draws", () => {
  const xs = [72, 172, 272, 372];
  const ys = [700, 680, 660, 620];
  // 项目 | 数量 | 备注 / 规章 | 3 | 无 / 规范性文件 (wrapped) | 5 | 无
  const cells =
    text(76, 686, 10, "项目") + text(176, 686, 10, "数量") + text(276, 686, 10, "备注") +
    text(76, 666, 10, "规章") + text(176, 666, 10, "3") + text(276, 666, 10, "无") +
    text(76, 646, 10, "规范性") + text(76, 630, 10, "文件") + text(176, 646, 10, "5") + text(276, 646, 10, "无");
  const rows = ["项目\t数量\t备注", "规章\t3\t无", "规范性文件\t5\t无"];
  const para = text(96, 760, 12, "一、总体情况") + text(96, 590, 12, "本机关严格落实条例要求，做好政府信息公开工作。");
  const read = async (pages: RawPage[]) => (await renderPdf(rawPdf(pages))).text;

  it("a page border around the table and the text is a frame: the table is read cell by cell, the text stays text", async () => {
    const out = await read([{ content: `1 w 40 40 515 762 re S\n${strokedGrid(xs, ys)}${cells}${para}` }]);
    expect(tableLines(out)).toEqual(rows);
    expect(out).toContain("一、总体情况\n\n");
    expect(out).toContain("本机关严格落实条例要求，做好政府信息公开工作。");
  });

  it("a table whose rows are ruled but not its columns is read as a borderless one, not as glued cells", async () => {
    const ruledRows = `0.5 w\n${ys.map((y) => `72 ${y} m 372 ${y} l S\n`).join("")}72 620 m 72 700 l S 372 620 m 372 700 l S\n`;
    const out = await read([{ content: ruledRows + text(76, 686, 10, "项目") + text(176, 686, 10, "数量") + text(276, 686, 10, "备注") + text(76, 666, 10, "规章") + text(176, 666, 10, "3") + text(276, 666, 10, "无") }]);
    expect(out).toContain("规章\t3\t无");
    expect(out).not.toContain("规章3无");
  });

  it("a white page background drawn inside q … Q does not make the black borders after it white", async () => {
    const out = await read([{ content: `q 1 1 1 rg 0 0 595 842 re f Q\n${rectGrid(xs, ys)}${cells}` }]);
    expect(tableLines(out)).toEqual(rows);
  });

  it("a table drawn in a form XObject is placed by the form's matrix", async () => {
    const out = await read([{ content: `/T1 Do\n`, forms: { T1: { content: strokedGrid(xs, ys) + cells, matrix: "[1 0 0 1 10 20]" } } }]);
    expect(tableLines(out)).toEqual(rows);
  });

  it("a path of 200,000 points (a map) is read without error, the table beside it too", async () => {
    let path = "0 0 1 rg 300 300 m\n";
    for (let i = 0; i < 200_000; i++) path += `${300 + (i % 100)} ${300 + ((i * 7) % 100)} l\n`;
    const out = await read([{ content: `${path}f\n0 g\n${strokedGrid(xs, ys)}${cells}` }]);
    expect(tableLines(out)).toEqual(rows);
  });

  it("a page of a thousand lines drawn (a chart, a hostile file) is not searched for cells: its text is read as text", async () => {
    let grid = "0.2 w\n";
    for (let k = 0; k < 500; k++) grid += `40 ${40 + k * 1.5} m 555 ${40 + k * 1.5} l S\n${40 + k} 40 m ${40 + k} 800 l S\n`;
    const out = await read([{ content: grid + para }]);
    expect(out).toContain("一、总体情况");
    expect(out).not.toContain("\t");
  });
});
