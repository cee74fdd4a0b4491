import type { Rule } from "../src/core/types.js";
import { ruleDocsUrl } from "../src/core/docs-url.js";
import { CELL_FINDINGS, cellFindings, type CellOptions } from "../src/model/tables/cell-findings.js";

const OWN = new Set<string>(CELL_FINDINGS["numeric-cell"]);

/**
 * Cells of tables 二, 三 and 四 written against the format (spec §6): blank (unknown, not 0), 无, "/",
 * "-", "—", 不适用 (write 0 for none), a table with nothing else (one finding for the table), a bare
 * 采购总金额 without its unit, and the hints 减4 / 增3, a measure word (6件), 万元 in the 万元 column.
 * One finding per row and kind, so that a table left blank gives one finding a row, not one a cell.
 * All warnings (the hints too: the engine has no lower level). A value that cannot be right
 * (negative, a decimal count, 元 in the 万元 column, text) is cell-value's error.
 */
export const numericCell: Rule = {
  meta: {
    id: "numeric-cell",
    type: "problem",
    docs: {
      name: "单元格填写",
      nameEn: "Cell filling",
      description: "表格单元格应按规定填写数字（没有发生填 0，不留空、不写“无”或“/”）",
      descriptionEn: "Table cells must be filled as the format asks (0 for none; not blank, 无 or /)",
      url: ruleDocsUrl("numeric-cell"),
    },
    defaultSeverity: "warn",
    fixable: "code",
    messages: {
      emptyTable: {
      zh: "{{table}}的 {{count}} 个单元格都没有填写数字（{{detail}}）：空白不等于 0，没有发生应逐格填 0",
      en: "None of the {{count}} cells of {{table}} holds a number ({{detail}}); a blank is not 0, write 0 in each cell for none",
      },
      blank: {
      zh: "{{row}}有 {{count}} 个单元格为空（{{cols}}）：空白不等于 0，没有发生应填 0",
      en: "{{row}}: {{count}} blank cell(s) ({{cols}}); a blank is not 0, write 0 for none",
      },
      none: {
      zh: "{{row}}有 {{count}} 个单元格写作「无」（{{cols}}）：表中数量为零应填 0",
      en: "{{row}}: {{count}} cell(s) say \"无\" ({{cols}}); write 0 for none",
      },
      na: {
      zh: "{{row}}有 {{count}} 个单元格写作「{{text}}」（{{cols}}）：表格没有“不适用”的填法，数量为零应填 0",
      en: "{{row}}: {{count}} cell(s) say \"{{text}}\" ({{cols}}); the format has no \"not applicable\", write 0 for none",
      },
      moneyNoUnit: {
      zh: "{{cell}}写作「{{raw}}」：表头没有注明单位，金额应注明元或万元，如「{{raw}}元」或「{{raw}}万元」",
      en: "{{cell}} says \"{{raw}}\"; the header gives no unit, so state it: \"{{raw}}元\" or \"{{raw}}万元\"",
      },
      signWord: {
      zh: "{{cell}}写作「{{raw}}」：增减用数字的正负表示，应写作 {{fixed}}",
      en: "{{cell}} says \"{{raw}}\"; write the change as a signed number: {{fixed}}",
      },
      measureWord: {
      zh: "{{cell}}写作「{{raw}}」：单元格只填数字，应写作 {{fixed}}",
      en: "{{cell}} says \"{{raw}}\"; a cell holds the number only, write {{fixed}}",
      },
      redundantWan: {
      zh: "{{cell}}写作「{{raw}}」：表头已注明单位万元，单元格只填数字 {{fixed}}",
      en: "{{cell}} says \"{{raw}}\"; the header already gives the unit 万元, write {{fixed}}",
      },
    },
    schema: {
      type: "object",
      properties: {
        reportBlank: { type: "boolean", description: "Report blank cells (a warning in the spec)." },
        reportMinor: { type: "boolean", description: "Report hints: 万元 written in the 万元 column (a measure word in a count, 6件, is always reported)." },
        fixEmptyAsZero: { type: "boolean", description: "Offer fixes that write 0 into blank, 无, /, - and 不适用 cells." },
      },
      additionalProperties: false,
    },
    defaultOptions: { reportBlank: true, reportMinor: false, fixEmptyAsZero: false },
    strictOptions: { reportMinor: true },
  },
  create(context) {
    const options = context.options as unknown as CellOptions;
    for (const f of cellFindings(context.model, context.locale, options)) if (OWN.has(f.messageId)) context.report(f);
  },
};
