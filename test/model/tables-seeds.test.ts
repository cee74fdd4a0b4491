// The table recognizer on the five real reports in shared/seeds (skipped when the folder is not
// there). Key facts from the spec: layout per seed, 004's arithmetic-relevant cells and its short
// table-四 row, 000's truncated table 三 and its 6-value rows, 002's blank table 三 with 无 in 总计,
// 001 and 003 all zeros with every official cell at its exact line.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { skipTitle } from "../support/skip.js";
import { T3_KEYS_2019, T3_KEYS_2021, analyse, expectExactRanges, fields, row, t4Cells, t4Values, vals, valueLines, lineText } from "./tables.helpers.js";

const DIR = "/work/shared/seeds/";
const have = existsSync(DIR);

function seed(key: string) {
  const name = readdirSync(DIR).find((f) => f.startsWith(`${key}_`))!;
  return analyse(readFileSync(DIR + name, "utf8"));
}

describe.skipIf(!have)(skipTitle(have, "seed reports", "../shared/seeds is missing"), () => {
  it("detects each seed's layout from table 二", () => {
    const layouts = ["000", "001", "002", "003", "004"].map((k) => seed(k).result.layout);
    expect(layouts).toEqual(["2019", "2021", "2019", "2019", "2021"]);
  });

  it("000: table 二 2019 with 1444400 元; table 三 truncated after （二）, its 6-value rows not mapped; table 四 under section 三", () => {
    const { text, result, sc } = seed("000");
    const { t2, t3, t4 } = result.tables;
    expect(t2?.confident).toBe(true);
    expect(vals(row(t2, "t2.9.1"))).toEqual([6, "1444400元"]);
    expect(sc.positionAt(row(t2, "t2.9.1").cells[1].start)).toEqual({ line: 52, column: 10 });
    expect(t2?.layoutMarkers.every((m) => m.layout === "2019")).toBe(true);

    expect(t3?.confident).toBe(false);
    expect(t3?.truncated).toBe(true);
    expect(t3?.rows.map((r) => r.key)).toEqual(["1", "2", "3.1", "3.2"]);
    expect(vals(row(t3, "1"))).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(sc.positionAt(row(t3, "1").cells[0].start).line).toBe(59);
    for (const key of ["3.1", "3.2"]) {
      const r = row(t3, key);
      expect(r.cells).toEqual([]); // 6 values for 7 columns: no guess
      expect(r.unassigned).toHaveLength(6);
      expect(r.problem).toMatch(/只找到 6 个数值（应为 7 个）/);
    }
    expect(sc.positionAt(row(t3, "3.1").labelSpan!.start)).toEqual({ line: 61, column: 6 });
    expect(row(t3, "3.2").match).toBe("approximate"); // "(二) 部分公开(区分处理)"
    expect(t3?.groups?.[0]).toMatchObject({ key: "g3", label: "三、本年", match: "approximate" });
    expect(t3?.missingRows[0].key).toBe("3.3.1");
    expect(t3?.missingRows.at(-1)?.key).toBe("4");

    // Heading 四 is missing: table 四 (garbled vertical header, 15 zeros) sits in section 三.
    expect(t4?.section).toBe(3);
    expect(t4?.confident).toBe(true);
    expect(t4Values(t4)).toEqual(Array(15).fill(0));
    expect(t4Cells(t4).map((c) => c.start)).toEqual(fields(text, 65).map((f) => f.start));
    expect(result.notes.map((n) => n.code)).toEqual(["table-not-recognised"]);
    expect(result.notes[0].message).toMatch(/^表三部分无法识别：「（一）予以公开」行/);
  });

  it("001: 2021, all zeros, every official cell present at its exact line (one cell per line)", () => {
    const { text, result, sc } = seed("001");
    const { t2, t3, t4 } = result.tables;
    expect(result.notes).toEqual([]);
    expect([t2?.confident, t3?.confident, t4?.confident]).toEqual([true, true, true]);
    expect(t2?.rows.map((r) => r.key)).toEqual(["t2.1.1", "t2.1.2", "t2.5.1", "t2.6.1", "t2.6.2", "t2.8.1"]);
    expect(t2?.rows.flatMap((r) => r.cells)).toHaveLength(10);
    expect(row(t2, "t2.1.1").cells.map((c) => sc.positionAt(c.start).line)).toEqual([21, 22, 23]);
    expect(t3?.rows.map((r) => r.key)).toEqual(T3_KEYS_2021);
    expect(t3?.rows.flatMap((r) => r.cells)).toHaveLength(175);
    expect(t3?.rows.flatMap(vals).every((v) => v === 0)).toBe(true);
    expect(row(t3, "1").cells.map((c) => sc.positionAt(c.start).line)).toEqual([84, 85, 86, 87, 88, 89, 90]);
    expect(row(t3, "3.7").cells.map((c) => sc.positionAt(c.start).line)).toEqual([332, 333, 334, 335, 336, 337, 338]);
    expect(row(t3, "4").cells.map((c) => sc.positionAt(c.start).line)).toEqual([341, 342, 343, 344, 345, 346, 347]);
    // "→·0" and "→0·": the range holds the digit only.
    expect(sc.positionAt(row(t3, "3.7").cells[2].start)).toEqual({ line: 334, column: 2 });
    expect(sc.positionAt(row(t3, "3.7").cells[0].start)).toEqual({ line: 332, column: 3 });
    for (const r of t3!.rows) {
      const label = sc.positionAt(r.labelSpan!.start).line;
      expect(r.cells.map((c) => c.start), r.key).toEqual(valueLines(text, label, 7).map((l) => l.start));
    }
    expect(row(t3, "3.6.3").label).toBe("3.其他");
    expect(t4Values(t4)).toEqual(Array(15).fill(0));
    expect(t4Cells(t4).map((c) => sc.positionAt(c.start).line)).toEqual([389, 390, 391, 392, 393, 394, 395, 396, 397, 398, 399, 400, 401, 402, 403]);
    for (const t of [t2, t3, t4]) expectExactRanges(text, t);
  });

  it("002: 2019 tables; table 三 blank cells with 无 only in 总计", () => {
    const { text, result, sc } = seed("002");
    const { t2, t3, t4 } = result.tables;
    expect(vals(row(t2, "t2.1.1"))).toEqual(["无", "无", "无"]);
    expect(vals(row(t2, "t2.9.1"))).toEqual([2, "518万元"]);
    expect(row(t2, "t2.9.1").cells[1].raw).toBe("518 万元");
    expect(t3?.confident).toBe(true);
    expect(t3?.layout).toBe("2019");
    expect(t3?.rows.map((r) => r.key)).toEqual(T3_KEYS_2019);
    for (const key of ["1", "2", "3.7", "4"]) {
      expect(vals(row(t3, key)), key).toEqual(["blank", "blank", "blank", "blank", "blank", "blank", "无"]);
    }
    expect(sc.positionAt(row(t3, "1").cells[6].start).line).toBe(52);
    expect(sc.positionAt(row(t3, "4").cells[6].start).line).toBe(75);
    for (const key of T3_KEYS_2019.filter((k) => !["1", "2", "3.7", "4"].includes(k))) {
      expect(vals(row(t3, key)), key).toEqual(Array(7).fill("blank"));
    }
    expect(row(t3, "3.4.3").match).toBe("approximate"); // "3. 改正后申请内容仍不明确"
    expect(t4Values(t4)).toEqual([...Array(9).fill("blank"), "无", ...Array(4).fill("blank"), "无"]);
    expect(sc.positionAt(row(t4, "t4.2").cells[4].start)).toEqual({ line: 84, column: 10 });
    for (const t of [t2, t3, t4]) expectExactRanges(text, t);
  });

  it("003: 2019, one cell per line separated by blank lines, every cell at its line; 170万", () => {
    const { text, result, sc } = seed("003");
    const { t2, t3, t4 } = result.tables;
    expect(result.notes).toEqual([]);
    expect(vals(row(t2, "t2.1.2"))).toEqual([6, 6, 6]);
    expect(row(t2, "t2.9.1").cells[1]).toMatchObject({ raw: "170万", value: { kind: "number", value: 170, unit: "万" } });
    expect(sc.positionAt(row(t2, "t2.9.1").cells[1].start)).toEqual({ line: 166, column: 1 });
    expect(t3?.rows.map((r) => r.key)).toEqual(T3_KEYS_2019);
    expect(t3?.rows.flatMap((r) => r.cells)).toHaveLength(161);
    expect(t3?.rows.flatMap(vals).every((v) => v === 0)).toBe(true);
    expect(row(t3, "1").cells.map((c) => sc.positionAt(c.start).line)).toEqual([192, 194, 196, 198, 200, 202, 204]);
    expect(row(t3, "3.6").cells.map((c) => sc.positionAt(c.start).line)).toEqual([520, 522, 524, 526, 528, 530, 532]);
    expect(row(t3, "4").cells.map((c) => sc.positionAt(c.start).line)).toEqual([552, 554, 556, 558, 560, 562, 564]);
    expect(lineText(text, 550)).toBe("四、结转下年度继续办理");
    expect(t4Values(t4)).toEqual(Array(15).fill(0));
    expect(sc.positionAt(t4Cells(t4)[0].start).line).toBe(606);
    expect(sc.positionAt(t4Cells(t4)[14].start).line).toBe(634);
    for (const t of [t2, t3, t4]) expectExactRanges(text, t);
  });

  it("004: 2021 table 二, table 三 with the 2019 （六） row, and the 10-value table-四 row", () => {
    const { text, result, sc } = seed("004");
    const { t2, t3, t4 } = result.tables;
    expect(vals(row(t2, "t2.1.2"))).toEqual([0, 4, 0]);
    expect(vals(row(t2, "t2.5.1"))).toEqual([5]);
    expect(vals(row(t2, "t2.6.1"))).toEqual([30]);
    expect(vals(row(t2, "t2.6.2"))).toEqual([7]);
    // Prose in section 一 mentions 政府集中采购 / 采购总金额: not markers.
    expect(t2?.layoutMarkers.every((m) => m.layout === "2021")).toBe(true);

    expect(t3?.confident).toBe(true);
    expect(t3?.layout).toBe("2019"); // a single （六） row next to a 2021 table 二
    expect(result.layout).toBe("2021");
    expect(t3?.missingRows).toEqual([]);
    const c = (key: string, col: number) => row(t3, key).cells[col - 1];
    expect(val(c("1", 1))).toBe(2);
    expect(val(c("3.7", 7))).toBe(2);
    expect(val(c("3.7", 1))).toBe(0);
    expect(sc.positionAt(c("1", 1).start)).toEqual({ line: 78, column: 19 });
    expect(sc.positionAt(c("3.7", 7).start)).toEqual({ line: 100, column: 22 });
    expect(vals(row(t3, "1"))).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(row(t3, "3.6").officialLabel).toBe("（六）其他处理");
    expect(t3?.groups?.find((g) => g.key === "g3.5")).toMatchObject({ label: "(五) 不予", match: "approximate" });
    expect(sc.positionAt(row(t3, "3.5.3").cells[0].start).line).toBe(95);
    expect(sc.positionAt(row(t3, "3.5.4").cells[0].start).line).toBe(97);

    // Line 108: five empty fields and 10 values for 15 columns. The empty fields are the
    // 行政复议 cells (blank = unknown, not 0); the values map from the right.
    expect(t4?.confident).toBe(true);
    expect(vals(row(t4, "t4.1"))).toEqual(["blank", "blank", "blank", "blank", "blank"]);
    expect(vals(row(t4, "t4.2"))).toEqual([0, 1, 0, 0, 1]);
    expect(vals(row(t4, "t4.3"))).toEqual([0, 0, 0, 0, 0]);
    expect(row(t4, "t4.1").placement).toBe("from-right");
    expect(t4Cells(t4).map((x) => x.start)).toEqual(fields(text, 108).map((f) => f.start));
    expect(row(t4, "t4.1").cells.every((x) => x.start === x.end)).toBe(true);
    for (const t of [t2, t3, t4]) expectExactRanges(text, t);
  });
});

function val(c: { value: import("../../src/model/types.js").CellValue }): number | string {
  return c.value.kind === "number" ? c.value.value : c.value.kind;
}

const CORPUS = "/work/shared/corpus/";

const haveCorpus = existsSync(CORPUS + "MANIFEST.tsv");
describe.skipIf(!haveCorpus)(skipTitle(haveCorpus, "corpus reports (partial)", `${CORPUS}MANIFEST.tsv is missing`), () => {
  it("detects the table layout the manifest lists for each file", () => {
    const rows = readFileSync(CORPUS + "MANIFEST.tsv", "utf8").trim().split("\n").slice(1).map((l) => l.split("\t"));
    for (const [file, , , , seen] of rows) {
      const { result } = analyse(readFileSync(CORPUS + file, "utf8"));
      expect(result.layout, file).toBe(seen === "none" ? "unknown" : seen);
    }
  });
});
