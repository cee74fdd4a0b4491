import type { Locale, LocalizedText, Rule } from "../src/core/types.js";
import type { LayoutYear, MappedCell, MappedTable, ReportModel } from "../src/model/types.js";
import { ruleDocsUrl } from "../src/core/docs-url.js";
import { interpolate } from "../src/core/interpolate.js";
import { equations, type CellRef, type Equation } from "../src/spec/relations.js";
import { MEASURE_WORDS } from "../src/model/tables/values.js";

/**
 * The 勾稽关系 of tables 三 and 四 (spec §5: T3-1, T3-2, T3-3, T4-1), evaluated over the cells the
 * recognizer mapped. An equation is checked only when every one of its cells is a number: a blank,
 * 无, "/" or text cell is numeric-cell's business and the equation is skipped (a blank is unknown,
 * not 0). Tables the recognizer could not map with confidence are skipped entirely (table-structure
 * reports them).
 *
 * Where a finding goes: when one cell alone explains two or more broken equations (changing it to
 * one value mends them all and breaks none that holds), that cell is reported once; otherwise each
 * broken equation is reported at its total ((七)总计 for T3-1 and T3-2, the 总计 column for T3-3
 * and T4-1), and equations that land on the same total share one finding.
 */

const MESSAGES: Record<string, LocalizedText> = {
  t31: {
    zh: "表三{{column}}列：第一项＋第二项（{{a}}＋{{b}}＝{{left}}）≠ 第三项（七）总计＋第四项（{{c}}＋{{d}}＝{{right}}），两者应相等",
    en: "Table 三, column {{column}}: item 1 + item 2 ({{a}} + {{b}} = {{left}}) ≠ item 3 (七) total + item 4 ({{c}} + {{d}} = {{right}}); they must be equal",
  },
  t32: {
    zh: "表三{{column}}列：（七）总计（{{total}}）≠ （一）至（六）各项之和（{{sum}}），两者应相等",
    en: "Table 三, column {{column}}: (七) total ({{total}}) ≠ the sum of results (一)–(六) ({{sum}}); they must be equal",
  },
  t33: {
    zh: "表三「{{row}}」行：总计（{{total}}）≠ 自然人至其他六列之和（{{terms}}＝{{sum}}），两者应相等",
    en: "Table 三, row \"{{row}}\": 总计 ({{total}}) ≠ the sum of the six applicant columns ({{terms}} = {{sum}}); they must be equal",
  },
  t41: {
    zh: "表四{{group}}：总计（{{total}}）≠ 结果维持＋结果纠正＋其他结果＋尚未审结（{{terms}}＝{{sum}}），两者应相等",
    en: "Table 四, {{group}}: 总计 ({{total}}) ≠ 结果维持 + 结果纠正 + 其他结果 + 尚未审结 ({{terms}} = {{sum}}); they must be equal",
  },
  several: {
    zh: "{{where}}（{{value}}）涉及的 {{count}} 处勾稽关系不成立：{{details}}",
    en: "{{count}} relations fail at {{where}} ({{value}}): {{details}}",
  },
  oddCell: {
    zh: "{{where}}（{{value}}）与 {{count}} 处勾稽关系不符，若为 {{expected}} 则均成立：{{details}}",
    en: "{{where}} ({{value}}) disagrees with {{count}} relations, all of which hold if it is {{expected}}: {{details}}",
  },
};

const RELATION_MESSAGE: Record<string, string> = { "T3-1": "t31", "T3-2": "t32", "T3-3": "t33", "T4-1": "t41" };

/** A number the arithmetic can use: a plain count, or a count with a measure word (6件). */
function numberOf(c: MappedCell | undefined): number | undefined {
  if (!c || c.value.kind !== "number") return undefined;
  if (c.value.unit && !MEASURE_WORDS.has(c.value.unit)) return undefined;
  return c.value.value;
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1e6) / 1e6);
}

/** The row label without the parenthesised note of （二）部分公开. */
function shortLabel(label: string): string {
  return label.replace(/（区分处理.*$/, "");
}

interface Evaluated {
  eq: Equation;
  cells: MappedCell[];
  left: number;
  right: number;
}

const keyOf = (r: { table: number; row: string; col: string }) => `${r.table}|${r.row}|${r.col}`;

/** The cells of tables 三 and 四 by table, row and column (no key string made per cell). */
class CellIndex {
  private readonly tables = new Map<number, Map<string, Map<string, MappedCell>>>();
  size = 0;
  add(t: MappedTable | undefined): void {
    if (!t || !t.confident) return;
    let rows = this.tables.get(t.table);
    if (!rows) this.tables.set(t.table, (rows = new Map()));
    for (const row of t.rows) {
      for (const c of row.cells) {
        let cols = rows.get(c.row);
        if (!cols) rows.set(c.row, (cols = new Map()));
        if (!cols.has(c.col)) this.size++;
        cols.set(c.col, c);
      }
    }
  }
  get(r: CellRef): MappedCell | undefined {
    return this.tables.get(r.table)?.get(r.row)?.get(r.col);
  }
}

/** The equations of a table-三 shape: the same for every report, made once. */
const equationsByShape = new Map<LayoutYear, Equation[]>();
function equationsOf(shape: LayoutYear): Equation[] {
  let out = equationsByShape.get(shape);
  if (!out) equationsByShape.set(shape, (out = equations(shape)));
  return out;
}

/** The cell a broken equation is reported at when no single cell explains it: its total. */
function totalOf(eq: Equation): CellRef {
  if (eq.id === "T3-1") return eq.right[0]; // （七）总计 of the column
  return eq.left[0]; // T3-2: （七）总计; T3-3: 总计 column; T4-1: the group's 总计
}

export const tableArithmetic: Rule = {
  meta: {
    id: "table-arithmetic",
    type: "problem",
    docs: {
      name: "勾稽关系",
      nameEn: "Table arithmetic",
      description: "表三、表四的勾稽关系必须成立",
      descriptionEn: "The sums of tables 三 and 四 (勾稽关系) must hold",
      url: ruleDocsUrl("table-arithmetic"),
    },
    defaultSeverity: "error",
    messages: MESSAGES,
  },
  create(context) {
    const model: ReportModel = context.model;
    const { t3, t4 } = model.tables;
    const index = new CellIndex();
    index.add(t3);
    index.add(t4);
    if (index.size === 0) return;
    // T3-2's result rows follow the shape table 三 was written in (（六） as one row or three).
    const shape = t3 && t3.layout !== "unknown" ? t3.layout : model.layout !== "unknown" ? model.layout : "2021";
    const locale = context.locale;

    const evaluated: Evaluated[] = [];
    for (const eq of equationsOf(shape)) {
      const cells = [...eq.left, ...eq.right].map((r) => index.get(r));
      if (cells.some((c) => numberOf(c) === undefined)) continue;
      const sum = (rs: CellRef[]) => rs.reduce((s, r) => s + numberOf(index.get(r))!, 0);
      evaluated.push({ eq, cells: cells as MappedCell[], left: sum(eq.left), right: sum(eq.right) });
    }
    const broken = evaluated.filter((e) => Math.abs(e.left - e.right) > 1e-9);
    if (broken.length === 0) return;
    const holding = evaluated.filter((e) => Math.abs(e.left - e.right) <= 1e-9);

    const describe = (e: Evaluated): string => {
      const { id, data } = describeEquation(e, locale);
      return interpolate(MESSAGES[RELATION_MESSAGE[id]][locale], data);
    };
    const where = (c: MappedCell, table: number): string => {
      if (table === 4) return locale === "en" ? `Table 四, ${c.rowLabel} / ${c.colLabel}` : `表四${c.rowLabel}「${c.colLabel}」`;
      return locale === "en" ? `Table 三, row "${shortLabel(c.rowLabel)}", column ${c.colLabel}` : `表三「${shortLabel(c.rowLabel)}」行「${c.colLabel}」列`;
    };
    const joiner = locale === "en" ? "; " : "；";

    // 1. Cells that alone explain several broken equations.
    const claimed = new Set<Evaluated>();
    const byCell = new Map<string, { ref: CellRef; cell: MappedCell; eqs: Evaluated[]; expected: number[] }>();
    for (const e of broken) {
      const diff = e.right - e.left;
      for (const [side, refs] of [["left", e.eq.left], ["right", e.eq.right]] as const) {
        for (const ref of refs) {
          const cell = index.get(ref)!;
          const k = keyOf(ref);
          const entry = byCell.get(k) ?? { ref, cell, eqs: [], expected: [] };
          entry.eqs.push(e);
          entry.expected.push(numberOf(cell)! + (side === "left" ? diff : -diff));
          byCell.set(k, entry);
        }
      }
    }
    const inHolding = new Set<string>();
    for (const h of holding) for (const r of [...h.eq.left, ...h.eq.right]) inHolding.add(keyOf(r));
    const odd = [...byCell.entries()]
      .filter(([k, v]) => v.eqs.length >= 2 && !inHolding.has(k) && v.expected.every((x) => Math.abs(x - v.expected[0]) < 1e-9) && v.expected[0] >= 0)
      .sort((a, b) => b[1].eqs.length - a[1].eqs.length || a[1].cell.start - b[1].cell.start);
    for (const [, v] of odd) {
      if (v.eqs.some((e) => claimed.has(e))) continue;
      v.eqs.forEach((e) => claimed.add(e));
      context.report({
        messageId: "oddCell",
        data: {
          where: where(v.cell, v.ref.table),
          value: v.cell.raw,
          count: v.eqs.length,
          expected: fmt(v.expected[0]),
          details: v.eqs.map(describe).join(joiner),
        },
        loc: v.cell,
      });
    }

    // 2. The other broken equations, at their totals; one finding per total.
    const atTotal = new Map<string, { ref: CellRef; eqs: Evaluated[] }>();
    for (const e of broken) {
      if (claimed.has(e)) continue;
      const ref = totalOf(e.eq);
      const k = keyOf(ref);
      const entry = atTotal.get(k) ?? { ref, eqs: [] };
      entry.eqs.push(e);
      atTotal.set(k, entry);
    }
    for (const { ref, eqs } of atTotal.values()) {
      const cell = index.get(ref)!;
      if (eqs.length === 1) {
        const { id, data } = describeEquation(eqs[0], locale);
        context.report({ messageId: RELATION_MESSAGE[id], data, loc: cell });
      } else {
        context.report({
          messageId: "several",
          data: { where: where(cell, ref.table), value: cell.raw, count: eqs.length, details: eqs.map(describe).join(joiner) },
          loc: cell,
        });
      }
    }
  },
};

/** The data of one broken equation's message. */
function describeEquation(e: Evaluated, locale: Locale): { id: string; data: Record<string, string | number> } {
  const v = (c: MappedCell) => fmt(numberOf(c)!);
  const plus = locale === "en" ? " + " : "＋";
  const { eq, cells } = e;
  const nl = eq.left.length;
  const left = cells.slice(0, nl);
  const right = cells.slice(nl);
  switch (eq.id) {
    case "T3-1":
      return {
        id: eq.id,
        data: { column: left[0].colLabel, a: v(left[0]), b: v(left[1]), left: fmt(e.left), c: v(right[0]), d: v(right[1]), right: fmt(e.right) },
      };
    case "T3-2":
      return { id: eq.id, data: { column: left[0].colLabel, total: v(left[0]), sum: fmt(e.right) } };
    case "T3-3":
      return { id: eq.id, data: { row: shortLabel(left[0].rowLabel), total: v(left[0]), terms: right.map(v).join(plus), sum: fmt(e.right) } };
    default:
      return { id: eq.id, data: { group: left[0].rowLabel, total: v(left[0]), terms: right.map(v).join(plus), sum: fmt(e.right) } };
  }
}
