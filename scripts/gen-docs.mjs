// Regenerates the rule tables in README.md and docs/rules/README.md from the built registry.
// Run `npm run docs` (it builds first). test/docs.test.ts fails when they are out of date.
import { readFileSync, writeFileSync } from "node:fs";
import { rules, replaceRuleTable } from "../dist/index.js";

for (const [file, base] of [["README.md", "docs/rules/"], ["docs/rules/README.md", "./"]]) {
  const before = readFileSync(file, "utf8");
  const after = replaceRuleTable(before, rules, base);
  if (after !== before) {
    writeFileSync(file, after);
    console.log(`updated ${file}`);
  }
}
