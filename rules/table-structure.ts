import type { Rule } from "../src/core/types.js";
import { ruleDocsUrl } from "../src/core/docs-url.js";
import { TABLE_FINDINGS, tableFindings } from "../src/model/tables/table-findings.js";

const OWN = new Set<string>(TABLE_FINDINGS["table-structure"]);

/**
 * Tables 二, 三 and 四 as the format notices print them: every official row and column of the
 * detected layout present and labelled as in the notice (after normalising brackets, punctuation,
 * spaces and line breaks). What the format rates as a warning (a label cut short, a mixed or
 * provincial layout) is table-label-variant's and table-layout-variant's.
 */
export const tableStructure: Rule = {
  meta: {
    id: "table-structure",
    type: "problem",
    docs: {
      name: "表格结构",
      nameEn: "Table structure",
      description: "表二、表三、表四的行、列和标签应与规定格式一致",
      descriptionEn: "Tables 二, 三 and 四 must have the rows, columns and labels of the official format",
      url: ruleDocsUrl("table-structure"),
    },
    defaultSeverity: "error",
    messages: {
      missingRows: {
        zh: "表{{table}}缺少{{rows}}（应在「{{next}}」之前）",
        en: "Table {{table}} lacks {{rows}} (before \"{{next}}\")",
      },
      truncated: {
        zh: "表{{table}}在「{{last}}」之后中断，缺少其后的 {{count}} 行：{{rows}}{{lastRow}}",
        en: "Table {{table}} stops after \"{{last}}\": the {{count}} rows after it are missing: {{rows}}{{lastRowEn}}",
      },
      endsInTable: {
        zh: "文本在表{{table}}中结束（「{{last}}」之后），缺少其后的 {{count}} 行：{{rows}}{{lastRow}}{{after}}",
        en: "The text ends inside table {{table}} (after \"{{last}}\"); {{count}} rows are missing: {{rows}}{{lastRowEn}}{{afterEn}}",
      },
      wrongLabel: {
        zh: "表{{table}}的行标签「{{written}}」与规定的「{{official}}」不一致",
        en: "Table {{table}}: the row label \"{{written}}\" differs from the official \"{{official}}\"",
      },
      wrongHeader: {
        zh: "表二的栏目「{{written}}」与规定的「{{official}}」不一致",
        en: "Table 二: the column label \"{{written}}\" differs from the official \"{{official}}\"",
      },
      rowValues: {
        zh: "表{{table}}「{{label}}」行：{{reason}}",
        en: "Table {{table}}, row \"{{label}}\": {{count}} value(s) where {{columns}} are expected; the column of each cannot be told (merged or blank cells?)",
      },
      rowNoValues: {
        zh: "表{{table}}「{{label}}」行没有数值",
        en: "Table {{table}}, row \"{{label}}\" has no values",
      },
      missingTable: {
        zh: "第{{numeral}}部分「{{heading}}」中没有表{{table}}（{{what}}）{{headerOnly}}",
        en: "Section {{numeral}} \"{{heading}}\" has no table {{table}} ({{what}}){{headerOnlyEn}}",
      },
      tableProblem: {
        zh: "表{{table}}：{{problem}}",
        en: "Table {{table}}: {{problem}}",
      },
      notRecognised: {
        zh: "无法核对表格结构：{{message}}",
        en: "Table {{table}} could not be recognised: {{message}}",
      },
    },
    schema: {
      type: "object",
      properties: {
        reportTruncatedAtEnd: {
          type: "boolean",
          description: "Also report a table cut off by the end of the text (a saved page or PDF excerpt usually is; the report itself may not be).",
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { reportTruncatedAtEnd: false },
  },
  create(context) {
    for (const f of tableFindings(context.model, context.options.reportTruncatedAtEnd === true)) {
      if (OWN.has(f.messageId)) context.report(f);
    }
  },
};
