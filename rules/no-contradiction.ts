import type { Rule } from "../src/core/types.js";
import { ruleDocsUrl } from "../src/core/docs-url.js";
import { proseStatements, tableQuantity } from "../src/model/tables/statements.js";
import { describeQuantity, describeCells } from "./text-table-consistency.js";

/**
 * The prose and the tables must not contradict each other on whether something happened (spec §5
 * the text says there were no applications (未收到政府信息公开申请, …情况：无), no 行政复议
 * or 行政诉讼, no 行政处罚 / 行政强制 / 行政许可 decisions or no 行政事业性收费 while the table shows a
 * number other than 0; or the text states a number of them while the table shows 0 or 无. Two
 * non-zero numbers that differ are text-table-consistency's business.
 */
export const noContradiction: Rule = {
  meta: {
    id: "no-contradiction",
    type: "problem",
    docs: {
      name: "正文与表格矛盾",
      nameEn: "Text contradicts tables",
      description: "正文与表格不得互相矛盾（正文称没有而表格有数，或正文有数而表格为零）",
      descriptionEn: "The text must not contradict the tables (none in the text but a number in the table, or the reverse)",
      url: ruleDocsUrl("no-contradiction"),
    },
    defaultSeverity: "warn",
    messages: {
      noneButTable: {
        zh: "正文称没有{{what}}（「{{text}}」），但{{where}}为 {{value}}（第 {{line}} 行）：正文与表格矛盾",
        en: "The text says there were no {{what}} (\"{{text}}\"), but {{where}} is {{value}} (line {{line}}): text and table contradict each other",
      },
      countButZero: {
        zh: "正文称{{what}}为 {{count}} 件（「{{text}}」），但{{where}}为 {{value}}（第 {{line}} 行）：正文与表格矛盾",
        en: "The text gives {{count}} {{what}} (\"{{text}}\"), but {{where}} is {{value}} (line {{line}}): text and table contradict each other",
      },
    },
  },
  create(context) {
    const model = context.model;
    if (!model.tables.t2 && !model.tables.t3 && !model.tables.t4) return;
    const locale = context.locale;
    for (const s of proseStatements(model)) {
      const tq = tableQuantity(model, s.quantity);
      if (!tq) continue;
      const what = describeQuantity(s.quantity, locale);
      const text = s.text.replace(/\s+/g, " ");
      if (s.value === 0 && tq.nonZero.length) {
        const cells = describeCells(tq.nonZero, context.sourceCode, locale);
        context.report({ messageId: "noneButTable", data: { text, what, ...cells }, loc: s });
      } else if (s.value > 0 && tq.value === 0) {
        const cells = describeCells(tq.cells, context.sourceCode, locale);
        context.report({ messageId: "countButZero", data: { text, what, count: s.value, ...cells }, loc: s });
      }
    }
  },
};
