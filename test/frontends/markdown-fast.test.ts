// The fast line scanner for plain Markdown against micromark, its reference: whenever
// scanPlainMarkdown accepts a document, its blocks must be deep-equal to the micromark walk's;
// whatever it gives up on, parseMarkdown must still answer exactly what micromark answers.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { scanPlainMarkdown } from "../../src/frontends/markdown-fast.js";
import { parseMarkdown, parseMarkdownWithMicromark } from "../../src/frontends/markdown.js";
import type { TableBlock } from "../../src/model/types.js";
import { numRuns } from "../fuzz/arbitraries.js";
// @ts-expect-error: a plain ES module without types
import { generateCorpus } from "../../bench/generate.mjs";

const root = resolve(__dirname, "../..");

function filesUnder(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) filesUnder(path, out);
    else if (/\.(md|markdown|txt)$/i.test(name)) out.push(path);
  }
  return out;
}

/** Accepted by the scanner, and the same blocks as micromark's. */
function expectFast(text: string): void {
  const fast = scanPlainMarkdown(text);
  expect(fast, "the scanner gave up").not.toBeNull();
  expect(fast).toEqual(parseMarkdownWithMicromark(text));
}

/** Left to micromark, and parseMarkdown still answers what micromark answers. */
function expectFallback(text: string): void {
  expect(scanPlainMarkdown(text)).toBeNull();
  expect(parseMarkdown(text)).toEqual(parseMarkdownWithMicromark(text));
}

describe("scanPlainMarkdown on real files", () => {
  const files = ["fixtures", "docs", "test"].flatMap((d) => filesUnder(join(root, d))).concat(filesUnder(resolve(root, "../shared")));

  it("gives micromark's blocks for every file it accepts (fixtures, docs, tests, ../shared)", () => {
    let accepted = 0;
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const fast = scanPlainMarkdown(text);
      if (!fast) continue;
      accepted++;
      expect(fast, file).toEqual(parseMarkdownWithMicromark(text));
    }
    expect(accepted).toBeGreaterThan(10);
  });
});

describe("scanPlainMarkdown on the generated benchmark corpus", () => {
  const dir = mkdtempSync(join(tmpdir(), "reportlint-mdfast-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const files: string[] = generateCorpus(dir, 200, 20260101).files;

  it("accepts every generated .md report, with micromark's blocks", () => {
    const md = files.filter((f) => f.endsWith(".md"));
    expect(md.length).toBeGreaterThan(20);
    for (const file of md) {
      const text = readFileSync(file, "utf8");
      const fast = scanPlainMarkdown(text);
      expect(fast, `${file} was not accepted`).not.toBeNull();
      expect(fast, file).toEqual(parseMarkdownWithMicromark(text));
    }
  });

  it("gives micromark's blocks for the generated .txt reports read as Markdown, when it accepts them", () => {
    for (const file of files.filter((f) => f.endsWith(".txt"))) {
      const text = readFileSync(file, "utf8");
      const fast = scanPlainMarkdown(text);
      if (fast) expect(fast, file).toEqual(parseMarkdownWithMicromark(text));
    }
  });
});

describe("scanPlainMarkdown edge cases", () => {
  it.each([
    ["LF", "# 年度报告\n\n第一段第一行\n第一段第二行\n"],
    ["CRLF", "# 年度报告\r\n\r\n第一段第一行\r\n第一段第二行\r\n"],
    ["CR", "# 年度报告\r\r第一段第一行\r第一段第二行\r"],
    ["mixed line ends", "# 年度报告\n\r\n第一段\r第二行\r\n第三行\n\r| 项目 | 数量 |\r\n| --- | --- |\r| 规章 | 0 |\n"],
    ["no final line end", "# 年度报告\n正文"],
    ["a BOM", "\ufeff# 年度报告\n\n正文\n"],
    ["a BOM before a table", "\ufeff| 项目 | 数量 |\n| --- | --- |\n| 规章 | 0 |\n"],
    ["a BOM before an indented paragraph", "\ufeff  正文\n"],
    ["closing #s", "## 一、总体情况 ##\n# 标题 #####   \n### 标题\t#\n"],
    ["a # that is no closing sequence", "# 标题#\n# 标题 #号\n# C#\n"],
    ["headings without text", "#\n###   \n"],
    ["seven #s: a paragraph", "####### 七级\n"],
    ["#标题 without a space: a paragraph", "#标题\n正文\n"],
    ["# followed by U+3000: a paragraph", "#\u3000标题\n"],
    ["a heading's U+3000 is text", "# \u3000标题\u3000\n"],
    ["an indented heading", "   ## 标题\n"],
    ["a heading interrupts a paragraph", "正文\n## 二、主动公开\n正文\n"],
    ["trailing spaces", "正文  \n第二行\t \n\n# 标题  \n"],
    ["a table that interrupts a paragraph", "说明如下：\n| 项目 | 数量 |\n|---|---|\n| 规章 | 0 |\n"],
    ["a table without outer pipes, aligned", "项目 | 数量\n:-- | --:\n规章 | 0\n"],
    ["a one-column table", "项目\n|---\n规章\n"],
    ["a table body row without pipes", "| 项目 | 数量 |\n| --- | --- |\n合计\n"],
    ["body rows with fewer and more cells than the head", "| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |\n"],
    ["empty cells, white space after the closing pipe", "| 项目 |  | 数量 |  \n| :-: | --- | -: |\n|  | 0 ||\n|\n"],
    ["a line of one pipe", "正文\n|\n"],
    ["a body row that looks like a head and delimiter", "| a |\n|---|\n| b |\n|---|\n"],
    ["a body row starting with [ or #", "| a |\n|---|\n[注] 无\n#无\n"],
    ["a heading ends a table", "| a |\n|---|\n# 标题\n正文\n"],
    ["a blank line ends a table", "| a |\n|---|\n| 1 |\n\n正文\n"],
    ["comments end a table and interrupt a paragraph", "正文\n<!-- reportlint-disable -->\n| a |\n|-|\n<!-- c --> <!-- d -->\n正文\n"],
    ["a multi-line comment", "<!--\nreportlint-disable\n\n-->\n正文\n"],
    ["a comment followed by text", "<!-- c --> 正文\n"],
    ["an indented comment followed by text", " <!-- c --> 正文\n"],
    ["an indented comment followed by text after a paragraph", "段落\n   <!-- c --> 正文\n"],
    ["<!--> closes at once", "<!-->\n正文\n"],
    ["U+3000 indentation", "\u3000\u3000正文第一行\n\u3000\u3000第二行\n"],
    ["a line of U+3000 is no blank line", "正文\n\u3000\n第二段\n"],
    ["indented continuation lines", "正文\n    续行（四个空格）\n\t续行（制表符）\n"],
    ["1、 is no list", "1、总体情况\n2、主动公开\n"],
    ["list-like text that is no list", "1.属于国家秘密\n-1\n+2\n*注：无\n12.5万元\n"],
    ["[ on a continuation line", "正文\n[注] 说明\n"],
    ["a paragraph line with a tab-separated row", "表二如下：\n规章\t0\t0\n行政规范性文件\t1\t2\n\n规章\t3\t4\n"],
    ["an empty document", ""],
    ["only blank lines", "\n  \n\t\n\r\n"],
  ])("accepts %s, with micromark's blocks", (_name, text) => {
    expectFast(text);
  });

  it.each([
    ["a list item", "- 项目\n"],
    ["a * list item", "* 项目\n"],
    ["an ordered list item", "1. 项目\n"],
    ["an ordered list item with )", "正文\n1) 项目\n"],
    ["an empty list item", "正文\n-\n"],
    ["a block quote", "> 引用\n"],
    ["a block quote interrupting a paragraph", "正文\n> 引用\n"],
    ["an HTML block", "<div>正文</div>\n"],
    ["an unclosed comment", "<!-- 正文\n\n正文\n"],
    ["a link reference definition", "[x]: https://example.org\n"],
    ["a code fence", "```\n代码\n```\n"],
    ["a tilde fence", "正文\n~~~\n代码\n"],
    ["4-space indentation", "    缩进代码\n"],
    ["tab indentation", "\t缩进代码\n"],
    ["an indented line after a table", "| a |\n|---|\n    b\n"],
    ["a paragraph followed by ===", "标题\n===\n"],
    ["a paragraph followed by ---", "标题\n---\n"],
    ["a thematic break", "正文\n\n***\n"],
    ["an escaped pipe", "| a \\| b | c |\n|---|---|\n"],
    ["a backslash in a body row", "| a |\n|---|\n| b\\|c |\n"],
    ["a delimiter row with fewer cells than the head", "| a | b |\n| --- |\n"],
    ["a delimiter row that is a list item", "a | b\n- | -\n"],
    ["a heading with inline HTML", "# 标题 <!-- reportlint-disable-line -->\n"],
    ["a heading with an escape", "# 标题\\#\n"],
    ["a heading with a character reference", "# 标题&amp;\n"],
    ["a heading of only #s", "## #\n"],
  ])("falls back on %s", (_name, text) => {
    expectFallback(text);
  });

  it("reads a table that interrupts a paragraph as a paragraph, then a table", () => {
    const doc = scanPlainMarkdown("说明如下：\n| 项目 | 数量 |\n|---|---|\n| 规章 | 0 |\n")!;
    expect(doc.blocks.map((b) => b.kind)).toEqual(["paragraph", "table"]);
    expect((doc.blocks[1] as TableBlock).rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["项目", "数量"],
      ["规章", "0"],
    ]);
  });
});

// ---- generated documents ---------------------------------------------------------------------

const textChar = fc.constantFrom(..."政府信息公开年度报告总体情况一二三，。、：；（）《》1209aZ|-#*+[]<>!&\\`~=_.) \t\u3000");
const text = fc.array(textChar, { minLength: 1, maxLength: 12 }).map((cs) => cs.join(""));
const indent = fc.constantFrom("", "", "", " ", "  ", "   ", "    ", "\t", " \t", "\u3000", "\u3000\u3000", " \u3000");
const trailing = fc.constantFrom("", "", " ", "  ", "\t");
const cellText = fc.constantFrom("", " ", "规章", "数量", "0", " 12 ", "合计\u3000", "a\\|b", "-", ":");

const heading = fc
  .tuple(indent, fc.integer({ min: 1, max: 8 }), fc.constantFrom("", " ", "\t", "  "), fc.option(text), fc.constantFrom("", "", " #", " ##", "#", " # ", "  ###  "), trailing)
  .map(([ind, depth, sep, body, close, tail]) => [ind + "#".repeat(depth) + sep + (body ?? "") + close + tail]);
const paragraphLine = fc.tuple(indent, text, trailing).map(([ind, body, tail]) => [ind + body + tail]);
const row = fc
  .tuple(fc.constantFrom("", "   ", "    "), fc.boolean(), fc.array(cellText, { minLength: 1, maxLength: 4 }), fc.constantFrom("|", " | ", "||"), fc.boolean(), trailing)
  .map(([ind, lead, cells, sep, close, tail]) => ind + (lead ? "|" : "") + cells.join(sep) + (close ? "|" : "") + tail);
const delimiterCell = fc.constantFrom("-", "---", ":--", "--:", ":-:", " --- ", ":", "", "- -", "x");
const delimiter = fc
  .tuple(fc.constantFrom("", " ", "    ", "\t"), fc.boolean(), fc.array(delimiterCell, { minLength: 1, maxLength: 4 }), fc.boolean(), trailing)
  .map(([ind, lead, cells, close, tail]) => ind + (lead ? "|" : "") + cells.join("|") + (close ? "|" : "") + tail);
/** A table most of the time well formed: head, delimiter with as many cells, body rows. */
const table = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.boolean(), fc.array(row, { maxLength: 4 }), fc.boolean())
  .map(([width, outer, body, matching]) => {
    const line = (cells: string[]): string => (outer ? `| ${cells.join(" | ")} |` : cells.join(" | "));
    const head = line(Array.from({ length: width }, (_, i) => `列${i}`));
    return [head, line(new Array(matching ? width : width + 1).fill("---")), ...body];
  });
const blank = fc.constantFrom("", " ", "\t", "  \t").map((l) => [l]);
const otherBlock = fc
  .constantFrom("- 项目", "* 项目", "+ 项目", "-", "1. 项目", "2) 项目", "1.", "> 引用", "```", "~~~", "<div>", "<!-- 注释 -->", "<!--", "-->", "<!-- a --> 正文", "===", "---", "***", "_ _ _", "    缩进", "\t缩进", "[a]: b", "[注]")
  .map((l) => [l]);
const tabRow = fc.array(cellText, { minLength: 2, maxLength: 5 }).map((cells) => [cells.join("\t")]);

const shape = fc.oneof(
  { weight: 4, arbitrary: paragraphLine },
  { weight: 2, arbitrary: heading },
  { weight: 3, arbitrary: blank },
  { weight: 2, arbitrary: table },
  { weight: 2, arbitrary: row.map((r) => [r]) },
  { weight: 1, arbitrary: delimiter.map((d) => [d]) },
  { weight: 1, arbitrary: otherBlock },
  { weight: 1, arbitrary: tabRow },
);

/** A document of line shapes, with LF, CRLF or CR after each line, maybe a BOM. */
const markdownDocument = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(shape, fc.constantFrom("\n", "\n", "\r\n", "\r")), { maxLength: 16 }), fc.boolean())
  .map(([bom, parts, finalEnding]) => {
    const lineList = parts.flatMap(([ls, ending]) => ls.map((l) => l + ending));
    let doc = lineList.join("");
    if (!finalEnding) doc = doc.replace(/(\r\n|\r|\n)$/, "");
    return (bom ? "\ufeff" : "") + doc;
  });

describe("scanPlainMarkdown on generated documents", () => {
  it("gives micromark's blocks whenever it accepts, and parseMarkdown always gives micromark's", () => {
    fc.assert(
      fc.property(markdownDocument, (doc) => {
        const reference = parseMarkdownWithMicromark(doc);
        const fast = scanPlainMarkdown(doc);
        if (fast) expect(fast).toEqual(reference);
        expect(parseMarkdown(doc)).toEqual(reference);
      }),
      { numRuns },
    );
  });

  it("accepts a good share of them, so the property above tests the scanner (fixed seed)", () => {
    const sample = fc.sample(markdownDocument, { numRuns: 400, seed: 20260101 });
    const accepted = sample.filter((doc) => scanPlainMarkdown(doc) !== null).length;
    expect(accepted / sample.length).toBeGreaterThan(0.2);
  });
});
