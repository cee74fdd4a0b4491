import type { Rule } from "../src/core/types.js";
import { ruleDocsUrl } from "../src/core/docs-url.js";
import { foldTraditional, headingParts, numeralValue } from "../src/model/sections.js";
import { normalizeLabel } from "../src/model/normalize.js";
import { CANONICAL_HEADING, SECTIONS } from "../src/spec/sections.js";

// The separator the format notices print after a heading numeral.
const OFFICIAL_SEPARATOR = "、";
const PAD = /[\s\u3000\u00a0]/;

const norm = (s: string): string => normalizeLabel(foldTraditional(s)).replace(/[：。]$/, "");

/** Listed variants (spec §2) per section number, normalised: these get a fix; cue-word matches do not. */
const LISTED_VARIANTS = new Map(SECTIONS.map((s) => [s.number, new Set(s.variants.map(norm))]));

/**
 * The six headings in the wording of the format notices (国办公开办函〔2019〕60号, 〔2021〕30号).
 * The section finder recognises known variants and loose wordings as the section they stand for
 * (so required-sections does not call them missing); this rule reports the wording.
 */
export const sectionHeading: Rule = {
  meta: {
    id: "section-heading",
    type: "suggestion",
    docs: {
      name: "部分标题写法",
      nameEn: "Section headings",
      description: "六个部分的标题应使用规定的写法",
      descriptionEn: "Section headings must use the official wording",
      url: ruleDocsUrl("section-heading"),
    },
    defaultSeverity: "warn",
    fixable: "code",
    messages: {
      variant: {
        zh: "第{{numeral}}部分标题应为「{{official}}」，不是「{{written}}」",
        en: "Section {{numeral}}'s heading should read \"{{official}}\", not \"{{written}}\"",
      },
      loose: {
        zh: "「{{written}}」被识别为第{{numeral}}部分，其标题应为「{{official}}」",
        en: "\"{{written}}\" is taken for section {{numeral}}, whose heading should read \"{{official}}\"",
      },
      numeralStyle: {
        zh: "第{{numeral}}部分标题应为「{{official}}」（编号用「{{numeral}}、」），不是「{{written}}」",
        en: "Section {{numeral}}'s heading should read \"{{official}}\" (numbered \"{{numeral}}、\"), not \"{{written}}\"",
      },
      bare: {
        zh: "第{{numeral}}部分标题只有编号「{{written}}」，应为「{{official}}」",
        en: "Section {{numeral}}'s heading is a bare numeral \"{{written}}\"; it should read \"{{official}}\"",
      },
      separator: {
        zh: "标题编号「{{numeral}}」后应使用顿号「、」，写作「{{official}}」，不是「{{written}}」",
        en: "The heading numeral \"{{numeral}}\" should be followed by \"、\" (\"{{official}}\"), not written \"{{written}}\"",
      },
    },
    schema: {
      type: "object",
      properties: {
        numeralPunctuation: {
          type: "boolean",
          description: "Report a numeral followed by something other than 、 (一. 一， 一 总体情况).",
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { numeralPunctuation: true },
  },
  create(context) {
    const checkSeparator = context.options.numeralPunctuation !== false;
    for (const section of context.model.sections) {
      const spec = SECTIONS.find((s) => s.number === section.number)!;
      const raw = section.heading.text;
      const base = section.heading.start;
      const parts = headingParts(raw);
      const words = raw.slice(parts.titleStart, parts.titleEnd);
      const official = CANONICAL_HEADING(spec);
      const data = { numeral: spec.numeral, official, written: raw };
      const loc = { start: base + parts.headStart, end: base + parts.titleEnd };
      const otherStyle = section.numeralStyle !== undefined && section.numeralStyle !== "chinese";
      // Fixable: the words are the section's own (official, listed, or after the organisation's
      // name) or absent; cue words and other wordings are reported without a rewrite.
      const knownWords = section.wording === "official" || section.wording === "listed" || section.wording === "prefixed";
      if (section.wording === "none") {
        context.report({ messageId: "bare", data, loc, fix: { range: [loc.start, loc.end], text: official } });
        continue;
      }
      if (otherStyle) {
        // 2、… （二）… 第二部分 …: one finding for the heading, rewritten whole. A numeral of another
        // value (3、 where 二 belongs) is section-order's finding, whose message names the numeral.
        if (numeralValue(parts.numeral) !== section.number) continue;
        if (knownWords) context.report({ messageId: "numeralStyle", data, loc, fix: { range: [loc.start, loc.end], text: official } });
        else context.report({ messageId: "loose", data, loc });
        continue;
      }
      if (section.isVariant) {
        const listed = LISTED_VARIANTS.get(section.number)!.has(norm(words));
        if (!parts.numeral && section.wording !== "cue" && section.wording !== "other") {
          // No numeral: the heading is rewritten whole, numeral included.
          context.report({ messageId: "variant", data, loc, fix: { range: [loc.start, loc.end], text: official } });
        } else if (listed || section.wording === "prefixed") {
          // Replace the words only: the numeral and its separator are left as written (a wrong
          // numeral is section-order's finding, the separator is reported below).
          context.report({ messageId: "variant", data, loc, fix: { range: [base + parts.titleStart, base + parts.titleEnd], text: spec.title } });
        } else {
          // Taken for the section on cue words, or on its place and body: say so, but do not rewrite it.
          context.report({ messageId: "loose", data, loc });
        }
      }
      if (!checkSeparator || !parts.numeral) continue;
      const sepStart = parts.headStart + parts.numeral.length;
      const sep = raw.slice(sepStart, parts.titleStart);
      if (/[*_]/.test(sep)) continue; // emphasis markers around the numeral: leave the markup alone
      const core = [...sep].filter((c) => !PAD.test(c)).join("");
      if (core === OFFICIAL_SEPARATOR) continue;
      // "一、 总体情况" (a space after 、) is not reported; "一. " "一，" "一 " are.
      context.report({
        messageId: "separator",
        data: { numeral: parts.numeral, official: `${parts.numeral}${OFFICIAL_SEPARATOR}${section.isVariant ? spec.title : words}`, written: raw.slice(parts.headStart, parts.titleEnd) },
        loc: { start: base + parts.headStart, end: base + parts.titleStart },
        fix: { range: [base + sepStart, base + parts.titleStart], text: OFFICIAL_SEPARATOR },
      });
    }
  },
};
