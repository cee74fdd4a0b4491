// npm run bench:corpus — reportlint against a peer on a generated corpus (bench/generate.mjs), in one run:
//  1. reportlint, recommended rules: the built CLI (`node bin/reportlint.js -f json <dir>`) and
//     lintText in-process over every file (read + decode + lint);
//  2. textlint + textlint-rule-prh with bench/prh.yml (template phrases, off-format wording, doubled
//     words, web-page junk) plus a few hundred foreign township names from data/gazetteer-2023.txt
//     — the set-up a user would write instead; `textlint -c <tmp>/.textlintrc.json -f json <dir>/**`;
//  3. the floor: readFile + TextDecoder over the same files, nothing else.
// Each measurement runs in its own child process; wall time is taken here, peak memory (max RSS) of
// the child by GNU time (`/usr/bin/time -f %M`) when present, else by a preload that records
// process.resourceUsage().maxRSS at exit. Corpus sizes 500 and 2,000 (same seed: the 500 are the
// first 500 of the 2,000), so memory growth is visible. Cold runs: one report, median of --runs.
// Needs the built bundle (npm run build) and the devDependencies textlint, textlint-rule-prh.
//
//   node bench/corpus.mjs [--files 2000] [--small 500] [--runs 15] [--seed N] [--keep]
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { BODIES, generateCorpus } from "./generate.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const self = fileURLToPath(import.meta.url);

const listFiles = (dir) => readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => join(dir, f));

// ---- child modes: run inside a child process so that each has its own peak memory -------------
if (process.argv[2] === "--child") {
  const [, , , mode, dir] = process.argv;
  const files = listFiles(dir);
  const { readFile } = await import("node:fs/promises");
  const decoder = new TextDecoder("utf-8");
  let lintText;
  if (mode === "lint") ({ lintText } = await import(pathToFileURL(join(root, "dist/index.js")).href));
  const t = performance.now();
  let bytes = 0;
  let chars = 0;
  let messages = 0;
  for (const file of files) {
    const buf = await readFile(file);
    bytes += buf.length;
    const text = decoder.decode(buf);
    chars += text.length;
    if (lintText) messages += lintText(text, { filePath: file }).length;
  }
  const ms = performance.now() - t;
  process.stdout.write(JSON.stringify({ ms, files: files.length, bytes, chars, messages }));
  process.exit(0);
}

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

const textlintBin = join(root, "node_modules/textlint/bin/textlint.js");
if (!existsSync(join(root, "dist/index.js"))) {
  console.error("bench/corpus.mjs: dist/ is missing — run `npm run build` first");
  process.exit(2);
}
if (!existsSync(textlintBin) || !existsSync(join(root, "node_modules/textlint-rule-prh"))) {
  console.error("bench/corpus.mjs: textlint / textlint-rule-prh are missing — run `npm ci` (they are devDependencies)");
  process.exit(2);
}

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

/** A few hundred real township names (镇/乡/街道/苏木), none of them one of the invented bodies. */
function foreignTownships(limit = 300) {
  const own = BODIES.map(([s, b]) => s + b);
  const names = [];
  for (const line of readFileSync(join(root, "data/gazetteer-2023.txt"), "utf8").split("\n")) {
    if (!/^\d{6} /.test(line)) continue;
    let suffix = "";
    for (const tok of line.split(" ").slice(2)) {
      if (tok.startsWith("~")) suffix = tok.slice(1);
      else if (suffix && tok.length >= 2 && !own.some((o) => o.includes(tok + suffix))) names.push(tok + suffix);
    }
  }
  // Every k-th name across the country (the generator's foreign names are Beijing ones: keep those too).
  const step = Math.max(1, Math.floor(names.length / limit));
  const picked = new Set(names.slice(0, 60));
  for (let i = 0; picked.size < limit && i < names.length; i += step) picked.add(names[i]);
  return [...picked];
}
const towns = foreignTownships();
const prhPath = join(tmp, "prh.yml");
writeFileSync(prhPath, readFileSync(join(root, "bench/prh.yml"), "utf8") + towns.map((t) => `  - expected: ""\n    pattern: ${t}\n`).join(""));
const rcPath = join(tmp, ".textlintrc.json");
writeFileSync(rcPath, JSON.stringify({ rules: { prh: { rulePaths: [prhPath] } } }, null, 2));

// ---- running a child and measuring it ---------------------------------------------------------
const gnuTime = ["/usr/bin/time", "/bin/time"].find((p) => existsSync(p) && spawnSync(p, ["-f", "%M", "true"]).status === 0);
const preload = join(tmp, "maxrss.mjs");
writeFileSync(preload, 'import { writeFileSync } from "node:fs";\nprocess.on("exit", () => writeFileSync(process.env.MAXRSS_FILE, String(process.resourceUsage().maxRSS)));\n');
const memMethod = gnuTime ? `GNU time (${gnuTime} -f %M)` : "process.resourceUsage().maxRSS at exit (preload)";

/** Run `node ...args`; returns wall ms, peak RSS (MB), stdout, exit status. */
function measure(args, { memory = true, stdoutFile, extraEnv = {} } = {}) {
  const memFile = join(tmp, "maxrss.txt");
  rmSync(memFile, { force: true });
  let cmd = process.execPath;
  let full = args;
  // reportlint's code cache (bin/reportlint.js) lives in the benchmark's folder, not the user's.
  const env = { ...process.env, NO_COLOR: "1", REPORTLINT_COMPILE_CACHE: join(tmp, "compile-cache"), ...extraEnv };
  if (memory && gnuTime) {
    cmd = gnuTime;
    full = ["-f", "%M", "-o", memFile, process.execPath, ...args];
  } else if (memory) {
    full = ["--import", pathToFileURL(preload).href, ...args];
    env.MAXRSS_FILE = memFile;
  }
  const t = performance.now();
  const r = spawnSync(cmd, full, { cwd: tmp, env, encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "pipe"] });
  const ms = performance.now() - t;
  if (r.status === null || r.status > 1) throw new Error(`${args.join(" ")} failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  if (stdoutFile) writeFileSync(stdoutFile, r.stdout);
  const rssKB = memory && existsSync(memFile) ? Number(readFileSync(memFile, "utf8").trim().split("\n").pop()) : NaN;
  return { ms, rssMB: rssKB / 1024, stdout: r.stdout, status: r.status };
}

const countMessages = (json) => JSON.parse(json || "null").reduce((a, f) => a + f.messages.length, 0);

const results = []; // { n, what, ms, rssMB, messages }
for (const [n, { dir, bytes }] of dirs) {
  const floor = measure([self, "--child", "floor", dir]);
  const floorIn = JSON.parse(floor.stdout);
  results.push({ n, bytes, what: "floor: readFile + TextDecoder (in-process)", ms: floorIn.ms, rssMB: floor.rssMB, messages: 0 });
  const lint = measure([self, "--child", "lint", dir]);
  const lintIn = JSON.parse(lint.stdout);
  results.push({ n, bytes, what: "reportlint lintText (in-process)", ms: lintIn.ms, rssMB: lint.rssMB, messages: lintIn.messages });
  // The CLI in one thread (the default below 4 cores) and on one worker thread per core, to show
  // what the workers buy on this machine (src/cli/pool.ts).
  const cli = measure([join(root, "bin/reportlint.js"), "-f", "json", dir], { extraEnv: { REPORTLINT_THREADS: "0" } });
  results.push({ n, bytes, what: "reportlint CLI -f json <dir>, one thread", ms: cli.ms, rssMB: cli.rssMB, messages: countMessages(cli.stdout) });
  const cliW = measure([join(root, "bin/reportlint.js"), "-f", "json", dir], { extraEnv: { REPORTLINT_THREADS: String(availableParallelism()) } });
  results.push({ n, bytes, what: `reportlint CLI, ${availableParallelism()} worker threads`, ms: cliW.ms, rssMB: cliW.rssMB, messages: countMessages(cliW.stdout) });
  const tl = measure([textlintBin, "-c", rcPath, "-f", "json", `${dir}/**/*.{txt,md}`]);
  results.push({ n, bytes, what: "textlint + prh CLI -f json <dir>", ms: tl.ms, rssMB: tl.rssMB, messages: countMessages(tl.stdout) });
}

// ---- cold single-file runs --------------------------------------------------------------------
const one = listFiles(dirs.get(SMALL).dir).find((f) => f.endsWith("-tab.txt"));
// Interleaved, so that the machine's drift during the runs hits every command alike; each warmed
// once first (file-system cache; reportlint's code cache is written by that run, in tmp).
// reportlint with its code cache and without it (REPORTLINT_COMPILE_CACHE=0: the first run after an
// install).
const coldCases = [
  { args: ["-e", "0"] },
  { args: [join(root, "bin/reportlint.js"), one] },
  { args: [join(root, "bin/reportlint.js"), one], extraEnv: { REPORTLINT_COMPILE_CACHE: "0" } },
  { args: [textlintBin, "-c", rcPath, one] },
].map((c) => ({ ...c, times: [] }));
for (const c of coldCases) measure(c.args, { memory: false, extraEnv: c.extraEnv });
for (let i = 0; i < RUNS; i++) for (const c of coldCases) c.times.push(measure(c.args, { memory: false, extraEnv: c.extraEnv }).ms);
const [coldNode, coldReportlint, coldUncached, coldTextlint] = coldCases.map((c) => c.times.sort((a, b) => a - b)[Math.floor(c.times.length / 2)]);

// ---- report -----------------------------------------------------------------------------------
const MB = 1048576;
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
console.log(`corpus benchmark — Node ${process.version}, ${process.platform}/${process.arch}, ${(await import("node:os")).availableParallelism()} CPUs; peak memory by ${memMethod}`);
console.log(`corpus: bench/generate.mjs seed ${SEED}; textlint set-up: prh with ${towns.length} foreign township names + ${readFileSync(join(root, "bench/prh.yml"), "utf8").match(/^\s+- expected/gm).length} template/wording/junk entries`);
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
