import type { Rule } from "../src/core/types.js";
import type { ReportModel, Span } from "../src/model/types.js";
import { ruleDocsUrl } from "../src/core/docs-url.js";
import { foldWidth } from "../src/model/normalize.js";
import { joinedRuns, runSpan } from "../src/model/text/prose.js";
import { previousFileLabel, previousYearModel } from "../src/model/cross-year.js";

/**
 * A report whose prose is last year's with the years changed tells the reader nothing about this
 * year (inspection bulletins list "内容照搬往年" among the defects). The rule compares the prose
 * sentences of the two reports — outside tables and headings, long enough to say something, with
 * years and numbers left out of the comparison — and reports once, at the first copied sentence,
 * when the share of this year's sentences found word for word in last year's report reaches the
 * threshold.
 *
 * Not counted: sentences about the report itself (本报告依据…编制, 本报告统计数据从…至…, 本报告电子版
 * 可在…下载, 如对本报告有疑问…): the format notice's template makes every report write them every
 * year, and a reviewer does not call them copying. Headings, table labels and short sentences
 * ((一)主动公开。本年度未收取信息处理费。) are left out by the structure and the minimum length.
 */

interface Sentence extends Span {
  /** As written (trimmed). */
  text: string;
  /** What is compared: letters and digits only, every number (and a year in Chinese numerals) as #. */
  key: string;
}

const SENTENCE_END = new Set(["。", "！", "？", "!", "?", "；", ";"]);
// An enumerator at the start of a sentence: (一) 一、 1. 2、 — renumbering is not rewriting.
const LEADING_ENUMERATOR = /^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．](?!\d))/;
const CHINESE_YEAR = /[〇○零一二三四五六七八九]{4}(?=年)/g;
const NUMBER = /\d+(?:[.,]\d+)*/g;
const LETTERS_AND_DIGITS = /[\p{L}\p{N}#]/u;

function keyOf(text: string): string {
  const folded = foldWidth(text).replace(LEADING_ENUMERATOR, "").replace(CHINESE_YEAR, "#").replace(NUMBER, "#");
  let key = "";
  for (const ch of folded) if (LETTERS_AND_DIGITS.test(ch)) key += ch;
  return key;
}

// The report speaking of itself: 本报告, 本年报, 本年度报告.
const ABOUT_THE_REPORT = /本(?:年度)?(?:报告|年报)/;

/** A sentence about the report itself: the template's 本报告… sentences. */
function isAboutTheReport(key: string): boolean {
  return ABOUT_THE_REPORT.test(key);
}

// Prose has a clause or sentence mark; a line without one is a label, a heading or page chrome
// (您现在的位置：首页 > 信息公开), which a site repeats every year without anyone copying anything.
const PROSE_MARK = /[，,。；;！？!?]/;

function inside(spans: Span[], at: number): boolean {
  return spans.some((s) => at >= s.start && at < s.end);
}

// Built once per model: the CLI may give the same last-year model to several files' rules.
const cache = new WeakMap<ReportModel, Sentence[]>();

/** The report's prose sentences, in order (tables, titles and section headings left out). */
export function proseSentences(model: ReportModel): Sentence[] {
  const cached = cache.get(model);
  if (cached) return cached;
  const tables = [model.tables.t2, model.tables.t3, model.tables.t4].filter((t): t is NonNullable<typeof t> => t !== undefined);
  const out: Sentence[] = [];
  for (const run of joinedRuns(model)) {
    const first = run.lines[0];
    if (first.isTitle || first.isSectionHeading || inside(tables, first.start)) continue;
    const t = run.text;
    let from = 0;
    for (let i = 0; i <= t.length; i++) {
      if (i < t.length && !SENTENCE_END.has(t[i])) continue;
      const end = i < t.length ? i + 1 : i;
      let start = from;
      while (start < end && /\s/.test(t[start])) start++;
      from = end;
      if (start >= end) continue;
      const text = t.slice(start, end);
      const span = runSpan(run, start, end);
      out.push({ text, key: keyOf(text), start: span.start, end: span.end });
    }
  }
  cache.set(model, out);
  return out;
}

function shorten(s: string, max: number): string {
  const chars = [...s.trim()];
  return chars.length <= max ? chars.join("") : chars.slice(0, max).join("") + "…";
}

interface Options {
  threshold: number;
  minLength: number;
}

const MIN_SENTENCES = 3;

export const copiedPreviousReport: Rule = {
  meta: {
    id: "copied-previous-report",
    type: "suggestion",
    docs: {
      name: "照搬上年报告",
      nameEn: "Copied from last year",
      description: "报告正文不应照搬上年报告（仅改年份、数字）",
      descriptionEn: "The report's text must not be last year's with only the years and numbers changed",
      url: ruleDocsUrl("copied-previous-report"),
    },
    defaultSeverity: "warn",
    messages: {
      copied: {
        zh: "正文 {{total}} 个句子中有 {{count}} 个（{{share}}）与上年报告（{{file}}）相同（年份、数字不计），疑似照搬上年报告，如「{{examples}}」",
        en: "{{count}} of the {{total}} sentences ({{share}}) are the same as in last year's report ({{file}}) apart from years and numbers; the text looks copied from last year's, e.g. \"{{examples}}\"",
      },
    },
    schema: {
      type: "object",
      properties: {
        threshold: { type: "number", minimum: 0, maximum: 1, description: "Share of copied sentences from which the rule reports (0–1)" },
        minLength: { type: "integer", minimum: 1, description: "Shortest sentence compared, in letters and digits" },
      },
      additionalProperties: false,
    },
    defaultOptions: { threshold: 0.5, minLength: 15 },
  },
  create(context) {
    const previous = previousYearModel(context);
    if (!previous) return;
    const { threshold, minLength } = context.options as unknown as Options;
    const counts = (s: Sentence) => [...s.key].length >= minLength && PROSE_MARK.test(s.text) && !isAboutTheReport(s.key);
    const sentences = proseSentences(context.model).filter(counts);
    if (sentences.length < MIN_SENTENCES) return;
    const before = new Set(proseSentences(previous).map((s) => s.key));
    const copied = sentences.filter((s) => before.has(s.key));
    if (copied.length === 0 || copied.length / sentences.length < threshold) return;
    const first = copied[0];
    context.report({
      messageId: "copied",
      data: {
        count: copied.length,
        total: sentences.length,
        share: `${Math.round((copied.length / sentences.length) * 100)}%`,
        file: previousFileLabel(context),
        examples: copied
          .slice(0, 3)
          .map((s) => shorten(s.text, 20))
          .join(context.locale === "en" ? "\", \"" : "」「"),
      },
      loc: { start: first.start, end: first.end },
    });
  },
};
