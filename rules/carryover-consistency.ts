import type { Rule } from "../src/core/types.js";
import type { MappedCell, MappedTable } from "../src/model/types.js";
import { ruleDocsUrl } from "../src/core/docs-url.js";
import { MEASURE_WORDS } from "../src/model/tables/values.js";
import { previousFileLabel, previousYearModel } from "../src/model/cross-year.js";

/**
 * T3-6 (spec §5): what a report carries over into the next year is what the next year's report
 * takes over. This year's table 三 「二、上年结转政府信息公开申请数量」 must equal, column by column,
 * last year's 「四、结转下年度继续办理」. Needs last year's report (context.previous); silent without
 * it, when either table 三 could not be mapped with confidence, and for any cell that is not a number.
 */

/** A count the comparison can use: a plain number, or one with a measure word (2件). */
function countOf(c: MappedCell | undefined): number | undefined {
  if (!c || c.value.kind !== "number") return undefined;
  if (c.value.unit && !MEASURE_WORDS.has(c.value.unit)) return undefined;
  return c.value.value;
}

function cellsOf(t: MappedTable, rowKey: string): Map<string, MappedCell> {
  const row = t.rows.find((r) => r.key === rowKey);
  return new Map((row?.cells ?? []).map((c) => [c.col, c]));
}

export const carryoverConsistency: Rule = {
  meta: {
    id: "carryover-consistency",
    type: "problem",
    docs: {
      name: "上年结转数",
      nameEn: "Carry-over from last year",
      description: "表三上年结转数应等于上年报告的结转下年度继续办理数",
      descriptionEn: "Table 三's carried-over applications must equal last year's report's carried-forward ones",
      url: ruleDocsUrl("carryover-consistency"),
    },
    defaultSeverity: "error",
    messages: {
      mismatch: {
        zh: "表三「二、上年结转政府信息公开申请数量」{{column}}列为 {{value}}，但上年报告（{{file}}）「四、结转下年度继续办理」{{column}}列为 {{previous}}，两者应相等",
        en: "Table 三 \"二、上年结转政府信息公开申请数量\", column {{column}}, is {{value}}, but last year's report ({{file}}) carried {{previous}} forward in \"四、结转下年度继续办理\"; they must be equal",
      },
    },
  },
  create(context) {
    const previous = previousYearModel(context);
    if (!previous) return;
    const now = context.model.tables.t3;
    const before = previous.tables.t3;
    if (!now?.confident || !before?.confident) return;
    const carriedIn = cellsOf(now, "2");
    const carriedOut = cellsOf(before, "4");
    for (const [col, cell] of carriedIn) {
      const value = countOf(cell);
      const expected = countOf(carriedOut.get(col));
      if (value === undefined || expected === undefined || value === expected) continue;
      context.report({
        messageId: "mismatch",
        data: { column: cell.colLabel, value: cell.raw, previous: carriedOut.get(col)!.raw, file: previousFileLabel(context) },
        loc: { start: cell.start, end: cell.end },
      });
    }
  },
};
