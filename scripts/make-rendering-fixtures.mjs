#!/usr/bin/env node
// Writes fixtures/renderings/: a few reports of the labelled generator (bench/labelled.mjs: invented
// text, both table layouts, several flattenings, one table defect each) as text, then their Word and
// PDF renderings (scripts/render-office.mjs). test/documents/renderings.test.ts compares every
// rendering with the web-page form. Needs the build, LibreOffice and Chromium (see render-office.mjs);
// the results are committed, so `npm test` needs neither.
//   node scripts/make-rendering-fixtures.mjs
import { mkdirSync, writeFileSync, readdirSync, rmSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";
import { labelledCases } from "../bench/labelled.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "fixtures/renderings");
/** One clean report and one table defect per rule that reads tables, across layouts and flattenings. */
const RENDERED_CASES = [
  "s1-2021-cell-per-line",
  "s1-2019-tab+broken-row-total",
  "s1-2021-tab+extra-rows-table-2",
  "s1-2021-blank-line+wu-in-cell",
  "s1-2021-gfm+wrong-year-table-2",
  "s1-2019-cell-per-line+broken-table-4-group",
];
/** Chromium's PDFs embed their fonts (~0.5 MB each): one report is printed from the web page. */
const PRINTED_CASE = "s1-2019-tab+broken-row-total";

const cases = labelledCases({ seeds: [1] });
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const sources = [];
for (const name of RENDERED_CASES) {
  const c = cases.find((k) => k.name === name);
  if (!c) throw new Error(`no labelled case ${name}`);
  const file = join(outDir, c.fileName.replace(/\+/g, "_"));
  writeFileSync(file, c.text);
  sources.push(file);
}
const r = spawnSync(process.execPath, [join(root, "scripts/render-office.mjs"), outDir, ...sources], { stdio: "inherit" });
if (r.status !== 0) process.exit(r.status ?? 1);
const printed = PRINTED_CASE.replace(/\+/g, "_");
for (const f of readdirSync(outDir)) if (f.endsWith(".chromium.pdf") && !f.startsWith(`${printed}.`)) rmSync(join(outDir, f));
console.log(readdirSync(outDir).join("\n"));
