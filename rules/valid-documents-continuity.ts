import type { Rule } from "../src/core/types.js";
import type { MappedCell, MappedRow, MappedTable } from "../src/model/types.js";
import { ruleDocsUrl } from "../src/core/docs-url.js";
import { MEASURE_WORDS } from "../src/model/tables/values.js";
import { previousFileLabel, previousYearModel } from "../src/model/cross-year.js";

/**
 * T2-1 (spec §5): in the 2021 layout, table 二 第二十条第（一）项 gives for 规章 and 行政规范性文件
 * 本年制发件数, 本年废止件数 and 现行有效件数. The stock follows from last year's:
 * 现行有效件数 = last year's 现行有效件数 + 本年制发件数 − 本年废止件数. A warning, not an error:
 * a body that counts amendments (修订) as 制发 breaks it legitimately. Silent without last year's
 * report, when either report uses the 2019 layout (its table 二 has no 现行有效件数), when either
 * table 二 was not mapped with confidence, and when any of the four cells is not a number.
 */

const ROWS = ["t2.1.1", "t2.1.2"];

function countOf(c: MappedCell | undefined): number | undefined {
  if (!c || c.value.kind !== "number") return undefined;
  if (c.value.unit && !MEASURE_WORDS.has(c.value.unit)) return undefined;
  return c.value.value;
}

function rowOf(t: MappedTable, key: string): MappedRow | undefined {
  return t.rows.find((r) => r.key === key);
}

const cell = (row: MappedRow | undefined, col: string): MappedCell | undefined => row?.cells.find((c) => c.col === col);

export const validDocumentsContinuity: Rule = {
  meta: {
    id: "valid-documents-continuity",
    type: "problem",
    docs: {
      name: "现行有效件数",
      nameEn: "Valid documents count",
      description: "表二现行有效件数应等于上年现行有效件数加本年制发减本年废止",
      descriptionEn: "Table 二's documents in force must equal last year's plus those issued minus those repealed this year",
      url: ruleDocsUrl("valid-documents-continuity"),
    },
    defaultSeverity: "warn",
    messages: {
      mismatch: {
        zh: "表二「{{row}}」现行有效件数为 {{value}}，按上年报告（{{file}}）现行有效 {{previous}} 件＋本年制发 {{issued}} 件－本年废止 {{repealed}} 件应为 {{expected}}（修订计入制发时可不一致，请核对）",
        en: "Table 二 \"{{row}}\": 现行有效件数 is {{value}}, but last year's report ({{file}}) had {{previous}} in force, + {{issued}} issued − {{repealed}} repealed this year = {{expected}} (amendments counted as issued can explain a difference: check)",
      },
    },
  },
  create(context) {
    const previous = previousYearModel(context);
    if (!previous) return;
    const model = context.model;
    if (model.layout !== "2021" || previous.layout !== "2021") return;
    const now = model.tables.t2;
    const before = previous.tables.t2;
    if (!now?.confident || !before?.confident || now.layout !== "2021" || before.layout !== "2021") return;
    for (const key of ROWS) {
      const row = rowOf(now, key);
      const stock = cell(row, "c3");
      const value = countOf(stock);
      const issued = countOf(cell(row, "c1"));
      const repealed = countOf(cell(row, "c2"));
      const last = countOf(cell(rowOf(before, key), "c3"));
      if (value === undefined || issued === undefined || repealed === undefined || last === undefined) continue;
      const expected = last + issued - repealed;
      if (value === expected) continue;
      context.report({
        messageId: "mismatch",
        data: { row: row!.officialLabel, value: stock!.raw, previous: last, issued, repealed, expected, file: previousFileLabel(context) },
        loc: { start: stock!.start, end: stock!.end },
      });
    }
  },
};
