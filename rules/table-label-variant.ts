import type { Rule } from "../src/core/types.js";
import { ruleDocsUrl } from "../src/core/docs-url.js";
import { TABLE_FINDINGS, tableFindings } from "../src/model/tables/table-findings.js";

const OWN = new Set<string>(TABLE_FINDINGS["table-label-variant"]);

/**
 * A row or column label of tables 二, 三 and 四 cut short (本年新… for 本年新制作数量, 现行有效件 for
 * 现行有效件数, (二)部分公开(区分处理)): the row or column is recognised, the label is not the
 * official one. The format spec rates it a warning; a wrong label is table-structure's error.
 */
export const tableLabelVariant: Rule = {
  meta: {
    id: "table-label-variant",
    type: "suggestion",
    docs: {
      name: "表格标签截短",
      nameEn: "Labels cut short",
      description: "表格的行、列标签应写全规定格式的名称，不应截短",
      descriptionEn: "Table row and column labels must be the official labels in full, not cut short",
      url: ruleDocsUrl("table-label-variant"),
    },
    defaultSeverity: "warn",
    fixable: "code",
    messages: {
      truncatedLabel: {
        zh: "表{{table}}的行标签「{{written}}」不完整，应为「{{official}}」",
        en: "Table {{table}}: the row label \"{{written}}\" is cut short; the official label is \"{{official}}\"",
      },
      truncatedHeader: {
        zh: "表二的栏目「{{written}}」不完整，应为「{{official}}」",
        en: "Table 二: the column label \"{{written}}\" is cut short; the official label is \"{{official}}\"",
      },
    },
  },
  create(context) {
    for (const f of tableFindings(context.model)) if (OWN.has(f.messageId)) context.report(f);
  },
};
