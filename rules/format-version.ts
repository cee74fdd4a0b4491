import type { Rule } from "../src/core/types.js";
import type { LayoutYear, MappedTable } from "../src/model/types.js";
import { ruleDocsUrl } from "../src/core/docs-url.js";
import { normalizeLabel } from "../src/model/normalize.js";
import { layoutForReportYear, layoutSpec, type LayoutSpec } from "../src/spec/layouts.js";

const base = (label: string): string => normalizeLabel(label).replace(/（[^）]*）$/, "");

/**
 * What a table-二 label of one layout is in the other: the column in the same place of the same
 * block, the row with the same key, or nothing (the block or row was dropped).
 */
function counterpart(label: string, item: number | undefined, from: LayoutSpec, to: LayoutSpec): string | undefined {
  const l = base(label);
  const blocks = item === undefined ? from.t2.blocks : from.t2.blocks.filter((b) => b.item === item);
  for (const b of [...blocks, ...from.t2.blocks]) {
    const target = to.t2.blocks.find((t) => t.item === b.item);
    if (base(b.title) === l) return target?.title;
    const ci = b.columns.findIndex((c) => base(c.label) === l);
    if (ci >= 0) {
      if (!target) return undefined;
      return target.columns.length === b.columns.length ? target.columns[ci].label : target.columns.map((c) => c.label).join("、");
    }
    const row = b.rows.find((r) => base(r.label) === l);
    if (row) return target?.rows.find((r) => r.key === row.key)?.label;
  }
  return undefined;
}

/** The table-二 block (第二十条 item) a label at `offset` belongs to: that of the next row, else the last. */
function itemAt(t2: MappedTable, offset: number): number | undefined {
  const rows = [...t2.rows].sort((a, b) => a.start - b.start);
  const row = rows.find((r) => r.start >= offset) ?? rows[rows.length - 1];
  const m = row ? /^t2\.(\d+)\./.exec(row.key) : null;
  return m ? Number(m[1]) : undefined;
}

/**
 * Reports for 2021 and later use the 2021 tables (国办公开办函〔2021〕30号); the 2019 and 2020 reports
 * use the 2019 tables (〔2019〕60号). The layout is read from table 二's labels (spec §4); table 三's
 * （六） does not decide it, and a mixed table 二 is table-structure's finding.
 */
export const formatVersion: Rule = {
  meta: {
    id: "format-version",
    type: "problem",
    docs: {
      description: "表格格式应与报告年度相符（2019、2020年度用〔2019〕60号格式，2021年度起用〔2021〕30号格式）",
      descriptionEn: "The tables must follow the format of the report year (〔2019〕60号 for 2019–2020, 〔2021〕30号 from 2021)",
      url: ruleDocsUrl("format-version"),
    },
    defaultSeverity: "error",
    messages: {
      wrongFormat: {
        zh: "{{year}}年度报告应使用{{expectedNotice}}规定的{{expected}}年版表格，表二却是{{actualNotice}}的{{actual}}年版：「{{label}}」应为「{{right}}」（表二共 {{count}} 处{{actual}}年版栏目）",
        en: "A {{year}} report must use the {{expected}} tables of {{expectedNotice}}, but table 二 follows the {{actual}} format of {{actualNotice}}: \"{{label}}\" should be \"{{right}}\" ({{count}} labels of the {{actual}} format in table 二)",
      },
      wrongFormatDropped: {
        zh: "{{year}}年度报告应使用{{expectedNotice}}规定的{{expected}}年版表格，表二却是{{actualNotice}}的{{actual}}年版：{{expected}}年版没有「{{label}}」（表二共 {{count}} 处{{actual}}年版栏目）",
        en: "A {{year}} report must use the {{expected}} tables of {{expectedNotice}}, but table 二 follows the {{actual}} format of {{actualNotice}}: the {{expected}} format has no \"{{label}}\" ({{count}} labels of the {{actual}} format in table 二)",
      },
    },
  },
  create(context) {
    const model = context.model;
    const t2 = model.tables.t2;
    // No year (the model already falls back to settings.reportYear): no guess, nothing to say.
    if (!model.year || !t2 || model.layout === "unknown") return;
    // A title year that the statistics period contradicts (a year left from a template) leaves the
    // report year in doubt: year-consistency reports that, and no format is asked for here.
    const periodYear = model.period?.fromYear ?? model.period?.toYear;
    if (model.year.source === "title" && periodYear !== undefined && periodYear !== model.year.value) return;
    const expected = layoutForReportYear(model.year.value);
    if (!expected || expected.year === model.layout) return;
    const actual = layoutSpec(model.layout as LayoutYear);
    const markers = t2.layoutMarkers.filter((m) => m.layout === actual.year).sort((a, b) => a.start - b.start);
    const first = markers[0];
    if (!first) return;
    const right = counterpart(first.label, itemAt(t2, first.start), actual, expected);
    const data = {
      year: model.year.value,
      expected: expected.year,
      expectedNotice: expected.notice,
      actual: actual.year,
      actualNotice: actual.notice,
      label: first.label,
      right: right ?? "",
      count: markers.length,
    };
    context.report({ messageId: right ? "wrongFormat" : "wrongFormatDropped", data, loc: first });
  },
};
