// Where the cells of a row with blanks are (spec §8e): a row whose values fill fewer fields than
// the table has columns takes its field positions from a row of the same shape; a row with no
// value at all takes them from a placed row of the same shape, or from the left when the table's
// full rows are padded at the end; otherwise its blank cells are not given positions they may not
// have (zero-width after the label, so no fix can write into the wrong field).
import { describe, expect, it } from "vitest";
import { analyse, fields, row, vals } from "./tables.helpers.js";

const t2 = (rules: string, norms = "2\t1\t5") =>
  [
    "青禾镇人民政府2021年政府信息公开工作年度报告",
    "二、主动公开政府信息情况",
    "第二十条第（一）项\t\t\t",
    "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
    `规章\t${rules}`,
    `行政规范性文件\t${norms}`,
  ].join("\n");

describe("blank cells at the end of a tab row", () => {
  it("are placed by a full row of the same shape", () => {
    const { text, result } = analyse(t2("0\t\t"));
    const r = row(result.tables.t2, "t2.1.1");
    expect(r.placement).toBe("by-geometry");
    expect(vals(r)).toEqual([0, "blank", "blank"]);
    expect(r.cells.map((c) => c.start)).toEqual(fields(text, 5).slice(1).map((f) => f.start));
  });
});

describe("a row without values", () => {
  it("with exactly as many empty fields as columns: those fields", () => {
    const { text, result } = analyse(t2("\t\t"));
    const r = row(result.tables.t2, "t2.1.1");
    expect(r.placement).toBe("blank");
    expect(r.cells.map((c) => c.start)).toEqual(fields(text, 5).slice(1).map((f) => f.start));
  });

  it("with more empty fields: the fields of a row of the same shape that has values (seed 002's table 三)", () => {
    const lines = [
      "三、收到和处理政府信息公开申请情况",
      "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t申请人情况\t\t\t\t\t\t总计\t",
      "一、本年新收政府信息公开申请数量\t\t\t\t\t\t\t\t无\t",
      "二、上年结转政府信息公开申请数量\t\t\t\t\t\t\t\t无\t",
      "三、本年度办理结果\t（一）予以公开\t\t\t\t\t\t\t\t",
    ];
    const { text, result } = analyse(lines.join("\n"));
    const placed = row(result.tables.t3, "1");
    expect(placed.placement).toBe("from-right");
    const blank = row(result.tables.t3, "3.1");
    expect(blank.placement).toBe("blank");
    // Fields 2–8 as in rows 一 and 二 (field 9 is padding), not the last seven.
    expect(blank.cells.map((c) => c.start)).toEqual(fields(text, 5).slice(2, 9).map((f) => f.start));
    expect(placed.cells.map((c) => c.start)).toEqual(fields(text, 3).slice(2, 9).map((f) => f.start));
  });

  it("with more empty fields and full rows padded at the end: the first fields", () => {
    const text = t2("\t\t\t\t\t", "2\t1\t5\t\t"); // a different row length: no row of the same shape
    const { result } = analyse(text);
    const r = row(result.tables.t2, "t2.1.1");
    expect(r.cells.map((c) => c.start)).toEqual(fields(text, 5).slice(1, 4).map((f) => f.start));
  });

  it("with more empty fields and no evidence: zero-width after the label, one position for all", () => {
    const lines = [
      "三、收到和处理政府信息公开申请情况",
      "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t申请人情况",
      "一、本年新收政府信息公开申请数量\t\t\t\t\t\t\t\t\t",
      "二、上年结转政府信息公开申请数量\t\t\t\t\t\t\t\t\t",
    ];
    const { text, result } = analyse(lines.join("\n"));
    const r = row(result.tables.t3, "1");
    expect(vals(r)).toEqual(Array(7).fill("blank"));
    const after = text.indexOf("一、本年新收政府信息公开申请数量") + "一、本年新收政府信息公开申请数量".length;
    expect(new Set(r.cells.map((c) => c.start))).toEqual(new Set([after]));
  });
});
