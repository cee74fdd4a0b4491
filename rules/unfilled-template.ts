import type { Rule } from "../src/core/types.js";
import { ruleDocsUrl } from "../src/core/docs-url.js";
import { PLACEHOLDER_FINDINGS, placeholderFindings } from "../src/model/text/placeholders.js";

const OWN = new Set<string>(PLACEHOLDER_FINDINGS["unfilled-template"]);

/**
 * Template text left in place of what it stands for: a placeholder mark (XX, 20XX年, ××, ＊＊, 某某,
 * 〇〇) or a bracketed instruction (（单位名称）, 【此处填写…】). Unfilled text for certain: an error, as
 * the spec rates it (§7). A missing count (累计悬挂条幅条) is template-placeholder's warning.
 */
export const unfilledTemplate: Rule = {
  meta: {
    id: "unfilled-template",
    type: "problem",
    docs: {
      name: "模板占位未填",
      nameEn: "Unfilled template",
      description: "模板占位符或填写说明未替换（XX、××、某某、（单位名称）、【此处填写】）",
      descriptionEn: "Template placeholders or instructions never replaced (XX, ××, 某某, （单位名称）, 【此处填写】)",
      url: ruleDocsUrl("unfilled-template"),
    },
    defaultSeverity: "error",
    messages: {
      mark: {
        zh: "模板占位符「{{text}}」未替换为实际内容",
        en: "Template placeholder \"{{text}}\" was never filled in",
      },
      instruction: {
        zh: "模板填写说明「{{text}}」未替换为实际内容",
        en: "Template instruction \"{{text}}\" was left in place of the text it asks for",
      },
    },
  },
  create(context) {
    for (const f of placeholderFindings(context.model)) if (OWN.has(f.messageId)) context.report(f);
  },
};
