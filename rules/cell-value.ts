import type { Rule } from "../src/core/types.js";
import { ruleDocsUrl } from "../src/core/docs-url.js";
import { CELL_FINDINGS, cellFindings } from "../src/model/tables/cell-findings.js";

const OWN = new Set<string>(CELL_FINDINGS["cell-value"]);

/**
 * Values in tables 二, 三 and 四 that cannot be right (spec §5 T3-5, §6): counts are whole numbers ≥ 0
 * (only the 2019 column 本年增/减 is signed), amounts of money are not negative and carry a money unit
 * where they carry one, 元 in the 2021 万元 column is 10,000 times too much, text is no number. Errors,
 * as the spec rates them; a cell written against the format (blank, 无, 6件) is numeric-cell's warning.
 */
export const cellValue: Rule = {
  meta: {
    id: "cell-value",
    type: "problem",
    docs: {
      name: "单元格数值",
      nameEn: "Cell values",
      description: "表格单元格的数值应成立（数量为非负整数，金额单位正确）",
      descriptionEn: "Table cell values must be possible (counts are whole numbers ≥ 0, money in the right unit)",
      url: ruleDocsUrl("cell-value"),
    },
    defaultSeverity: "error",
    fixable: "code",
    messages: {
      text: {
      zh: "{{cell}}写作「{{raw}}」，不是数字：应填写数字，没有发生填 0",
      en: "{{cell}} says \"{{raw}}\", which is not a number; write a number (0 for none)",
      },
      negative: {
      zh: "{{cell}}为负数「{{raw}}」：数量不能为负，只有 2019 年格式的「本年增/减」列可以填负数",
      en: "{{cell}} is negative (\"{{raw}}\"); a count cannot be negative, only the 2019 column 本年增/减 can",
      },
      negativeMoney: {
      zh: "{{cell}}为负数「{{raw}}」：金额不能为负",
      en: "{{cell}} is negative (\"{{raw}}\"); an amount cannot be negative",
      },
      decimal: {
      zh: "{{cell}}为小数「{{raw}}」：数量应为整数",
      en: "{{cell}} is a decimal (\"{{raw}}\"); a count is a whole number",
      },
      signInCount: {
      zh: "{{cell}}写作「{{raw}}」：数量不带正负号或增减字样，应写作 {{fixed}}",
      en: "{{cell}} says \"{{raw}}\"; a count carries no sign or 增/减, write {{fixed}}",
      },
      unitInCount: {
      zh: "{{cell}}写作「{{raw}}」：这一列是数量，不应带金额单位「{{unit}}」",
      en: "{{cell}} says \"{{raw}}\"; this column is a count and takes no money unit (\"{{unit}}\")",
      },
      yuanInWan: {
      zh: "{{cell}}写作「{{raw}}」：表头单位是万元，按元填写的金额大了一万倍，应写作 {{wan}}",
      en: "{{cell}} says \"{{raw}}\"; the header's unit is 万元, so an amount in 元 is 10,000 times too large: write {{wan}}",
      },
      notMoney: {
      zh: "{{cell}}写作「{{raw}}」：「{{unit}}」不是金额单位，应填写金额（元或万元）",
      en: "{{cell}} says \"{{raw}}\"; \"{{unit}}\" is not a unit of money, write an amount (元 or 万元)",
      },
    },
  },
  create(context) {
    for (const f of cellFindings(context.model, context.locale)) if (OWN.has(f.messageId)) context.report(f);
  },
};
