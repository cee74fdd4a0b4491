// The RuleTester shipped to plugin authors (src/rule-tester.ts): run here without a framework (vitest
// has no global describe/it in this project), so each case runs at once and a failure throws.
import { describe, it, expect, afterEach } from "vitest";
import { RuleTester, type Rule } from "../../src/index.js";

/** Reports each 甲, fixing it to 乙; a warning rule. */
const noJia: Rule = {
  meta: {
    id: "no-jia",
    type: "suggestion",
    docs: { description: "不用「甲」", descriptionEn: "no 甲", url: "x/no-jia.md" },
    defaultSeverity: "warn",
    fixable: "code",
    messages: { jia: { zh: "不应出现「{{w}}」", en: 'found "{{w}}"' } },
  },
  create(context) {
    const text = context.sourceCode.text;
    for (let i = text.indexOf("甲"); i >= 0; i = text.indexOf("甲", i + 1)) {
      context.report({ messageId: "jia", data: { w: "甲" }, loc: { start: i, end: i + 1 }, fix: { range: [i, i + 1], text: "乙" } });
    }
  },
};

const run = (invalid: Parameters<RuleTester["run"]>[2]["invalid"], valid: Parameters<RuleTester["run"]>[2]["valid"] = ["丙丁"]) =>
  new RuleTester().run("x/no-jia", noJia, { valid, invalid });

describe("RuleTester (shipped)", () => {
  afterEach(() => {
    RuleTester.describe = undefined;
    RuleTester.it = undefined;
  });

  it("passes cases that hold: positions, messageId, message, severity, the fixed text", () => {
    expect(() =>
      run([{ code: "丙\n丁甲", errors: [{ messageId: "jia", message: "不应出现「甲」", severity: 1, line: 2, column: 2, endLine: 2, endColumn: 3 }], output: "丙\n丁乙" }]),
    ).not.toThrow();
  });

  it("throws, naming the case and what differs, when a case does not hold", () => {
    const wrongColumn = { name: "甲 on line 2", code: "丙\n丁甲", errors: [{ line: 2, column: 1, endLine: 2, endColumn: 2 }], output: "丙\n丁乙" };
    expect(() => run([wrongColumn])).toThrow(/甲 on line 2: position of finding 1/);
    expect(() => run([{ code: "甲甲", errors: [{ line: 1, column: 1, endLine: 1, endColumn: 2 }], output: "乙乙" }])).toThrow(/number of findings/);
    expect(() => run([{ code: "甲", errors: [{ line: 1, column: 1, endLine: 1, endColumn: 2 }], output: "甲" }])).toThrow(/the text after one pass of fixes/);
    expect(() => run([{ code: "甲", errors: [{ line: 1, column: 1, endLine: 1, endColumn: 2 }] }])).toThrow(/needs `output`/);
    expect(() => run([{ code: "甲", errors: [{ line: 1, column: 1, endLine: 1, endColumn: 2, severity: 2 }], output: "乙" }])).toThrow(/severity of finding 1/);
    expect(() => run([], ["甲"])).toThrow(/a valid case has no finding/);
  });

  it("uses the framework's describe and it when given them", () => {
    const names: string[] = [];
    RuleTester.describe = (name, fn) => {
      names.push(`describe ${name}`);
      fn();
    };
    RuleTester.it = (name) => names.push(`it ${name}`);
    run([{ name: "one 甲", code: "甲", errors: [{ line: 1, column: 1, endLine: 1, endColumn: 2 }], output: "乙" }]);
    expect(names).toEqual(["describe x/no-jia", "it has messages in Chinese and English", "describe valid", "it #1: 丙丁", "describe invalid", "it one 甲"]);
  });
});
