// npm run bench: measured, not assumed. Runs on the built bundle (npm run build first).
//  1. model building for a ~30 KB report, as .txt and as .md (median of many runs);
//  2. lintText with every recommended rule on the same report;
//  3. a cold CLI process linting one small report, with and without its code cache, against
//     Node's own start (`node -e 0`).
// All figures come from one run of this script on this machine, so their ratios are comparable.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { buildModel, lintText } = await import(join(root, "dist/index.js"));

const example = readFileSync(join(root, "fixtures/examples/qinghe-town-2022.txt"), "utf8");

/** About 30 KB: the example report with section 一 padded by realistic paragraphs. */
function report30k() {
  const para = "（一）主动公开。围绕乡村振兴、社会救助、财政预决算等重点领域，及时公开各类信息，全年主动公开政府信息312条，其中政策文件12条、财政信息20条。\n\n";
  let text = example;
  const at = text.indexOf("二、主动公开政府信息情况");
  let pad = "";
  while (Buffer.byteLength(text) + Buffer.byteLength(pad) < 30 * 1024) pad += para;
  return text.slice(0, at) + pad + text.slice(at);
}

/** The same report as Markdown: headings as ##, tables as GFM pipe tables. */
function toMarkdown(text) {
  const lines = text.split("\n");
  const out = [];
  let inTable = false;
  for (const line of lines) {
    if (/^[一二三四五六]、/.test(line) && !line.includes("\t")) {
      inTable = false;
      out.push("## " + line);
    } else if (line.includes("\t")) {
      const cells = line.split("\t");
      if (!inTable) {
        out.push("| " + cells.map(() => " ").join(" | ") + " |", "| " + cells.map(() => "---").join(" | ") + " |");
        inTable = true;
      }
      out.push("| " + cells.join(" | ") + " |");
    } else {
      inTable = false;
      out.push(line);
    }
  }
  return out.join("\n");
}

function median(fn, runs) {
  for (let i = 0; i < 5; i++) fn(); // warm-up
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const txt = report30k();
const md = toMarkdown(txt);
const kb = (s) => (Buffer.byteLength(s) / 1024).toFixed(1);
const rows = [];
rows.push(["model, .txt", `${kb(txt)} KB`, median(() => buildModel(txt, { filePath: "r.txt" }), 200)]);
rows.push(["model, .md", `${kb(md)} KB`, median(() => buildModel(md, { filePath: "r.md" }), 200)]);
rows.push(["lintText (recommended), .txt", `${kb(txt)} KB`, median(() => lintText(txt, { filePath: "r.txt" }), 200)]);
rows.push(["lintText (recommended), .md", `${kb(md)} KB`, median(() => lintText(md, { filePath: "r.md" }), 200)]);

// Linearity: ten times the text should cost about ten times as much.
const txt300 = txt.replace("二、主动公开政府信息情况", txt.slice(txt.indexOf("（一）主动公开"), txt.indexOf("二、主动公开政府信息情况")).repeat(10) + "二、主动公开政府信息情况");
const t30 = median(() => buildModel(txt, { filePath: "r.txt" }), 50);
const t300 = median(() => buildModel(txt300, { filePath: "r.txt" }), 20);
rows.push([`model, .txt (${(t300 / t30).toFixed(1)}× for ${(Buffer.byteLength(txt300) / Buffer.byteLength(txt)).toFixed(1)}× text)`, `${kb(txt300)} KB`, t300]);
// Pathological shapes: one huge tab row, thousands of one-character lines and lone values.
const junk = "\t".repeat(20000) + "\n" + "持\n".repeat(5000) + "0\n".repeat(5000);
rows.push(["model, pathological input", `${kb(junk)} KB`, median(() => buildModel(junk, { filePath: "r.txt" }), 10)]);

// Cold runs, interleaved so that drift of the machine hits all three alike: Node's own start, the
// CLI with its code cache (bin/reportlint.js; warmed by one run first, in a folder of its own), and
// the CLI without (REPORTLINT_COMPILE_CACHE=0: what the very first run after an install costs).
const cacheFolder = mkdtempSync(join(tmpdir(), "reportlint-bench-cache-"));
const lintArgs = [join(root, "bin/reportlint.js"), join(root, "fixtures/examples/qinghe-town-2022.txt")];
const coldCases = [
  { args: ["-e", "0"], env: {}, times: [] },
  { args: lintArgs, env: { REPORTLINT_COMPILE_CACHE: cacheFolder }, times: [] },
  { args: lintArgs, env: { REPORTLINT_COMPILE_CACHE: "0" }, times: [] },
];
function spawnTimed({ args, env }) {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", env: { ...process.env, ...env } });
  if (r.status === null || r.status > 1) throw new Error(`${args.join(" ")} failed: ${r.stderr}`);
  return performance.now() - t;
}
spawnTimed(coldCases[1]);
for (let i = 0; i < 21; i++) for (const c of coldCases) c.times.push(spawnTimed(c));
rmSync(cacheFolder, { recursive: true, force: true });
const medianOf = (times) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
const [nodeStart, cliCold, cliUncached] = coldCases.map((c) => medianOf(c.times));

console.log("reportlint benchmark (median)");
for (const [what, size, ms] of rows) console.log(`  ${what.padEnd(32)} ${size.padStart(8)}  ${ms.toFixed(2)} ms`);
console.log(`  ${"node -e 0 (Node's own start)".padEnd(32)} ${"".padStart(8)}  ${nodeStart.toFixed(1)} ms`);
console.log(`  ${"reportlint, one report, cold".padEnd(32)} ${kb(example).padStart(5)} KB  ${cliCold.toFixed(1)} ms  (${(cliCold / nodeStart).toFixed(2)}× Node's start, +${(cliCold - nodeStart).toFixed(1)} ms)`);
console.log(`  ${"  the same without code cache".padEnd(32)} ${kb(example).padStart(5)} KB  ${cliUncached.toFixed(1)} ms  (${(cliUncached / nodeStart).toFixed(2)}× Node's start: the first run after an install)`);
