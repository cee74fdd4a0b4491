// node bench/scaling.mjs (after npm run build): is lintText linear in its input?
//  1. a report of repeated sections (built from fixtures/examples/qinghe-town-2022.txt), 0.5 MB vs 5 MB,
//     as whole reports one after another and as one report whose section 一 is padded;
//  2. pathological lines for regex backtracking and quadratic scans, 10× apart in size, each alone
//     and as a paragraph inside the example report (so every rule's prose path sees it).
// Prints milliseconds and the ratio large/small: about 10 for 10× the input is linear; a ratio
// near 100 means a quadratic path. Times are the median of a few runs on this machine.
// Found and fixed with it: duplicate-phrase walked a long legitimate repeat (2021年2021年…, 哈哈哈…)
// to its end from every position; regulation-citation rescanned a long sentence for each citation
// in it; prose lines blanked comments with a lazy regex that was quadratic on unclosed "<!--".
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { lintText } = await import(join(root, "dist/index.js"));
const example = readFileSync(join(root, "fixtures/examples/qinghe-town-2022.txt"), "utf8");
const MB = 1024 * 1024;
const bytes = (s) => Buffer.byteLength(s);
const size = (s) => (bytes(s) >= MB ? `${(bytes(s) / MB).toFixed(2)} MB` : `${(bytes(s) / 1024).toFixed(0)} KB`);

function median(fn, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Repeat `unit` until the text reaches `target` bytes. */
function fill(unit, target) {
  return unit.repeat(Math.max(1, Math.round(target / bytes(unit))));
}

/** The example report with `pad` inserted as the body of section 一 (before section 二). */
function inReport(pad) {
  const at = example.indexOf("二、主动公开政府信息情况");
  return example.slice(0, at) + pad + "\n\n" + example.slice(at);
}

const section1 = example.slice(example.indexOf("一、总体情况"), example.indexOf("二、主动公开政府信息情况"));
const body1 = section1.slice(section1.indexOf("\n") + 1);
const cases = [
  ["whole reports, repeated", (n) => fill(example + "\n", n)],
  ["section 一 padded", (n) => inReport(fill(body1, n))],
];

const lines = {
  "“2021年” repeated": "2021年",
  "“第二十条第” repeated": "第二十条第",
  "“（” repeated": "（",
  "digits": "0123456789",
  "“〔” repeated": "〔",
  "“〔2021〕” repeated": "〔2021〕",
  "Latin letters": "abcdefghijklmnopqrstuvwxyz",
  "Latin words and spaces": "lorem ipsum ",
  "“XX” repeated": "XX",
  "“安排” repeated": "安排",
  "digits and 年月日": "2021年12月31日",
  "“http://a.b/” repeated": "http://a.b/",
  "“@” and letters": "a@b.",
  "tabs": "\t",
  "U+3000": "\u3000",
  "“哈” repeated": "哈",
  "“县” repeated": "县",
  "“一、” lines": "一、\n",
  "unclosed “<!--” repeated": "<!--",
  "“〔2021〕30号” repeated": "〔2021〕30号",
  "“国务院令第492号、” repeated": "国务院令第492号、",
  "numbers and spaces": "1 2 3 ",
  "CJK without punctuation": "政府信息公开工作年度报告本年度依申请公开情况良好乡镇街道县区市",
};

function ratioRow(what, small, large, runsSmall, runsLarge, filePath = "r.txt") {
  lintText(small, { filePath }); // warm-up
  const a = median(() => lintText(small, { filePath }), runsSmall);
  const b = median(() => lintText(large, { filePath }), runsLarge);
  const ratio = b / a;
  const x = bytes(large) / bytes(small);
  const flag = ratio > x * 2.5 ? "  <-- super-linear?" : "";
  console.log(`  ${what.padEnd(44)} ${size(small).padStart(9)} ${a.toFixed(1).padStart(9)} ms  ${size(large).padStart(9)} ${b.toFixed(1).padStart(9)} ms  ${ratio.toFixed(1).padStart(6)}× for ${x.toFixed(1)}×${flag}`);
  return { what, a, b, ratio, x };
}

console.log("reportlint scaling (lintText, recommended rules; median ms; ratio = large / small)");
console.log("  reports of repeated sections");
for (const [what, make] of cases) {
  for (const filePath of ["r.txt", "r.md"]) ratioRow(`${what} (${filePath.slice(2)})`, make(0.5 * MB), make(5 * MB), 3, 3, filePath);
}
console.log("  one pathological line, alone / inside the example report");
for (const [what, unit] of Object.entries(lines)) {
  const kb = what.startsWith("CJK") ? 100 * 1024 : 10 * 1024;
  ratioRow(`${what}, alone`, fill(unit, kb), fill(unit, kb * 10), 5, 3);
  ratioRow(`${what}, in a report`, inReport(fill(unit, kb)), inReport(fill(unit, kb * 10)), 5, 3);
}
