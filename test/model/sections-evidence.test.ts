import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildModel, lintText } from "../../src/core/linter.js";
import { SourceCode } from "../../src/core/source-code.js";
import type { SectionRecognition } from "../../src/model/types.js";
import { printModel } from "../../src/model/print.js";

const read = (name: string): string => readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)), "utf8");
const FORMS = [
  ["tabs", "txt"],
  ["lines", "txt"],
  ["gfm", "md"],
] as const;
const SECTION_RULES = { extends: [], rules: { "required-sections": "error", "section-heading": "warn", "section-order": "error" } } as const;

/**
 * Each shape (fixtures/sections/make.mjs): the sections whose heading it rewrites, how each must be
 * recognised, and whether section-heading must report it (the wording or numeral is off).
 */
const SHAPES: Record<string, Record<number, { how: SectionRecognition; reported: boolean }>> = {
  "basic-situation": { 1: { how: "variant", reported: true } },
  overview: { 1: { how: "variant", reported: true } },
  "bare-numeral": { 3: { how: "numbering", reported: true } },
  "arabic-numeral": { 2: { how: "variant", reported: true } },
  "part-numeral": { 1: { how: "variant", reported: true }, 5: { how: "variant", reported: true } },
  "bracketed-six": Object.fromEntries([1, 2, 3, 4, 5, 6].map((n) => [n, { how: "variant", reported: true }])),
  "no-numeral": { 3: { how: "variant", reported: true } },
  "organisation-name": { 2: { how: "variant", reported: true } },
  bold: { 4: { how: "exact", reported: false }, 6: { how: "variant", reported: true } },
  "table-cell": { 4: { how: "exact", reported: false } },
  "contents-list": { 1: { how: "exact", reported: false } },
};

describe("sections recognised by evidence (fixtures/sections)", () => {
  for (const [shape, expected] of Object.entries(SHAPES)) {
    for (const [form, ext] of FORMS) {
      it(`${shape} (${form})`, () => {
        const file = `r.${ext}`;
        const text = read(`sections/${shape}.${form}.${ext}`);
        const model = buildModel(text, { filePath: file });
        // All six, once each, in order.
        expect(model.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
        for (const [n, { how }] of Object.entries(expected)) expect(model.sections[Number(n) - 1].recognition).toBe(how);
        const messages = lintText(text, { filePath: file, config: SECTION_RULES });
        expect(messages.filter((m) => m.ruleId === "required-sections" || m.ruleId === "section-order")).toEqual([]);
        const source = new SourceCode(text);
        const headingLines = new Set(messages.filter((m) => m.ruleId === "section-heading").map((m) => m.line));
        for (const [n, { reported }] of Object.entries(expected)) {
          const line = source.positionAt(model.sections[Number(n) - 1].heading.start).line;
          expect(headingLines.has(line), `section ${n} on line ${line}`).toBe(reported);
        }
      });
    }
  }
});

describe("--print-model says how each section was recognised", () => {
  it("exact, by wording, from numbering, from content", () => {
    const text = read("numbers/tabs-2021.txt").replace("\n二、主动公开政府信息情况\n", "\n二、信息发布与解读\n").replace("\n三、收到和处理政府信息公开申请情况\n", "\n三、\n").replace("五、存在的主要问题及改进情况", "五、存在问题及改进情况");
    const out = printModel(buildModel(text, { filePath: "r.txt" }), new SourceCode(text), { locale: "en" });
    expect(out).toMatch(/一 「一、总体情况」 \[\d+:1\]  \(official heading\)/);
    expect(out).toMatch(/二 「二、信息发布与解读」 \[\d+:1\]  \(inferred from numbering, place and content; variant of 二、主动公开政府信息情况\)/);
    expect(out).toMatch(/三 「三、」 \[\d+:1\]  \(inferred from numbering and place; variant of 三、收到和处理政府信息公开申请情况\)/);
    expect(out).toMatch(/五 「五、存在问题及改进情况」 \[\d+:1\]  \(recognised by its wording; variant of 五、存在的主要问题及改进情况\)/);
  });
});

describe("recognition never takes table rows, sub-points or a list of parts for sections", () => {
  it("（二）主动公开政府信息情况 inside 一 is a sub-point while the report numbers its sections 一、", () => {
    const text = read("numbers/tabs-2021.txt").replace("（一）主动公开。", "（二）主动公开政府信息情况\n\n（一）主动公开。").replace("\n二、主动公开政府信息情况\n", "\n");
    const model = buildModel(text, { filePath: "r.txt" });
    expect(model.sections.map((s) => s.number)).toEqual([1, 3, 4, 5, 6]);
  });

  it("a heading without numeral is not taken where no neighbouring section stands", () => {
    // The text stops in 一: 主动公开情况 there is a sub-topic, not section 二.
    const text = "青禾镇人民政府2021年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息12条。\n主动公开情况\n全年主动公开规范性文件2件。\n";
    expect(buildModel(text, { filePath: "r.txt" }).sections.map((s) => s.number)).toEqual([1]);
  });

  it("a bare numeral whose body is about something else is not taken", () => {
    const text = read("numbers/tabs-2021.txt").replace("四、政府信息公开行政复议、行政诉讼情况", "四、").replace("本年度因政府信息公开被申请行政复议2件，被提起行政诉讼1件。", "本年度工作平稳。");
    const cut = text.slice(0, text.indexOf("行政复议\t"));
    const model = buildModel(cut + "\n五、存在的主要问题及改进情况\n无。\n", { filePath: "r.txt" });
    expect(model.sections.map((s) => s.number)).toEqual([1, 2, 3, 5]);
  });
});

describe("a heading whose words name none of the six", () => {
  const base = read("numbers/tabs-2021.txt");
  it("is the section its numeral and place say when the body is about that section's subject", () => {
    const text = base.replace("\n二、主动公开政府信息情况\n", "\n二、信息发布与解读\n");
    const model = buildModel(text, { filePath: "r.txt" });
    expect(model.sections.map((s) => `${s.number}:${s.recognition}`)).toEqual(["1:exact", "2:content", "3:exact", "4:exact", "5:exact", "6:exact"]);
    const messages = lintText(text, { filePath: "r.txt", config: SECTION_RULES });
    expect(messages.map((m) => `${m.ruleId}:${m.messageId}`)).toEqual(["section-heading:loose"]);
  });

  it("is not, when the body is about something else: then the section is missing", () => {
    const cut = base.slice(0, base.indexOf("\n二、主动公开政府信息情况\n")) + "\n二、加强组织领导\n\n成立领导小组，明确分管领导。\n" + base.slice(base.indexOf("\n三、收到和处理"));
    const model = buildModel(cut, { filePath: "r.txt" });
    expect(model.sections.map((s) => s.number)).toEqual([1, 3, 4, 5, 6]);
    const messages = lintText(cut, { filePath: "r.txt", config: SECTION_RULES });
    expect(messages.filter((m) => m.ruleId === "required-sections").map((m) => m.messageId)).toEqual(["missingBefore"]);
  });

  it("3、主动公开政府信息情况 where 二 belongs is 二 misnumbered: section-order's finding only", () => {
    const text = base.replace("\n二、主动公开政府信息情况\n", "\n3、主动公开政府信息情况\n");
    expect(buildModel(text, { filePath: "r.txt" }).sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    const messages = lintText(text, { filePath: "r.txt", config: SECTION_RULES });
    expect(messages.map((m) => `${m.ruleId}:${m.messageId}:${m.line}:${m.column}-${m.endColumn}`)).toEqual(["section-order:wrongNumeral:11:1-2"]);
  });

  it("1.主动公开政府信息情况 inside 一 of a text that stops there is a sub-point", () => {
    const text = base.slice(0, base.indexOf("\n二、主动公开政府信息情况\n")).replace("（一）主动公开。", "1.主动公开政府信息情况\n\n全年主动公开规范性文件2件。\n\n（一）主动公开。");
    expect(buildModel(text, { filePath: "r.txt" }).sections.map((s) => s.number)).toEqual([1]);
  });

  it("2、 for 二、 is section-heading's finding only, not section-order's", () => {
    const text = base.replace("\n二、主动公开政府信息情况\n", "\n2、主动公开政府信息情况\n");
    const messages = lintText(text, { filePath: "r.txt", config: SECTION_RULES });
    expect(messages.map((m) => `${m.ruleId}:${m.messageId}`)).toEqual(["section-heading:numeralStyle"]);
  });
});

// ---- property: renaming a heading never loses the section; deleting one always reports it ----

const CLEAN = read("numbers/tabs-2021.txt");
const HEADINGS = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"];
const WORDS = HEADINGS.map((h) => h.slice(2));
const CN = "一二三四五六";
const ORGS = ["青禾镇", "青禾镇人民政府", "本机关", "2021年度"];

/** A variant of section n's heading, built from its parts: numeral style, separator, words, markup. */
const variantOf = (n: number) =>
  fc
    .record({
      numeral: fc.constantFrom(`${CN[n - 1]}、`, `${CN[n - 1]}.`, `${CN[n - 1]}，`, `${CN[n - 1]} `, `${n}、`, `${n}.`, `第${CN[n - 1]}部分 `, `第${CN[n - 1]}部分　`),
      words: fc.constantFrom(WORDS[n - 1], ...ORGS.map((o) => o + WORDS[n - 1])),
      colon: fc.boolean(),
      bold: fc.boolean(),
      bare: fc.boolean(),
    })
    .map(({ numeral, words, colon, bold, bare }) => {
      // A bare numeral: 「三、」 alone (Chinese numerals only, the way reports write it).
      const h = bare && numeral.startsWith(CN[n - 1]) ? `${CN[n - 1]}、` : `${numeral}${words}${colon ? "：" : ""}`;
      return bold ? `**${h}**` : h;
    });

describe("property: headings renamed and deleted", () => {
  it("renaming any section heading of a clean report to a variant never produces required-sections", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(fc.constant(n), variantOf(n))),
        ([n, heading]) => {
          const text = CLEAN.replace(`\n${HEADINGS[n - 1]}\n`, `\n${heading}\n`);
          const messages = lintText(text, { filePath: "r.txt", config: SECTION_RULES });
          expect(messages.filter((m) => m.ruleId === "required-sections")).toEqual([]);
          expect(buildModel(text, { filePath: "r.txt" }).sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("deleting any section (heading and body) always produces required-sections for it", () => {
    const starts = HEADINGS.map((h) => CLEAN.indexOf(`\n${h}\n`) + 1);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), (n) => {
        const end = n < 6 ? starts[n] : CLEAN.length;
        const text = CLEAN.slice(0, starts[n - 1]) + CLEAN.slice(end) + (n === 6 ? "\n青禾镇人民政府\n2022年1月20日\n" : "");
        const messages = lintText(text, { filePath: "r.txt", config: SECTION_RULES }).filter((m) => m.ruleId === "required-sections");
        expect(messages).toHaveLength(1);
        expect(messages[0].message).toContain(`缺少第${CN[n - 1]}部分「${HEADINGS[n - 1]}」`);
      }),
    );
  });
});
