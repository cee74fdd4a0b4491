// RuleTester for plugin authors, shaped like ESLint's: `new RuleTester().run(name, rule, { valid,
// invalid })` checks each case's findings — count, exact positions, messageId, message, severity,
// the text after one pass of fixes — with node:assert. It runs under any test framework that has
// global `describe`/`it` (vitest with globals, mocha, jest), under node:test when given its functions
// (RuleTester.describe = describe; RuleTester.it = it), and with neither it runs the cases at once and
// throws the first failure.
import assert from "node:assert/strict";
import { defaultRegistry, lintText } from "./core/linter.js";
import { applyFixes } from "./core/fixer.js";
import type { LintMessage, Locale, Rule, Settings } from "./core/types.js";

export interface RuleTesterValidCase {
  name?: string;
  code: string;
  /** The rule's options (its second element in a config). */
  options?: Record<string, unknown>;
  settings?: Settings;
  /** Decides the input format (.md → Markdown, .html a web page's source); default report.txt. */
  filename?: string;
  locale?: Locale;
  /** Last year's report (context.previous), for cross-year rules. */
  previous?: string;
}

export interface RuleTesterError {
  messageId?: string;
  /** The exact message, or a RegExp it must match. */
  message?: string | RegExp;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** 1 warning, 2 error; checked when given. */
  severity?: 1 | 2;
}

export interface RuleTesterInvalidCase extends RuleTesterValidCase {
  errors: RuleTesterError[];
  /** The text after one pass of fixes; null asserts the rule offers no fix. Required for fixable rules. */
  output?: string | null;
}

type Suite = (name: string, fn: () => void) => unknown;
type Defaults = Pick<RuleTesterValidCase, "settings" | "filename" | "locale">;

const globalFn = (name: "describe" | "it"): Suite | undefined => {
  const fn = (globalThis as Record<string, unknown>)[name];
  return typeof fn === "function" ? (fn as Suite) : undefined;
};
/** Without a framework: run at once, naming the case in the error. */
const immediately: Suite = (name, fn) => {
  try {
    fn();
  } catch (err) {
    if (err instanceof Error) err.message = `${name}: ${err.message}`;
    throw err;
  }
};

export class RuleTester {
  /** The framework's describe/it; default: the global ones, else run at once. */
  static describe?: Suite;
  static it?: Suite;
  readonly #defaults: Defaults;

  constructor(defaults: Defaults = {}) {
    this.#defaults = defaults;
  }

  /** Test `rule` under the id `name` (a plugin rule's full id, e.g. "guangdong/extra-row"). */
  run(name: string, rule: Rule, tests: { valid: Array<RuleTesterValidCase | string>; invalid: RuleTesterInvalidCase[] }): void {
    const describe = RuleTester.describe ?? globalFn("describe") ?? immediately;
    const it = RuleTester.it ?? globalFn("it") ?? immediately;
    const tested: Rule = { ...rule, meta: { ...rule.meta, id: name } };
    const lint = (c: RuleTesterValidCase) => this.#lint(tested, c);
    describe(name, () => {
      it("has messages in Chinese and English", () => {
        assert.ok(rule.meta && typeof rule.create === "function", "a rule is { meta, create }");
        for (const [id, t] of Object.entries(rule.meta.messages ?? {})) {
          assert.match(t.zh ?? "", /[\u4e00-\u9fff]/, `message ${id}: zh`);
          assert.match(t.en ?? "", /[A-Za-z]/, `message ${id}: en`);
        }
      });
      describe("valid", () => {
        tests.valid.forEach((raw, i) => {
          const c = typeof raw === "string" ? { code: raw } : raw;
          it(label(c, i), () => {
            const messages = lint(c).filter((m) => m.ruleId === name || m.fatal);
            assert.deepEqual(messages.map(show), [], "a valid case has no finding");
          });
        });
      });
      describe("invalid", () => {
        tests.invalid.forEach((c, i) => {
          it(label(c, i), () => {
            const messages = lint(c);
            assert.deepEqual(messages.filter((m) => m.fatal).map((m) => m.message), [], "no fatal error");
            const own = messages.filter((m) => m.ruleId === name);
            assert.equal(own.length, c.errors.length, `number of findings (${own.map(show).join(" | ") || "none"})`);
            c.errors.forEach((e, j) => {
              const m = own[j];
              const at = `finding ${j + 1} (${show(m)})`;
              assert.deepEqual(
                { line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn },
                { line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn },
                `position of ${at}`,
              );
              if (e.messageId !== undefined) assert.equal(m.messageId, e.messageId, `messageId of ${at}`);
              if (e.severity !== undefined) assert.equal(m.severity, e.severity, `severity of ${at}`);
              if (typeof e.message === "string") assert.equal(m.message, e.message, `message of ${at}`);
              else if (e.message) assert.match(m.message, e.message, `message of ${at}`);
              assert.doesNotMatch(m.message, /\{\{/, `a placeholder left in ${at}`);
            });
            if (rule.meta.fixable && c.output === undefined) assert.fail("a fixable rule's invalid case needs `output` (or null)");
            if (!rule.meta.fixable) assert.ok(!own.some((m) => m.fix), "a rule without meta.fixable offers no fix");
            if (c.output !== undefined) assert.equal(applyFixes(c.code, own).output, c.output === null ? c.code : c.output, "the text after one pass of fixes");
          });
        });
      });
    });
  }

  #lint(rule: Rule, c: RuleTesterValidCase): LintMessage[] {
    const registry = new Map(defaultRegistry);
    registry.set(rule.meta.id, rule);
    const severity = rule.meta.defaultSeverity === "error" ? 2 : 1;
    return lintText(c.code, {
      filePath: c.filename ?? this.#defaults.filename ?? "report.txt",
      registry,
      resolved: {
        rules: { [rule.meta.id]: c.options ? [severity, c.options] : [severity] },
        settings: c.settings ?? this.#defaults.settings ?? {},
        locale: c.locale ?? this.#defaults.locale ?? "zh",
      },
      ...(c.previous === undefined ? {} : { previous: { text: c.previous, filePath: "last-year.txt" } }),
    });
  }
}

const show = (m: LintMessage) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.message}`;
const label = (c: RuleTesterValidCase, i: number) => c.name ?? `#${i + 1}: ${c.code.replace(/\s+/g, " ").slice(0, 40)}`;
