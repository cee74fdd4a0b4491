// Layout detection (spec §4) and the layout data (spec §3, §4).
import { describe, expect, it } from "vitest";
import { LAYOUTS, columnSpec, layoutForReportYear, layoutSpec, table3DataRows } from "../../src/spec/layouts.js";
import { equations, table3ResultRows } from "../../src/spec/relations.js";
import { analyse, load, row, vals } from "./tables.helpers.js";

describe("layout detection from table 二's markers", () => {
  it("2021 and 2019 tables", () => {
    expect(load("a-tab-rows.txt").result.layout).toBe("2021");
    expect(load("b-cell-per-line.txt").result.layout).toBe("2021");
    expect(load("c-blank-line-separated.txt").result.layout).toBe("2019");
    expect(load("e2-blank-cells.txt").result.layout).toBe("2019");
  });

  it("mixed: follows the majority, records the markers of both layouts, maps each block by its own header", () => {
    const { result } = load("layout-mixed.txt");
    const t2 = result.tables.t2!;
    expect(result.layout).toBe("2021");
    const n19 = t2.layoutMarkers.filter((m) => m.layout === "2019").map((m) => m.label);
    expect(n19).toEqual(["规范性文件", "第二十条第（九）项", "采购项目数量", "采购总金额", "政府集中采购"]);
    expect(t2.layoutMarkers.filter((m) => m.layout === "2021").length).toBeGreaterThan(n19.length);
    // 规范性文件 in a 2021 block: the 2021 row, matched approximately.
    expect(row(t2, "t2.1.2")).toMatchObject({ label: "规范性文件", officialLabel: "行政规范性文件", match: "approximate" });
    // The 2019 （九） block keeps its 2019 columns.
    expect(vals(row(t2, "t2.9.1"))).toEqual([2, "35万元"]);
    expect(row(t2, "t2.9.1").cells.map((c) => c.colLabel)).toEqual(["采购项目数量", "采购总金额"]);
    expect(t2.confident).toBe(true);
  });

  it("a tie between the layouts is unknown", () => {
    const { result } = load("layout-tie.txt");
    expect(result.layout).toBe("unknown");
    expect(result.tables.t2?.layoutMarkers.map((m) => m.layout).sort()).toEqual(["2019", "2019", "2019", "2019", "2021", "2021", "2021", "2021"]);
  });

  it("no table 二 is unknown, whatever table 三 looks like", () => {
    const text = [
      "三、收到和处理政府信息公开申请情况",
      "一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1",
      "二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0",
      "\t（六）其他处理\t0\t0\t0\t0\t0\t0\t0",
      "",
    ].join("\n");
    const { result } = analyse(text);
    expect(result.layout).toBe("unknown");
    expect(result.tables.t3?.layout).toBe("2019");
  });

  it("matches markers in whole cells only, never in prose", () => {
    const text = [
      "一、总体情况",
      "全年政府集中采购事项 3 条，采购总金额 12 万元，本年新制作数量与处理决定数量均有增加。",
      "二、主动公开政府信息情况",
      "第二十条第（一）项\t\t\t",
      "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
      "规章\t0\t0\t0",
      "行政规范性文件\t1\t0\t2",
      "",
    ].join("\n");
    const { result } = analyse(text);
    expect(result.layout).toBe("2021");
    expect(result.tables.t2?.layoutMarkers.every((m) => m.layout === "2021")).toBe(true);
  });

  it("table 三 （六） does not decide the layout", () => {
    const { result } = load("d2-split-across-rows.txt");
    expect(result.tables.t3?.layout).toBe("2021");
    expect(result.layout).toBe("2021");
  });
});

describe("layout data", () => {
  it("2021: 10 table-二 cells, 25 table-三 data rows, 15 table-四 cells", () => {
    const l = layoutSpec("2021");
    expect(l.t2.blocks.reduce((n, b) => n + b.columns.length * b.rows.length, 0)).toBe(10);
    expect(table3DataRows("2021")).toHaveLength(25);
    expect(l.t3.columns.map((c) => c.label)).toEqual(["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]);
    expect(l.t4.groups.length * l.t4.columns.length).toBe(15);
    expect(l.t3.rows.filter((r) => r.kind === "group").map((r) => r.key)).toEqual(["g3", "g3.3", "g3.4", "g3.5", "g3.6"]);
  });

  it("2019: 22 table-二 cells, 23 table-三 data rows", () => {
    const l = layoutSpec("2019");
    expect(l.t2.blocks.reduce((n, b) => n + b.columns.length * b.rows.length, 0)).toBe(22);
    expect(table3DataRows("2019")).toHaveLength(23);
    expect(table3DataRows("2019").map((r) => r.key)).toContain("3.6");
  });

  it("signed and money columns", () => {
    expect(columnSpec("2019", 2, "t2.5.1", "c2")).toMatchObject({ label: "本年增/减", kind: "signed" });
    expect(columnSpec("2019", 2, "t2.8.1", "c2")?.kind).toBe("signed");
    expect(columnSpec("2019", 2, "t2.9.1", "c2")).toEqual({ key: "c2", label: "采购总金额", kind: "money" });
    expect(columnSpec("2021", 2, "t2.8.1", "c1")).toMatchObject({ kind: "money", unit: "万元" });
    const signed2021 = layoutSpec("2021").t2.blocks.flatMap((b) => b.columns).filter((c) => c.kind === "signed");
    expect(signed2021).toEqual([]);
  });

  it("markers are the §4 lists and each is a table-二 label of one layout", () => {
    expect(layoutSpec("2019").markers).toHaveLength(12);
    expect(layoutSpec("2021").markers).toEqual(["本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额", "行政规范性文件"]);
    expect(LAYOUTS.map((l) => l.year)).toEqual(["2019", "2021"]);
  });

  it("which format applies to which report year", () => {
    expect(layoutForReportYear(2020)?.year).toBe("2019");
    expect(layoutForReportYear(2019)?.year).toBe("2019");
    expect(layoutForReportYear(2021)?.year).toBe("2021");
    expect(layoutForReportYear(2025)?.year).toBe("2021");
    expect(layoutForReportYear(2018)).toBeUndefined();
  });
});

describe("relations as data", () => {
  it("expands T3-1, T3-2, T3-3 and T4-1 per table-三 shape", () => {
    const e21 = equations("2021");
    expect(e21.filter((e) => e.id === "T3-1")).toHaveLength(7);
    expect(e21.filter((e) => e.id === "T3-3")).toHaveLength(25);
    expect(e21.filter((e) => e.id === "T4-1")).toHaveLength(3);
    expect(table3ResultRows("2021")).toHaveLength(21);
    expect(table3ResultRows("2019")).toHaveLength(19);
    expect(table3ResultRows("2019")).toContain("3.6");
    const t32 = e21.find((e) => e.id === "T3-2" && e.left[0].col === "c7")!;
    expect(t32.right.map((r) => r.row)).toEqual(table3ResultRows("2021"));
    expect(e21[0]).toEqual({
      id: "T3-1",
      left: [{ table: 3, row: "1", col: "c1" }, { table: 3, row: "2", col: "c1" }],
      right: [{ table: 3, row: "3.7", col: "c1" }, { table: 3, row: "4", col: "c1" }],
    });
    expect(equations("2019").filter((e) => e.id === "T3-3")).toHaveLength(23);
  });

  it("the fixture a-tab-rows.txt satisfies every equation", () => {
    {
      const { result } = load("a-tab-rows.txt");
      const get = (ref: { table: 3 | 4; row: string; col: string }) => {
        const t = ref.table === 3 ? result.tables.t3 : result.tables.t4;
        const c = t?.rows.find((r) => r.key === ref.row)?.cells.find((x) => x.col === ref.col);
        return c?.value.kind === "number" ? c.value.value : NaN;
      };
      for (const e of equations("2021")) {
        const l = e.left.reduce((s, r) => s + get(r), 0);
        const r = e.right.reduce((s, x) => s + get(x), 0);
        expect(l, `${e.id} ${JSON.stringify(e.left[0])}`).toBe(r);
      }
    }
  });
});
