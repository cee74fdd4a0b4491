// The arithmetic relations of spec §5 (勾稽关系) as data: each relation expands to equations
// Σ left = Σ right over mapped cells. The table-arithmetic rule evaluates them; it skips an
// equation when any of its cells is missing, blank, or in a row that could not be mapped.
import type { LayoutYear } from "../model/types.js";
import { layoutSpec } from "./layouts.js";

/** A cell of a mapped table: row key (spec YAML keys, t4.1 …) and column key (c1 …). */
export interface CellRef {
  table: 3 | 4;
  row: string;
  col: string;
}

export interface Equation {
  /** Relation id: T3-1, T3-2, T3-3, T4-1. */
  id: string;
  left: CellRef[];
  right: CellRef[];
}

export interface RelationSpec {
  id: string;
  severity: "error" | "warning" | "info";
  /** What the relation says (Chinese, for messages). */
  description: string;
}

export const RELATIONS: readonly RelationSpec[] = [
  { id: "T3-1", severity: "error", description: "第一项加第二项之和，等于第三项加第四项之和（本年新收 + 上年结转 = 办理结果总计 + 结转下年度）" },
  { id: "T3-2", severity: "error", description: "（七）总计等于（一）至（六）各项之和" },
  { id: "T3-3", severity: "error", description: "总计列等于自然人与各类法人或其他组织之和" },
  { id: "T4-1", severity: "error", description: "总计等于结果维持、结果纠正、其他结果、尚未审结之和" },
];

const T3_COLS = ["c1", "c2", "c3", "c4", "c5", "c6", "c7"];
const t3 = (row: string, col: string): CellRef => ({ table: 3, row, col });

/**
 * The result rows summed by T3-2 for a table 三 of the given shape: 2021 has （六） sub-rows
 * 3.6.1–3.6.3, 2019 a single 3.6 row. Pass the shape the table was written in (MappedTable.layout
 * of table 三), not the report's layout: seed 004 has a 2021 table 二 and a 2019-shaped （六）.
 */
export function table3ResultRows(shape: LayoutYear): string[] {
  return layoutSpec(shape)
    .t3.rows.filter((r) => r.kind === "data" && r.key.startsWith("3.") && r.key !== "3.7")
    .map((r) => r.key);
}

/** Every equation of T3-1, T3-2, T3-3 and T4-1 for a table 三 of the given shape. */
export function equations(shape: LayoutYear): Equation[] {
  const out: Equation[] = [];
  for (const c of T3_COLS) out.push({ id: "T3-1", left: [t3("1", c), t3("2", c)], right: [t3("3.7", c), t3("4", c)] });
  const results = table3ResultRows(shape);
  for (const c of T3_COLS) out.push({ id: "T3-2", left: [t3("3.7", c)], right: results.map((r) => t3(r, c)) });
  for (const r of layoutSpec(shape).t3.rows.filter((x) => x.kind === "data")) {
    out.push({ id: "T3-3", left: [t3(r.key, "c7")], right: T3_COLS.slice(0, 6).map((c) => t3(r.key, c)) });
  }
  for (const g of layoutSpec(shape).t4.groups) {
    out.push({
      id: "T4-1",
      left: [{ table: 4, row: g.key, col: "c5" }],
      right: ["c1", "c2", "c3", "c4"].map((col) => ({ table: 4 as const, row: g.key, col })),
    });
  }
  return out;
}
