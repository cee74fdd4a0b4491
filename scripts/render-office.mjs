#!/usr/bin/env node
// Renders plain-text reports into the Word and PDF files an office would publish, the way offices
// make them: a .docx with the official tables as Word tables (merged headers, fixed column widths,
// long labels wrapping inside their cells; ./render/office.mjs), printed to PDF by LibreOffice —
// A4 portrait ("word"), narrow label columns ("narrow"), a landscape page ("landscape") — plus the
// web-page form (.html) and Chromium's "print to PDF" of it ("chromium").
// bench/formats.mjs and test/documents/renderings.test.ts compare every rendering with the .html
// form: the same table cells and the same findings.
//
//   node scripts/render-office.mjs <outdir> <report.txt …>
//
// Needs the build (dist/) and, from Debian, libreoffice-writer (soffice) and chromium; a missing
// program is said, and its renderings are skipped. Not needed by `npm test`: the renderings of
// fixtures/renderings/*.txt are committed.
import { readFileSync, writeFileSync, mkdirSync, existsSync, mkdtempSync, rmSync, renameSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { spawnSync } from "node:child_process";
import { buildModel, LAYOUTS } from "../dist/index.js";
import { officeBlocks, pageOf } from "./render/office.mjs";
import { toDocx } from "./render/docx.mjs";
import { toHtml } from "./render/html.mjs";

const [outDir, ...inputs] = process.argv.slice(2);
if (!outDir || !inputs.length) {
  console.error("usage: node scripts/render-office.mjs <outdir> <report.txt …>");
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const which = (cmd) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const soffice = which("soffice");
const chromium = ["chromium", "chromium-browser", "google-chrome"].find(which);
if (!soffice) console.error("soffice (LibreOffice) not found: the Word-to-PDF renderings are skipped");
if (!chromium) console.error("chromium not found: its print-to-PDF renderings are skipped");

const WORD_VARIANTS = ["word", "narrow", "landscape"];
const toConvert = [];
for (const input of inputs) {
  const name = basename(input).replace(/\.[^.]+$/, "");
  const text = readFileSync(input, "utf8").replace(/^\ufeff/, "");
  for (const variant of WORD_VARIANTS) {
    const blocks = officeBlocks(text, { buildModel, layouts: LAYOUTS, filePath: input, variant });
    const file = join(outDir, variant === "word" ? `${name}.docx` : `${name}.${variant}.docx`);
    writeFileSync(file, await toDocx(blocks, { page: pageOf(variant), justify: true }));
    toConvert.push(file);
    if (variant === "word") writeFileSync(join(outDir, `${name}.html`), toHtml(blocks));
  }
}

if (soffice) {
  // A profile of its own, so that a running LibreOffice (or a parallel run) does not interfere.
  const profile = mkdtempSync(join(tmpdir(), "reportlint-lo-"));
  const r = spawnSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf:writer_pdf_Export", "--outdir", outDir, ...toConvert], { encoding: "utf8" });
  rmSync(profile, { recursive: true, force: true });
  if (r.status !== 0) console.error(r.stderr);
  // Only the narrow and landscape Word files are kept as PDF sources: the .docx of "word" is a rendering too.
  for (const f of toConvert) if (/\.(narrow|landscape)\.docx$/.test(f)) rmSync(f);
}
if (chromium) {
  for (const input of inputs) {
    const name = basename(input).replace(/\.[^.]+$/, "");
    // What a clerk prints is the report, not the site around it: the article alone.
    const page = readFileSync(join(outDir, `${name}.html`), "utf8");
    // The web form breaks long paragraphs over source lines between two Chinese characters, which
    // Chromium shows as a space (reportlint's HTML reader removes it); a printed page would not have them.
    const article = page.slice(page.indexOf("<article"), page.indexOf("</article>") + "</article>".length).replace(/(?<=[\u4e00-\u9fff])\n\s*(?=[\u4e00-\u9fff])/g, "");
    const html = join(tmpdir(), `reportlint-print-${process.pid}-${name}.html`);
    writeFileSync(html, `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><style>body { font-size: 12pt; } table { border-collapse: collapse; } td, th { text-align: center; }</style></head><body>${article}</body></html>\n`);
    const pdf = resolve(join(outDir, `${name}.chromium.pdf`));
    const profile = mkdtempSync(join(tmpdir(), "reportlint-chromium-"));
    spawnSync(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", `--user-data-dir=${profile}`, "--no-pdf-header-footer", `--print-to-pdf=${pdf}`, `file://${html}`], { stdio: "ignore" });
    rmSync(profile, { recursive: true, force: true });
    rmSync(html, { force: true });
    if (!existsSync(pdf)) console.error(`chromium did not print ${html}`);
  }
}
console.log(`rendered ${inputs.length} report(s) into ${outDir}`);
