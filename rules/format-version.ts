import type { Rule } from "../src/core/types.js";
import type { LayoutYear, MappedTable } from "../src/model/types.js";
import { ruleDocsUrl } from "../src/core/docs-url.js";
import { normalizeLabel } from "../src/model/normalize.js";
import { expectedLayout, foreignBlocks } from "../src/model/tables/layout-blocks.js";
import { layoutSpec, type LayoutSpec } from "../src/spec/layouts.js";

const ITEM_NAMES: Record<number, string> = { 1: "（一）", 5: "（五）", 6: "（六）", 8: "（八）", 9: "（九）" };

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
 * （六） does not decide it. A table 二 of the right format that holds a whole block of the other
 * one (its own header or title: the 2019 （九） 政府集中采购 block in a 2021 table) is reported per
 * block; a label of the other format here and there is table-structure's mixed table.
 */
export const formatVersion: Rule = {
  meta: {
    id: "format-version",
    type: "problem",
    docs: {
      name: "表格版本",
      nameEn: "Table format version",
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
      wrongBlock: {
        zh: "{{year}}年度报告应使用{{expectedNotice}}规定的{{expected}}年版表格，表二第二十条第{{item}}项却是{{actualNotice}}的{{actual}}年版（{{labels}}）：{{right}}",
        en: "A {{year}} report must use the {{expected}} tables of {{expectedNotice}}, but block {{item}} of table 二 follows the {{actual}} format of {{actualNotice}} ({{labels}}): {{rightEn}}",
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
    // No year (the model already falls back to settings.reportYear), or a year in doubt: no guess.
    const expected = expectedLayout(model);
    if (!model.year || !t2 || !expected || model.layout === "unknown") return;
    if (expected.year === model.layout) {
      for (const b of foreignBlocks(model)) {
        const target = expected.t2.blocks.find((x) => x.item === b.item);
        const labels = b.markers.slice(0, 4).map((m) => `「${m.label}」`).join("") + (b.markers.length > 4 ? "等" : "");
        const columns = target?.columns.map((c) => `「${c.label}」`).join("") ?? "";
        const data = {
          year: model.year.value,
          expected: expected.year,
          expectedNotice: expected.notice,
          actual: b.layout,
          actualNotice: layoutSpec(b.layout).notice,
          item: ITEM_NAMES[b.item] ?? `（${b.item}）`,
          labels,
          right: target ? `${expected.year}年版该项的栏目为${columns}` : `${expected.year}年版表二没有这一项`,
          rightEn: target ? `the ${expected.year} format's columns for it are ${columns}` : `the ${expected.year} format's table 二 has no such block`,
        };
        context.report({ messageId: "wrongBlock", data, loc: b.markers[0] });
      }
      return;
    }
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
