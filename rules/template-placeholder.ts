import type { Rule } from "../src/core/types.js";
import { ruleDocsUrl } from "../src/core/docs-url.js";
import { PLACEHOLDER_FINDINGS, placeholderFindings } from "../src/model/text/placeholders.js";

const OWN = new Set<string>(PLACEHOLDER_FINDINGS["template-placeholder"]);

/**
 * A count the template asked for and nobody wrote: white space where the number was (主动公开信息
 * 条), or a clause whose measure word lost its number among counted ones (累计悬挂条幅条，发放宣传单页
 * 2000余份). A warning, as the spec rates it (§7). A placeholder mark or a template instruction left
 * in the text is unfilled-template's error.
 */
export const templatePlaceholder: Rule = {
  meta: {
    id: "template-placeholder",
    type: "problem",
    docs: {
      name: "数量空缺",
      nameEn: "Missing counts",
      description: "模板中的数量未填写（量词前缺少数字，如“累计悬挂条幅条”）",
      descriptionEn: "A count the template asks for was never filled in (no number before the measure word)",
      url: ruleDocsUrl("template-placeholder"),
    },
    defaultSeverity: "warn",
    messages: {
      missingCount: {
        zh: "「{{text}}」缺少数量：「{{measure}}」前应有数字",
        en: "\"{{text}}\" lacks its count: a number belongs before \"{{measure}}\"",
      },
    },
  },
  create(context) {
    for (const f of placeholderFindings(context.model)) if (OWN.has(f.messageId)) context.report(f);
  },
};
