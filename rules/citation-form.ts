import type { Rule } from "../src/core/types.js";
import { ruleDocsUrl } from "../src/core/docs-url.js";
import { CITATION_FINDINGS, citationFindings } from "../src/model/text/citations.js";

const OWN = new Set<string>(CITATION_FINDINGS["citation-form"]);

/**
 * Citations that are superseded or non-standard in form (spec §1, §7; warnings): the 2019 format
 * notice (by number or title) as the basis of a 2021+ report, 国务院令711号 or 国务院第711号令 for
 * 国务院令第711号, a document number with the wrong brackets ([2021], 【2021】) or without its 〕
 * (〔20241号). A citation that is wrong is regulation-citation's error.
 */
export const citationForm: Rule = {
  meta: {
    id: "citation-form",
    type: "suggestion",
    docs: {
      name: "引用写法",
      nameEn: "Citation form",
      description: "引用条例、格式通知和文号的写法应规范，格式通知应为当年适用的",
      descriptionEn: "Citations of the regulation, the format notice and document numbers must be in the standard form, and the format notice the one for the year",
      url: ruleDocsUrl("citation-form"),
    },
    defaultSeverity: "warn",
    fixable: "code",
    messages: {
      supersededTitle: {
        zh: "{{year}}年度报告应依据国办公开办函〔2021〕30号，「{{written}}」（国办公开办函〔2019〕60号）只适用于2019、2020年度报告",
        en: "A {{year}} report follows 国办公开办函〔2021〕30号; \"{{written}}\" (国办公开办函〔2019〕60号) applies to the 2019 and 2020 reports only",
      },
      superseded: {
        zh: "{{year}}年度报告应依据国办公开办函〔2021〕30号，「{{written}}」只适用于2019、2020年度报告",
        en: "A {{year}} report follows 国办公开办函〔2021〕30号; \"{{written}}\" applies to the 2019 and 2020 reports only",
      },
      decreeForm: {
        zh: "条例令号写法不规范：「{{written}}」应为「国务院令第711号」",
        en: "Non-standard decree number \"{{written}}\": write 国务院令第711号",
      },
      bracket: {
        zh: "文号年份应使用六角括号〔〕：「{{written}}」应为「{{fixed}}」",
        en: "The year of a document number takes 〔〕: \"{{written}}\" should be \"{{fixed}}\"",
      },
      unclosed: {
        zh: "文号「{{written}}」缺少「〕」，年份与序号连在一起，应形如「{{issuer}}〔{{year}}〕N号」",
        en: "Document number \"{{written}}\" lacks its closing 〕, running the year into the serial number; write it as {{issuer}}〔{{year}}〕N号",
      },
    },
  },
  create(context) {
    for (const f of citationFindings(context.model)) if (OWN.has(f.messageId)) context.report(f);
  },
};
