import { describe, it, expect } from "vitest";
import { lintText, defaultRegistry } from "../../src/core/linter.js";
import { applyFixes, fixUntilStable } from "../../src/core/fixer.js";
import { registerFrontEnd } from "../../src/frontends/index.js";
import { parseMarkdown } from "../../src/frontends/markdown.js";
import { ConfigError } from "../../src/config/errors.js";
import type { LintMessage, Rule } from "../../src/core/types.js";

/** A test rule that reports every occurrence of a word, optionally with a fix. */
function wordRule(id: string, word: string, opts: { fix?: string; crash?: boolean; badLoc?: "offset" | "position" | "reversed" } = {}): Rule {
  return {
    meta: {
      id,
      type: "problem",
      docs: { description: "测试", descriptionEn: "test", url: `x/${id}.md` },
      defaultSeverity: "warn",
      messages: { found: { zh: "发现「{{word}}」", en: 'found "{{word}}"' } },
      schema: { type: "object", properties: { word: { type: "string" } }, additionalProperties: false },
      fixable: opts.fix !== undefined ? "code" : undefined,
    },
    create(context) {
      if (opts.crash) throw new Error("boom");
      const w = (context.options.word as string | undefined) ?? word;
      const text = context.sourceCode.text;
      if (opts.badLoc === "offset") context.report({ messageId: "found", data: { word: w }, loc: { start: 0, end: text.length + 1 } });
      if (opts.badLoc === "position") context.report({ messageId: "found", data: { word: w }, loc: { start: { line: 99, column: 1 }, end: { line: 99, column: 2 } } });
      if (opts.badLoc === "reversed") context.report({ messageId: "found", data: { word: w }, loc: { start: 2, end: 1 } });
      for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
        context.report({ messageId: "found", data: { word: w }, loc: { start: i, end: i + w.length }, fix: opts.fix !== undefined ? { range: [i, i + w.length], text: opts.fix } : undefined });
      }
    },
  };
}

const registryWith = (...rules: Rule[]) => new Map([...defaultRegistry, ...rules.map((r) => [r.meta.id, r] as const)]);
const only = (id: string, value: unknown = "warn") => ({ extends: [], rules: { [id]: value } });

describe("lintText", () => {
  it("reports exact positions, sorted, with Chinese messages by default", () => {
    const rule = wordRule("find-word", "安排");
    const msgs = lintText("第一行\n安排安排部署", { registry: registryWith(rule), config: only("find-word") });
    expect(msgs.map((m) => [m.line, m.column, m.endLine, m.endColumn, m.message])).toEqual([
      [2, 1, 2, 3, "发现「安排」"],
      [2, 3, 2, 5, "发现「安排」"],
    ]);
    expect(msgs[0]).toMatchObject({ ruleId: "find-word", messageId: "found", severity: 1 });
  });

  it("uses English with locale en", () => {
    const rule = wordRule("find-word", "安排");
    const [m] = lintText("安排", { registry: registryWith(rule), config: { ...only("find-word"), locale: "en" } });
    expect(m.message).toBe('found "安排"');
  });

  it("passes options validated against the schema", () => {
    const rule = wordRule("find-word", "安排");
    const msgs = lintText("部署部署", { registry: registryWith(rule), config: only("find-word", ["error", { word: "部署" }]) });
    expect(msgs).toHaveLength(2);
    expect(msgs[0].severity).toBe(2);
    expect(() => lintText("x", { registry: registryWith(rule), config: only("find-word", ["error", { wrod: "x" }]) })).toThrow(ConfigError);
    expect(() => lintText("x", { registry: registryWith(rule), config: only("find-word", ["error", { wrod: "x" }]) })).toThrow(/find-word.*wrod/);
  });

  it("an unknown rule or a bad severity is a ConfigError naming it", () => {
    expect(() => lintText("x", { config: { rules: { "no-such-rule": "error" } } })).toThrow(/no-such-rule/);
    expect(() => lintText("x", { config: { rules: { "required-sections": "loud" } } })).toThrow(/loud/);
  });

  it("never accepts a position outside the text: the rule is reported as crashed, others still run", () => {
    for (const badLoc of ["offset", "position", "reversed"] as const) {
      const bad = wordRule("bad-loc", "安排", { badLoc });
      const good = wordRule("good", "部署");
      const msgs = lintText("安排部署", { registry: registryWith(bad, good), config: { extends: [], rules: { "bad-loc": "warn", good: "warn" } } });
      const fatal = msgs.filter((m) => m.fatal);
      expect(fatal).toHaveLength(1);
      expect(fatal[0].ruleId).toBe("bad-loc");
      expect(fatal[0].message).toMatch(/outside the text|before its start/);
      expect(msgs.some((m) => m.ruleId === "good")).toBe(true);
    }
  });

  it("a crashing rule becomes one fatal message; the other rules still run", () => {
    const crash = wordRule("crashes", "x", { crash: true });
    const good = wordRule("good", "部署");
    const msgs = lintText("部署", { registry: registryWith(crash, good), config: { extends: [], rules: { crashes: "error", good: "warn" } } });
    expect(msgs.find((m) => m.ruleId === "crashes")).toMatchObject({ fatal: true, severity: 2 });
    expect(msgs.find((m) => m.ruleId === "good")).toBeTruthy();
  });

  it("a rule's configured severity is the most its messages get: a message may lower itself to a warning, never rise, never revive an off rule", () => {
    const graded: Rule = {
      meta: {
        id: "graded",
        type: "problem",
        docs: { description: "测试", descriptionEn: "test", url: "x/graded.md" },
        defaultSeverity: "warn",
        messages: { m: { zh: "发现「{{w}}」", en: 'found "{{w}}"' } },
      },
      create(context) {
        const text = context.sourceCode.text;
        for (const [w, severity] of [["甲", 2], ["乙", 1], ["丙", undefined]] as const) {
          const i = text.indexOf(w);
          if (i >= 0) context.report({ messageId: "m", data: { w }, loc: { start: i, end: i + 1 }, severity });
        }
      },
    };
    const run = (sev: unknown) => lintText("甲乙丙", { registry: registryWith(graded), config: only("graded", sev) }).map((m) => m.severity);
    expect(run("warn")).toEqual([1, 1, 1]);
    expect(run("error")).toEqual([2, 1, 2]);
    expect(run("off")).toEqual([]);
  });

  it("report-title set to warn reports only warnings; as recommended (error), the spec's warnings stay warnings", () => {
    const code = "2021年度永安镇政务信息公开工作报告\n\n一、总体情况\n永安镇认真落实条例。\n";
    const pick = (config: unknown) => lintText(code, { config: config as never }).filter((m) => m.ruleId === "report-title").map((m) => [m.messageId, m.severity]);
    const recommended = pick({ extends: ["reportlint:recommended"] });
    // 工作报告 for 工作年度报告 is an error, 政务 for 政府 a warning (the format spec's catalogue).
    expect(recommended).toContainEqual(["workReport", 2]);
    expect(recommended.some(([, severity]) => severity === 1)).toBe(true);
    const warned = pick({ extends: ["reportlint:recommended"], rules: { "report-title": "warn" } });
    expect(warned.map(([id]) => id)).toEqual(recommended.map(([id]) => id));
    expect(warned.every(([, severity]) => severity === 1)).toBe(true);
  });

  it("unfilled-template set to warn reports its marks and instructions as warnings (its own severity, none raised)", () => {
    const code = "一、总体情况\n（单位名称）共发布信息XX条，累计悬挂横幅条，发放宣传单页2000余份。";
    const pick = (config: unknown) => lintText(code, { config: config as never }).filter((m) => m.ruleId === "unfilled-template" || m.ruleId === "template-placeholder").map((m) => [m.ruleId, m.messageId, m.severity]);
    expect(pick({ extends: ["reportlint:recommended"] })).toEqual([
      ["unfilled-template", "instruction", 2],
      ["unfilled-template", "mark", 2],
      ["template-placeholder", "missingCount", 1],
    ]);
    expect(pick({ extends: ["reportlint:recommended"], rules: { "unfilled-template": "warn" } })).toEqual([
      ["unfilled-template", "instruction", 1],
      ["unfilled-template", "mark", 1],
      ["template-placeholder", "missingCount", 1],
    ]);
  });

  it("with no config the recommended rules apply", () => {
    const msgs = lintText("只有一行字");
    expect(msgs.map((m) => m.ruleId)).toEqual(["required-sections"]);
  });
});

describe("applyFixes", () => {
  const fixOf = (start: number, end: number, text: string): LintMessage => ({ ruleId: "r", severity: 1, message: "", line: 1, column: 1, endLine: 1, endColumn: 1, fix: { range: [start, end], text } });

  it("applies non-overlapping fixes and leaves overlapping ones for the next pass", () => {
    const r = applyFixes("abcdef", [fixOf(4, 6, "EF"), fixOf(0, 2, "AB"), fixOf(1, 3, "xx")]);
    expect(r.output).toBe("ABcdEF");
    expect(r.applied).toBe(2);
    expect(r.remaining).toHaveLength(1);
  });

  it("fixes from a rule: one pass replaces every occurrence", () => {
    const rule = wordRule("fix-word", "安排安排", { fix: "安排" });
    const text = "组织召开了安排安排部署会议";
    const msgs = lintText(text, { registry: registryWith(rule), config: only("fix-word") });
    expect(applyFixes(text, msgs).output).toBe("组织召开了安排部署会议");
  });
});

describe("fixUntilStable", () => {
  it("applies overlapping fixes over several passes until nothing is left to fix", () => {
    // 安排安排安排: the two reported doubles overlap, so one is fixed per pass.
    const rule = wordRule("fix-word", "安排安排", { fix: "安排" });
    const lint = (t: string) => lintText(t, { registry: registryWith(rule), config: only("fix-word") });
    const r = fixUntilStable("召开安排安排安排会议", lint);
    expect(r.output).toBe("召开安排会议");
    expect(r.passes).toBe(2);
    expect(r.messages).toEqual([]);
  });

  it("stops after the maximum number of passes when fixes never settle", () => {
    const rule = wordRule("grow", "a", { fix: "aa" });
    const lint = (t: string) => lintText(t, { registry: registryWith(rule), config: only("grow") });
    expect(fixUntilStable("a", lint).passes).toBe(10);
  });
});

describe("a model that cannot be built", () => {
  it("is attempted once; every rule that needs it is reported as crashed", () => {
    let parses = 0;
    registerFrontEnd("markdown", () => {
      parses++;
      throw new Error("front-end failure");
    });
    try {
      const msgs = lintText("x", { filePath: "r.md", config: { extends: ["reportlint:recommended"] } });
      expect(parses).toBe(1);
      expect(msgs.length).toBeGreaterThan(1);
      expect(msgs.every((m) => m.fatal && /front-end failure/.test(m.message))).toBe(true);
    } finally {
      registerFrontEnd("markdown", parseMarkdown);
    }
  });
});
