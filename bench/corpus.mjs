// npm run bench:corpus — reportlint against a peer on a generated corpus (bench/generate.mjs), in one run:
//  1. reportlint, recommended rules: the built CLI (`node bin/reportlint.js -f json <dir>`) and
//     lintText in-process over every file (read + decode + lint);
//  2. textlint + textlint-rule-prh with bench/prh-small.yml + bench/prh.yml (template phrases,
//     off-format wording, doubled words, web-page junk) plus a few hundred foreign township names from
//     data/gazetteer-2023.txt — the set-up a user would write instead; `textlint -c <rc> -f json <dir>/**`;
//  3. the floor: readFile + TextDecoder over the same files, nothing else.
// Each measurement runs in its own child process (bench/measure.mjs, bench/child.mjs); wall time is taken here, peak memory (max RSS) of
// the child by GNU time (`/usr/bin/time -f %M`) when present, else by a preload that records
// process.resourceUsage().maxRSS at exit. Corpus sizes 500 and 2,000 (same seed: the 500 are the
// first 500 of the 2,000), so memory growth is visible. Cold runs: one report, median of --runs.
// Needs the built bundle (npm run build) and the devDependencies textlint, textlint-rule-prh.
//
//   node bench/corpus.mjs [--files 2000] [--small 500] [--runs 15] [--seed N] [--keep]
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { BODIES, generateCorpus } from "./generate.mjs";
import {
  checkPrerequisites, childScript, countMessages, foreignTownships, largeDictionary, listFiles, makeMeasure, reportlintBin, textlintBin, textlintSetup,
} from "./measure.mjs";

// ---- options ----------------------------------------------------------------------------------
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : dflt;
};
const BIG = opt("files", 2000);
const SMALL = opt("small", 500);
const RUNS = opt("runs", 15);
const SEED = opt("seed", 20260101);
const KEEP = argv.includes("--keep");

checkPrerequisites("bench/corpus.mjs");

// ---- corpus and textlint set-up ---------------------------------------------------------------
const tmp = mkdtempSync(join(tmpdir(), "reportlint-corpus-"));
// Removed on every exit, a failed measurement included (unless --keep).
process.on("exit", () => KEEP || rmSync(tmp, { recursive: true, force: true }));
const dirs = new Map();
for (const n of [...new Set([SMALL, BIG])].sort((a, b) => a - b)) {
  const dir = join(tmp, `corpus-${n}`);
  const { bytes } = generateCorpus(dir, n, SEED);
  dirs.set(n, { dir, bytes });
}

// The generator's own bodies are not flagged (its foreign names are Beijing ones, kept).
const towns = foreignTownships(BODIES.map(([s, b]) => s + b));
const { rcPath, entries: dictionaryEntries } = textlintSetup(tmp, "large", largeDictionary(), towns);

// ---- running a child and measuring it ---------------------------------------------------------
const { measure, coldMedians, memMethod } = makeMeasure(tmp);

const results = []; // { n, what, ms, rssMB, messages }
for (const [n, { dir, bytes }] of dirs) {
  const floor = measure([childScript, "floor", dir]);
  const floorIn = JSON.parse(floor.stdout);
  results.push({ n, bytes, what: "floor: readFile + TextDecoder (in-process)", ms: floorIn.ms, rssMB: floor.rssMB, messages: 0 });
  const lint = measure([childScript, "lint", dir]);
  const lintIn = JSON.parse(lint.stdout);
  results.push({ n, bytes, what: "reportlint lintText (in-process)", ms: lintIn.ms, rssMB: lint.rssMB, messages: lintIn.messages });
  // The CLI in one thread (the default below 4 cores) and on one worker thread per core, to show
  // what the workers buy on this machine (src/cli/pool.ts).
  const cli = measure([reportlintBin, "-f", "json", dir], { extraEnv: { REPORTLINT_THREADS: "0" } });
  results.push({ n, bytes, what: "reportlint CLI -f json <dir>, one thread", ms: cli.ms, rssMB: cli.rssMB, messages: countMessages(cli.stdout) });
  const cliW = measure([reportlintBin, "-f", "json", dir], { extraEnv: { REPORTLINT_THREADS: String(availableParallelism()) } });
  results.push({ n, bytes, what: `reportlint CLI, ${availableParallelism()} worker threads`, ms: cliW.ms, rssMB: cliW.rssMB, messages: countMessages(cliW.stdout) });
  const tl = measure([textlintBin, "-c", rcPath, "-f", "json", `${dir}/**/*.{txt,md}`]);
  results.push({ n, bytes, what: "textlint + prh CLI -f json <dir>", ms: tl.ms, rssMB: tl.rssMB, messages: countMessages(tl.stdout) });
}

// ---- cold single-file runs --------------------------------------------------------------------
const one = listFiles(dirs.get(SMALL).dir).find((f) => f.endsWith("-tab.txt"));
// Interleaved; reportlint with its code cache and without it (REPORTLINT_COMPILE_CACHE=0: the first
// run after an install).
const [coldNode, coldReportlint, coldUncached, coldTextlint] = coldMedians(
  [
    { args: ["-e", "0"] },
    { args: [reportlintBin, one] },
    { args: [reportlintBin, one], extraEnv: { REPORTLINT_COMPILE_CACHE: "0" } },
    { args: [textlintBin, "-c", rcPath, one] },
  ],
  RUNS,
);

// ---- report -----------------------------------------------------------------------------------
const MB = 1048576;
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
console.log(`corpus benchmark — Node ${process.version}, ${process.platform}/${process.arch}, ${availableParallelism()} CPUs; peak memory by ${memMethod}`);
console.log(`corpus: bench/generate.mjs seed ${SEED}; textlint set-up: prh with ${towns.length} foreign township names + ${dictionaryEntries - towns.length} template/wording/junk entries (bench/prh-small.yml + bench/prh.yml)`);
for (const [n, { bytes }] of dirs) {
  console.log(`\n${n} reports, ${(bytes / MB).toFixed(1)} MB`);
  console.log(`  ${pad("", 44)} ${lpad("ms", 8)} ${lpad("files/s", 8)} ${lpad("MB/s", 7)} ${lpad("peak RSS", 9)} ${lpad("findings", 9)}`);
  for (const r of results.filter((x) => x.n === n)) {
    console.log(`  ${pad(r.what, 44)} ${lpad(r.ms.toFixed(0), 8)} ${lpad((n / (r.ms / 1000)).toFixed(0), 8)} ${lpad((bytes / MB / (r.ms / 1000)).toFixed(2), 7)} ${lpad(r.rssMB.toFixed(0) + " MB", 9)} ${lpad(r.messages, 9)}`);
  }
  const get = (w) => results.find((x) => x.n === n && x.what.startsWith(w));
  const cli = get("reportlint CLI -f");
  const cliW = get("reportlint CLI, ");
  const tl = get("textlint");
  const lint = get("reportlint lintText");
  const floor = get("floor");
  const best = Math.min(cli.ms, cliW.ms);
  console.log(`  reportlint CLI / textlint CLI: ${(tl.ms / cli.ms).toFixed(2)}× faster in one thread, ${(tl.ms / cliW.ms).toFixed(2)}× with workers (goal ≥ 3×: ${tl.ms / best >= 3 ? "met" : "NOT met"})`);
  console.log(`  worker threads (${availableParallelism()} CPUs): ${(cli.ms / cliW.ms).toFixed(2)}× the one-thread speed`);
  console.log(`  lintText / floor: ${(lint.ms / floor.ms).toFixed(0)}× the cost of reading and decoding`);
}
if (dirs.size > 1) {
  const [a, b] = [...dirs.keys()];
  console.log(`\npeak RSS, ${a} → ${b} reports (${(b / a).toFixed(0)}× the files):`);
  for (const what of ["floor", "reportlint lintText", "reportlint CLI -f", "reportlint CLI, ", "textlint"]) {
    const [x, y] = [a, b].map((n) => results.find((r) => r.n === n && r.what.startsWith(what)).rssMB);
    console.log(`  ${pad(what, 22)} ${lpad(x.toFixed(0), 5)} MB → ${lpad(y.toFixed(0), 5)} MB  (${(y / x).toFixed(2)}×)`);
  }
}
console.log(`\ncold, one report (${(readFileSync(one).length / 1024).toFixed(1)} KB), median of ${RUNS}:`);
console.log(`  node -e 0          ${lpad(coldNode.toFixed(1), 7)} ms`);
console.log(`  reportlint <file>  ${lpad(coldReportlint.toFixed(1), 7)} ms  (${(coldReportlint / coldNode).toFixed(2)}× Node's start; goal < 2×: ${coldReportlint < 2 * coldNode ? "met" : "NOT met"})`);
console.log(`    without its code cache ${lpad(coldUncached.toFixed(1), 7)} ms  (${(coldUncached / coldNode).toFixed(2)}× Node's start: the first run after an install)`);
console.log(`  textlint <file>    ${lpad(coldTextlint.toFixed(1), 7)} ms  (${(coldTextlint / coldNode).toFixed(2)}× Node's start)`);

if (KEEP) console.log(`\nkept: ${tmp}`);
