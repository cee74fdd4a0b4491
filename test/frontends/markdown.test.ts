import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseMarkdown, parseMarkdownWithMicromark } from "../../src/frontends/markdown.js";
import { formatForPath, parseDocument } from "../../src/frontends/index.js";
import { SourceCode } from "../../src/core/source-code.js";
import type { Block, CommentBlock, HeadingBlock, ParagraphBlock, Span, TableBlock } from "../../src/model/types.js";

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../../fixtures/model/${name}`, import.meta.url)), "utf8");

function at(text: string, span: Span): string {
  const sc = new SourceCode(text);
  const s = sc.positionAt(span.start);
  const e = sc.positionAt(span.end);
  return `${s.line}:${s.column}-${e.line}:${e.column}`;
}

/** Every block's text must be the exact source slice of its content. */
function expectExact(text: string, blocks: Block[]): void {
  for (const b of blocks) {
    if (b.kind === "heading" || b.kind === "paragraph") expect(text.slice(b.content.start, b.content.end)).toBe(b.text);
    if (b.kind === "table") for (const r of b.rows) for (const c of r.cells) expect(text.slice(c.start, c.end)).toBe(c.text);
  }
}

describe("parseMarkdown", () => {
  const text = fixture("report.md");
  const doc = parseMarkdown(text);

  it("is the Markdown front-end for .md files", () => {
    expect(formatForPath("report.md")).toBe("markdown");
    expect(doc.format).toBe("markdown");
    expect(parseDocument(text, "markdown").blocks).toHaveLength(doc.blocks.length);
  });

  it("maps the fixture block by block with exact positions", () => {
    const summary = doc.blocks.map((b) => {
      if (b.kind === "heading") return `heading${b.depth} ${b.text} ${at(text, b.content)}`;
      if (b.kind === "paragraph") return `p ${b.text} ${at(text, b.content)}`;
      if (b.kind === "comment") return `comment${b.text} ${at(text, b)}`;
      return `table:${b.source} ${b.rows.length} ${at(text, b)}`;
    });
    expect(summary).toEqual([
      "heading1 东湖街道办事处2023年政府信息公开工作年度报告 1:3-1:27",
      "comment reportlint-disable required-sections  3:1-3:46",
      "p 本报告统计数据自2023年1月1日至2023年12月31日。 5:1-5:31",
      "heading2 一、总体情况 7:4-7:10",
      "p 2023年，东湖街道**认真**落实《条例》， 9:1-9:24",
      "p 全年主动公开信息120条。 10:1-10:14",
      "p **二、主动公开政府信息情况** 12:1-12:17",
      "table:gfm 2 14:1-16:14",
      "heading3 三、收到和处理政府信息公开申请情况 18:5-18:22",
      "p 一、本年新收政府信息公开申请数量：2件 20:3-20:22",
      "p 四、政府信息公开行政复议、行政诉讼情况 24:1-24:20",
      "p 未发生行政复议。 26:3-26:11",
      "heading2 五、存在的主要问题及改进情况 28:4-28:18",
      "p 一是公开深度不够。 31:1-31:10",
      "heading2 六、其他需要报告的事项 34:4-34:15",
      "p 无。 36:1-36:3",
    ]);
    expectExact(text, doc.blocks);
  });

  it("gives a paragraph over two lines one block per line, with an empty indent", () => {
    const paras = doc.blocks.filter((b): b is ParagraphBlock => b.kind === "paragraph");
    expect(paras[1].indent).toBe("");
    expect(new SourceCode(text).positionAt(paras[2].start).line).toBe(10);
  });

  it("reads a GFM table with trimmed cell text and exact cell spans; a blank cell sits where it is", () => {
    const table = doc.blocks.find((b): b is TableBlock => b.kind === "table")!;
    expect(table.source).toBe("gfm");
    expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["信息内容", "本年制发件数", "现行有效件数"],
      ["规章", "0", ""],
    ]);
    expect(table.rows[1].cells.map((c) => at(text, c))).toEqual(["16:3-16:5", "16:8-16:9", "16:13-16:13"]);
    expect(at(text, table.rows[0])).toBe("14:1-14:27");
  });

  it("keeps HTML comments as comment blocks (directives)", () => {
    const c = doc.blocks.find((b): b is CommentBlock => b.kind === "comment")!;
    expect(c.text).toBe(" reportlint-disable required-sections ");
    expect(text.slice(c.start, c.end)).toBe("<!-- reportlint-disable required-sections -->");
  });

  it("drops thematic breaks and code fences", () => {
    expect(doc.blocks.some((b) => b.kind === "paragraph" && /^(---|```)$/.test(b.text))).toBe(false);
  });
});

describe("parseMarkdown edge cases", () => {
  it("does not autolink a URL into the following Chinese sentence", () => {
    const text = "本报告可在 http://www.example.gov.cn 查阅。如有疑问请联系。\n";
    const [p] = parseMarkdown(text).blocks as ParagraphBlock[];
    expect(p.text).toBe("本报告可在 http://www.example.gov.cn 查阅。如有疑问请联系。");
  });

  it("keeps offsets exact after a BOM, with CRLF and astral characters", () => {
    const text = "\ufeff# 𠮷青禾镇报告\r\n\r\n正文第一行\r\n正文第二行\r\n";
    const blocks = parseMarkdown(text).blocks;
    expect(blocks.map((b) => (b.kind === "heading" || b.kind === "paragraph" ? b.text : b.kind))).toEqual(["𠮷青禾镇报告", "正文第一行", "正文第二行"]);
    expectExact(text, blocks);
    const h = blocks[0] as HeadingBlock;
    expect(h.content.start).toBe(3);
  });

  it("strips blockquote markers on continuation lines and list indentation", () => {
    const text = "> 第一行\n> 第二行\n\n- 项目\n  续行\n";
    const blocks = parseMarkdown(text).blocks as ParagraphBlock[];
    expect(blocks.map((b) => b.text)).toEqual(["第一行", "第二行", "项目", "续行"]);
    expectExact(text, blocks);
  });

  it("reads setext headings and headings with closing hashes", () => {
    const text = "一、总体情况\n======\n\n## 二、主动公开政府信息情况 ##\n";
    const blocks = parseMarkdown(text).blocks as HeadingBlock[];
    expect(blocks.map((b) => `${b.depth}:${b.text}`)).toEqual(["1:一、总体情况", "2:二、主动公开政府信息情况"]);
    expectExact(text, blocks);
  });

  it("turns TAB-separated lines pasted into Markdown into a tabs table", () => {
    const text = "表二如下：\n规章\t0\t0\t0\n规范性文件\t1\t0\t1\n\n完。\n";
    const blocks = parseMarkdown(text).blocks;
    expect(blocks.map((b) => b.kind)).toEqual(["paragraph", "table", "paragraph"]);
    const t = blocks[1] as TableBlock;
    expect(t.source).toBe("tabs");
    expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["规章", "0", "0", "0"],
      ["规范性文件", "1", "0", "1"],
    ]);
    expectExact(text, blocks);
  });

  it("keeps several comments and a multi-line comment", () => {
    const text = "<!-- a --> <!-- b -->\n\n<!--\nreportlint-disable\n-->\n";
    const blocks = parseMarkdown(text).blocks as CommentBlock[];
    expect(blocks.map((b) => b.text)).toEqual([" a ", " b ", "\nreportlint-disable\n"]);
  });

  it("reads other HTML as prose lines", () => {
    const text = "<div>\n一、总体情况\n</div>\n";
    const blocks = parseMarkdown(text).blocks as ParagraphBlock[];
    expect(blocks.map((b) => b.text)).toEqual(["<div>", "一、总体情况", "</div>"]);
  });

  it("parses an empty document", () => {
    expect(parseMarkdown("").blocks).toEqual([]);
  });
});

describe("deeply nested blockquotes", () => {
  // Regression (fuzz work): the tree walk recursed once per nesting level, so a line of thousands
  // of ">" overflowed the call stack and every rule crashed on the model.
  it("a line of 20,000 nested > markers becomes one paragraph, not a crash", () => {
    const text = "> ".repeat(20000) + "正文";
    const blocks = parseMarkdown(text);
    expect(blocks.blocks).toHaveLength(1);
    expect(blocks.blocks[0]).toMatchObject({ kind: "paragraph", text: "正文" });
  });

  it("keeps document order and quote depth across nested quotes", () => {
    const text = "> 甲\n> > 乙\n> 丙\n\n丁";
    expect(parseMarkdown(text).blocks.map((b) => (b as ParagraphBlock).text)).toEqual(["甲", "乙", "丙", "丁"]);
  });
});

describe("GFM table cells", () => {
  // Regression: white space after a row's closing pipe kept the pipe in the last cell ("2 |").
  it.each([
    ["the scanner", parseMarkdown],
    ["micromark", parseMarkdownWithMicromark],
  ])("white space after the closing pipe does not keep the pipe in the last cell (%s)", (_, parse) => {
    const text = "| 项目 | 数量 |  \n| --- | --- |\t\n| 收到申请 | 2 |   \n";
    const table = parse(text).blocks[0] as TableBlock;
    expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([["项目", "数量"], ["收到申请", "2"]]);
    const last = table.rows[1].cells[1];
    expect(text.slice(last.start, last.end)).toBe("2");
  });
});
