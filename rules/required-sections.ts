import type { Rule } from "../src/core/types.js";
import { ruleDocsUrl } from "../src/core/docs-url.js";
import { CANONICAL_HEADING, SECTIONS, type SectionSpec } from "../src/spec/sections.js";
import type { Block, ReportModel, Section } from "../src/model/types.js";

// What a report's last line ends with when the text reaches the report's end: a sentence end, a
// closing quote or bracket, or a date (a signature).
const CLOSING_END = /([。！？!?」”’】;；…]|[^\d.]\.)$/;
const DATE_END = /(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})$/;
// A prose line at least this long and ending with no punctuation was cut mid-sentence.
const CUT_LINE = 12;

/**
 * True when the text stops before the report's end (a saved page or an extract cut short): its last
 * line is a table row or cell, a sentence cut off, or a fragment before section 五. Sections that
 * would follow are then not in the file, and not reported.
 */
function stopsEarly(model: ReportModel): boolean {
  const blocks = model.document.blocks;
  let last: Block | undefined;
  for (let i = blocks.length - 1; i >= 0 && !last; i--) if (blocks[i].kind !== "comment") last = blocks[i];
  if (!last || last.kind === "comment") return false;
  if (last.kind === "table") return true;
  const text = last.text.trim();
  if (text === "无" || CLOSING_END.test(text) || DATE_END.test(text)) return false;
  if (last.kind === "paragraph" && last.indent.includes("\t")) return true;
  const lastSection = model.sections[model.sections.length - 1];
  // A fragment ("(三)政", "第二十条第(八)") before 五: the report cannot end there.
  return [...text].length >= CUT_LINE || (lastSection !== undefined && lastSection.number <= 4);
}

/**
 * 条例 第五十条 and the format notices require six sections. A missing one is reported where it
 * belongs: at the heading of the first section that follows it, or at the end of the report.
 */
export const requiredSections: Rule = {
  meta: {
    id: "required-sections",
    type: "problem",
    docs: {
      name: "缺少部分",
      nameEn: "Missing sections",
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
    // A text with no title line starts part-way into the report (a page of it, a fragment): what
    // comes before its first section is not in the file. Likewise after a text that stops early.
    const startsLate = title === undefined;
    const endsEarly = stopsEarly(context.model);
    if (sections.length === 0 && startsLate && endsEarly && text.trim() !== "") return;
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
    const firstNumber = Math.min(...sections.map((s) => s.number));
    const lastNumber = Math.max(...sections.map((s) => s.number));
    // An extract that starts part-way (no title, first section after 一): its end is no report's end.
    const extract = startsLate && firstNumber > 1;
    for (const spec of SECTIONS) {
      if (present.has(spec.number)) continue;
      if (startsLate && spec.number < firstNumber) continue;
      if ((endsEarly || extract) && spec.number > lastNumber) continue;
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
