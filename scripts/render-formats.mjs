#!/usr/bin/env node
// Renders one report, written once (fixtures/formats/source.txt), into every form reportlint
// reads: .txt (UTF-8, GBK, UTF-16 LE with BOM, UTF-16 BE without), .md, .html, .docx and .pdf.
// test/documents/cross-format.test.ts lints them all and expects the same findings.
// Reproducible: the same source gives the same bytes (no dates or random ids in the outputs).
//   node scripts/render-formats.mjs [source.txt] [outdir]
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import { readBlocks, toText, toMarkdown } from "./render/blocks.mjs";
import { toHtml } from "./render/html.mjs";
import { toDocx } from "./render/docx.mjs";
import { toPdf } from "./render/pdf.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = process.argv[2] ?? join(root, "fixtures/formats/source.txt");
const outDir = process.argv[3] ?? join(root, "fixtures/formats/report");
const base = "report";

const blocks = readBlocks(readFileSync(source, "utf8"));
const text = toText(blocks);
mkdirSync(outDir, { recursive: true });
const outputs = {
  [`${base}.txt`]: Buffer.from(text, "utf8"),
  [`${base}.gbk.txt`]: iconv.encode(text, "gbk"),
  [`${base}.utf16le.txt`]: Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf-16le")]),
  [`${base}.utf16be.txt`]: iconv.encode(text, "utf-16be"),
  [`${base}.md`]: Buffer.from(toMarkdown(blocks), "utf8"),
  [`${base}.html`]: Buffer.from(toHtml(blocks), "utf8"),
  [`${base}.docx`]: Buffer.from(await toDocx(blocks)),
  [`${base}.pdf`]: Buffer.from(await toPdf(blocks)),
};
// GBK cannot hold every character: make sure nothing was replaced on the way.
if (iconv.decode(outputs[`${base}.gbk.txt`], "gbk") !== text) throw new Error("the source has characters GBK cannot encode");
for (const [name, bytes] of Object.entries(outputs)) {
  writeFileSync(join(outDir, name), bytes);
  console.log(`${name.padEnd(22)} ${bytes.length} bytes`);
}
