import type { Rule } from "../src/core/types.js";
import type { ReportModel, Section, Span } from "../src/model/types.js";
import { ruleDocsUrl } from "../src/core/docs-url.js";
import { CANONICAL_HEADING, SECTIONS } from "../src/spec/sections.js";
import { organizationLevel } from "../src/model/report.js";
import { missingTableAt } from "../src/model/tables/table-findings.js";

// Lines that carry no content of their own at the end of a body: a date, a page number, a signature.
const DATE_LINE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*(?:年|[-/.]\s*\d)[\d\s\u3000〇零一二三四五六七八九十年月日.\-/:：]*$/;
const PAGE_NUMBER = /^(?:第\s*\d{1,3}\s*页|[-—]\s*\d{1,3}\s*[-—]|P\.\s*\d{1,3})$/;
// A bare number closing a body is a page number only when something precedes it (else a value).
const BARE_NUMBER = /^\d{1,3}$/;
const SENTENCE_PUNCT = /[。，,；;！？!?]/;
// A body that says only "none" (无。 / 暂无 / 没有).
const BARE_NONE = /^(?:无|暂无|没有)$/;
// Punctuation and padding dropped before comparing a body with BARE_NONE.
const DROP = /[\s\u3000\u00a0。．.、，,；;：:！!]/g;

// 信息处理费 stated: not charged, or an amount.
const FEE = /信息处理费|处理费/;
const FEE_NOT_CHARGED = /(?:未|没有|不|无需|无|免|均未)[^。；;]{0,8}(?:收取|收|产生|发生|征收|缴纳)|免费|零收费|未收费/;
const FEE_AMOUNT = /[0-9０-９]+(?:\.[0-9]+)?\s*(?:万)?元|零元/;

/** The body's text pieces (one per line or table cell), each with its place. */
function bodyPieces(section: Section, text: string): Array<Span & { text: string }> {
  const out: Array<Span & { text: string }> = [];
  const { start, end } = section.body;
  const push = (a: number, b: number): void => {
    const s = Math.max(a, start);
    const e = Math.min(b, end);
    if (e <= s) return;
    const t = text.slice(s, e).trim();
    if (t) out.push({ start: s, end: e, text: t });
  };
  for (const block of section.blocks) {
    if (block.kind === "comment") continue;
    if (block.kind === "table") for (const row of block.rows) for (const cell of row.cells) push(cell.start, cell.end);
    else push(block.content.start, block.content.end);
  }
  return out;
}

/** Pieces without the signature, date and page number that may close the body. */
function contentPieces(section: Section, model: ReportModel): Array<Span & { text: string }> {
  const pieces = bodyPieces(section, model.text);
  while (pieces.length) {
    const t = pieces[pieces.length - 1].text.replace(/[*#_|｜]/g, "").trim();
    const signature = t.length <= 30 && !SENTENCE_PUNCT.test(t) && !/^[（(\d一二三四五六七八九十]/.test(t) && organizationLevel(t) !== "unknown";
    if (t === "" || DATE_LINE.test(t) || PAGE_NUMBER.test(t) || signature || (BARE_NUMBER.test(t) && pieces.length > 1)) pieces.pop();
    else break;
  }
  return pieces;
}

/** The report follows the 2021 format: by its year, else by its tables. */
function uses2021Format(model: ReportModel): boolean | undefined {
  if (model.year) return model.year.value >= 2021;
  if (model.layout !== "unknown") return model.layout === "2021";
  return undefined;
}

/**
 * A section heading with nothing under it: a warning, as the format spec rates it (§2, §7) — for 五
 * too, which inspection bulletins name ("存在的主要问题及改进情况说明未认真填写"). A reviewer who
 * wants some sections' emptiness to be an error sets the rule to "error" and names them in
 * `errorSections`: the other sections' findings stay warnings (a finding may lower itself below its
 * rule's configured severity, never rise above it).
 */
export const noEmptySection: Rule = {
  meta: {
    id: "no-empty-section",
    type: "problem",
    docs: {
      name: "空白部分",
      nameEn: "Empty sections",
      description: "各部分标题下应有内容",
      descriptionEn: "Every section must have content under its heading",
      url: ruleDocsUrl("no-empty-section"),
    },
    defaultSeverity: "warn",
    messages: {
      empty: {
        zh: "第{{numeral}}部分「{{heading}}」下没有内容",
        en: "Section {{numeral}} \"{{heading}}\" has no content",
      },
      emptyProblems: {
        zh: "第五部分「{{heading}}」下没有内容：应说明政府信息公开工作存在的主要问题及改进情况",
        en: "Section 五 \"{{heading}}\" has no content: it must state the main problems and the improvements made",
      },
      bareNone: {
        zh: "第{{numeral}}部分「{{heading}}」只写了「{{written}}」，应写明{{expected}}",
        en: "Section {{numeral}} \"{{heading}}\" says only \"{{written}}\"; it should state {{expectedEn}}",
      },
      noFeeStatement: {
        zh: "第六部分「{{heading}}」未说明本年度信息处理费的收取情况（收取金额，或“未收取信息处理费”）",
        en: "Section 六 \"{{heading}}\" does not state the information processing fees (信息处理费) charged this year (an amount, or 未收取)",
      },
    },
    schema: {
      type: "object",
      properties: {
        errorSections: {
          type: "array",
          items: { type: "integer", minimum: 1, maximum: 6 },
          uniqueItems: true,
          description: "With the rule set to error: the sections (1–6) whose emptiness is an error, the others' staying warnings (default []: every section as the rule is set).",
        },
        requireFeeStatement: {
          type: "boolean",
          description: "In a 2021-format report, section 六 must state the 信息处理费 charged (an amount or 未收取).",
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { errorSections: [], requireFeeStatement: false },
    strictOptions: { requireFeeStatement: true },
  },
  create(context) {
    const model = context.model;
    const errorSections = new Set((context.options.errorSections as number[] | undefined) ?? []);
    const requireFee = context.options.requireFeeStatement === true;
    const format2021 = uses2021Format(model);
    const byNumber = new Map<number, Section[]>();
    for (const s of model.sections) byNumber.set(s.number, [...(byNumber.get(s.number) ?? []), s]);

    for (const section of model.sections) {
      const spec = SECTIONS[section.number - 1];
      const severity = errorSections.size > 0 && !errorSections.has(section.number) ? (1 as const) : undefined;
      const heading = section.heading.text;
      const pieces = contentPieces(section, model);
      if (pieces.length === 0) {
        // The same section again later with content: a table of contents or a repeat
        // (section-order's finding), not an empty section.
        const others = byNumber.get(section.number)!.filter((s) => s !== section);
        if (others.some((s) => contentPieces(s, model).length > 0)) continue;
        // An empty 二, 三 or 四 followed by another section lacks its table: table-structure's error
        // says so (one cause, one finding).
        if (missingTableAt(model, section.heading)) continue;
        const messageId = section.number === 5 ? "emptyProblems" : "empty";
        context.report({ messageId, data: { numeral: spec.numeral, heading }, loc: section.heading, severity });
        continue;
      }
      // Only 五 and 六 are read further (a section's text joined: the tables of 二–四 are long).
      if (section.number !== 5 && section.number !== 6) continue;
      const joined = pieces.map((p) => p.text).join("");
      // A bare 无: fine for 六 in the 2019 format (the call); not for 五, nor for 六 in 2021.
      if ((section.number === 5 || format2021 === true) && BARE_NONE.test(joined.replace(DROP, ""))) {
        const loc = { start: pieces[0].start, end: pieces[pieces.length - 1].end };
        const data =
          section.number === 5
            ? { numeral: spec.numeral, heading, written: joined, expected: "存在的主要问题及改进情况", expectedEn: "the main problems and the improvements made" }
            : {
                numeral: spec.numeral,
                heading,
                written: joined,
                expected: "本年度信息处理费的收取情况及其他需要报告的事项，如“本年度未收取信息处理费，无其他需要报告的事项。”",
                expectedEn: "the information processing fees charged and any other matters, e.g. 本年度未收取信息处理费，无其他需要报告的事项。",
              };
        context.report({ messageId: "bareNone", data, loc, severity });
        continue;
      }
      if (section.number === 6 && requireFee && format2021 === true && !statesFee(joined)) {
        context.report({ messageId: "noFeeStatement", data: { heading: heading || CANONICAL_HEADING(spec) }, loc: section.heading, severity });
      }
    }
  },
};

/** True when some sentence names the 信息处理费 with an amount or says none was charged. */
function statesFee(text: string): boolean {
  return text.split(/[。；;\n]/).some((s) => FEE.test(s) && (FEE_NOT_CHARGED.test(s) || FEE_AMOUNT.test(s)));
}
