#!/usr/bin/env node
// How well reportlint reads reports as offices publish them: every real report in ../shared (seeds
// and corpus) that has a table is rendered into Word and PDF with LibreOffice and Chromium
// (scripts/render-office.mjs: A4 Word PDF, narrow label columns, landscape, Chromium's print of the
// web page), then each rendering is compared with the web-page form, which reportlint reads exactly:
// the cells of tables 二/三/四 (table, row, column, value) and the findings (bench/renderings.mjs).
// Prints one line per format, the differences with --verbose, and the warm time per PDF.
//
//   node bench/formats.mjs [--verbose] [--keep DIR] [report.txt …]
//
// Needs the build (dist/), soffice and chromium (Debian: libreoffice-writer-nogui, chromium,
// fonts-noto-cjk). The renderings are written to a temporary folder (or --keep DIR, reused when present).
import { readFileSync, readdirSync, existsSync, mkdtempSync } from "node:fs";
import { join, dirname, basename } from "node:path";
import { fileURLToPath } from "node:url";
import { tmpdir } from "node:os";
import { spawnSync } from "node:child_process";
import * as api from "../dist/index.js";
import { compareRendering } from "./renderings.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const keepAt = args.indexOf("--keep");
const outDir = keepAt >= 0 ? args[keepAt + 1] : mkdtempSync(join(tmpdir(), "reportlint-formats-"));
const named = args.filter((a, i) => !a.startsWith("--") && i !== keepAt + 1);

const shared = join(root, "..", "shared");
const inputs = named.length
  ? named
  : ["seeds", "corpus"].flatMap((d) => (existsSync(join(shared, d)) ? readdirSync(join(shared, d)).filter((f) => f.endsWith(".txt")).sort().map((f) => join(shared, d, f)) : []));
// Only reports with a table that reportlint reads in their text form.
const withTables = inputs.filter((f) => Object.values(api.buildModel(readFileSync(f, "utf8"), { filePath: f }).tables).some((t) => t?.rows.length));
if (!withTables.length) {
  console.error("no report with a table to render (is ../shared beside the project?)");
  process.exit(2);
}
const names = withTables.map((f) => basename(f).replace(/\.[^.]+$/, ""));
if (!names.every((n) => existsSync(join(outDir, `${n}.html`)))) {
  const r = spawnSync(process.execPath, [join(root, "scripts/render-office.mjs"), outDir, ...withTables], { stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) process.exit(r.status ?? 2);
}

const FORMS = [
  ["Word (.docx)", ".docx", "docx"],
  ["PDF from Word, A4", ".pdf", "pdf"],
  ["PDF from Word, narrow label columns", ".narrow.pdf", "pdf"],
  ["PDF from Word, landscape", ".landscape.pdf", "pdf"],
  ["PDF printed from the web page (Chromium)", ".chromium.pdf", "pdf"],
];
const totals = FORMS.map(() => ({ files: 0, cells: 0, same: 0, extra: 0, missing: 0, perfect: 0 }));
const pdfTimes = [];
for (const name of names) {
  const reference = { format: "html", bytes: readFileSync(join(outDir, `${name}.html`)) };
  for (const [k, [label, suffix, format]] of FORMS.entries()) {
    const file = join(outDir, `${name}${suffix}`);
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    const r = await compareRendering(api, reference, { format, bytes });
    const t = totals[k];
    t.files++;
    t.cells += r.cells;
    t.same += r.cellsSame;
    t.extra += r.extra.length;
    t.missing += r.missing.length;
    if (!r.cellDiffs.length && !r.extra.length && !r.missing.length) t.perfect++;
    if (verbose && (r.cellDiffs.length || r.extra.length || r.missing.length)) {
      console.log(`${name}${suffix} (${label})`);
      for (const d of r.cellDiffs) console.log(`  cell ${d}`);
      for (const d of r.extra) console.log(`  + ${d}`);
      for (const d of r.missing) console.log(`  - ${d}`);
    }
    if (format === "pdf") {
      // Warm: the second read of the same bytes in this process.
      const start = performance.now();
      const doc = await api.renderDocument("pdf", bytes);
      api.lintRendered(doc, {});
      pdfTimes.push({ ms: performance.now() - start, pages: (doc.text.match(/第 \d+ 页/g) ?? []).length });
    }
  }
}
console.log(`${names.length} real reports with tables (../shared), each compared with its web-page form:`);
console.log("| form | files | cells identical | findings not in the web form | findings missing | files identical |");
console.log("| --- | --- | --- | --- | --- | --- |");
for (const [k, [label]] of FORMS.entries()) {
  const t = totals[k];
  if (!t.files) continue;
  console.log(`| ${label} | ${t.files} | ${t.same}/${t.cells} (${((100 * t.same) / Math.max(1, t.cells)).toFixed(2)}%) | ${t.extra} | ${t.missing} | ${t.perfect}/${t.files} |`);
}
pdfTimes.sort((a, b) => a.ms - b.ms);
if (pdfTimes.length) console.log(`PDF read + lint, warm: median ${pdfTimes[pdfTimes.length >> 1].ms.toFixed(0)} ms, slowest ${pdfTimes[pdfTimes.length - 1].ms.toFixed(0)} ms (${pdfTimes.length} PDFs)`);
if (keepAt < 0) console.log(`(renderings in ${outDir})`);
