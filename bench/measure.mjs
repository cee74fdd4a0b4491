// What the corpus benchmarks (bench/corpus.mjs on generated reports, bench/real.mjs on real ones)
// share: running one tool in a child process of its own and measuring its wall time and peak memory,
// cold runs interleaved, the textlint + prh set-ups, and the in-process child (bench/child.mjs).
import { existsSync, readFileSync, readdirSync, writeFileSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const reportlintBin = join(root, "bin/reportlint.js");
export const textlintBin = join(root, "node_modules/textlint/bin/textlint.js");
/** `node bench/child.mjs floor|lint <dir>`: read + decode (+ lintText) every file, in-process. */
export const childScript = join(root, "bench/child.mjs");

/** The .txt and .md files of a folder (what lintText reads as they are; HTML, Word, PDF are rendered first). */
export const listFiles = (dir) => readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => join(dir, f));

export const median = (times) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];

/** Exits with a clear message when the build or the devDependencies the benchmarks run are missing. */
export function checkPrerequisites(script) {
  if (!existsSync(join(root, "dist/index.js")) || !existsSync(join(root, "dist/cli.cjs"))) {
    console.error(`${script}: dist/ is missing — run \`npm run build\` first`);
    process.exit(2);
  }
  if (!existsSync(textlintBin) || !existsSync(join(root, "node_modules/textlint-rule-prh"))) {
    console.error(`${script}: textlint / textlint-rule-prh are missing — run \`npm ci\` (they are devDependencies)`);
    process.exit(2);
  }
}

/** The number of entries of a prh dictionary (its `- expected:` lines). */
export const prhEntries = (yml) => (yml.match(/^\s+- expected/gm) ?? []).length;

/**
 * A few hundred real township names (镇/乡/街道/苏木) from data/gazetteer-2023.txt, none of them
 * containing one of `exclude`, spread across the country (the first 60 are Beijing's).
 */
export function foreignTownships(exclude = [], limit = 300) {
  const names = [];
  for (const line of readFileSync(join(root, "data/gazetteer-2023.txt"), "utf8").split("\n")) {
    if (!/^\d{6} /.test(line)) continue;
    let suffix = "";
    for (const tok of line.split(" ").slice(2)) {
      if (tok.startsWith("~")) suffix = tok.slice(1);
      else if (suffix && tok.length >= 2 && !exclude.some((o) => o.includes(tok + suffix))) names.push(tok + suffix);
    }
  }
  const step = Math.max(1, Math.floor(names.length / limit));
  const picked = new Set(names.slice(0, 60));
  for (let i = 0; picked.size < limit && i < names.length; i += step) picked.add(names[i]);
  return [...picked];
}

/**
 * Writes a textlint configuration using prh with the given dictionary text (plus `names`, each
 * flagged with `expected: ""`) into `dir`; returns the .textlintrc.json path and the entry count.
 */
export function textlintSetup(dir, name, dictionary, names = []) {
  const prhPath = join(dir, `prh-${name}.yml`);
  const yml = dictionary + names.map((t) => `  - expected: ""\n    pattern: ${t}\n`).join("");
  writeFileSync(prhPath, yml);
  const rcPath = join(dir, `textlintrc-${name}.json`);
  writeFileSync(rcPath, JSON.stringify({ rules: { prh: { rulePaths: [prhPath] } } }, null, 2));
  return { rcPath, entries: prhEntries(yml) };
}

/** The textlint and textlint-rule-prh versions installed. */
export function textlintVersions() {
  const v = (p) => JSON.parse(readFileSync(join(root, "node_modules", p, "package.json"), "utf8")).version;
  return { textlint: v("textlint"), prh: v("textlint-rule-prh") };
}

/**
 * A measuring function for children run in `tmp` (their working folder; reportlint's code cache is
 * kept in it, not in the user's). Peak memory (max RSS) by GNU time when present, else by a preload
 * that records process.resourceUsage().maxRSS at exit.
 */
export function makeMeasure(tmp) {
  const gnuTime = ["/usr/bin/time", "/bin/time"].find((p) => existsSync(p) && spawnSync(p, ["-f", "%M", "true"]).status === 0);
  const preload = join(tmp, "maxrss.mjs");
  writeFileSync(preload, 'import { writeFileSync } from "node:fs";\nprocess.on("exit", () => writeFileSync(process.env.MAXRSS_FILE, String(process.resourceUsage().maxRSS)));\n');
  const memMethod = gnuTime ? `GNU time (${gnuTime} -f %M)` : "process.resourceUsage().maxRSS at exit (preload)";

  /** Run `node ...args`; returns wall ms, peak RSS (MB), stdout, exit status. */
  function measure(args, { memory = true, extraEnv = {} } = {}) {
    const memFile = join(tmp, "maxrss.txt");
    rmSync(memFile, { force: true });
    let cmd = process.execPath;
    let full = args;
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
    const rssKB = memory && existsSync(memFile) ? Number(readFileSync(memFile, "utf8").trim().split("\n").pop()) : NaN;
    return { ms, rssMB: rssKB / 1024, stdout: r.stdout, status: r.status };
  }

  /**
   * Cold runs of several commands, interleaved (the machine's drift hits every command alike), each
   * warmed once first (file-system cache; reportlint's code cache is written by that run). Returns
   * the median wall time of each, in the order given.
   */
  function coldMedians(cases, runs) {
    const times = cases.map(() => []);
    for (const c of cases) measure(c.args, { memory: false, extraEnv: c.extraEnv });
    for (let i = 0; i < runs; i++) cases.forEach((c, k) => times[k].push(measure(c.args, { memory: false, extraEnv: c.extraEnv }).ms));
    return times.map(median);
  }

  return { measure, coldMedians, memMethod };
}

/** The summed messages of an ESLint-style JSON output (reportlint's and textlint's -f json). */
export const countMessages = (json) => JSON.parse(json || "null").reduce((a, f) => a + f.messages.length, 0);

/** bench/prh-small.yml: the template phrases and off-format wording (what a textlint user starts with). */
export const smallDictionary = () => readFileSync(join(root, "bench/prh-small.yml"), "utf8");

/**
 * The larger dictionary: bench/prh-small.yml followed by the rules of bench/prh.yml (doubled words,
 * web-page junk); textlintSetup appends the township names.
 */
export function largeDictionary() {
  const rest = readFileSync(join(root, "bench/prh.yml"), "utf8");
  return smallDictionary() + rest.slice(rest.indexOf("\nrules:\n") + "\nrules:\n".length);
}
