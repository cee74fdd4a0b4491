// The evaluation gate (docs/eval.md): every rule's precision and recall, on the labelled real reports
// and on the generated reports with injected defects, must not fall below the figures recorded in
// eval/baseline.json by `npm run eval -- --record`. Runs on the sources, in-process.
import { existsSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { skipTitle } from "../support/skip.js";
import { lintText, rules } from "../../src/index.js";
import { BASELINE, REAL_LABELS, evaluate, labelProblems, loadRealSet, regressions, scoreInjected, scoreReal } from "../../eval/harness.mjs";
import { MUTATIONS, labelledCases } from "../../bench/labelled.mjs";

type Finding = { ruleId: string | null; line: number; message: string };
const lint = (text: string, fileName: string, previous?: { text: string; fileName: string }) =>
  lintText(text, { filePath: fileName, previous: previous && { text: previous.text, filePath: previous.fileName } });
const ruleIds = rules.map((r) => r.meta.id);

describe("eval: scoring", () => {
  // A fake linter: the findings are given per file name, so the scoring alone is under test.
  const fake = (byFile: Record<string, Finding[]>) => (_text: string, fileName: string) => byFile[fileName] ?? [];
  const f = (ruleId: string, line: number, message = "m"): Finding => ({ ruleId, line, message });

  it("real set: a finding on a must's line or range is true, one of a mustNot rule false, the rest not judged", () => {
    const cases = [
      {
        name: "a", fileName: "a", text: "",
        must: [{ rule: "r1", lines: [3, 5] }, { rule: "r2", line: 9 }, { rule: "r3" }],
        mustNot: ["r4"],
      },
    ];
    const s = scoreReal(cases, fake({ a: [f("r1", 4), f("r1", 5), f("r2", 10), f("r3", 99), f("r4", 1), f("r5", 1)] }));
    expect(s.stats.r1).toEqual({ trueFindings: 2, falseFindings: 0, hits: 1, misses: 0 });
    expect(s.stats.r2).toEqual({ trueFindings: 0, falseFindings: 0, hits: 0, misses: 1 }); // line 10 is not line 9
    expect(s.stats.r3).toEqual({ trueFindings: 1, falseFindings: 0, hits: 1, misses: 0 }); // no line: anywhere
    expect(s.stats.r4).toEqual({ trueFindings: 0, falseFindings: 1, hits: 0, misses: 0 });
    expect(s.unjudged.map((u: { rule: string }) => u.rule)).toEqual(["r2", "r5"]);
  });

  it("injected set: control findings are false once, inherited on the copies; ignored rules are not judged; traps expect silence", () => {
    const cases = [
      { name: "c", fileName: "c", text: "", control: null, ignore: [] },
      { name: "c+m", fileName: "c+m", text: "", control: "c", expect: { rule: "r1", line: 7 }, ignore: ["r9"] },
      { name: "c+trap", fileName: "c+trap", text: "", control: "c", expect: null, ignore: [] },
    ];
    const s = scoreInjected(
      cases,
      fake({
        c: [f("r2", 3, "same"), f("r4", 5, "表三总计为 3（第 40 行）")],
        "c+m": [f("r2", 4, "same"), f("r4", 6, "表三总计为 3（第 41 行）"), f("r1", 7), f("r1", 8), f("r9", 1)],
        "c+trap": [f("r2", 3, "same"), f("r3", 2)],
      }),
    );
    expect(s.stats.r1).toEqual({ trueFindings: 1, falseFindings: 1, hits: 1, misses: 0 });
    expect(s.stats.r2).toEqual({ trueFindings: 0, falseFindings: 1, hits: 0, misses: 0 }); // counted on the control only
    expect(s.stats.r3).toEqual({ trueFindings: 0, falseFindings: 1, hits: 0, misses: 0 });
    expect(s.stats.r4).toEqual({ trueFindings: 0, falseFindings: 1, hits: 0, misses: 0 }); // its line reference moved with the text
    expect(s.stats.r9).toBeUndefined();
  });
});

describe("eval: the labels of the real reports", () => {
  it("name known rules, with lines or ranges and a why for every must", () => {
    expect(labelProblems(JSON.parse(readFileSync(REAL_LABELS, "utf8")), ruleIds)).toEqual([]);
  });

  it("report their mistakes by file and rule", () => {
    const bad = { files: { "a.txt": { must: [{ rule: "no-such-rule", lines: [5, 3] }], mustNot: ["nor-this"] } } };
    expect(labelProblems(bad, ruleIds)).toEqual([
      'a.txt: unknown rule "no-such-rule" in must',
      "a.txt: no-such-rule: lines must be [first, last]",
      'a.txt: no-such-rule: a must needs its "why"',
      'a.txt: unknown rule "nor-this" in mustNot',
    ]);
  });
});

describe("eval: the labelled generator", () => {
  const cases = labelledCases({ seeds: [1] });

  it("is deterministic", () => {
    expect(labelledCases({ seeds: [1] }).map((c: { text: string }) => c.text)).toEqual(cases.map((c: { text: string }) => c.text));
  });

  it("writes both layouts in every flattening, and each copy differs from its control (or from its last year's report)", () => {
    const controls = cases.filter((c: { control: string | null }) => !c.control);
    expect(controls.map((c: { name: string }) => c.name).sort()).toEqual(
      ["tab", "cell-per-line", "blank-line", "gfm"].flatMap((how) => [`s1-2019-${how}`, `s1-2021-${how}`, `s1-2021-${how}-with-previous`]).sort(),
    );
    // A cross-year copy may differ in last year's report only.
    const both = (c: { text: string; previous?: { text: string } }) => c.text + "\u0000" + (c.previous?.text ?? "");
    const byName = new Map(controls.map((c: { name: string; text: string }) => [c.name, both(c)]));
    for (const c of cases.filter((c: { control: string | null }) => c.control)) expect(both(c), c.name).not.toBe(byName.get(c.control));
  });

  it("marks the injected text: the expected line differs from the control's text", () => {
    for (const c of cases.filter((c: { expect?: { line?: number } }) => c.expect?.line)) {
      const line = c.text.split("\n")[c.expect.line - 1];
      expect(line.trim(), c.name).not.toBe("");
    }
  });

  it("injects a defect of every rule, and every mutation applies somewhere", () => {
    const injected = new Set(MUTATIONS.map((m: { rule: string | null }) => m.rule));
    expect(ruleIds.filter((id) => !injected.has(id))).toEqual([]);
    const used = new Set(cases.map((c: { mutation: string | null }) => c.mutation));
    expect(MUTATIONS.map((m: { id: string }) => m.id).filter((id: string) => !used.has(id))).toEqual([]);
  });
});

describe("eval: figures do not fall below the recorded ones (eval/baseline.json)", () => {
  const baseline = JSON.parse(readFileSync(BASELINE, "utf8"));
  const haveReal = loadRealSet().cases.length > 0;
  let result: ReturnType<typeof evaluate>;
  beforeAll(() => {
    result = evaluate({ lint, ruleIds, seeds: baseline.injected.seeds });
  });
  const explain = (list: { set: string; rule: string; worse: string[]; newMisses: string[]; newFalse: string[] }[]) =>
    list
      .map((r) => `${r.set} ${r.rule}: ${r.worse.join(", ")}\n  new misses:\n    ${r.newMisses.join("\n    ") || "–"}\n  new false findings:\n    ${r.newFalse.join("\n    ") || "–"}`)
      .join("\n");

  it("injected defects", () => {
    expect(explain(regressions(result, baseline, ["injected"]))).toBe("");
  });

  it.skipIf(!haveReal)(skipTitle(haveReal, "real reports", "needs ../shared beside the project"), () => {
    expect(result.real.missingFiles).toEqual([]);
    expect(explain(regressions(result, baseline, ["real"]))).toBe("");
  });

  it("the baseline covers every rule", () => {
    expect(Object.keys(baseline.injected.figures).sort()).toEqual([...ruleIds].sort());
    expect(existsSync(BASELINE)).toBe(true);
  });
});
