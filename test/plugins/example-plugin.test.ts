// The example plugin (examples/reportlint-plugin-example): its rule through the project's RuleTester,
// as a plugin author would test a rule, and the plugin as reportlint registers it.
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { ruleTester } from "../support/rule-tester.js";
import { lintText, defaultRegistry } from "../../src/core/linter.js";
import { registryWithPlugins } from "../../src/config/plugins.js";
import type { Rule } from "../../src/core/types.js";
// @ts-expect-error -- a JavaScript package without type declarations
import plugin from "../../examples/reportlint-plugin-example/index.js";
// @ts-expect-error -- idem
import { otherDocumentsRow } from "../../examples/reportlint-plugin-example/rules/other-documents-row.js";

const root = resolve(__dirname, "../..");
/** A clean 2022 report of the project's own fixtures (2021 layout), and a 2019-layout one. */
const clean2021 = readFileSync(resolve(root, "fixtures/examples/qinghe-town-2022.txt"), "utf8");
const layout2019 = readFileSync(resolve(root, "fixtures/examples/donghu-street-2021.txt"), "utf8");

/** The text with `row` inserted as a new line after the line that starts with `afterLabel` + a tab. */
function withRowAfter(text: string, afterLabel: string, row: string): string {
  const at = text.indexOf(`\n${afterLabel}\t`);
  const end = text.indexOf("\n", at + 1);
  return `${text.slice(0, end + 1)}${row}\n${text.slice(end + 1)}`;
}

/** 1-based line and column span of the first line that starts with `label` + a tab. */
function labelAt(text: string, label: string) {
  const offset = text.indexOf(`\n${label}\t`) + 1;
  const line = text.slice(0, offset).split("\n").length;
  return { line, column: 1, endLine: line, endColumn: 1 + label.length };
}

ruleTester(otherDocumentsRow as Rule, {
  valid: [
    { name: "the row after 行政规范性文件", code: withRowAfter(clean2021, "行政规范性文件", "其他主动公开文件\t5\t0\t12") },
    { name: "with a note in brackets and a space", code: withRowAfter(clean2021, "行政规范性文件", "其他主动公开 文件（含政策解读）\t5\t0\t12") },
    { name: "the row elsewhere in table 二", code: withRowAfter(clean2021, "行政许可", "其他主动公开文件\t1\t0\t1") },
    { name: "a label set by the option", code: withRowAfter(clean2021, "行政规范性文件", "其他文件\t1\t0\t1"), options: { label: "其他文件" } },
    { name: "no table 二 at all: silent", code: "某某镇人民政府2022年政府信息公开工作年度报告\n\n一、总体情况\n\n本年度主动公开信息56条。\n" },
  ],
  invalid: [
    {
      name: "2021 layout without the row: at 行政规范性文件",
      code: clean2021,
      errors: [{ messageId: "missing", severity: 1, message: "表二第二十条第（一）项缺少本省要求的「其他主动公开文件」行，应加在「行政规范性文件」行之后", ...labelAt(clean2021, "行政规范性文件") }],
    },
    {
      name: "2019 layout without the row: at 规范性文件",
      code: layout2019,
      errors: [{ messageId: "missing", ...labelAt(layout2019, "规范性文件") }],
    },
    {
      name: "the option's label is missing, the default one present",
      code: withRowAfter(clean2021, "行政规范性文件", "其他主动公开文件\t5\t0\t12"),
      options: { label: "政策解读文件" },
      errors: [{ message: "表二第二十条第（一）项缺少本省要求的「政策解读文件」行，应加在「行政规范性文件」行之后", ...labelAt(clean2021, "行政规范性文件") }],
    },
    {
      name: "English messages",
      code: clean2021,
      locale: "en",
      errors: [{ message: 'Table 二, item （一）: the province\'s row "其他主动公开文件" is missing; add it after the row "行政规范性文件"', ...labelAt(clean2021, "行政规范性文件") }],
    },
  ],
});

describe("reportlint-plugin-example as a plugin", () => {
  it("registers its rule as example/other-documents-row; its recommended config turns it on and allows the extra row", () => {
    const registry = registryWithPlugins(defaultRegistry, { example: plugin });
    const rule = registry.get("example/other-documents-row")!;
    expect(rule.meta.docs.url).toMatch(/^file:.*\/examples\/reportlint-plugin-example\/docs\/rules\/other-documents-row\.md$/);
    const config = plugin.configs.recommended;
    const withRow = withRowAfter(clean2021, "行政规范性文件", "其他主动公开文件\t5\t0\t12");
    expect(lintText(withRow, { filePath: "r.txt", registry, config })).toEqual([]);
    const without = lintText(clean2021, { filePath: "r.txt", registry, config });
    expect(without.map((m) => [m.ruleId, m.line, m.column])).toEqual([["example/other-documents-row", labelAt(clean2021, "行政规范性文件").line, 1]]);
  });

  it("its rule's doc page exists beside the rule", () => {
    const url = new URL(otherDocumentsRow.meta.docs.url);
    expect(readFileSync(url, "utf8")).toMatch(/^# example\/other-documents-row\n/);
  });
});
