// Table 二, 第二十条第（一）项: the province's template adds a row 其他主动公开文件 (other documents
// published on the body's own initiative) after the rows of the national format. Reported once,
// at the label of the block's last row (where the row belongs), when table 二 and that block were
// read and no row of that name is anywhere in the table. Silent when unsure: no table 二, or a
// block （一） whose rows were not found.

/** Row labels compared without white space (spaces, U+3000, tabs) and without a trailing note in brackets. */
function normalizeLabel(label) {
  return label.replace(/[\s\u3000]+/g, "").replace(/[（(][^（()）]*[）)]$/, "");
}

/** @type {import("reportlint").PluginRule} */
export const otherDocumentsRow = {
  meta: {
    id: "other-documents-row",
    type: "problem",
    docs: {
      description: "表二第二十条第（一）项应有本省要求的「其他主动公开文件」行",
      descriptionEn: "Table 二, item （一）, must have the province's extra row 其他主动公开文件",
      // The page ships with the package: the link works where the plugin is installed.
      url: new URL("../docs/rules/other-documents-row.md", import.meta.url).href,
    },
    defaultSeverity: "warn",
    messages: {
      missing: {
        zh: "表二第二十条第（一）项缺少本省要求的「{{label}}」行，应加在「{{after}}」行之后",
        en: "Table 二, item （一）: the province's row \"{{label}}\" is missing; add it after the row \"{{after}}\"",
      },
    },
    schema: {
      type: "object",
      properties: {
        label: { type: "string", minLength: 1, description: "The row's label (default 其他主动公开文件)." },
      },
      additionalProperties: false,
    },
    defaultOptions: { label: "其他主动公开文件" },
  },
  create(context) {
    const table = context.model.tables.t2;
    if (!table) return;
    const wanted = normalizeLabel(String(context.options.label));
    const labels = [...table.extraRows.map((row) => row.label), ...table.rows.map((row) => row.label)];
    if (labels.some((label) => normalizeLabel(label) === wanted)) return;
    // The rows of 第二十条第（一）项 (keys t2.1.*) that were found with their labels.
    const block = table.rows.filter((row) => row.key.startsWith("t2.1.") && row.labelSpan && row.match !== "missing-label");
    if (block.length === 0) return;
    const last = block.reduce((a, b) => (b.labelSpan.start > a.labelSpan.start ? b : a));
    context.report({
      messageId: "missing",
      data: { label: String(context.options.label), after: last.label },
      loc: { start: last.labelSpan.start, end: last.labelSpan.end },
    });
  },
};
