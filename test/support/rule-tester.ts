// RuleTester on vitest: valid and invalid cases with expected positions (and fixed output).
// Every rule test uses it, so every rule is tested the same way.
import { describe, it, expect } from "vitest";
import { lintText, defaultRegistry } from "../../src/core/linter.js";
import { applyFixes } from "../../src/core/fixer.js";
import type { LintMessage, Locale, Rule, Settings } from "../../src/core/types.js";

export interface ValidCase {
  name?: string;
  code: string;
  options?: Record<string, unknown>;
  settings?: Settings;
  /** Decides the input format (.md → Markdown); default report.txt. */
  filename?: string;
  locale?: Locale;
  /** Last year's report (context.previous), for the cross-year rules. */
  previous?: string;
  /** Its file name (decides its format; named in messages); default last-year.txt. */
  previousFilename?: string;
}

export interface ExpectedError {
  messageId?: string;
  /** The exact message, or a RegExp it must match. */
  message?: string | RegExp;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** 1 warn, 2 error; checked when given (a rule may raise some messages to error). */
  severity?: 1 | 2;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
  /** Text after one pass of fixes; null asserts the rule offers no fix. Required for fixable rules. */
  output?: string | null;
}

function lint(rule: Rule, c: ValidCase): LintMessage[] {
  const registry = new Map(defaultRegistry);
  registry.set(rule.meta.id, rule);
  const severity = rule.meta.defaultSeverity === "error" ? 2 : 1;
  return lintText(c.code, {
    filePath: c.filename ?? "report.txt",
    registry,
    resolved: { rules: { [rule.meta.id]: c.options ? [severity, c.options] : [severity] }, settings: c.settings ?? {}, locale: c.locale ?? "zh" },
    ...(c.previous === undefined ? {} : { previous: { text: c.previous, filePath: c.previousFilename ?? "last-year.txt" } }),
  });
}

function label(c: ValidCase, i: number): string {
  return c.name ?? `#${i + 1}: ${c.code.replace(/\s+/g, " ").slice(0, 40)}`;
}

export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it("has complete metadata", () => {
      const m = rule.meta;
      expect(m.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(["problem", "suggestion"]).toContain(m.type);
      expect(m.docs.description.length).toBeGreaterThan(0);
      expect(m.docs.descriptionEn.length).toBeGreaterThan(0);
      expect(m.docs.url).toMatch(new RegExp(`${m.id}\\.md$`));
      for (const [id, t] of Object.entries(m.messages)) {
        expect(t.zh, `message ${id} zh`).toMatch(/[\u4e00-\u9fff]/);
        expect(t.en, `message ${id} en`).toMatch(/[A-Za-z]/);
      }
    });
    if (cases.valid.length === 0 || cases.invalid.length === 0) {
      it("has valid and invalid cases", () => expect.fail("a rule needs both valid and invalid cases"));
    }
    describe("valid", () => {
      cases.valid.forEach((c, i) => {
        it(label(c, i), () => {
          const messages = lint(rule, c).filter((m) => m.ruleId === rule.meta.id || m.fatal);
          expect(messages.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([]);
        });
      });
    });
    describe("invalid", () => {
      cases.invalid.forEach((c, i) => {
        it(label(c, i), () => {
          const messages = lint(rule, c);
          expect(messages.filter((m) => m.fatal).map((m) => m.message)).toEqual([]);
          const own = messages.filter((m) => m.ruleId === rule.meta.id);
          expect(own.length, `number of messages: ${own.map((m) => `${m.line}:${m.column} ${m.message}`).join(" | ")}`).toBe(c.errors.length);
          c.errors.forEach((e, j) => {
            const m = own[j];
            expect({ line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn }, `position of message ${j + 1}: ${m.message}`).toEqual({
              line: e.line,
              column: e.column,
              endLine: e.endLine,
              endColumn: e.endColumn,
            });
            if (e.messageId) expect(m.messageId).toBe(e.messageId);
            if (e.severity) expect(m.severity, `severity of message ${j + 1}`).toBe(e.severity);
            if (typeof e.message === "string") expect(m.message).toBe(e.message);
            else if (e.message) expect(m.message).toMatch(e.message);
            expect(m.message).not.toMatch(/\{\{/);
          });
          if (rule.meta.fixable && c.output === undefined) expect.fail("a fixable rule's invalid case needs `output` (or null)");
          if (c.output !== undefined) {
            const fixed = applyFixes(c.code, own).output;
            expect(fixed).toBe(c.output === null ? c.code : c.output);
          }
          if (!rule.meta.fixable) expect(own.some((m) => m.fix)).toBe(false);
        });
      });
    });
  });
}
