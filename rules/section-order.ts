import type { Rule } from "../src/core/types.js";
import type { Section } from "../src/model/types.js";
import { ruleDocsUrl } from "../src/core/docs-url.js";
import { CANONICAL_HEADING, SECTIONS } from "../src/spec/sections.js";
import { numeralValue } from "../src/model/sections.js";

/** The number a heading is written with: its numeral, else its section's number. */
const writtenNumber = (s: Section): number => numeralValue(s.numeral) || s.number;

/**
 * The six sections come once each, in the order of 条例 第五十条 and the format notices, and carry
 * their own numerals 一 … 六. A sub-topic numbered like a section (一、加强组织领导 inside 一、总体情况)
 * is reported where it breaks that numbering; a top-level heading that fits between the six (七、…
 * after 六) is left alone.
 */
export const sectionOrder: Rule = {
  meta: {
    id: "section-order",
    type: "problem",
    docs: {
      name: "部分顺序",
      nameEn: "Section order",
      description: "六个部分应按一至六的顺序各出现一次，编号连续",
      descriptionEn: "The six sections must appear once each, in order 一 to 六, numbered continuously",
      url: ruleDocsUrl("section-order"),
    },
    defaultSeverity: "warn",
    messages: {
      outOfOrder: {
        zh: "第{{numeral}}部分「{{heading}}」应在第{{afterNumeral}}部分「{{after}}」之前（规定顺序为一至六）",
        en: "Section {{numeral}} \"{{heading}}\" belongs before section {{afterNumeral}} \"{{after}}\" (the order is 一 to 六)",
      },
      duplicate: {
        zh: "第{{numeral}}部分「{{heading}}」重复出现（第 {{firstLine}} 行已有）",
        en: "Section {{numeral}} \"{{heading}}\" appears twice (first on line {{firstLine}})",
      },
      wrongNumeral: {
        zh: "「{{heading}}」是第{{numeral}}部分，编号应为「{{numeral}}」，不是「{{written}}」",
        en: "\"{{heading}}\" is section {{numeral}} and must be numbered \"{{numeral}}\", not \"{{written}}\"",
      },
      subTopic: {
        zh: "「{{text}}」位于第{{numeral}}部分「{{section}}」之内，却用了与六个部分相同的一级编号「{{written}}、」（本部分共 {{count}} 个这样编号的小标题）；小标题应写作「（{{written}}）」",
        en: "\"{{text}}\" sits inside section {{numeral}} \"{{section}}\" but is numbered \"{{written}}、\" like the six sections ({{count}} such sub-headings in this section); number sub-headings \"（{{written}}）\"",
      },
      clash: {
        zh: "一级标题「{{text}}」不是规定的六个部分之一，其编号「{{written}}」与「{{clashWith}}」冲突；如为小标题，应写作「（{{written}}）」",
        en: "The top-level heading \"{{text}}\" is none of the six sections and its numeral \"{{written}}\" clashes with \"{{clashWith}}\"; a sub-heading is numbered \"（{{written}}）\"",
      },
    },
  },
  create(context) {
    const { sections, otherHeadings = [] } = context.model;
    const source = context.sourceCode;
    const canonical = (s: Section) => CANONICAL_HEADING(SECTIONS[s.number - 1]);

    // Order, repetition and numerals of the six.
    const first = new Map<number, Section>();
    let furthest: Section | undefined;
    for (const s of sections) {
      const numeral = SECTIONS[s.number - 1].numeral;
      const seen = first.get(s.number);
      if (seen) {
        context.report({ messageId: "duplicate", data: { numeral, heading: s.heading.text, firstLine: source.positionAt(seen.heading.start).line }, loc: s.heading });
        continue;
      }
      first.set(s.number, s);
      if (furthest && s.number < furthest.number) {
        context.report({
          messageId: "outOfOrder",
          data: { numeral, heading: s.heading.text, afterNumeral: SECTIONS[furthest.number - 1].numeral, after: furthest.heading.text },
          loc: s.heading,
        });
      } else furthest = s;
      // A numeral of the right value in another style (2、 （二）) is section-heading's finding.
      if (s.numeral && numeralValue(s.numeral) !== s.number) {
        const at = s.heading.start + s.heading.text.indexOf(s.numeral);
        context.report({ messageId: "wrongNumeral", data: { numeral, written: s.numeral, heading: canonical(s) }, loc: { start: at, end: at + s.numeral.length } });
      }
    }

    // Other top-level numbered headings, grouped by the section they sit in.
    const runs = new Map<Section, typeof otherHeadings>();
    for (const h of otherHeadings) {
      let prev: Section | undefined;
      for (const s of sections) if (s.heading.start < h.start) prev = s;
      // Before the first section (page chrome, a preface, a fragment's start): nothing to break.
      if (!prev) continue;
      const run = runs.get(prev) ?? [];
      run.push(h);
      runs.set(prev, run);
    }
    for (const [prev, run] of runs) {
      const next = sections.find((s) => s.heading.start > prev.heading.start);
      const prevN = writtenNumber(prev);
      const nextN = next ? writtenNumber(next) : Infinity;
      const values = run.map((h) => numeralValue(h.numeral));
      // Restarted numbering: a heading numbered at or below its own section's numeral.
      const restart = values.findIndex((v) => v > 0 && v <= prevN);
      if (restart >= 0) {
        const h = run[restart];
        const count = run.slice(restart).length;
        context.report({
          messageId: "subTopic",
          data: { text: h.text, written: h.numeral, numeral: SECTIONS[prev.number - 1].numeral, section: prev.heading.text, count },
          loc: h,
        });
        continue;
      }
      // Fits between the sections (七、… after 六; an extra top-level heading before a section
      // whose numeral then shifts, which wrongNumeral reports): only a clash with a numeral the
      // following sections use breaks the numbering of the six.
      const clash = values.findIndex((v) => v >= nextN);
      if (clash >= 0) {
        const h = run[clash];
        const v = values[clash];
        const target = sections.find((s) => writtenNumber(s) === v) ?? next!;
        context.report({ messageId: "clash", data: { text: h.text, written: h.numeral, clashWith: target.heading.text }, loc: h });
      }
    }
  },
};
