import type { Rule } from "../src/core/types.js";
import { ruleDocsUrl } from "../src/core/docs-url.js";
import { CANONICAL_HEADING, SECTIONS } from "../src/spec/sections.js";

/**
 * 条例 第五十条 and the format notices require six sections. A missing one is reported where it
 * belongs: at the heading of the first section that follows it, or at the end of the report.
 */
export const requiredSections: Rule = {
  meta: {
    id: "required-sections",
    type: "problem",
    docs: {
      description: "报告必须包含规定的六个部分",
      descriptionEn: "The report must contain all six required sections",
      url: ruleDocsUrl("required-sections"),
    },
    defaultSeverity: "error",
    messages: {
      missingBefore: {
        zh: "缺少第{{numeral}}部分「{{heading}}」，应位于「{{next}}」之前",
        en: "Section {{numeral}} \"{{heading}}\" is missing; it belongs before \"{{next}}\"",
      },
      missingAtEnd: {
        zh: "缺少第{{numeral}}部分「{{heading}}」，应位于报告末尾",
        en: "Section {{numeral}} \"{{heading}}\" is missing; it belongs at the end of the report",
      },
      noSections: {
        zh: "未找到报告规定的六个部分（一、总体情况 … 六、其他需要报告的事项）",
        en: "None of the six required sections (一、总体情况 … 六、其他需要报告的事项) was found",
      },
    },
  },
  create(context) {
    const { sections, document, title } = context.model;
    const present = new Set(sections.map((s) => s.number));
    const text = context.sourceCode.text;
    if (sections.length === 0) {
      const first = title ?? document.blocks.find((b) => b.kind !== "comment");
      if (!first && text.trim() === "") {
        context.report({ messageId: "noSections", loc: { start: 0, end: 0 } });
        return;
      }
      const span = first ? ("content" in first ? first.content : first) : { start: 0, end: 0 };
      context.report({ messageId: "noSections", loc: span });
      return;
    }
    for (const spec of SECTIONS) {
      if (present.has(spec.number)) continue;
      const data = { numeral: spec.numeral, heading: CANONICAL_HEADING(spec) };
      const next = sections.find((s) => s.number > spec.number);
      if (next) {
        context.report({ messageId: "missingBefore", data: { ...data, next: next.heading.text }, loc: next.heading });
      } else {
        // At the end: point at the last line of text, where the section should have followed.
        const last = [...document.blocks].reverse().find((b) => b.kind !== "comment");
        const span = last ? ("content" in last ? last.content : last) : { start: text.length, end: text.length };
        context.report({ messageId: "missingAtEnd", data, loc: span });
      }
    }
  },
};
