// The evaluation of reportlint's rules (docs/eval.md): lints the labelled real reports and the
// generated cases with injected defects, and counts per rule true findings, misses and false
// findings. Pure functions of a `lint(text, fileName, previous?)` function, so that `npm run eval` can run it on
// the built dist/ and test/eval on the sources.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { labelledCases } from "../bench/labelled.mjs";

export const EVAL_DIR = dirname(fileURLToPath(import.meta.url));
export const REAL_LABELS = join(EVAL_DIR, "labels", "real.json");
export const BASELINE = join(EVAL_DIR, "baseline.json");
/** Floating-point slack when comparing with the recorded figures; not a tolerance for worse results. */
export const EPSILON = 1e-9;

const inRange = (line, label) =>
  label.line !== undefined ? line === label.line : label.lines ? line >= label.lines[0] && line <= label.lines[1] : true;
const where = (label) => (label.line !== undefined ? `${label.line}` : label.lines ? `${label.lines[0]}-${label.lines[1]}` : "*");

/** A label file's mistakes (unknown rules, malformed lines, a `must` without its `why`), as sentences. */
export function labelProblems(labels, ruleIds) {
  const problems = [];
  if (!labels || typeof labels.files !== "object") return ["no \"files\" object"];
  for (const [name, entry] of Object.entries(labels.files)) {
    for (const label of entry.must ?? []) {
      if (!ruleIds.includes(label.rule)) problems.push(`${name}: unknown rule "${label.rule}" in must`);
      if (label.line !== undefined && !Number.isInteger(label.line)) problems.push(`${name}: ${label.rule}: line must be a whole number`);
      if (label.lines !== undefined && !(Array.isArray(label.lines) && label.lines.length === 2 && label.lines[0] <= label.lines[1])) problems.push(`${name}: ${label.rule}: lines must be [first, last]`);
      if (!label.why) problems.push(`${name}: ${label.rule}: a must needs its "why"`);
    }
    for (const rule of entry.mustNot ?? []) if (!ruleIds.includes(rule)) problems.push(`${name}: unknown rule "${rule}" in mustNot`);
  }
  return problems;
}

/** Reads a labels file; a file that is not JSON or has mistakes is an Error naming them. */
export function readLabels(labelsPath, ruleIds) {
  let labels;
  try {
    labels = JSON.parse(readFileSync(labelsPath, "utf8"));
  } catch (err) {
    throw new Error(`${labelsPath}: ${err.message}`);
  }
  const problems = ruleIds ? labelProblems(labels, ruleIds) : [];
  if (problems.length) throw new Error(`${labelsPath}:\n  ${problems.join("\n  ")}`);
  return labels;
}

/** The real reports of the labels file that exist here: [{ name, text, must, mustNot }]; `missing` lists the others. */
export function loadRealSet(labelsPath = REAL_LABELS, ruleIds) {
  const labels = readLabels(labelsPath, ruleIds);
  const root = resolve(dirname(labelsPath), "..", "..", labels.root);
  const cases = [];
  const missing = [];
  for (const [name, entry] of Object.entries(labels.files)) {
    const file = join(root, name);
    if (!existsSync(file)) {
      missing.push(name);
      continue;
    }
    cases.push({ name, fileName: file, text: readFileSync(file, "utf8"), must: entry.must ?? [], mustNot: entry.mustNot ?? [] });
  }
  return { cases, missing, root };
}

function emptyStats() {
  return { trueFindings: 0, falseFindings: 0, hits: 0, misses: 0 };
}
function stat(stats, rule) {
  return (stats[rule] ??= emptyStats());
}
const brief = (m) => ({ rule: m.ruleId, line: m.line, message: m.message });

/**
 * Scores the real set. A finding is true when it matches a `must` of its file (same rule, line on the
 * label's line or in its range, or anywhere for a label without a line); false when it matches none
 * and its rule is in the file's `mustNot`; otherwise not judged. A `must` is a hit when at least one
 * finding matches it, else a miss.
 */
export function scoreReal(cases, lint) {
  const stats = {};
  const misses = [];
  const falseFindings = [];
  const unjudged = [];
  const fatal = [];
  for (const c of cases) {
    const messages = lint(c.text, c.fileName);
    for (const m of messages.filter((m) => !m.ruleId)) fatal.push({ file: c.name, ...brief(m) });
    const findings = messages.filter((m) => m.ruleId);
    for (const label of c.must) {
      const hit = findings.some((m) => m.ruleId === label.rule && inRange(m.line, label));
      stat(stats, label.rule)[hit ? "hits" : "misses"]++;
      if (!hit) misses.push({ file: c.name, rule: label.rule, where: where(label), why: label.why });
    }
    for (const m of findings) {
      if (c.must.some((label) => label.rule === m.ruleId && inRange(m.line, label))) stat(stats, m.ruleId).trueFindings++;
      else if (c.mustNot.includes(m.ruleId)) {
        stat(stats, m.ruleId).falseFindings++;
        falseFindings.push({ file: c.name, ...brief(m) });
      } else unjudged.push({ file: c.name, ...brief(m) });
    }
  }
  return { stats, misses, falseFindings, unjudged, fatal, files: cases.length };
}

/** A finding's key across a control and its copies: rule and message, with "第 N 行" references left out
 * (lines move when a copy gains a sentence). */
const inheritKey = (m) => `${m.ruleId}\u0000${m.message.replace(/第\s*\d+\s*行/g, "第#行")}`;

/** Multiset of a control's findings by inheritKey. */
function controlKeys(messages) {
  const keys = new Map();
  for (const m of messages) {
    const k = inheritKey(m);
    keys.set(k, (keys.get(k) ?? 0) + 1);
  }
  return keys;
}

/**
 * Scores the injected set. On a control every finding is false. On a copy: a finding of the injected
 * rule on the marked line (or range) is true; one that its control also has (same rule and message) is
 * inherited and not counted again; one of a rule the mutation lists in `ignore` is not judged; any
 * other is false. The injected defect is a hit when at least one true finding reports it. Traps inject
 * no defect: every new finding on them is false.
 */
export function scoreInjected(cases, lint) {
  const stats = {};
  const misses = [];
  const falseFindings = [];
  const fatal = [];
  const controls = new Map();
  for (const c of cases.filter((c) => !c.control)) {
    const messages = lint(c.text, c.fileName, c.previous);
    controls.set(c.name, messages);
    for (const m of messages) {
      if (!m.ruleId) {
        fatal.push({ file: c.name, ...brief(m) });
        continue;
      }
      stat(stats, m.ruleId).falseFindings++;
      falseFindings.push({ file: c.name, ...brief(m) });
    }
  }
  for (const c of cases.filter((c) => c.control)) {
    const messages = lint(c.text, c.fileName, c.previous);
    const inherited = controlKeys(controls.get(c.control) ?? []);
    let hit = false;
    for (const m of messages) {
      if (!m.ruleId) {
        fatal.push({ file: c.name, ...brief(m) });
        continue;
      }
      if (c.expect && m.ruleId === c.expect.rule && inRange(m.line, c.expect)) {
        hit = true;
        stat(stats, m.ruleId).trueFindings++;
        continue;
      }
      const k = inheritKey(m);
      if (inherited.get(k) > 0) {
        inherited.set(k, inherited.get(k) - 1);
        continue;
      }
      if (c.ignore.includes(m.ruleId)) continue;
      stat(stats, m.ruleId).falseFindings++;
      falseFindings.push({ file: c.name, ...brief(m) });
    }
    if (c.expect) {
      stat(stats, c.expect.rule)[hit ? "hits" : "misses"]++;
      if (!hit) misses.push({ file: c.name, rule: c.expect.rule, where: where(c.expect), why: c.mutation });
    }
  }
  return { stats, misses, falseFindings, fatal, files: cases.length, controls: controls.size };
}

/** recall = hits / (hits + misses); precision = true / (true + false findings); null where undefined. */
export function figures(stats, ruleIds) {
  const out = {};
  for (const id of ruleIds) {
    const s = stats[id] ?? emptyStats();
    out[id] = {
      ...s,
      recall: s.hits + s.misses ? s.hits / (s.hits + s.misses) : null,
      precision: s.trueFindings + s.falseFindings ? s.trueFindings / (s.trueFindings + s.falseFindings) : null,
    };
  }
  return out;
}

/**
 * Runs both sets. `lint(text, fileName, previous?)` returns the messages of the default configuration;
 * `previous` ({ text, fileName }) is last year's report, for the cross-year cases.
 */
export function evaluate({ lint, ruleIds, seeds = [1], labelsPath = REAL_LABELS }) {
  const real = loadRealSet(labelsPath, ruleIds);
  const realScore = scoreReal(real.cases, lint);
  const injectedCases = labelledCases({ seeds });
  const injectedScore = scoreInjected(injectedCases, lint);
  return {
    real: { ...realScore, missingFiles: real.missing, figures: figures(realScore.stats, ruleIds) },
    injected: { ...injectedScore, seeds, figures: figures(injectedScore.stats, ruleIds) },
  };
}

const pct = (x) => (x === null ? "   –  " : x.toFixed(3).padStart(6));

/** The printed report: a table per set, then the misses and false findings. */
export function formatReport(result) {
  const lines = [];
  for (const [name, set] of [["real reports (eval/labels/real.json)", result.real], [`injected defects (bench/labelled.mjs, seeds ${result.injected.seeds.join(",")})`, result.injected]]) {
    lines.push(`\n== ${name}: ${set.files} files${set.missingFiles?.length ? ` (${set.missingFiles.length} labelled files not found)` : ""}`);
    lines.push(`${"rule".padEnd(28)} ${"true".padStart(5)} ${"miss".padStart(5)} ${"false".padStart(5)} ${"recall".padStart(6)} ${"precision".padStart(9)}`);
    for (const [id, f] of Object.entries(set.figures)) {
      lines.push(`${id.padEnd(28)} ${String(f.trueFindings).padStart(5)} ${String(f.misses).padStart(5)} ${String(f.falseFindings).padStart(5)} ${pct(f.recall)} ${pct(f.precision).padStart(9)}`);
    }
  }
  for (const [name, set] of [["real", result.real], ["injected", result.injected]]) {
    lines.push(`\n-- ${name}: misses (${set.misses.length})`);
    for (const m of set.misses) lines.push(`${m.file}:${m.where}  ${m.rule}  (${m.why})`);
    lines.push(`\n-- ${name}: false findings (${set.falseFindings.length})`);
    for (const m of set.falseFindings) lines.push(`${m.file}:${m.line}  ${m.rule}  ${m.message}`);
    if (set.unjudged) lines.push(`\n-- ${name}: ${set.unjudged.length} findings not judged (no label says; --json lists them)`);
    if (set.fatal.length) {
      lines.push(`\n-- ${name}: fatal messages (${set.fatal.length})`);
      for (const m of set.fatal) lines.push(`${m.file}:${m.line}  ${m.message}`);
    }
  }
  if (result.real.missingFiles?.length) lines.push(`\nlabelled files not found: ${result.real.missingFiles.join(", ")}`);
  return lines.join("\n");
}

const findingKey = (m) => `${m.file}:${m.line ?? m.where} ${m.rule} ${m.message ?? m.why}`;

/** What `--record` stores: the figures, and the misses and false findings they come from. */
export function toBaseline(result) {
  const set = (s) => ({
    figures: Object.fromEntries(Object.entries(s.figures).map(([id, f]) => [id, { recall: f.recall, precision: f.precision, true: f.trueFindings, misses: f.misses, false: f.falseFindings }])),
    misses: s.misses.map(findingKey),
    falseFindings: s.falseFindings.map(findingKey),
  });
  return { about: "Figures of `npm run eval` (docs/eval.md); written by `npm run eval -- --record`, checked by test/eval.", real: set(result.real), injected: { seeds: result.injected.seeds, ...set(result.injected) } };
}

/**
 * Rules whose precision or recall fell below the recorded figure, each with the misses and false
 * findings that are new since the recording.
 */
export function regressions(result, baseline, which = ["real", "injected"]) {
  const out = [];
  for (const name of which) {
    const now = result[name];
    const then = baseline[name];
    const newMisses = now.misses.map(findingKey).filter((k) => !then.misses.includes(k));
    const newFalse = now.falseFindings.map(findingKey).filter((k) => !then.falseFindings.includes(k));
    for (const [id, f] of Object.entries(now.figures)) {
      const b = then.figures[id];
      if (!b) continue;
      const worse = [];
      if (b.recall !== null && (f.recall ?? 0) < b.recall - EPSILON) worse.push(`recall ${f.recall?.toFixed(3)} < recorded ${b.recall.toFixed(3)}`);
      if (b.precision !== null && f.precision !== null && f.precision < b.precision - EPSILON) worse.push(`precision ${f.precision.toFixed(3)} < recorded ${b.precision.toFixed(3)}`);
      if (worse.length) {
        const mine = (k) => k.split(" ")[1] === id;
        out.push({ set: name, rule: id, worse, newMisses: newMisses.filter(mine), newFalse: newFalse.filter(mine) });
      }
    }
  }
  return out;
}
