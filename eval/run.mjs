#!/usr/bin/env node
// npm run eval — per-rule precision and recall on the labelled real reports and on generated reports
// with injected defects (docs/eval.md). Runs the built dist/ (npm run build first).
//   npm run eval                  print the figures, the misses and the false findings
//   npm run eval -- --record      also write them to eval/baseline.json (the figures test/eval checks)
//   npm run eval -- --large       five seeds of injected cases instead of one (not for --record)
//   npm run eval -- --json        the result as JSON
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BASELINE, EVAL_DIR, evaluate, formatReport, toBaseline } from "./harness.mjs";

const args = process.argv.slice(2);
const known = new Set(["--record", "--large", "--json"]);
const unknown = args.filter((a) => !known.has(a));
if (unknown.length) {
  console.error(`npm run eval: unknown option ${unknown.join(" ")} (known: ${[...known].join(", ")})`);
  process.exit(2);
}
if (args.includes("--record") && args.includes("--large")) {
  console.error("npm run eval: --record records the default set (one seed), the one test/eval checks; drop --large");
  process.exit(2);
}
const dist = join(EVAL_DIR, "..", "dist", "index.js");
if (!existsSync(dist)) {
  console.error("npm run eval: dist/index.js not found; run `npm run build` first");
  process.exit(2);
}
const { lintText, rules } = await import(dist);
const lint = (text, fileName, previous) => lintText(text, { filePath: fileName, previous: previous && { text: previous.text, filePath: previous.fileName } });
const started = Date.now();
let result;
try {
  result = evaluate({ lint, ruleIds: rules.map((r) => r.meta.id), seeds: args.includes("--large") ? [1, 2, 3, 4, 5] : [1] });
} catch (err) {
  console.error(`npm run eval: ${err.message}`);
  process.exit(2);
}
if (args.includes("--json")) console.log(JSON.stringify(result, null, 2));
else console.log(formatReport(result) + `\n\n(${((Date.now() - started) / 1000).toFixed(1)} s)`);
if (args.includes("--record")) {
  writeFileSync(BASELINE, JSON.stringify(toBaseline(result), null, 2) + "\n");
  console.error(`recorded ${BASELINE}`);
}
