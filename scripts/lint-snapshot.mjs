// The identical-output guard: lints every report we have — ../shared (seeds, corpus), fixtures/ and
// a seeded generated corpus — and records every finding (rule, severity, message, positions, fix)
// per file, plus a hash of each report's model. test/integration/lint-snapshot.test.ts recomputes
// this and compares, so a change meant to be faster cannot quietly change what users see.
//
//   node scripts/lint-snapshot.mjs            compare the built library (dist/) with the snapshot
//   node scripts/lint-snapshot.mjs --record   write test/snapshots/lint-output.json
//
// When a rule's behaviour changes on purpose, re-record (npm run build first) and say so in the commit.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { makeReport, prng } from "../bench/generate.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const SNAPSHOT_PATH = join(root, "test/snapshots/lint-output.json");
/** How many generated reports, and from which seed (bench/generate.mjs: same seed, same reports). */
export const GENERATED = { count: 200, seed: 20260101 };

const REPORT_EXT = /\.(txt|md|markdown|html?|xhtml|docx|pdf)$/i;
const DOCUMENT_EXT = /\.(html?|xhtml|docx|pdf)$/i;

function walk(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else if (REPORT_EXT.test(name) && !/^README\./i.test(name)) out.push(path);
  }
  return out;
}

/** bytes → text, as reportlint reads files: BOM, BOM-less UTF-16 by its NULs, UTF-8, else GB18030. */
function decodeText(bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const sample = bytes.subarray(0, 4096);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 ? oddNul++ : evenNul++);
  if (evenNul > sample.length / 8) return new TextDecoder("utf-16be").decode(bytes);
  if (oddNul > sample.length / 8) return new TextDecoder("utf-16le").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/** A finding as the snapshot keeps it: everything a user sees of it. */
function finding(m) {
  const f = { rule: m.ruleId, severity: m.severity, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn, message: m.message };
  if (m.messageId) f.messageId = m.messageId;
  if (m.fatal) f.fatal = true;
  if (m.place) f.place = m.place;
  if (m.fix) f.fix = m.fix;
  return f;
}

const sha = (s) => createHash("sha256").update(s).digest("hex").slice(0, 16);

/** What a report's model is, compactly: a hash of its JSON (what --print-model -f json is built from). */
function modelHash(lib, text, filePath, format) {
  try {
    return sha(JSON.stringify(lib.buildModel(text, { filePath, format })));
  } catch (err) {
    return `error: ${err instanceof Error ? err.message : String(err)}`;
  }
}

/** Every report to lint: { key, text | bytes, filePath, previous? }. */
export function collectInputs() {
  const inputs = [];
  const shared = join(root, "..", "shared");
  for (const dir of ["seeds", "corpus"]) {
    for (const path of walk(join(shared, dir))) inputs.push({ key: `shared/${relative(shared, path)}`, path });
  }
  for (const path of walk(join(root, "fixtures"))) inputs.push({ key: relative(root, path), path });
  // Cross-year fixtures once more with last year's report, for the rules that compare the two.
  const crossYear = join(root, "fixtures/cross-year");
  for (const dir of existsSync(crossYear) ? readdirSync(crossYear).sort() : []) {
    const files = walk(join(crossYear, dir));
    const previous = files.find((f) => /2022/.test(relative(join(crossYear, dir), f)));
    if (!previous) continue;
    for (const path of files) {
      if (path !== previous && /2023/.test(relative(join(crossYear, dir), path))) {
        inputs.push({ key: `${relative(root, path)} (previous: ${relative(root, previous)})`, path, previous });
      }
    }
  }
  const r = prng(GENERATED.seed);
  for (let i = 0; i < GENERATED.count; i++) {
    const rep = makeReport(r, i);
    let text = rep.crlf ? rep.text.replace(/\n/g, "\r\n") : rep.text;
    inputs.push({ key: `generated/${rep.name}`, text, filePath: rep.name });
  }
  return inputs;
}

/** Lint every input with the library `lib` (dist/index.js or src/index.ts); returns { key: { model, findings } }. */
export async function computeSnapshot(lib, inputs = collectInputs()) {
  const out = {};
  for (const input of inputs) {
    // Paths relative to the project, so that messages naming a file read the same in any checkout.
    const filePath = input.filePath ?? relative(root, input.path);
    let messages;
    let model;
    if (input.path && DOCUMENT_EXT.test(input.path)) {
      const format = lib.documentFormatForPath(input.path);
      try {
        const doc = await lib.renderDocument(format, new Uint8Array(readFileSync(input.path)));
        messages = lib.lintRendered(doc, { filePath });
        model = modelHash(lib, doc.text, filePath, "text");
      } catch (err) {
        out[input.key] = { error: err instanceof Error ? err.message : String(err) };
        continue;
      }
    } else {
      const text = input.text ?? decodeText(readFileSync(input.path));
      const previous = input.previous ? { text: decodeText(readFileSync(input.previous)), filePath: relative(root, input.previous) } : undefined;
      messages = lib.lintText(text, { filePath, previous });
      model = modelHash(lib, text, filePath);
    }
    out[input.key] = { model, findings: messages.map(finding) };
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Differences between two snapshots, one line each (empty when identical). */
export function diffSnapshots(expected, actual) {
  const lines = [];
  const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  for (const key of keys) {
    const e = expected[key];
    const a = actual[key];
    if (!e) { lines.push(`+ ${key}: not in the snapshot`); continue; }
    if (!a) { lines.push(`- ${key}: no longer linted`); continue; }
    if (e.error !== a.error) lines.push(`~ ${key}: error ${JSON.stringify(e.error)} → ${JSON.stringify(a.error)}`);
    if (e.model !== a.model) lines.push(`~ ${key}: model changed (${e.model} → ${a.model})`);
    const es = (e.findings ?? []).map((f) => JSON.stringify(f));
    const as = (a.findings ?? []).map((f) => JSON.stringify(f));
    const aSet = new Set(as);
    const eSet = new Set(es);
    const before = lines.length;
    for (const f of es) if (!aSet.has(f)) lines.push(`- ${key}: ${f}`);
    for (const f of as) if (!eSet.has(f)) lines.push(`+ ${key}: ${f}`);
    if (lines.length === before && es.join("\n") !== as.join("\n")) lines.push(`~ ${key}: the same findings, in another order or number`);
  }
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const lib = await import(pathToFileURL(join(root, "dist/index.js")).href);
  const t = performance.now();
  const snapshot = await computeSnapshot(lib);
  const ms = performance.now() - t;
  const count = Object.values(snapshot).reduce((n, f) => n + (f.findings?.length ?? 0), 0);
  if (process.argv.includes("--record")) {
    mkdirSync(dirname(SNAPSHOT_PATH), { recursive: true });
    writeFileSync(SNAPSHOT_PATH, JSON.stringify(snapshot, null, 0).replace(/\],"/g, '],\n"').replace(/\},"/g, '},\n"') + "\n");
    console.log(`recorded ${Object.keys(snapshot).length} reports, ${count} findings in ${relative(root, SNAPSHOT_PATH)} (${ms.toFixed(0)} ms)`);
  } else {
    const diff = diffSnapshots(JSON.parse(readFileSync(SNAPSHOT_PATH, "utf8")), snapshot);
    console.log(diff.length ? diff.join("\n") : `identical: ${Object.keys(snapshot).length} reports, ${count} findings (${ms.toFixed(0)} ms)`);
    process.exitCode = diff.length ? 1 : 0;
  }
}
