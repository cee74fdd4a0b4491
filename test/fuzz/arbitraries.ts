// Generators of hostile and half-broken report texts for the property tests in test/fuzz/.
// Real-shaped inputs start from the fixtures and are mutated line by line and character by
// character, so the model sees almost-reports (the hard case), not only noise.
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(__dirname, "../..");

function readDir(dir: string): string[] {
  const abs = join(root, dir);
  return readdirSync(abs)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => readFileSync(join(abs, f), "utf8"));
}

/** The example reports and the table fixtures: the seeds that mutations start from. */
export const seeds: string[] = [...readDir("fixtures/examples"), ...readDir("fixtures/tables")];

/** Number of runs per property: FUZZ_RUNS (npm run fuzz sets 5000), else a CI-sized default. */
export const numRuns = Number(process.env.FUZZ_RUNS) > 0 ? Number(process.env.FUZZ_RUNS) : 200;

/** Fragments the rules and the model care about: headings, numbers, citations, separators, junk. */
const fragments = [
  "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
  "五、存在的主要问题及改进情况", "六、其他需要报告的事项", "（一）", "（二）", "第二十条第（一）项", "第二十条第",
  "2021年", "2022年", "2019年度", "99999999999999999999", "-1", "0", "12.5", "１２３", "1,234", "1e9", "NaN", "XX", "××", "某某",
  "《中华人民共和国政府信息公开条例》", "国办公开办函〔2021〕30号", "〔", "〕", "（", "）", "|", "| --- |", "---", "#", "## ",
  "\t", "\u3000", "\r", "\n", "\r\n", "\n\n", " ", "\u00a0", "\u200b", "\ufeff", "\u0000", "\u001b[31m", "\ud83d\ude00", "\ud800", "\udc00",
  "𠀀", "镇", "县", "街道", "人民政府", "本年新收政府信息公开申请数量", "总计", "合计", "自然人", "行政复议", "结果维持",
  "<!-- reportlint-disable -->", "<!-- reportlint-enable -->", "<!-- reportlint-disable-next-line numeric-cell -->", "<!--", "-->",
  "首页 > 政务公开", "打印本页", "关闭窗口", "电话：0571-12345678", "邮编：310000", "http://", "@", "abc", "pinyin", "安排安排", "工作工作",
];

/** Free text made of the fragments above and arbitrary characters (astral, control, CJK). */
export const fragmentText = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...fragments) }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) }), { maxLength: 80 })
  .map((parts) => parts.join(""));

/** Arbitrary strings: any code point (astral included), lone surrogates, ASCII control characters, CJK. */
export const randomText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), maxLength: 200 }),
  fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)), maxLength: 400 }),
  fc.string({ unit: fc.integer({ min: 0xd700, max: 0xe000 }).map((c) => String.fromCharCode(c)), maxLength: 50 }),
  fragmentText,
);

type Edit =
  | { kind: "delete-line"; at: number }
  | { kind: "insert-line"; at: number; text: string }
  | { kind: "duplicate-line"; at: number }
  | { kind: "swap-chars"; at: number }
  | { kind: "insert"; at: number; text: string }
  | { kind: "truncate"; at: number };

const insertion = fc.oneof(fc.constantFrom("\t", "\u3000", "\r", "\n", "\r\n", "99999999999999999999", "（", "〔", "|", "一、", "0"), fc.string({ unit: "binary", maxLength: 4 }), fragmentText);

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("delete-line" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("insert-line" as const), at: fc.nat(), text: insertion }),
  fc.record({ kind: fc.constant("duplicate-line" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("swap-chars" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: insertion }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
);

export function applyEdit(text: string, e: Edit): string {
  if (e.kind === "insert") {
    const at = e.at % (text.length + 1);
    return text.slice(0, at) + e.text + text.slice(at);
  }
  if (e.kind === "swap-chars") {
    if (text.length < 2) return text;
    const at = e.at % (text.length - 1);
    return text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2);
  }
  if (e.kind === "truncate") return text.slice(0, e.at % (text.length + 1));
  const lines = text.split("\n");
  const at = e.at % lines.length;
  if (e.kind === "delete-line") lines.splice(at, 1);
  else if (e.kind === "duplicate-line") lines.splice(at, 0, lines[at]);
  else lines.splice(at, 0, e.text);
  return lines.join("\n");
}

/** A fixture with 0–12 random edits (line deletes/inserts/duplicates, swapped chars, tabs, U+3000, \r, truncation). */
export const mutatedReport = fc
  .tuple(fc.constantFrom(...seeds), fc.array(edit, { maxLength: 12 }))
  .map(([seed, edits]) => edits.reduce(applyEdit, seed));

/** A fixture cut off somewhere inside one of its tables (or anywhere). */
export const truncatedTable = fc.tuple(fc.constantFrom(...seeds), fc.double({ min: 0, max: 1, noNaN: true })).map(([seed, f]) => {
  const tab = seed.indexOf("\t");
  const from = tab >= 0 ? tab : 0;
  return seed.slice(0, from + Math.floor((seed.length - from) * f));
});

/** Every number in a fixture replaced by a huge (or negative, or fractional) one. */
export const hugeNumbers = fc
  .tuple(fc.constantFrom(...seeds), fc.constantFrom("99999999999999999999", "1e308", "-1", "0.000001", "9007199254740993", "１２３４５６７８９０１２３４５６７８９０"))
  .map(([seed, n]) => seed.replace(/\d+/g, (m, i: number) => (i % 3 === 0 ? n : m)));

/** Line ends as written (LF), CRLF or a lone CR; optionally a BOM in front. */
export function dress(text: string, eol: "lf" | "crlf" | "cr", bom: boolean): string {
  const body = eol === "lf" ? text : text.replace(/\r?\n/g, eol === "crlf" ? "\r\n" : "\r");
  return (bom ? "\ufeff" : "") + body;
}

export const anyReportText = fc
  .tuple(fc.oneof({ weight: 2, arbitrary: randomText }, { weight: 4, arbitrary: mutatedReport }, { weight: 1, arbitrary: truncatedTable }, { weight: 1, arbitrary: hugeNumbers }), fc.constantFrom("lf" as const, "crlf" as const, "cr" as const), fc.boolean())
  .map(([text, eol, bom]) => dress(text, eol, bom));

/**
 * One fragment repeated thousands of times (a line of ">" nests blockquotes that deep; a run of
 * "<!--" never closes): the shapes that overflow a recursive walk or make a scan quadratic.
 */
export const longRepeat = fc
  .tuple(fc.oneof(fc.constantFrom(...fragments, "> ", "- ", "1. ", "* ", "[", "`", "<", "**", "\\", "#"), fc.string({ unit: "binary", minLength: 1, maxLength: 3 })), fc.integer({ min: 1000, max: 20000 }))
  .map(([unit, n]) => unit.repeat(Math.max(1, Math.floor(n / Math.max(1, unit.length)))));
