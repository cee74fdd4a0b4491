// Inline disable directives: parsing, the ESLint semantics of disable/enable/-line/-next-line,
// unused and unknown-rule reports, and the lintText options.
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { lintText, defaultRegistry } from "../../src/core/linter.js";
import { parseDirectives } from "../../src/core/directives.js";
import { fixUntilStable } from "../../src/core/fixer.js";
import type { Rule } from "../../src/core/types.js";

/** A test rule that reports every occurrence of a word (optionally with a fix, or crashing). */
function wordRule(id: string, word: string, opts: { fix?: string; crash?: boolean } = {}): Rule {
  return {
    meta: {
      id,
      type: "problem",
      docs: { description: "测试", descriptionEn: "test", url: `x/${id}.md` },
      defaultSeverity: "warn",
      messages: { found: { zh: "发现「{{word}}」", en: 'found "{{word}}"' } },
      fixable: opts.fix !== undefined ? "code" : undefined,
    },
    create(context) {
      if (opts.crash) throw new Error("boom");
      const text = context.sourceCode.text;
      for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
        context.report({ messageId: "found", data: { word }, loc: { start: i, end: i + word.length }, fix: opts.fix !== undefined ? { range: [i, i + word.length], text: opts.fix } : undefined });
      }
    },
  };
}

const registry = new Map<string, Rule>([
  ["word-a", wordRule("word-a", "甲")],
  ["word-b", wordRule("word-b", "乙")],
  ["word-c", wordRule("word-c", "丙", { fix: "丁" })],
  ["crash", wordRule("crash", "x", { crash: true })],
]);
const config = (locale: "zh" | "en" = "zh") => ({ extends: [], rules: { "word-a": "warn", "word-b": "error", "word-c": "warn" }, locale });

function lint(text: string, extra: Parameters<typeof lintText>[1] = {}) {
  return lintText(text, { registry, config: config(), filePath: "t.txt", ...extra });
}
const brief = (ms: ReturnType<typeof lintText>) => ms.map((m) => `${m.line}:${m.column} ${m.ruleId ?? "-"}`);

describe("parseDirectives", () => {
  it("finds the four kinds with rule ids, a reason and the comment's exact range", () => {
    const text = "甲<!-- reportlint-disable-line word-a, word-b -- 已核实 -->\n<!--reportlint-disable-->\n<!-- reportlint-enable word-a -->x<!-- reportlint-disable-next-line -- 说明 -->";
    const ds = parseDirectives(text);
    expect(ds.map((d) => [d.kind, d.ruleIds, d.reason])).toEqual([
      ["disable-line", ["word-a", "word-b"], "已核实"],
      ["disable", null, undefined],
      ["enable", ["word-a"], undefined],
      ["disable-next-line", null, "说明"],
    ]);
    expect(text.slice(ds[0].start, ds[0].end)).toBe("<!-- reportlint-disable-line word-a, word-b -- 已核实 -->");
    expect(text.slice(ds[3].start, ds[3].end)).toBe("<!-- reportlint-disable-next-line -- 说明 -->");
  });

  it("accepts Chinese commas and spaces between ids, and drops repeats", () => {
    expect(parseDirectives("<!-- reportlint-disable word-a，word-b、word-c word-a -->")[0].ruleIds).toEqual(["word-a", "word-b", "word-c"]);
  });

  it("ignores other comments, look-alike keywords and an unclosed comment", () => {
    expect(parseDirectives("<!-- 备注 --><!-- reportlint-disabled --><!-- eslint-disable --><!-- reportlint-disable")).toEqual([]);
    expect(parseDirectives("正文 reportlint-disable 正文")).toEqual([]);
  });

  it("a reason needs white space around the dashes (ids with hyphens are not cut)", () => {
    expect(parseDirectives("<!-- reportlint-disable word-a--x -->")[0]).toMatchObject({ ruleIds: ["word-a--x"], reason: undefined });
    expect(parseDirectives("<!-- reportlint-disable word-a --- 理由 -->")[0]).toMatchObject({ ruleIds: ["word-a"], reason: "理由" });
  });

  it("is linear on a long text full of comment openers", () => {
    const text = "<!--".repeat(200_000);
    expect(parseDirectives(text)).toEqual([]);
    const many = "甲<!-- reportlint-disable-line -->\n".repeat(50_000);
    expect(parseDirectives(many)).toHaveLength(50_000);
  });
});

describe("disable / enable", () => {
  it("without ids disables every rule from the comment on, until enable", () => {
    const text = "甲乙\n<!-- reportlint-disable -->\n甲乙\n<!-- reportlint-enable -->\n甲乙";
    expect(brief(lint(text))).toEqual(["1:1 word-a", "1:2 word-b", "5:1 word-a", "5:2 word-b"]);
  });

  it("with ids disables only those rules", () => {
    const text = "<!-- reportlint-disable word-a -->\n甲乙\n<!-- reportlint-enable word-a -->\n甲";
    expect(brief(lint(text))).toEqual(["2:2 word-b", "4:1 word-a"]);
  });

  it("takes effect at the comment's position within a line", () => {
    expect(brief(lint("甲<!-- reportlint-disable -->甲"))).toEqual(["1:1 word-a"]);
  });

  it("an enable with an id after a disable without ids re-enables that rule only", () => {
    const text = "<!-- reportlint-disable -->\n<!-- reportlint-enable word-b -->\n甲乙";
    expect(brief(lint(text))).toEqual(["3:2 word-b"]);
  });

  it("a disable to the end of the text needs no enable", () => {
    expect(lint("<!-- reportlint-disable word-b -->\n乙\n乙\n乙")).toEqual([]);
  });
});

describe("disable-line / disable-next-line", () => {
  it("disable-line covers the whole line the comment is on, before and after it", () => {
    const text = "甲乙<!-- reportlint-disable-line word-a -->甲\n甲";
    expect(brief(lint(text))).toEqual(["1:2 word-b", "2:1 word-a"]);
  });

  it("disable-next-line covers the next line only", () => {
    const text = "<!-- reportlint-disable-next-line -- 已核实 -->\n甲乙\n甲";
    expect(brief(lint(text))).toEqual(["3:1 word-a"]);
  });

  it("line directives and block directives do not interfere", () => {
    const text = "<!-- reportlint-disable word-a -->\n甲<!-- reportlint-disable-line word-b -->乙\n<!-- reportlint-enable word-a -->\n甲乙";
    expect(brief(lint(text))).toEqual(["4:1 word-a", "4:2 word-b"]);
  });

  it("a line directive spanning lines is an error and disables nothing", () => {
    const msgs = lint("甲<!-- reportlint-disable-line\n word-a -->");
    expect(msgs.map((m) => [m.ruleId, m.messageId, m.severity, m.line, m.column, m.endLine, m.endColumn, m.message])).toEqual([
      ["word-a", "found", 1, 1, 1, 1, 2, "发现「甲」"],
      [null, "multilineDirective", 2, 1, 2, 2, 12, "reportlint-disable-line 指令不能跨行"],
    ]);
  });

  it("works with CRLF and lone CR line ends", () => {
    expect(brief(lint("<!-- reportlint-disable-next-line -->\r\n甲\r\n甲"))).toEqual(["3:1 word-a"]);
    expect(brief(lint("甲<!-- reportlint-disable-line -->\r甲"))).toEqual(["2:1 word-a"]);
  });
});

describe("what directives never do", () => {
  it("a fatal message (a crashing rule) is never disabled", () => {
    const msgs = lintText("<!-- reportlint-disable -->\nx", { registry, config: { extends: [], rules: { crash: "error" } } });
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toMatchObject({ ruleId: "crash", fatal: true });
  });

  it("allowInlineConfig: false ignores every directive (and reports none)", () => {
    const text = "<!-- reportlint-disable nope -->\n甲";
    expect(brief(lint(text, { allowInlineConfig: false, reportUnusedDisableDirectives: "error" }))).toEqual(["2:1 word-a"]);
  });

  it("a disabled problem's fix is not applied", () => {
    const text = "丙<!-- reportlint-disable-line word-c -->\n丙";
    const fixed = fixUntilStable(text, (t) => lint(t));
    expect(fixed.output).toBe("丙<!-- reportlint-disable-line word-c -->\n丁");
  });
});

describe("unknown rules and unused directives", () => {
  it("an unknown rule id is an error at the comment; the known ids still apply", () => {
    const msgs = lint("甲乙<!-- reportlint-disable-line word-a, no-such-rule -->");
    expect(msgs.map((m) => [m.ruleId, m.messageId, m.severity, m.line, m.column, m.endLine, m.endColumn, m.message])).toEqual([
      ["word-b", "found", 2, 1, 2, 1, 3, "发现「乙」"],
      [null, "unknownRule", 2, 1, 3, 1, 56, "reportlint 指令中的规则「no-such-rule」不存在"],
    ]);
    const en = lintText("<!-- reportlint-disable no-such-rule -->", { registry, config: config("en") });
    expect(en[0].message).toBe("Definition for rule 'no-such-rule' was not found (in a reportlint directive)");
  });

  it("a known rule that is off is not unknown (its directive is merely unused)", () => {
    const cfg = { extends: [], rules: { "word-a": "off" } };
    expect(lintText("<!-- reportlint-disable word-a -->甲", { registry, config: cfg })).toEqual([]);
    expect(lintText("<!-- reportlint-disable word-a -->甲", { registry, config: cfg, reportUnusedDisableDirectives: "warn" }).map((m) => m.messageId)).toEqual(["unusedDisable"]);
  });

  it("the real registry knows the built-in rules", () => {
    expect(lintText("<!-- reportlint-disable stray-latin -->", { registry: defaultRegistry })).toEqual(
      lintText("", { registry: defaultRegistry }),
    );
  });

  it("unused directives are not reported by default", () => {
    expect(lint("<!-- reportlint-disable word-a -->\n乙").map((m) => m.ruleId)).toEqual(["word-b"]);
  });

  it("reports an unused disable with its exact position, as warning or error", () => {
    const text = "乙\n  <!-- reportlint-disable-next-line word-a -->\n乙";
    const warn = lint(text, { reportUnusedDisableDirectives: "warn" }).filter((m) => m.ruleId === null);
    expect(warn).toEqual([
      { ruleId: null, messageId: "unusedDisable", severity: 1, message: "未使用的 reportlint-disable 指令（规则「word-a」没有报告问题）", line: 2, column: 3, endLine: 2, endColumn: 47 },
    ]);
    // The same comment used on a line with 甲 is not reported.
    expect(lint("<!-- reportlint-disable-next-line word-a -->\n甲", { reportUnusedDisableDirectives: "error" })).toEqual([]);
    const err = lint("<!-- reportlint-disable -->", { reportUnusedDisableDirectives: "error" });
    expect(err.map((m) => [m.severity, m.message])).toEqual([[2, "未使用的 reportlint-disable 指令（没有报告问题）"]]);
  });

  it("names only the unused ids of a comment; English lists them as ESLint does", () => {
    const text = "<!-- reportlint-disable-line word-a, word-b, word-c -->乙";
    expect(lint(text, { reportUnusedDisableDirectives: "warn" }).map((m) => m.message)).toEqual(["未使用的 reportlint-disable 指令（规则「word-a」、规则「word-c」没有报告问题）"]);
    const en = lintText(text, { registry, config: config("en"), reportUnusedDisableDirectives: "warn" });
    expect(en.map((m) => m.message)).toEqual(["Unused reportlint-disable directive (no problems were reported from 'word-a' or 'word-c')"]);
  });

  it("a second disable of the same rule makes the first one unused", () => {
    const text = "<!-- reportlint-disable word-a -->\n<!-- reportlint-disable word-a -->\n甲";
    expect(brief(lint(text, { reportUnusedDisableDirectives: "warn" }))).toEqual(["1:1 -"]);
  });

  it("reports an enable that ends no disable", () => {
    const text = "<!-- reportlint-disable word-a -->\n<!-- reportlint-enable word-a -->\n<!-- reportlint-enable word-b -->";
    const msgs = lint(text, { reportUnusedDisableDirectives: "warn" });
    expect(msgs.map((m) => [m.line, m.messageId, m.message])).toEqual([
      [1, "unusedDisable", "未使用的 reportlint-disable 指令（规则「word-a」没有报告问题）"],
      [3, "unusedEnable", "未使用的 reportlint-enable 指令（规则「word-b」没有对应的 reportlint-disable 指令）"],
    ]);
    const en = lintText("<!-- reportlint-enable -->", { registry, config: config("en"), reportUnusedDisableDirectives: "warn" });
    expect(en[0].message).toBe("Unused reportlint-enable directive (no matching reportlint-disable directives were found)");
  });
});

describe("with the real rules on a real report", () => {
  const clean = readFileSync(resolve(__dirname, "../../fixtures/examples/qinghe-town-2022.txt"), "utf8");
  const lines = clean.split("\n");
  const prose = lines.findIndex((l) => l.startsWith("2022年，青禾镇"));

  for (const filePath of ["报告.txt", "报告.md"]) {
    it(`${filePath}: a directive and its reason at the end of a prose line trigger no rule`, () => {
      const l = [...lines];
      l[prose] += "<!-- reportlint-disable-line contact-info -- 已与 office 核实 checked -->";
      l.splice(prose + 1, 0, "<!-- reportlint-disable-next-line stray-latin -- 英文 reason -->");
      expect(lintText(l.join("\n"), { filePath, allowInlineConfig: false })).toEqual([]);
    });

    it(`${filePath}: disables a real finding and reports unused directives`, () => {
      const l = [...lines];
      l[prose] = l[prose].replace("坚持", "坚持 and ");
      const column = l[prose].indexOf("and") + 1;
      const text = l.join("\n");
      expect(lintText(text, { filePath }).map((m) => m.ruleId)).toEqual(["stray-latin"]);
      const disabled = [...l];
      disabled[prose] += "<!-- reportlint-disable-line stray-latin -- 专有名词 -->";
      expect(lintText(disabled.join("\n"), { filePath, reportUnusedDisableDirectives: "error" })).toEqual([]);
      const wrong = [...l];
      wrong.splice(prose, 0, "<!-- reportlint-disable-next-line contact-info -->");
      const msgs = lintText(wrong.join("\n"), { filePath, reportUnusedDisableDirectives: "error" });
      expect(msgs.map((m) => [m.ruleId, m.line, m.column])).toEqual([
        [null, prose + 1, 1],
        ["stray-latin", prose + 2, column],
      ]);
    });
  }
});
