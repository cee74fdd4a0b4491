import type { Rule } from "../src/core/types.js";
import { ruleDocsUrl } from "../src/core/docs-url.js";
import { TABLE_FINDINGS, tableFindings } from "../src/model/tables/table-findings.js";

const OWN = new Set<string>(TABLE_FINDINGS["table-layout-variant"]);

/**
 * Tables whose layout departs from the official one in ways the format spec rates as warnings
 * (or info): a table 二 mixing labels of both formats, table 三's （六） in the other format's shape,
 * rows a provincial template added, values without a row label, table 四 without a legible header.
 * What is missing or wrong is table-structure's error.
 */
export const tableLayoutVariant: Rule = {
  meta: {
    id: "table-layout-variant",
    type: "suggestion",
    docs: {
      name: "表格格式变体",
      nameEn: "Table layout variants",
      description: "表格不应混用两种格式、增加规定格式以外的行或缺少行标签、表头",
      descriptionEn: "Tables must not mix the two formats, add rows of their own, or leave values without row labels or headers",
      url: ruleDocsUrl("table-layout-variant"),
    },
    defaultSeverity: "warn",
    messages: {
      extraRow: {
        zh: "表{{table}}中的「{{label}}」不是规定格式中的行（省级模板增加的行可用 allowExtraRows 选项允许）",
        en: "Table {{table}}: \"{{label}}\" is not a row of the official format (rows added by a provincial template: option allowExtraRows)",
      },
      mixedLayout: {
        zh: "表二混用了两种格式：「{{label}}」属于{{minorityNotice}}的{{minority}}年版，表二其余 {{majorityCount}} 处栏目属于{{majority}}年版",
        en: "Table 二 mixes the two formats: \"{{label}}\" belongs to the {{minority}} format ({{minorityNotice}}), {{majorityCount}} other labels to the {{majority}} format",
      },
      mixedLayoutTie: {
        zh: "表二混用了两种格式（2019年版与2021年版栏目各 {{count}} 处），无法判断使用的格式",
        en: "Table 二 mixes the two formats ({{count}} labels of each), so its format cannot be told",
      },
      sixSingleRow: {
        zh: "表三「（六）其他处理」只有一行（2019年版写法）；{{layout}}年版格式中（六）分为 3 个子行：「1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请」「2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请」「3.其他」",
        en: "Table 三 has a single （六）其他处理 row (the 2019 shape); the {{layout}} format splits it into 3 sub-rows (1. 逾期不补正…, 2. 逾期未按收费通知要求缴纳费用…, 3. 其他)",
      },
      sixSubRows: {
        zh: "表三「（六）其他处理」分为子行（2021年版写法）；{{layout}}年版格式中（六）只有一行",
        en: "Table 三 splits （六）其他处理 into sub-rows (the 2021 shape); in the {{layout}} format （六） is one row",
      },
      noHeader: {
        zh: "表四没有可辨认的表头（「行政复议」「行政诉讼」及「结果维持」等栏目），其 15 个数值无法核对所属栏目",
        en: "Table 四 has no legible header (行政复议, 行政诉讼, 结果维持 …); its 15 values cannot be matched to their columns",
      },
      valuesWithoutLabel: {
        zh: "表{{table}}：{{problem}}",
        en: "Table {{table}}: values without a row label ({{problem}})",
      },
    },
    schema: {
      type: "object",
      properties: {
        allowExtraRows: { type: "boolean", description: "Allow rows the official format does not have (provincial templates)." },
      },
      additionalProperties: false,
    },
    defaultOptions: { allowExtraRows: false },
  },
  create(context) {
    const allowExtraRows = context.options.allowExtraRows === true;
    for (const f of tableFindings(context.model)) {
      if (!OWN.has(f.messageId) || (allowExtraRows && f.messageId === "extraRow")) continue;
      context.report(f);
    }
  },
};
