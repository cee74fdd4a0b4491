// The HTML form of a report: a plausible saved government web page — <head> with a meta charset
// and a <title>, a site banner, a navigation bar and a breadcrumb trail of links, the report in an
// <article>, tables with colspan/rowspan from the source's span marks, a site footer — so that
// reading a page exercises ignoring its chrome. The report's text is written the way CMS editors
// write it: paragraphs with first-line indents of &nbsp;/U+3000, long paragraphs broken over
// source lines between Chinese characters, entities for a few characters. Deterministic.
//   toHtml(blocks, { title? }) → string
import { htmlRows } from "./blocks.mjs";

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A paragraph's text, broken into source lines of at most `width` characters between two Chinese characters. */
function wrapSource(text, width = 40) {
  const out = [];
  let line = "";
  for (const ch of text) {
    line += ch;
    if ([...line].length >= width && /[\u4e00-\u9fff]$/.test(line)) {
      out.push(line);
      line = "";
    }
  }
  if (line) out.push(line);
  // Only break where the next line starts with a Chinese character too (a break between CJK vanishes).
  const merged = [];
  for (const part of out) {
    if (merged.length && !/^[\u4e00-\u9fff]/.test(part)) merged[merged.length - 1] += part;
    else merged.push(part);
  }
  return merged.map(esc).join("\n      ");
}

function cell(c, tag) {
  const spans = `${c.colspan > 1 ? ` colspan="${c.colspan}"` : ""}${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ""}`;
  return `<${tag}${spans}>${esc(c.text)}</${tag}>`;
}

function table(rows) {
  const laid = htmlRows(rows);
  // Header rows: the rows a cell of the first row spans down over (at least the first row) when
  // the first row has a merged cell; plain tables get no <thead>.
  const spans = rows[0].some((c) => c.colspan > 1 || c.rowspan > 1);
  const headerRows = spans ? Math.max(1, ...laid[0].map((c) => c.rowspan)) : 0;
  const tr = (row, tag) => `        <tr>${row.map((c) => cell(c, tag)).join("")}</tr>`;
  const parts = ['      <table class="report-table" border="1" cellspacing="0" cellpadding="4">'];
  if (headerRows) parts.push("        <thead>", ...laid.slice(0, headerRows).map((r) => tr(r, "th")), "        </thead>");
  parts.push("        <tbody>", ...laid.slice(headerRows).map((r) => tr(r, "td")), "        </tbody>", "      </table>");
  return parts.join("\n");
}

/** @param {import("./blocks.mjs").Block[]} blocks */
export function toHtml(blocks, { title } = {}) {
  // Paragraph roles ("title", "heading"), where the blocks carry them, decide the tags; without
  // them the first paragraph is the title and 一、… a heading.
  const roles = blocks.some((b) => b.role);
  const first = roles ? blocks.find((b) => b.role === "title") : blocks.find((b) => b.kind === "paragraph");
  const heading = title ?? first?.text ?? "政府信息公开工作年度报告";
  const body = [];
  blocks.forEach((b, i) => {
    if (b.kind === "table") body.push(table(b.rows));
    else if (roles && b.role !== "title") body.push(b.role === "heading" ? `      <h2>${esc(b.text)}</h2>` : `      <p style="text-indent: 2em">&nbsp;&nbsp;${wrapSource(b.text)}</p>`);
    else if (b === first) body.push(`      <h1 class="article-title">${esc(b.text)}</h1>`);
    else if (/^[一二三四五六七八九十]+、/.test(b.text)) body.push(`      <h2>${esc(b.text)}</h2>`);
    else if (i >= blocks.length - 2 && b.text.length <= 20) body.push(`      <p style="text-align: right">${esc(b.text)}</p>`);
    else body.push(`      <p style="text-indent: 2em">&nbsp;&nbsp;${wrapSource(b.text)}</p>`);
  });
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${esc(heading)}_政府信息公开年报_东湖区人民政府门户网站</title>
  <link rel="stylesheet" href="/static/css/main.css">
  <style>
    .report-table td, .report-table th { text-align: center; }
  </style>
  <script>
    var _hmt = _hmt || []; /* 网站统计 site statistics */
  </script>
</head>
<body>
  <header class="site-header">
    <div class="logo"><a href="/">东湖区人民政府门户网站</a></div>
    <form class="search" action="/search"><input type="text" name="q" placeholder="请输入关键字"><button>搜索</button></form>
  </header>
  <nav class="main-nav">
    <ul>
      <li><a href="/">首页</a></li>
      <li><a href="/zwgk/">政务公开</a></li>
      <li><a href="/zwfw/">政务服务</a></li>
      <li><a href="/hdjl/">互动交流</a></li>
    </ul>
  </nav>
  <div class="breadcrumb" role="navigation"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年报</a></div>
  <main class="content">
    <article class="article">
${body.join("\n")}
    </article>
    <div class="share" hidden>分享到：微信 微博</div>
  </main>
  <footer class="site-footer">
    <p>主办单位：东湖区人民政府办公室　承办单位：东湖区大数据中心</p>
    <p>网站标识码：0000000000　备案号：东ICP备00000000号</p>
  </footer>
  <script src="/static/js/main.js"></script>
</body>
</html>
`;
}
