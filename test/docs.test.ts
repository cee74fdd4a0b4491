// The docs cannot drift: the README table is the generated one, every rule has a page, and each
// page's 反例 examples trigger the rule while its 正例 examples do not.
import { describe, it, expect } from "vitest";
import { readFileSync, existsSync } from "node:fs";
import { rules } from "../rules/index.js";
import { replaceRuleTable } from "../src/docs.js";
import { lintText } from "../src/core/linter.js";

interface Example {
  code: string;
  /** Last year's report for a cross-year rule: the nearest ```text previous block above the example in its section. */
  previous?: string;
}

function codeBlocksUnder(markdown: string, heading: RegExp): Example[] {
  const sections = markdown.split(/^## /m);
  const section = sections.find((s) => heading.test(s.split("\n")[0]));
  if (!section) return [];
  const out: Example[] = [];
  let previous: string | undefined;
  for (const m of section.matchAll(/```text( previous)?\n([\s\S]*?)```/g)) {
    if (m[1]) previous = m[2];
    else out.push(previous === undefined ? { code: m[2] } : { code: m[2], previous });
  }
  return out;
}

describe("generated rule tables", () => {
  for (const [file, base] of [["README.md", "docs/rules/"], ["docs/rules/README.md", "./"]] as const) {
    it(`${file} is up to date (run npm run docs)`, () => {
      const text = readFileSync(file, "utf8");
      expect(replaceRuleTable(text, rules, base)).toBe(text);
    });
  }
});

describe.each(rules.map((r) => [r.meta.id, r] as const))("docs/rules/%s.md", (id, rule) => {
  const path = `docs/rules/${id}.md`;
  it("exists and names the rule, its severity and its source", () => {
    expect(existsSync(path)).toBe(true);
    const text = readFileSync(path, "utf8");
    expect(text.startsWith(`# ${id}\n`)).toBe(true);
    expect(text).toContain(rule.meta.docs.description);
    expect(text).toContain(`**${rule.meta.defaultSeverity}**`);
    expect(rule.meta.docs.url.endsWith(`docs/rules/${id}.md`)).toBe(true);
  });
  it("正例 examples pass and 反例 examples are reported", () => {
    const text = readFileSync(path, "utf8");
    const valid = codeBlocksUnder(text, /^正例/);
    const invalid = codeBlocksUnder(text, /^反例/);
    expect(valid.length).toBeGreaterThan(0);
    expect(invalid.length).toBeGreaterThan(0);
    const only = { extends: [], rules: { [id]: "error" } };
    const lint = ({ code, previous }: Example) => lintText(code, { config: only, ...(previous === undefined ? {} : { previous: { text: previous, filePath: "previous.txt" } }) }).filter((m) => m.ruleId === id);
    for (const example of valid) expect(lint(example).map((m) => m.message)).toEqual([]);
    for (const example of invalid) expect(lint(example).length).toBeGreaterThan(0);
  });
});
