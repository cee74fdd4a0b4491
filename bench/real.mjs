// npm run bench (first) — reportlint on real reports, what users lint, in one run:
//  1. a corpus of every real report at hand (../shared/seeds and ../shared/corpus: the .txt and .md
//     files, as they are), replicated to --files reports in a temporary folder: identical copies,
//     each under a name of its own, the reports taking turns so that any first N hold them evenly;
//  2. linted by: the floor (readFile + TextDecoder), reportlint lintText in-process, the reportlint
//     CLI `-f json <dir>` in one thread, and textlint + textlint-rule-prh in two set-ups — (a) the
//     small dictionary a user starts with (bench/prh-small.yml: template phrases, off-format
//     wording), (b) the large one of the generated-corpus benchmark (bench/prh-small.yml +
//     bench/prh.yml + 300 foreign township names). Each in a process of its own (bench/measure.mjs):
//     time, files/s, MB/s, peak RSS, at --small and --files reports (memory should stay flat);
//  3. lintText warm on each report (median of --rounds in one process);
//  4. cold runs: `reportlint <report>` on each seed against `node -e ''`, interleaved, median of --runs.
// Ratios compare within this run only: the machine is shared, its load changes from run to run.
// Needs the built bundle (npm run build) and the devDependencies textlint, textlint-rule-prh.
//
//   node bench/real.mjs [--files 2000] [--small 500] [--repeat 1] [--runs 15] [--rounds 100] [--keep]
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { basename, join, relative } from "node:path";
import {
  checkPrerequisites, childScript, countMessages, foreignTownships, largeDictionary, listFiles, makeMeasure, median, reportlintBin, root, smallDictionary,
  textlintBin, textlintSetup, textlintVersions,
} from "./measure.mjs";

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : dflt;
};
const BIG = opt("files", 2000);
const SMALL = opt("small", 500);
const RUNS = opt("runs", 15);
const ROUNDS = opt("rounds", 100);
const REPEAT = opt("repeat", 1);
const KEEP = argv.includes("--keep");

checkPrerequisites("bench/real.mjs");
const SEEDS = join(root, "../shared/seeds");
const SOURCES = [SEEDS, join(root, "../shared/corpus")];
const missing = SOURCES.filter((d) => !existsSync(d));
if (missing.length) {
  console.error(`bench/real.mjs: the real reports are not here: ${missing.join(", ")}`);
  process.exit(2);
}
/** A folder's reports: its .txt and .md files but its README. */
const reportsIn = (dir) => listFiles(dir).filter((f) => !/^readme\./i.test(basename(f)));
const reports = SOURCES.flatMap(reportsIn);
const seeds = reportsIn(SEEDS);

// ---- corpus -----------------------------------------------------------------------------------
const tmp = mkdtempSync(join(tmpdir(), "reportlint-real-"));
process.on("exit", () => KEEP || rmSync(tmp, { recursive: true, force: true }));
const dirs = new Map();
for (const n of [...new Set([SMALL, BIG])].sort((a, b) => a - b)) {
  const dir = join(tmp, `real-${n}`);
  mkdirSync(dir);
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const from = reports[i % reports.length];
    copyFileSync(from, join(dir, `${String(i).padStart(5, "0")}-${basename(from)}`));
    bytes += statSync(from).size;
  }
  dirs.set(n, { dir, bytes });
}

const versions = textlintVersions();
const small = textlintSetup(tmp, "small", smallDictionary());
const towns = foreignTownships();
const large = textlintSetup(tmp, "large", largeDictionary(), towns);

const { measure, coldMedians, memMethod } = makeMeasure(tmp);

// ---- corpus runs ------------------------------------------------------------------------------
// --repeat N: every measurement N times, the tools taking turns, and the median kept (of the time
// and of the peak RSS), for a machine whose load changes during the run.
const runs = []; // { n, key, what, ms, rssMB, messages }
for (let round = 0; round < REPEAT; round++) {
  for (const [n, { dir }] of dirs) {
    const add = (key, what, r, messages) => runs.push({ n, key, what, ms: r.ms, rssMB: r.rssMB, messages });
    const floor = measure([childScript, "floor", dir]);
    add("floor", "floor: readFile + TextDecoder (in-process)", { ...floor, ms: JSON.parse(floor.stdout).ms }, 0);
    const lint = measure([childScript, "lint", dir]);
    const lintIn = JSON.parse(lint.stdout);
    add("lint", "reportlint lintText (in-process)", { ...lint, ms: lintIn.ms }, lintIn.messages);
    const cli = measure([reportlintBin, "-f", "json", dir], { extraEnv: { REPORTLINT_THREADS: "0" } });
    add("cli", "reportlint CLI -f json <dir>, one thread", cli, countMessages(cli.stdout));
    for (const [key, setup, label] of [["small", small, "(a) small dictionary"], ["large", large, "(b) large dictionary"]]) {
      const tl = measure([textlintBin, "-c", setup.rcPath, "-f", "json", `${dir}/**/*.{txt,md}`]);
      add(key, `textlint + prh, ${label}`, tl, countMessages(tl.stdout));
    }
  }
}
const results = runs
  .filter((r, i) => runs.findIndex((x) => x.n === r.n && x.key === r.key) === i)
  .map((first) => {
    const same = runs.filter((x) => x.n === first.n && x.key === first.key);
    return { ...first, ms: median(same.map((x) => x.ms)), rssMB: median(same.map((x) => x.rssMB)) };
  });

// ---- warm lintText per report ------------------------------------------------------------------
const warm = JSON.parse(measure([childScript, "warm", String(ROUNDS), ...reports], { memory: false }).stdout);

// ---- cold runs on every seed ------------------------------------------------------------------
const coldCases = [{ args: ["-e", ""] }, ...seeds.map((s) => ({ args: [reportlintBin, s] })), { args: [reportlintBin, seeds[0]], extraEnv: { REPORTLINT_COMPILE_CACHE: "0" } }];
const [coldNode, ...coldSeeds] = coldMedians(coldCases, RUNS);
const coldUncached = coldSeeds.pop();

// ---- report -----------------------------------------------------------------------------------
const MB = 1048576;
const KB = (b) => `${(b / 1024).toFixed(1)} KB`;
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const size = (files) => files.reduce((a, f) => a + statSync(f).size, 0);
const rel = (p) => relative(root, p);
console.log(`real-report benchmark — Node ${process.version}, ${process.platform}/${process.arch}, ${availableParallelism()} CPUs; peak memory by ${memMethod}`);
console.log(`reports: ${reports.length} real ones, ${KB(size(reports))} — ${SOURCES.map((d) => `${rel(d)}: ${reportsIn(d).length} (${KB(size(reportsIn(d)))})`).join(", ")}; replicated as identical copies under names of their own`);
console.log(`textlint ${versions.textlint} + textlint-rule-prh ${versions.prh}: (a) small dictionary, bench/prh-small.yml, ${small.entries} entries; (b) large dictionary, bench/prh-small.yml + bench/prh.yml + ${towns.length} foreign township names, ${large.entries} entries`);
for (const [n, { bytes }] of dirs) {
  console.log(`\n${n} reports, ${(bytes / MB).toFixed(1)} MB${REPEAT > 1 ? ` (medians of ${REPEAT} runs each)` : ""}`);
  console.log(`  ${pad("", 44)} ${lpad("ms", 8)} ${lpad("files/s", 8)} ${lpad("MB/s", 7)} ${lpad("peak RSS", 9)} ${lpad("findings", 9)}`);
  const get = (key) => results.find((r) => r.n === n && r.key === key);
  for (const r of results.filter((x) => x.n === n)) {
    console.log(`  ${pad(r.what, 44)} ${lpad(r.ms.toFixed(0), 8)} ${lpad((n / (r.ms / 1000)).toFixed(0), 8)} ${lpad((bytes / MB / (r.ms / 1000)).toFixed(2), 7)} ${lpad(r.rssMB.toFixed(0) + " MB", 9)} ${lpad(r.messages, 9)}`);
  }
  const [floor, lint, cli] = ["floor", "lint", "cli"].map(get);
  for (const [key, label] of [["small", "(a) small dictionary"], ["large", "(b) large dictionary"]]) {
    const tl = get(key);
    console.log(`  reportlint / textlint ${label}: CLI ${(tl.ms / cli.ms).toFixed(2)}× textlint's speed, lintText ${(tl.ms / lint.ms).toFixed(2)}× (goal ≥ 3×: ${tl.ms / cli.ms >= 3 ? "met" : "NOT met"})`);
  }
  console.log(`  lintText: ${(lint.ms / n).toFixed(2)} ms a report; ${(lint.ms / floor.ms).toFixed(0)}× the read + decode floor (goal ≤ 10×: ${lint.ms <= 10 * floor.ms ? "met" : "NOT met"})`);
}
if (dirs.size > 1) {
  const [a, b] = [...dirs.keys()];
  console.log(`\npeak RSS, ${a} → ${b} reports (${(b / a).toFixed(0)}× the files):`);
  for (const key of ["floor", "lint", "cli", "small", "large"]) {
    const [x, y] = [a, b].map((n) => results.find((r) => r.n === n && r.key === key));
    console.log(`  ${pad(x.what, 44)} ${lpad(x.rssMB.toFixed(0), 5)} MB → ${lpad(y.rssMB.toFixed(0), 5)} MB  (${(y.rssMB / x.rssMB).toFixed(2)}×)`);
  }
}
console.log(`\nlintText warm, one process, median of ${ROUNDS} rounds per report:`);
const seedWarm = warm.filter((w) => seeds.includes(w.file));
const otherWarm = warm.filter((w) => !seeds.includes(w.file));
for (const w of seedWarm) console.log(`  ${pad(rel(w.file), 44)} ${lpad(KB(w.bytes), 9)} ${lpad(w.ms.toFixed(2), 7)} ms`);
if (otherWarm.length) {
  const ms = otherWarm.map((w) => w.ms).sort((x, y) => x - y);
  console.log(`  ${pad(`the other ${otherWarm.length} reports`, 44)} ${lpad(KB(otherWarm.reduce((s, w) => s + w.bytes, 0) / otherWarm.length), 9)} ${lpad(ms[ms.length >> 1].toFixed(2), 7)} ms median (${ms[0].toFixed(2)}–${ms[ms.length - 1].toFixed(2)})`);
}
console.log(`\ncold, one report, median of ${RUNS} (interleaved):`);
console.log(`  ${pad("node -e ''", 44)} ${lpad("", 9)} ${lpad(coldNode.toFixed(1), 7)} ms`);
seeds.forEach((s, i) => {
  const r = coldSeeds[i] / coldNode;
  console.log(`  ${pad(`reportlint ${rel(s)}`, 44)} ${lpad(KB(statSync(s).size), 9)} ${lpad(coldSeeds[i].toFixed(1), 7)} ms  ${r.toFixed(2)}× Node's start (goal ≤ 1.8×: ${r <= 1.8 ? "met" : "NOT met"})`);
});
console.log(`  ${pad(`  the first, without its code cache`, 44)} ${lpad("", 9)} ${lpad(coldUncached.toFixed(1), 7)} ms  ${(coldUncached / coldNode).toFixed(2)}× (the first run after an install)`);

if (KEEP) console.log(`\nkept: ${tmp}`);
