import { describe, it, expect } from "vitest";
import { createHash } from "node:crypto";
import { html, contentSecurityPolicy, escapeHtml, excerptFor, worstProblems } from "../../src/formatters/html.js";
import { getFormatter } from "../../src/formatters/index.js";
import { SourceCode } from "../../src/core/source-code.js";
import type { LintMessage, LintResult } from "../../src/core/types.js";
import { CWD, FATAL_PATH, SPACED_PATH, ciContext, ciResults } from "../fixtures/ci-results.js";
import { message, result } from "./fixtures.js";
import { linkedRulesMeta } from "../../src/cli/docs-links.js";
import { defaultRegistry } from "../../src/core/linter.js";

const PAYLOAD = `<script>window.__pwned=1</script><img src=x onerror=alert(1)>"><svg onload=alert(2)>'&`;

/** A report whose every field holds markup: file name, title, organisation, message, place, source. */
function hostileResult(): LintResult {
  const source = `第一行\n正文${PAYLOAD}结束\n`;
  const m: LintMessage = message({
    ruleId: "web-page-residue",
    severity: 2,
    message: `网页残留 ${PAYLOAD}`,
    line: 2,
    column: 3,
    endLine: 2,
    endColumn: 3 + PAYLOAD.length,
    place: `段落 2 ${PAYLOAD}`,
  });
  return result([m], {
    filePath: `${CWD}/reports/${PAYLOAD}.txt`,
    source,
    report: { format: "text", title: `青石镇${PAYLOAD}年度报告`, organization: `青石镇${PAYLOAD}`, year: 2023 },
  });
}

function page(results: LintResult[] = ciResults(), overrides = {}): string {
  return html(results, ciContext(overrides));
}

/** The text between the page's <script> tags. */
function scriptOf(out: string): string {
  const m = /<script>([\s\S]*?)<\/script>/.exec(out);
  if (!m) throw new Error("no script");
  return m[1]!;
}

/** The attribute names of every tag (attribute values are always double-quoted by the formatter). */
function attributeNames(out: string): string[] {
  const names: string[] = [];
  for (const tag of out.matchAll(/<[a-zA-Z][a-zA-Z0-9]*((?:\s+[a-zA-Z-:]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    for (const attr of tag[1]!.matchAll(/\s+([a-zA-Z-:]+)(?:="[^"]*")?/g)) names.push(attr[1]!.toLowerCase());
  }
  return names;
}

function rows(out: string): string[] {
  return [...out.matchAll(/<tr id="row-\d+">[\s\S]*?<\/tr>/g)].map((m) => m[0]);
}

describe("html formatter (review page)", () => {
  it("is registered as -f html", () => {
    expect(getFormatter("html")).toBe(html);
  });

  it("is one self-contained page: no external script, style, font, image or frame", () => {
    const out = page();
    expect(out.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(out).toMatch(/<meta charset="utf-8">/);
    expect(out).not.toMatch(/<link\b/i);
    expect(out).not.toMatch(/<(iframe|object|embed|img|audio|video|source|base|form)\b/i);
    expect(out).not.toMatch(/\bsrc\s*=/i);
    expect(out).not.toMatch(/@import|url\(/i);
    expect(out.match(/<script\b/g)).toHaveLength(1);
    expect(out.match(/<style\b/g)).toHaveLength(1);
  });

  it("has a Content-Security-Policy that allows only its own style and script, by hash", () => {
    const out = page();
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(out)?.[1]?.replace(/&#39;/g, "'");
    expect(csp).toBe(contentSecurityPolicy());
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("img-src data:");
    expect(csp).not.toContain("unsafe-inline");
    const hash = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");
    expect(csp).toContain(`script-src 'sha256-${hash(scriptOf(out))}'`);
    const style = /<style>([\s\S]*?)<\/style>/.exec(out)![1]!;
    expect(csp).toContain(`style-src 'sha256-${hash(style)}'`);
    // A style attribute would be blocked by that policy, so the page has none.
    expect(out).not.toMatch(/\sstyle\s*=/i);
  });

  it("escapes everything taken from a report, in text and in attributes", () => {
    const out = page([hostileResult()]);
    expect(out).not.toContain("<script>window.__pwned");
    expect(out).not.toContain("<img src=x");
    expect(out).not.toContain("<svg onload");
    // Every tag is well-formed markup of the formatter's own, and none has an event handler.
    expect(attributeNames(out).filter((name) => name.startsWith("on"))).toEqual([]);
    const markupOnly = out.replace(/<style>[\s\S]*?<\/style>|<script>[\s\S]*?<\/script>/g, "");
    expect(markupOnly.replace(/<\/?[a-zA-Z][^<>]*>|<!DOCTYPE html>/g, "")).not.toMatch(/[<>]/);
    expect(out).toContain("&lt;script&gt;window.__pwned=1&lt;/script&gt;");
    expect(out).toContain("&lt;img src=x onerror=alert(1)&gt;&quot;&gt;&lt;svg onload=alert(2)&gt;&#39;&amp;");
    // The organisation (the sort key in data-sort) and the place are escaped too.
    expect(out).toContain(`data-sort="青石镇&lt;script&gt;`);
    expect(out).toContain("段落 2 &lt;script&gt;");
    expect(out.match(/<script\b/g)).toHaveLength(1);
    expect(out.match(/<\/script>/g)).toHaveLength(1);
  });

  it("escapes & < > \" ' and drops control characters and lone surrogates", () => {
    expect(escapeHtml(`a&b<c>d"e'f`)).toBe("a&amp;b&lt;c&gt;d&quot;e&#39;f");
    expect(escapeHtml("x\u0000y\u0007z\u001b")).toBe("xyz");
    expect(escapeHtml("\ud800a\udc00b😀")).toBe("ab😀");
    expect(escapeHtml("行\n二\t三")).toBe("行\n二\t三");
  });

  it("summarises the batch: checked, not fit to publish (errors or unreadable), warnings only, clean", () => {
    const results = [
      result([message()], { filePath: `${CWD}/a.txt` }),
      result([message({ severity: 1 })], { filePath: `${CWD}/b.txt` }),
      result([], { filePath: `${CWD}/c.txt` }),
      result([message({ ruleId: null, fatal: true, message: "无法读取文件" })], { filePath: `${CWD}/d.docx`, fatalErrorCount: 1 }),
    ];
    const out = page(results);
    const card = (id: string) => new RegExp(`id="${id}"><span class="n">(\\d+)<`).exec(out)?.[1];
    expect(card("count-checked")).toBe("4");
    expect(card("count-blocked")).toBe("2");
    expect(card("count-warnings")).toBe("1");
    expect(card("count-clean")).toBe("1");
    expect(card("count-unreadable")).toBe("1");
    expect(out).toContain("共 2 个错误、1 个警告");
  });

  it("lists one row per report, worst first, with organisation, year, format and verdict", () => {
    const results: LintResult[] = [
      result([], { filePath: `${CWD}/clean.txt`, report: { format: "text", organization: "柳溪乡人民政府", year: 2022 } }),
      result([message(), message({ line: 3 })], { filePath: `${CWD}/two.md`, report: { format: "markdown", organization: "白水县教育局", year: 2022, title: "白水县教育局2022年政府信息公开工作年度报告" } }),
      result([message({ ruleId: null, fatal: true, message: "无法读取文件 cannot read the file: 不是有效的 .docx 文件" })], { filePath: `${CWD}/坏.docx`, fatalErrorCount: 1 }),
      result([message({ severity: 1 })], { filePath: `${CWD}/warn.txt` }),
    ];
    const out = page(results);
    const r = rows(out);
    expect(r).toHaveLength(4);
    // Unreadable, then most errors, then warnings only, then clean.
    expect(r[0]).toContain("坏.docx");
    expect(r[0]).toContain("无法读取");
    expect(r[0]).toContain("不是有效的 .docx 文件"); // says why
    expect(r[0]).toContain(">docx<"); // format from the extension when the file could not be read
    expect(r[1]).toContain("白水县教育局");
    expect(r[1]).toContain('data-sort="2022"');
    expect(r[1]).toContain(">markdown<");
    expect(r[1]).toContain("不宜发布");
    expect(r[1]).toMatch(/class="num err" data-sort="2">2</);
    expect(r[1]).toContain("白水县教育局2022年政府信息公开工作年度报告"); // the title under the name
    expect(r[2]).toContain("warn.txt"); // no report summary: the file name stands in
    expect(r[2]).toContain("建议修改");
    expect(r[3]).toContain("柳溪乡人民政府");
    expect(r[3]).toContain("未发现问题");
  });

  it("has sortable headers: buttons in th with aria-sort and a type", () => {
    const out = page();
    const headers = [...out.matchAll(/<th scope="col"[^>]*>[\s\S]*?<\/th>/g)].map((m) => m[0]);
    expect(headers).toHaveLength(7);
    const sortable = headers.filter((h) => h.includes("<button"));
    expect(sortable).toHaveLength(6);
    for (const h of sortable) expect(h).toMatch(/data-type="(text|number)" aria-sort="(none|descending)"/);
    expect(headers.find((h) => h.includes("错误"))).toContain('aria-sort="descending"');
    // No inline event handlers: the script attaches its listeners.
    expect(scriptOf(out)).toContain('addEventListener("click"');
    expect(scriptOf(out)).toContain('new Intl.Collator("zh"');
  });

  it("shows the worst problems of a report: errors first, grouped by rule, with counts", () => {
    const messages = [
      message({ ruleId: "duplicate-phrase", severity: 1, message: "「安排」重复" }),
      message({ ruleId: "table-arithmetic", message: "表三总计不符", line: 40 }),
      message({ ruleId: "table-arithmetic", message: "表三总计不符", line: 41 }),
      message({ ruleId: "required-sections", message: "缺少第四部分", line: 50 }),
    ];
    const groups = worstProblems(messages);
    expect(groups.map((g) => [g.ruleId, g.error, g.count])).toEqual([
      ["table-arithmetic", true, 2],
      ["required-sections", true, 1],
      ["duplicate-phrase", false, 1],
    ]);
    const row = rows(page([result(messages)]))[0]!;
    const worst = /<ul class="worst">([\s\S]*?)<\/ul>/.exec(row)![1]!;
    expect(worst.indexOf("表三总计不符")).toBeLessThan(worst.indexOf("缺少第四部分"));
    expect(worst.indexOf("缺少第四部分")).toBeLessThan(worst.indexOf("「安排」重复"));
    expect(worst).toContain("×2");
  });

  it("shows every finding with its line, its place and the offending line with the span marked", () => {
    const source = "标题\n2022年，本镇认真落实工作工作要求。\n";
    const m = message({ ruleId: "duplicate-phrase", severity: 1, message: "「工作」重复", line: 2, column: 13, endLine: 2, endColumn: 17, place: "段落 2" });
    const out = page([result([m], { source })]);
    const details = /<details class="report"[\s\S]*?<\/details>/.exec(out)![0];
    expect(details).toContain("段落 2 · 第 2 行第 13 列");
    expect(details).toContain('<span class="ctx">2022年，本镇认真落实<mark>工作工作</mark>要求。</span>');
    // Rule links only to published pages (settings.docsBaseUrl): a file: link to one machine's
    // installed copy would be broken on every other machine the page is sent to.
    expect(details).toMatch(/<span class="rule">duplicate-phrase<\/span>|>duplicate-phrase</);
    expect(details).not.toContain("<a class=\"rule\"");
    const linked = page([result([m], { source })], { rulesMeta: linkedRulesMeta(defaultRegistry, "https://docs.example.gov.cn/reportlint/rules/") });
    expect(linked).toContain('<a class="rule" href="https://docs.example.gov.cn/reportlint/rules/duplicate-phrase.md" rel="noopener noreferrer">duplicate-phrase</a>');
    const local = page([result([m], { source })], { rulesMeta: linkedRulesMeta(defaultRegistry, "file:///opt/reportlint/docs/rules/") });
    expect(local).not.toContain("<a class=\"rule\"");
  });

  it("cuts long lines around the problem and marks an empty span", () => {
    const line = "甲".repeat(200) + "问题" + "乙".repeat(200);
    const src = new SourceCode(line);
    const ex = excerptFor(src, message({ line: 1, column: 201, endLine: 1, endColumn: 203 }))!;
    expect(ex.span).toBe("问题");
    expect(ex.before).toBe("…" + "甲".repeat(40));
    expect(ex.after).toBe("乙".repeat(40) + "…");
    const empty = excerptFor(src, message({ line: 1, column: 5, endLine: 1, endColumn: 5 }))!;
    expect(empty.span).toBe("");
    expect(page([result([message({ line: 1, column: 5, endLine: 1, endColumn: 5 })], { source: line })])).toContain('<mark class="empty"></mark>');
    // No usable position: no excerpt.
    expect(excerptFor(src, message({ line: 9 }))).toBeUndefined();
    expect(excerptFor(src, message({ fatal: true }))).toBeUndefined();
    expect(excerptFor(undefined, message())).toBeUndefined();
  });

  it("draws the charts as inline SVG: one bar per rule (errors and warnings) and per error-count bucket", () => {
    const out = page();
    const rulesChart = /<svg[^>]*id="chart-rules"[\s\S]*?<\/svg>/.exec(out)![0];
    // ciResults: required-sections (1 error, report-title 1 error), duplicate-phrase (1 warning), fatal (1).
    expect(rulesChart.match(/<g class="rule-row">/g)).toHaveLength(4);
    expect(rulesChart.match(/class="bar bar-error"/g)).toHaveLength(3);
    expect(rulesChart.match(/class="bar bar-warning"/g)).toHaveLength(1);
    expect(rulesChart).toContain("（无法读取）");
    // Bars are labelled with the rules' Chinese names (meta.docs.name); the id is in the tooltip.
    const labels = [...rulesChart.matchAll(/<text x="[\d.]+" y="[\d.]+" text-anchor="end">([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels).toEqual(expect.arrayContaining(["缺少部分", "报告标题", "词语重复"]));
    expect(labels.some((l) => /^[a-z]+(-[a-z]+)+$/.test(l))).toBe(false);
    expect(rulesChart).toContain("<title>词语重复 (duplicate-phrase): ");
    const en = /<svg[^>]*id="chart-rules"[\s\S]*?<\/svg>/.exec(html(ciResults(), ciContext({ locale: "en" })))![0];
    expect(en).toContain(">Doubled words</text>");
    for (const w of rulesChart.matchAll(/<rect [^>]*width="([\d.]+)"/g)) expect(Number(w[1])).toBeGreaterThan(0);
    const reportsChart = /<svg[^>]*id="chart-reports"[\s\S]*?<\/svg>/.exec(out)![0];
    expect(reportsChart.match(/<g class="bucket">/g)).toHaveLength(8);
    // Buckets 0 (the clean file), 1 (two files) and unreadable (one) have bars.
    expect(reportsChart.match(/<rect /g)).toHaveLength(3);
    expect(reportsChart).toContain('class="bar bar-fatal"');
  });

  it("lists the most common problems with the rule's description", () => {
    const results = [result([message(), message({ line: 2 })]), result([message()], { filePath: `${CWD}/b.txt` })];
    const out = page(results);
    const common = /<ol class="common">([\s\S]*?)<\/ol>/.exec(out)![1]!;
    expect(common).toContain(ciContext().rulesMeta["required-sections"]!.docs.description);
    expect(common).toContain("3 处，涉及 2 份报告");
  });

  it("speaks English with locale en", () => {
    const out = page(ciResults(), { locale: "en" });
    expect(out).toContain('<html lang="en">');
    expect(out).toContain("Not fit to publish");
    expect(out).toContain("Reports by number of errors");
    expect(out).toContain(">Errors</button>");
    expect(out).not.toMatch(/不宜发布|错误/);
    expect(out).toContain(ciContext().rulesMeta["required-sections"]!.docs.descriptionEn);
  });

  it("renders an empty batch", () => {
    const out = page([]);
    expect(out).toContain('id="count-checked"><span class="n">0<');
    expect(rows(out)).toHaveLength(0);
    expect(out).toContain("未发现问题。");
  });

  it("collapses each report's findings and keeps the page size linear in the batch", () => {
    const batch = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        result(
          [message({ line: 2, column: 1, endLine: 2, endColumn: 4 }), message({ ruleId: "duplicate-phrase", severity: 1, line: 2, column: 5, endLine: 2, endColumn: 9 })],
          { filePath: `${CWD}/r${i}.txt`, source: "标题\n第二行的正文第二行的正文\n", report: { format: "text", organization: `第${i}镇`, year: 2023 } },
        ),
      );
    const small = page(batch(200)).length;
    const large = page(batch(400)).length;
    expect(large / small).toBeGreaterThan(1.8);
    expect(large / small).toBeLessThan(2.05);
    const out = page(batch(3));
    expect(out.match(/<details class="report"/g)).toHaveLength(3);
    expect(out).not.toMatch(/<details[^>]* open/);
  });

  it("shows a path relative to cwd and the file of a report with spaces and CJK", () => {
    const out = page();
    expect(out).toContain("年度 报告/2023年 政府信息公开.md");
    expect(out).not.toContain(SPACED_PATH);
    expect(out).toContain(FATAL_PATH.slice(CWD.length + 1));
  });
});
