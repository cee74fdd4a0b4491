// Where lintText's time goes on real reports, in one warm process (issue 21): per report, the
// median over many rounds of lintText with every recommended rule on and of the model alone
// (buildModel), and the mean time of each rule (its create and end, the model already built).
// Runs on the built library: `npm run build` first.
//
//   node scripts/profile-rules.mjs [--rounds 200] [--rules] [--lib path/to/index.js] [files or folders…]
//
// Default files: ../shared/seeds. `--rules` adds the per-rule table (summed over the files);
// `--lib` measures another build (a copy of an earlier dist/, for before/after figures).
// `--cpu` times with this process's CPU time (process.cpuUsage) instead of the clock: a busy machine
// disturbs it less, but the garbage collector's helper threads count in whatever is being timed.
// Figures from a shared, busy machine vary by ±20 %: compare runs made one after the other.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const [, value] = args.splice(i, 2);
  return value;
};
const lib = await import(pathToFileURL(resolve(flag("--lib") ?? join(root, "dist/index.js"))).href);
const cpu = args.includes("--cpu");
/** Milliseconds: of CPU time used by this process so far (--cpu), else of the clock. */
const cpuMs = cpu
  ? () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    }
  : () => performance.now();
const rounds = Number(flag("--rounds") ?? 200);
const perRule = args.includes("--rules");
const paths = args.filter((a) => !a.startsWith("--"));
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error("--rounds takes a whole number ≥ 1");
  process.exit(2);
}

function reports(list) {
  const out = [];
  for (const p of list) {
    if (statSync(p).isDirectory()) out.push(...reports(readdirSync(p).sort().filter((n) => /\.(txt|md)$/i.test(n) && !/^README\./i.test(n)).map((n) => join(p, n))));
    else out.push(p);
  }
  return out;
}
const files = reports(paths.length ? paths : [join(root, "..", "shared", "seeds")]);

function median(fn) {
  for (let i = 0; i < Math.min(20, rounds); i++) fn(); // warm-up
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const t = cpuMs();
    fn();
    times.push(cpuMs() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

// Each rule wrapped so its own time is measured: the model is built before the clock starts.
const ruleTimes = new Map();
let timing = false;
const wrapped = new Map(
  [...lib.defaultRegistry].map(([id, rule]) => [
    id,
    {
      meta: rule.meta,
      create(context) {
        if (timing) void context.model;
        const t = cpuMs();
        const listener = rule.create(context);
        let spent = cpuMs() - t;
        const end = listener?.end;
        if (!end) {
          if (timing) ruleTimes.get(id).push(spent);
          return listener;
        }
        return {
          ...listener,
          end() {
            const t2 = cpuMs();
            try {
              return end.call(listener);
            } finally {
              spent += cpuMs() - t2;
              if (timing) ruleTimes.get(id).push(spent);
            }
          },
        };
      },
    },
  ]),
);

const fmt = (ms) => ms.toFixed(2).padStart(7);
console.log(`lintText, every recommended rule on; ${rounds} rounds (ms${cpu ? " of CPU time" : ""})`);
console.log("total and model: medians; rules: the sum of each rule's mean time (its create and end, the model built)");
console.log(`${"report".padEnd(28)} ${"KB".padStart(5)} ${"total".padStart(7)} ${"model".padStart(7)} ${"rules".padStart(7)}`);
const sums = { total: 0, model: 0, rules: 0, kb: 0 };
const ruleSums = new Map([...lib.defaultRegistry.keys()].map((id) => [id, 0]));
for (const file of files) {
  const text = readFileSync(file, "utf8").replace(/^\ufeff/, "");
  const filePath = basename(file);
  const total = median(() => lib.lintText(text, { filePath }));
  const model = median(() => lib.buildModel(text, { filePath }));
  for (const id of ruleSums.keys()) ruleTimes.set(id, []);
  for (let i = 0; i < Math.min(20, rounds); i++) lib.lintText(text, { filePath, registry: wrapped }); // warm-up
  timing = true;
  for (let i = 0; i < rounds; i++) lib.lintText(text, { filePath, registry: wrapped });
  timing = false;
  // Per rule the mean, not the median: the rules' figures then add up (a median of each does not).
  let rulesMs = 0;
  for (const [id, times] of ruleTimes) {
    const m = times.length ? times.reduce((a, b) => a + b, 0) / times.length : 0;
    ruleSums.set(id, ruleSums.get(id) + m);
    rulesMs += m;
  }
  const kb = Buffer.byteLength(text) / 1024;
  Object.assign(sums, { total: sums.total + total, model: sums.model + model, rules: sums.rules + rulesMs, kb: sums.kb + kb });
  console.log(`${filePath.slice(0, 28).padEnd(28)} ${kb.toFixed(1).padStart(5)} ${fmt(total)} ${fmt(model)} ${fmt(rulesMs)}`);
}
console.log(`${"all".padEnd(28)} ${sums.kb.toFixed(1).padStart(5)} ${fmt(sums.total)} ${fmt(sums.model)} ${fmt(sums.rules)}`);
console.log(`per report (mean)            ${(sums.kb / files.length).toFixed(1).padStart(5)} ${fmt(sums.total / files.length)} ${fmt(sums.model / files.length)} ${fmt(sums.rules / files.length)}`);
if (perRule) {
  console.log(`\nper rule, model already built (ms, sum over ${files.length} reports of each report's mean)`);
  for (const [id, ms] of [...ruleSums].sort((a, b) => b[1] - a[1])) console.log(`${id.padEnd(28)} ${fmt(ms)}`);
}
