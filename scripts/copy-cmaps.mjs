#!/usr/bin/env node
// Copies the Chinese CMaps pdf.js needs from pdfjs-dist (a devDependency) into data/cmaps/, which
// ships with reportlint. A PDF whose Chinese font is not embedded (STSong-Light with the
// UniGB-UCS2-H encoding is the usual case in government PDFs) can only be turned back into text
// with these files; without them pdf.js silently returns no text. See data/cmaps/README.md.
//   node scripts/copy-cmaps.mjs        (run again after upgrading pdfjs-dist; commit the result)
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const from = join(dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "cmaps");
const to = join(root, "data/cmaps");

// Simplified Chinese (Adobe-GB1: GB2312, GBK, GB18030, Unicode) and Traditional Chinese
// (Adobe-CNS1: Big Five and its Hong Kong variants, CNS 11643, Unicode). Identity-H/V are built
// into pdf.js and have no file. Japanese and Korean CMaps are left out.
export const CHINESE = /^(Adobe-GB1|Adobe-CNS1|UniGB|UniCNS|GB|B5|CNS|ETen|ETHK|HK).*\.bcmap$/;

const names = readdirSync(from).filter((n) => CHINESE.test(n) || /^Identity-[HV]/.test(n)).sort();
mkdirSync(to, { recursive: true });
// Start from no CMaps (an upgrade may drop one); README.md stays.
for (const n of readdirSync(to)) if (n.endsWith(".bcmap")) rmSync(join(to, n));
let bytes = 0;
for (const n of names) {
  copyFileSync(join(from, n), join(to, n));
  bytes += statSync(join(to, n)).size;
}
copyFileSync(join(from, "LICENSE"), join(to, "LICENSE"));
console.log(`copied ${names.length} CMaps (${Math.round(bytes / 1024)} KiB) and LICENSE from ${from} to ${to}`);
