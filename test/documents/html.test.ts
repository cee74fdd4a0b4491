// The HTML front-end: a page → the plain-text rendering (one line per paragraph, one tab-separated
// line per table row) with every character mapped back into the HTML source.
import { describe, it, expect } from "vitest";
import iconv from "iconv-lite";
import { renderHtml, renderHtmlBytes, declaredCharset } from "../../src/documents/html.js";
import { DocumentError } from "../../src/documents/index.js";
import { lintRendered } from "../../src/core/document.js";
// @ts-expect-error plain JS module without types
import { toHtml } from "../../scripts/render/html.mjs";
// @ts-expect-error plain JS module without types
import { readBlocks } from "../../scripts/render/blocks.mjs";

const text = (html: string): string => renderHtml(html).text;
const lines = (html: string): string[] => text(html).split("\n").filter((l) => l !== "");

/** The source offset of each rendered character of `needle` (first occurrence). */
function sourceOf(html: string, needle: string): string {
  const doc = renderHtml(html);
  const at = doc.text.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  const s = doc.original!.offsetAt(at, "start");
  const e = doc.original!.offsetAt(at + needle.length, "end");
  return html.slice(s, e);
}

/** Line and column (1-based) of an offset in a text. */
function lineCol(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset).split("\n");
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

// A small report: title, a part heading, table 二 with a 无 row, and a sentence with a missing number.
const REPORT = [
  "<!DOCTYPE html>",
  '<html><head><meta charset="utf-8"><title>东湖街道办事处 2021 年政府信息公开工作年度报告</title></head>',
  "<body>",
  "<h1>东湖街道办事处 2021 年政府信息公开工作年度报告</h1>",
  "<h2>二、主动公开政府信息情况</h2>",
  "<table>",
  '  <tr><td colspan="4">第二十条第（一）项</td></tr>',
  "  <tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>",
  "  <tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>",
  "  <tr><td>规范性文件</td><td>无</td><td>无</td><td>无</td></tr>",
  "</table>",
  "<p>本年度\n    全年主动&amp;公开信息 条。</p>",
  "</body></html>",
].join("\n");

describe("renderHtml: blocks and inline text", () => {
  it("ends a line at block elements and joins inline elements", () => {
    expect(text("<div>东湖<span>街道</span><b>办事处</b></div><p>第二段</p><h2>二、标题</h2><ul><li>甲</li><li>乙</li></ul>")).toBe(
      "东湖街道办事处\n\n第二段\n\n二、标题\n\n甲\n\n乙\n",
    );
  });

  it("breaks a line at <br> and keeps <pre> lines as they are", () => {
    expect(lines("<p>第一行<br>第二行</p><pre>a  b\n  c</pre>")).toEqual(["第一行", "第二行", "a  b", "  c"]);
  });

  it("collapses white space like a browser: one space, none at the ends of a line", () => {
    expect(text("<p>  hello \n\t world  </p>")).toBe("hello world\n");
    expect(text("<p>东湖街道 2021   年\n度</p>")).toBe("东湖街道 2021 年度\n");
  });

  it("drops a line break between two Chinese characters, keeps it as a space between Latin words", () => {
    expect(text("<p>本机关严格落实政府信息\n      公开工作要求，\n  坚持以公开为常态。</p>")).toBe("本机关严格落实政府信息公开工作要求，坚持以公开为常态。\n");
    expect(text("<p>open\ngovernment</p>")).toBe("open government\n");
    expect(text("<p><span>东湖</span>\n<span>街道</span></p>")).toBe("东湖街道\n");
    // A space typed between Chinese characters is the writer's: it stays (rules may report it).
    expect(text("<p>东湖 街道</p>")).toBe("东湖 街道\n");
    // Between a Chinese character and a digit a line break is a space, as in a browser.
    expect(text("<p>全年\n12条</p>")).toBe("全年 12条\n");
  });

  it("decodes entities and keeps &nbsp; and U+3000 padding (not collapsible white space)", () => {
    expect(text("<p>A&amp;B &lt;x&gt; &#x4e2d;&#25991; &quot;q&quot;</p>")).toBe('A&B <x> 中文 "q"\n');
    expect(text("<p>&nbsp;&nbsp;　　2021年</p>")).toBe("\u00a0\u00a0\u3000\u30002021年\n");
    expect(lines("<table><tr><td>规章</td><td>&nbsp;0&nbsp;</td><td>　0</td></tr></table>")).toEqual(["规章\t\u00a00\u00a0\t\u30000"]);
  });

  it("reads malformed HTML as a browser would", () => {
    expect(lines("<p>one<p>two<div>three</span>four")).toEqual(["one", "two", "threefour"]);
    expect(lines("<table><tr><td>a<td>b<tr><td>c<td>d</table>after")).toEqual(["a\tb", "c\td", "after"]);
    expect(lines("<b>粗<i>斜</b>体</i>")).toEqual(["粗斜体"]);
  });
});

describe("renderHtml: tables", () => {
  it("writes a row per line, cells separated by tabs, a cell's inner line breaks as spaces", () => {
    expect(lines("<table><tr><th>信息内容</th><th>本年<br>新制作数量</th></tr><tr><td><p>规章</p><p>（件）</p></td><td>\n 0 \n</td></tr></table>")).toEqual([
      "信息内容\t本年 新制作数量",
      "规章 （件）\t0",
    ]);
  });

  it("places colspan and rowspan into the grid, covered positions as empty cells", () => {
    const html = `<table>
      <thead>
        <tr><th rowspan="3">说明</th><th colspan="7">申请人情况</th></tr>
        <tr><th rowspan="2">自然人</th><th colspan="5">法人或其他组织</th><th rowspan="2">总计</th></tr>
        <tr><th>商业企业</th><th>科研机构</th><th>社会公益组织</th><th>法律服务机构</th><th>其他</th></tr>
      </thead>
      <tbody><tr><td>一、本年新收</td><td>3</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>4</td></tr></tbody>
    </table>`;
    expect(lines(html)).toEqual([
      "说明\t申请人情况\t\t\t\t\t\t",
      "\t自然人\t法人或其他组织\t\t\t\t\t总计",
      "\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t",
      "一、本年新收\t3\t1\t0\t0\t0\t0\t4",
    ]);
  });

  it("puts <thead> first and <tfoot> last, and the caption on a line before the table", () => {
    expect(lines("<table><caption>表一</caption><tfoot><tr><td>合计</td><td>3</td></tr></tfoot><tbody><tr><td>甲</td><td>3</td></tr></tbody><thead><tr><th>项目</th><th>数量</th></tr></thead></table>")).toEqual([
      "表一",
      "项目\t数量",
      "甲\t3",
      "合计\t3",
    ]);
  });

  it("keeps two tables apart and reads a layout table's cells as blocks", () => {
    expect(text("<table><tr><td>a</td><td>1</td></tr></table><table><tr><td>b</td><td>2</td></tr></table>")).toBe("a\t1\n\nb\t2\n");
    const layout = "<table><tr><td><p>正文一段</p><table><tr><td>规章</td><td>0</td></tr><tr><td>规范性文件</td><td>0</td></tr></table></td><td>侧栏</td></tr></table>";
    expect(lines(layout)).toEqual(["正文一段", "规章\t0", "规范性文件\t0", "侧栏"]);
  });
});

describe("renderHtml: what is not report text", () => {
  it("ignores head and title, script, style, noscript, template", () => {
    const html =
      "<html><head><title>标题栏文字</title><style>p{}</style><script>var a='脚本';</script></head><body><noscript>请启用脚本</noscript><template><p>模板</p></template><p>正文</p><script>document.write('x')</script></body></html>";
    expect(text(html)).toBe("正文\n");
  });

  it("ignores navigation, the page's banner and footer, hidden elements", () => {
    const html = `<body>
      <header><a href="/">门户网站</a></header>
      <nav><a href="/">首页</a></nav>
      <div role="navigation">首页 &gt; 政务公开</div>
      <main><article><p>正文</p><footer><p>东湖街道办事处</p></footer></article></main>
      <div hidden>隐藏</div><span style="color: red; display: none">不显示</span><div style="DISPLAY:NONE">也不显示</div>
      <footer><p>主办单位：东湖区人民政府</p></footer>
    </body>`;
    expect(lines(html)).toEqual(["正文", "东湖街道办事处"]);
  });

  it("keeps comments on their own line, or at the end of the line they end", () => {
    expect(lines("<p>甲</p><!-- reportlint-disable numeric-cell --><p>乙<!-- reportlint-disable-line report-title --></p><p>丙<!-- x -->丁</p>")).toEqual([
      "甲",
      "<!-- reportlint-disable numeric-cell -->",
      "乙 <!-- reportlint-disable-line report-title -->",
      "丙",
      "<!-- x -->",
      "丁",
    ]);
  });

  it("lets a disable comment in the page silence a rule", () => {
    const all = lintRendered(renderHtml(REPORT)).map((m) => m.ruleId);
    expect(all).toContain("template-placeholder");
    const disabled = REPORT.replace("<p>本年度", "<!-- reportlint-disable-next-line template-placeholder -->\n<p>本年度");
    expect(lintRendered(renderHtml(disabled)).map((m) => m.ruleId)).not.toContain("template-placeholder");
  });
});

describe("renderHtml: positions in the HTML source", () => {
  it("maps verbatim text, entities and the characters after an entity", () => {
    const html = "<p>A&amp;B&nbsp;中&#x6587;字</p>";
    expect(sourceOf(html, "A")).toBe("A");
    expect(sourceOf(html, "&")).toBe("&amp;");
    expect(sourceOf(html, "B")).toBe("B");
    expect(sourceOf(html, "\u00a0")).toBe("&nbsp;");
    expect(sourceOf(html, "文")).toBe("&#x6587;");
    expect(sourceOf(html, "字")).toBe("字");
    expect(sourceOf(html, "B\u00a0中文字")).toBe("B&nbsp;中&#x6587;字");
  });

  it("maps text after CRLF line ends and legacy entities without a semicolon", () => {
    const html = "<p>one\r\ntwo &amp three&copy four</p>";
    expect(text(html)).toBe("one two & three© four\n");
    expect(sourceOf(html, "two")).toBe("two");
    expect(sourceOf(html, "three")).toBe("three");
    expect(sourceOf(html, "four")).toBe("four");
  });

  it("maps every character of the rendering into the source", () => {
    const doc = renderHtml(REPORT);
    for (let i = 0; i < doc.text.length; i++) {
      const ch = doc.text[i];
      if (ch === "\n" || ch === "\t") continue;
      const s = doc.original!.offsetAt(i, "start");
      const e = doc.original!.offsetAt(i + 1, "end");
      const slice = REPORT.slice(s, e);
      expect(slice === ch || (ch === "&" && slice === "&amp;") || (ch === " " && /^\s+$/.test(slice)), `${i} ${JSON.stringify(ch)} → ${JSON.stringify(slice)}`).toBe(true);
    }
  });

  it("puts a finding on a table cell at the cell's text in the source", () => {
    const messages = lintRendered(renderHtml(REPORT));
    const cell = messages.find((m) => m.ruleId === "numeric-cell")!;
    expect(cell).toBeDefined();
    const row = "  <tr><td>规范性文件</td><td>无</td><td>无</td><td>无</td></tr>";
    const start = lineCol(REPORT, REPORT.indexOf(row) + row.indexOf("无"));
    const end = lineCol(REPORT, REPORT.indexOf(row) + row.lastIndexOf("无") + 1);
    expect([cell.line, cell.column, cell.endLine, cell.endColumn]).toEqual([start.line, start.column, end.line, end.column]);
    expect(cell.line).toBe(10);
    expect(cell.column).toBe(25);
  });

  it("puts a finding after an entity and across a collapsed line break at the right place", () => {
    const messages = lintRendered(renderHtml(REPORT));
    const placeholder = messages.find((m) => m.ruleId === "template-placeholder")!;
    expect(placeholder).toBeDefined();
    const lines = REPORT.split("\n");
    // 「公开信息 条」 sits on line 13 after the &amp; entity (the line break before it vanished: 度\n全).
    expect(text(REPORT)).toContain("本年度全年主动&公开信息 条。");
    const line = "    全年主动&amp;公开信息 条。</p>";
    expect(lines[12]).toBe(line);
    expect([placeholder.line, placeholder.endLine]).toEqual([13, 13]);
    expect(line.slice(placeholder.column - 1, placeholder.endColumn - 1)).toBe("公开信息 条");
    expect(messages.every((m) => m.fix === undefined)).toBe(true);
  });
});

describe("renderHtmlBytes: encodings", () => {
  const page = (charset: string) => `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"></head><body><p>东湖街道办事处政府信息公开工作年度报告</p></body></html>`;

  it("reads a GBK page that says so in <meta charset> or http-equiv", () => {
    const html = '<html><head><meta charset="gb2312"></head><body><p>东湖街道办事处　年度报告</p></body></html>';
    expect(declaredCharset(iconv.encode(html, "gbk"))).toBe("gb2312");
    expect(renderHtmlBytes(iconv.encode(html, "gbk")).text).toBe("东湖街道办事处　年度报告\n");
    expect(renderHtmlBytes(iconv.encode(page("GBK"), "gbk")).text).toBe("东湖街道办事处政府信息公开工作年度报告\n");
    // GB18030-only characters (four bytes) survive: the page is read with the GB18030 decoder.
    const rare = '<meta charset="gbk"><p>𠀀㐀</p>';
    expect(renderHtmlBytes(iconv.encode(rare, "gb18030")).text).toBe("𠀀㐀\n");
  });

  it("honours a declared encoding that detection would get wrong (Big5)", () => {
    const html = '<meta charset="big5"><p>東湖街道辦事處政府資訊公開年報</p>';
    const bytes = iconv.encode(html, "big5");
    expect(renderHtmlBytes(bytes).text).toBe("東湖街道辦事處政府資訊公開年報\n");
  });

  it("reads UTF-8 bytes as UTF-8 even when an old meta tag says GB2312; --encoding wins over the page", () => {
    expect(renderHtmlBytes(Buffer.from(page("gb2312"), "utf8")).text).toBe("东湖街道办事处政府信息公开工作年度报告\n");
    const gbk = iconv.encode(page("utf-8"), "gbk");
    expect(renderHtmlBytes(gbk, { encoding: "gb18030" }).text).toBe("东湖街道办事处政府信息公开工作年度报告\n");
    // A UTF-8 meta over GBK bytes: the bytes are not UTF-8, detection falls back to GB18030.
    expect(renderHtmlBytes(gbk).text).toBe("东湖街道办事处政府信息公开工作年度报告\n");
  });

  it("throws DocumentError for bytes it cannot decode", () => {
    expect(() => renderHtmlBytes(Buffer.from("<p>x</p>"), { encoding: "no-such-encoding" })).toThrow(DocumentError);
  });
});

describe("toHtml (scripts/render/html.mjs)", () => {
  const blocks = readBlocks(
    ["东湖街道办事处 2021 年政府信息公开工作年度报告", "", "一、总体情况", "", "本机关严格落实政府信息公开工作要求，坚持以公开为常态、不公开为例外，围绕重点领域持续推进决策公开。", "", "说明⟦rowspan=2⟧\t申请人情况⟦colspan=2⟧\t", "\t自然人\t法人", "合计\t1\t2", "", "东湖街道办事处", "2022年1月20日"].join("\n"),
  );

  it("is deterministic and writes a page with chrome around the report", () => {
    const html = toHtml(blocks);
    expect(toHtml(blocks)).toBe(html);
    expect(html).toMatch(/<meta charset="utf-8">/);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toMatch(/<nav\b/);
    expect(html).toMatch(/<footer\b/);
    expect(html).toContain('<th rowspan="2">说明</th><th colspan="2">申请人情况</th>');
  });

  it("renders back to the report's text (chrome left out, covered cells empty)", () => {
    expect(lines(toHtml(blocks)).map((l) => l.replace(/^\u00a0+/, ""))).toEqual([
      "东湖街道办事处 2021 年政府信息公开工作年度报告",
      "一、总体情况",
      "本机关严格落实政府信息公开工作要求，坚持以公开为常态、不公开为例外，围绕重点领域持续推进决策公开。",
      "说明\t申请人情况\t",
      "\t自然人\t法人",
      "合计\t1\t2",
      "东湖街道办事处",
      "2022年1月20日",
    ]);
  });
});

describe("renderHtml: row groups, places, and pages built to exhaust the reader", () => {
  it("ends a rowspan at the end of its row group (<thead>, <tbody>, <tfoot>); rowspan=0 spans to the group's end", () => {
    const html = "<table><thead><tr><th rowspan=2>信息内容</th><th>本年制发件数</th></tr></thead><tbody><tr><td>规章</td><td>0</td></tr></tbody></table>";
    expect(lines(html)).toEqual(["信息内容\t本年制发件数", "规章\t0"]);
    const zero = "<table><tbody><tr><td rowspan=0>甲</td><td>1</td></tr><tr><td>2</td></tr></tbody><tbody><tr><td>乙</td><td>3</td></tr></tbody><tfoot><tr><td>合计</td><td>6</td></tr></tfoot></table>";
    expect(lines(zero)).toEqual(["甲\t1", "\t2", "乙\t3", "合计\t6"]);
    // Output order stays thead, tbody…, tfoot; a rowspan inside <thead> still spans its own rows.
    expect(lines("<table><tfoot><tr><td>合计</td><td>3</td></tr></tfoot><thead><tr><th rowspan=2>项目</th><th>数量</th></tr><tr><th>件</th></tr></thead><tr><td>甲</td><td>3</td></tr></table>")).toEqual([
      "项目\t数量",
      "\t件",
      "甲\t3",
      "合计\t3",
    ]);
  });

  it("names a row's own number at every offset of the row, even when its first position is covered (DOCX places)", () => {
    const html = "<table><tr><td rowspan=2>说明</td><td>申请人情况</td></tr><tr><td>自然人</td></tr><tr><td>合计</td><td>3</td></tr></table>";
    const doc = renderHtml(html, { places: true });
    expect(doc.text).toBe("说明\t申请人情况\n\t自然人\n合计\t3\n");
    const row2 = doc.text.indexOf("\t自然人");
    expect(doc.placeAt!(row2)?.zh).toBe("表 1 第 2 行 第 1 列");
    expect(doc.placeAt!(row2 + 1)?.zh).toBe("表 1 第 2 行 第 2 列");
    expect(doc.placeAt!(doc.text.indexOf("说明"))?.zh).toBe("表 1 第 1 行 第 1 列");
    expect(doc.placeAt!(doc.text.indexOf("合计"))?.zh).toBe("表 1 第 3 行 第 1 列");
  });

  it("throws DocumentError for a table whose spans would cover too many positions (a small page, a huge grid)", () => {
    const bomb = "<table><tr>" + "<td colspan=1000 rowspan=0>x</td>".repeat(100) + "</tr>" + "<tr><td>y</td></tr>".repeat(1000) + "</table>";
    expect(() => renderHtml(bomb)).toThrow(DocumentError);
    expect(() => renderHtml(bomb)).toThrow(/^the table.s merged cells/);
    expect(() => renderHtml(bomb)).toThrow(expect.objectContaining({ zh: expect.stringMatching(/^表格/) }));
    // A wide but honest table is still read.
    expect(lines("<table><tr><td colspan=1000>甲</td></tr><tr><td>乙</td></tr></table>")).toEqual(["甲" + "\t".repeat(999), "乙"]);
  });

  // (Its speed — 40,000 comments took ~10 s with a look-ahead over the rest of the line per
  // comment, 0.3 s now — is measured by hand, not asserted: no timed assertions in unit tests.)
  it("reads a line with many comments: each its own line, the last at the end of the line it ends", () => {
    const html = "<p>" + "字<!--c-->".repeat(4000);
    const out = lines(html);
    expect(out.length).toBe(7999);
    expect(out.slice(0, 2)).toEqual(["字", "<!--c-->"]);
    expect(out[out.length - 1]).toBe("字 <!--c-->");
  });

  it("throws DocumentError for markup nested too deeply to read", () => {
    const deep = "<div>".repeat(2000) + "x";
    expect(() => renderHtml(deep)).toThrow(DocumentError);
    expect(() => renderHtml(deep)).toThrow(expect.objectContaining({ zh: "页面嵌套过深，无法读取" }));
    const deepSpans = "<span>".repeat(5000) + "x";
    expect(() => renderHtml(deepSpans)).not.toThrow(RangeError);
  });

  it.each([
    ["a supplementary-plane numeric reference (two UTF-16 units)", "<p>&#x20000;&#x20001;工作工作XX</p>"],
    ["a legacy named reference without a semicolon", "<p>截至&nbsp2021&nbsp;年底工作工作XX</p>"],
    ["a legacy reference before a CRLF", "<p>截至&nbsp2021\r\n年底工作工作XX</p>"],
    ["a NUL the parser drops", "<p>东\0湖工作工作XX</p>"],
    ["a NUL reference (U+FFFD) and an out-of-range one", "<p>&#0;&#x110000;&#xD800;工作工作XX</p>"],
    ["a long reference and a lone ampersand", "<p>&NotEqualTilde;&amp x &foo; 工作工作XX</p>"],
  ])("puts a finding after %s at the right place in the source", (_name, html) => {
    const dup = lintRendered(renderHtml(html)).find((m) => m.ruleId === "duplicate-phrase");
    expect(dup).toBeDefined();
    const at = html.indexOf("工作工作");
    const start = lineCol(html, at);
    const end = lineCol(html, at + 4);
    expect([dup!.line, dup!.column, dup!.endLine, dup!.endColumn]).toEqual([start.line, start.column, end.line, end.column]);
  });
});
