import type { Locale, Rule } from "../src/core/types.js";
import type { SourceCode } from "../src/core/source-code.js";
import type { MappedCell } from "../src/model/types.js";
import { ruleDocsUrl } from "../src/core/docs-url.js";
import { proseStatements, tableQuantity, type Quantity } from "../src/model/tables/statements.js";

/**
 * A number the prose states for a quantity the tables count (spec §5 X-1: 共收到政府信息公开申请 N
 * 件, 上年结转 N 件, 办结 N 件, 结转下年度 N 件, 行政复议 / 行政诉讼 N 件, 行政处罚 / 行政强制 /
 * 行政许可 处理决定 N 件) must be the table's number. Only quantities the wording names
 * unambiguously are compared; when one side is 0 or none, no-contradiction reports it instead.
 */
export const textTableConsistency: Rule = {
  meta: {
    id: "text-table-consistency",
    type: "problem",
    docs: {
      name: "正文与表格数字",
      nameEn: "Text vs. table numbers",
      description: "正文中的数字应与表格一致",
      descriptionEn: "Numbers stated in the text must match the tables",
      url: ruleDocsUrl("text-table-consistency"),
    },
    defaultSeverity: "warn",
    messages: {
      differs: {
        zh: "正文称{{what}}为 {{count}} 件（「{{text}}」），但{{where}}为 {{value}}（第 {{line}} 行）：两处数字应一致",
        en: "The text gives {{count}} {{what}} (\"{{text}}\"), but {{where}} is {{value}} (line {{line}}): the numbers must agree",
      },
    },
  },
  create(context) {
    const model = context.model;
    if (!model.tables.t2 && !model.tables.t3 && !model.tables.t4) return;
    const locale = context.locale;
    for (const s of proseStatements(model)) {
      if (s.how !== "count" || s.value === 0) continue;
      const tq = tableQuantity(model, s.quantity);
      if (!tq || tq.value === undefined || tq.value === 0 || tq.value === s.value) continue;
      const cells = describeCells(tq.cells, context.sourceCode, locale);
      context.report({
        messageId: "differs",
        data: { text: s.text.replace(/\s+/g, " "), what: describeQuantity(s.quantity, locale), count: s.value, ...cells },
        loc: s,
      });
    }
  },
};

const QUANTITY: Record<Quantity, { zh: string; en: string }> = {
  applications: { zh: "收到政府信息公开申请", en: "applications received" },
  carriedOver: { zh: "上年结转申请", en: "applications carried over from last year" },
  handled: { zh: "办结申请", en: "applications handled" },
  carriedForward: { zh: "结转下年度申请", en: "applications carried forward" },
  reconsideration: { zh: "行政复议", en: "administrative reconsiderations (行政复议)" },
  litigation: { zh: "行政诉讼", en: "administrative lawsuits (行政诉讼)" },
  penalty: { zh: "行政处罚决定", en: "行政处罚 decisions" },
  enforcement: { zh: "行政强制决定", en: "行政强制 decisions" },
  licensing: { zh: "行政许可决定", en: "行政许可 decisions" },
  fees: { zh: "行政事业性收费", en: "行政事业性收费 (fees)" },
  rulesMade: { zh: "本年制发规章", en: "规章 made this year" },
  normativeMade: { zh: "本年制发规范性文件", en: "规范性文件 made this year" },
  rulesValid: { zh: "现行有效规章", en: "规章 in force" },
  normativeValid: { zh: "现行有效规范性文件", en: "规范性文件 in force" },
};

/** The quantity in words, for messages. */
export function describeQuantity(q: Quantity, locale: Locale): string {
  return QUANTITY[q][locale];
}

const TABLE_NAME: Record<number, string> = { 2: "二", 3: "三", 4: "四" };

/**
 * Where the table says it: table, row and column, the value as written (several cells: their sum
 * and the values) and the line of the first cell.
 */
export function describeCells(cells: MappedCell[], source: SourceCode, locale: Locale): { where: string; value: string; line: number } {
  const tableOf = (c: MappedCell) => (c.row.startsWith("t2.") ? 2 : c.row.startsWith("t4.") ? 4 : 3);
  const one = (c: MappedCell, first: boolean) => {
    const t = TABLE_NAME[tableOf(c)];
    const row = c.rowLabel.replace(/（区分处理.*$/, "");
    if (locale === "en") return `${first ? `table ${t}, ` : ""}${row} / ${c.colLabel}`;
    return `${first ? `表${t}` : ""}「${row}」${c.colLabel}`;
  };
  const raw = (c: MappedCell) => c.raw.trim() || (locale === "en" ? "blank" : "空");
  const line = source.positionAt(cells[0].start).line;
  if (cells.length === 1) return { where: one(cells[0], true), value: raw(cells[0]), line };
  const sum = cells.reduce((a, c) => a + (c.value.kind === "number" ? c.value.value : 0), 0);
  const names = cells.map((c, i) => one(c, i === 0));
  return locale === "en"
    ? { where: `the sum of ${names.join(" and ")}`, value: `${sum} (${cells.map(raw).join(" + ")})`, line }
    : { where: `${names.join("与")}之和`, value: `${sum}（${cells.map(raw).join("＋")}）`, line };
}
