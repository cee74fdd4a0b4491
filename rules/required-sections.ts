import type { Rule } from "../src/core/types.js";
import { ruleDocsUrl } from "../src/core/docs-url.js";
import { CANONICAL_HEADING, SECTIONS, type SectionSpec } from "../src/spec/sections.js";
import type { Section } from "../src/model/types.js";

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
      missingSeveralBefore: {
        zh: "缺少第{{numerals}}部分（{{headings}}），应位于「{{next}}」之前",
        en: "Sections {{numerals}} ({{headings}}) are missing; they belong before \"{{next}}\"",
      },
      missingSeveralAtEnd: {
        zh: "缺少第{{numerals}}部分（{{headings}}），应位于报告末尾",
        en: "Sections {{numerals}} ({{headings}}) are missing; they belong at the end of the report",
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
    // Missing sections that belong at the same place are one finding: a report cut short after
    // 一 is one problem for the reviewer, not five.
    const runs = new Map<Section | undefined, SectionSpec[]>();
    for (const spec of SECTIONS) {
      if (present.has(spec.number)) continue;
      const next = sections.find((s) => s.number > spec.number);
      const run = runs.get(next) ?? [];
      run.push(spec);
      runs.set(next, run);
    }
    for (const [next, missing] of runs) {
      const one = missing.length === 1;
      const data: Record<string, string> = one
        ? { numeral: missing[0].numeral, heading: CANONICAL_HEADING(missing[0]) }
        : { numerals: missing.map((m) => m.numeral).join("、"), headings: missing.map((m) => `「${CANONICAL_HEADING(m)}」`).join("") };
      if (next) {
        context.report({ messageId: one ? "missingBefore" : "missingSeveralBefore", data: { ...data, next: next.heading.text }, loc: next.heading });
      } else {
        // At the end: point at the last line of text, where the sections should have followed.
        const last = [...document.blocks].reverse().find((b) => b.kind !== "comment");
        const span = last ? ("content" in last ? last.content : last) : { start: text.length, end: text.length };
        context.report({ messageId: one ? "missingAtEnd" : "missingSeveralAtEnd", data, loc: span });
      }
    }
  },
};
