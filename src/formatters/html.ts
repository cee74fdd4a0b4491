// The reviewers' batch report: one self-contained HTML page for a 公开办 that receives dozens to
// thousands of reports — a summary with charts, a sortable table with one row per report, and
// every finding of every report with the text around it.
//
// Self-contained and inert: inline CSS, one small inline script (table sorting), charts drawn here
// as inline SVG; no network, no external fonts or scripts. A Content-Security-Policy meta allows
// only the page's own style and script (by SHA-256 hash) and nothing from the network. Everything
// taken from a report or a file name is escaped, in text and in attributes; no event handler or
// URL is ever built from report data.
import { nodeCrypto } from "../core/crypto.js";
import path from "node:path";
import { SourceCode } from "../core/source-code.js";
import type { LintMessage, LintResult, Locale, RuleMeta } from "../core/types.js";
import type { Formatter, FormatterContext } from "./index.js";
import { relativePath } from "./display-width.js";

// ---------------------------------------------------------------------------------------------
// Shared with the CSV formatter: what a report is called and what its problems are.

/** Characters not allowed in HTML text (C0 controls other than tab/LF/CR, DEL, C1) and lone surrogates. */
const INVALID_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Removes characters that have no place in output text (controls, lone surrogates). */
export function cleanText(text: string): string {
  return text.replace(INVALID_CHARS, "");
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text or attribute value → HTML: & < > " ' escaped, invalid characters removed. */
export function escapeHtml(value: unknown): string {
  return cleanText(String(value)).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

export function isErrorMessage(message: LintMessage): boolean {
  return message.fatal === true || message.severity === 2;
}

/** A report's facts for review: who, which year, which input format. */
export interface ReportFacts {
  /** The organisation, else the file name without folder. */
  name: string;
  organization: string;
  title: string;
  year: string;
  format: string;
  /** The path as shown (relative to cwd when inside it). */
  shownPath: string;
  /** The file could not be read or linted. */
  fatal: boolean;
}

export function reportFacts(result: LintResult, cwd: string): ReportFacts {
  const report = result.report;
  const shownPath = relativePath(result.filePath, cwd);
  const base = path.basename(result.filePath) || result.filePath;
  const ext = path.extname(result.filePath).slice(1).toLowerCase();
  const organization = report?.organization?.trim() ?? "";
  return {
    name: organization || base,
    organization,
    title: report?.title?.trim() ?? "",
    year: report?.year !== undefined && Number.isFinite(report.year) ? String(report.year) : "",
    format: report?.format ?? (ext === "md" ? "markdown" : ext === "htm" ? "html" : ext === "txt" ? "text" : ext),
    shownPath,
    fatal: result.fatalErrorCount > 0 || result.messages.some((m) => m.fatal === true),
  };
}

/** Longest offending text shown (characters); longer spans are cut with an ellipsis. */
const MAX_SPAN = 120;
/** Characters of context shown on each side of the problem. */
const CONTEXT = 40;

/** The offending line cut around the problem: text before, the problem, text after. */
export interface Excerpt {
  before: string;
  span: string;
  after: string;
}

function oneLine(text: string): string {
  return text.replace(/[\t\u2028\u2029]/g, " ");
}

/**
 * The excerpt for a message from the text its line/column refer to, or undefined when the
 * message has no usable position (fatal, or outside the text).
 */
export function excerptFor(source: SourceCode | undefined, message: LintMessage): Excerpt | undefined {
  if (!source || message.fatal === true) return undefined;
  const { line, column } = message;
  if (!Number.isInteger(line) || line < 1 || line > source.lineCount) return undefined;
  const text = source.lineText(line);
  const start = Math.min(Math.max(Number.isInteger(column) ? column - 1 : 0, 0), text.length);
  let end = start;
  if (message.endLine === line && Number.isInteger(message.endColumn)) end = Math.min(Math.max(message.endColumn - 1, start), text.length);
  else if (Number.isInteger(message.endLine) && message.endLine > line) end = text.length;
  let span = text.slice(start, end);
  if (span.length > MAX_SPAN) span = span.slice(0, MAX_SPAN) + "…";
  const beforeStart = Math.max(0, start - CONTEXT);
  const before = (beforeStart > 0 ? "…" : "") + text.slice(beforeStart, start);
  const afterEnd = Math.min(text.length, end + CONTEXT);
  const after = text.slice(end, afterEnd) + (afterEnd < text.length ? "…" : "");
  if (before.trim() === "" && span === "" && after.trim() === "") return undefined;
  return { before: oneLine(before), span: oneLine(span), after: oneLine(after) };
}

/** The exact offending text (possibly across lines), at most `max` characters. */
export function offendingText(source: SourceCode | undefined, message: LintMessage, max = 200): string {
  if (!source || message.fatal === true) return "";
  const start = source.offsetAt({ line: message.line, column: message.column });
  if (start < 0) return "";
  let end = source.offsetAt({ line: message.endLine, column: message.endColumn });
  if (end < start) end = start;
  const text = source.text.slice(start, end);
  return text.length > max ? text.slice(0, max) + "…" : text;
}

/** One rule's problems in one report. */
export interface ProblemGroup {
  ruleId: string | null;
  error: boolean;
  count: number;
  /** The first message of the group, as the example. */
  first: LintMessage;
}

/** A report's problems grouped by rule: fatal first, then errors, then warnings; within each, most frequent first. */
export function worstProblems(messages: readonly LintMessage[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const message of messages) {
    const error = isErrorMessage(message);
    const key = `${message.fatal ? "F" : error ? "E" : "W"}\u0000${message.ruleId ?? ""}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { ruleId: message.ruleId, error, count: 1, first: message });
  }
  const rank = (g: ProblemGroup) => (g.first.fatal ? 0 : g.error ? 1 : 2);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || b.count - a.count || (a.ruleId ?? "").localeCompare(b.ruleId ?? ""));
}

// ---------------------------------------------------------------------------------------------
// Texts

interface Texts {
  lang: string;
  pageTitle: string;
  generatedBy(version: string | undefined): string;
  summary: string;
  checked: string;
  withErrors: string;
  withErrorsNote: string;
  warningsOnly: string;
  clean: string;
  unreadable: string;
  findings(errors: number, warnings: number): string;
  commonProblems: string;
  commonItem(findings: number, reports: number): string;
  noProblems: string;
  chartRules: string;
  chartRulesDesc: string;
  chartReports: string;
  chartReportsDesc: string;
  bucketFatal: string;
  legendError: string;
  legendWarning: string;
  fatalRule: string;
  reportsTable: string;
  sortHint: string;
  colReport: string;
  colYear: string;
  colFormat: string;
  colVerdict: string;
  colErrors: string;
  colWarnings: string;
  colWorst: string;
  verdictBlocked: string;
  verdictUnreadable: string;
  verdictWarnings: string;
  verdictClean: string;
  more(count: number): string;
  times(count: number): string;
  details: string;
  detailsNote: string;
  file: string;
  titleLabel: string;
  organizationLabel: string;
  yearLabel: string;
  layoutLabel: string;
  formatLabel: string;
  error: string;
  warning: string;
  line(line: number, column: number): string;
  noFindings: string;
  counts(errors: number, warnings: number): string;
  toTop: string;
  ruleDescription(meta: RuleMeta): string;
}

const TEXTS: Record<Locale, Texts> = {
  zh: {
    lang: "zh-CN",
    pageTitle: "政府信息公开工作年度报告审查结果",
    generatedBy: (version) => `由 reportlint${version ? ` ${version}` : ""} 生成`,
    summary: "概况",
    checked: "检查报告",
    withErrors: "不宜发布",
    withErrorsNote: "有错误或无法读取",
    warningsOnly: "仅有警告",
    clean: "未发现问题",
    unreadable: "无法读取",
    findings: (errors, warnings) => `共 ${errors} 个错误、${warnings} 个警告`,
    commonProblems: "最常见的问题",
    commonItem: (findings, reports) => `${findings} 处，涉及 ${reports} 份报告`,
    noProblems: "未发现问题。",
    chartRules: "各规则发现的问题数",
    chartRulesDesc: "每条规则发现的错误和警告数量，按总数从多到少排列",
    chartReports: "按错误数统计的报告数",
    chartReportsDesc: "错误数为 0、1、2、3–5、6–10、11–20、20 以上的报告各有多少份，以及无法读取的报告数",
    bucketFatal: "无法读取",
    legendError: "错误",
    legendWarning: "警告",
    fatalRule: "（无法读取）",
    reportsTable: "各报告检查结果",
    sortHint: "点击列标题排序，再次点击反向排序。",
    colReport: "报告",
    colYear: "年度",
    colFormat: "格式",
    colVerdict: "结论",
    colErrors: "错误",
    colWarnings: "警告",
    colWorst: "主要问题",
    verdictBlocked: "不宜发布",
    verdictUnreadable: "无法读取",
    verdictWarnings: "建议修改",
    verdictClean: "未发现问题",
    more: (count) => `另有 ${count} 类问题`,
    times: (count) => `×${count}`,
    details: "各报告问题明细",
    detailsNote: "展开报告查看每个问题的位置和原文。",
    file: "文件",
    titleLabel: "标题",
    organizationLabel: "单位",
    yearLabel: "年度",
    layoutLabel: "表格版本",
    formatLabel: "格式",
    error: "错误",
    warning: "警告",
    line: (line, column) => `第 ${line} 行第 ${column} 列`,
    noFindings: "未发现问题。",
    counts: (errors, warnings) => `${errors} 个错误，${warnings} 个警告`,
    toTop: "回到表格",
    ruleDescription: (meta) => meta.docs.description,
  },
  en: {
    lang: "en",
    pageTitle: "Review of government information disclosure annual reports",
    generatedBy: (version) => `Generated by reportlint${version ? ` ${version}` : ""}`,
    summary: "Summary",
    checked: "Reports checked",
    withErrors: "Not fit to publish",
    withErrorsNote: "errors, or could not be read",
    warningsOnly: "Warnings only",
    clean: "No problems",
    unreadable: "Could not be read",
    findings: (errors, warnings) => `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"} in all`,
    commonProblems: "Most common problems",
    commonItem: (findings, reports) => `${findings} finding${findings === 1 ? "" : "s"} in ${reports} report${reports === 1 ? "" : "s"}`,
    noProblems: "No problems found.",
    chartRules: "Problems per rule",
    chartRulesDesc: "Errors and warnings found by each rule, most first",
    chartReports: "Reports by number of errors",
    chartReportsDesc: "How many reports have 0, 1, 2, 3–5, 6–10, 11–20 or more than 20 errors, and how many could not be read",
    bucketFatal: "unreadable",
    legendError: "errors",
    legendWarning: "warnings",
    fatalRule: "(could not be read)",
    reportsTable: "Reports",
    sortHint: "Click a column header to sort; click again to reverse.",
    colReport: "Report",
    colYear: "Year",
    colFormat: "Format",
    colVerdict: "Verdict",
    colErrors: "Errors",
    colWarnings: "Warnings",
    colWorst: "Worst problems",
    verdictBlocked: "Not fit to publish",
    verdictUnreadable: "Could not be read",
    verdictWarnings: "Should be revised",
    verdictClean: "No problems",
    more: (count) => `${count} more kind${count === 1 ? "" : "s"} of problem`,
    times: (count) => `×${count}`,
    details: "Findings per report",
    detailsNote: "Open a report to see where each problem is and the text around it.",
    file: "File",
    titleLabel: "Title",
    organizationLabel: "Organisation",
    yearLabel: "Year",
    layoutLabel: "Table layout",
    formatLabel: "Format",
    error: "error",
    warning: "warning",
    line: (line, column) => `line ${line}, column ${column}`,
    noFindings: "No problems found.",
    counts: (errors, warnings) => `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`,
    toTop: "Back to the table",
    ruleDescription: (meta) => meta.docs.descriptionEn,
  },
};

// ---------------------------------------------------------------------------------------------
// Page furniture: the style and the script, hashed into the Content-Security-Policy.

const STYLE = `
:root{--err:#c62828;--warn:#b26a00;--ok:#2e7d32;--muted:#5f6368;--line:#dadce0;--bg:#f8f9fa;--mark:#ffe0b2}
*{box-sizing:border-box}
body{margin:0;padding:24px 32px;font:14px/1.6 -apple-system,BlinkMacSystemFont,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;color:#202124;background:#fff}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:32px 0 12px;border-bottom:1px solid var(--line);padding-bottom:4px}h3{font-size:15px;margin:16px 0 8px}
.meta,.note{color:var(--muted);margin:0 0 12px}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin:12px 0}
.card{border:1px solid var(--line);border-radius:6px;padding:8px 16px;min-width:130px;background:var(--bg)}
.card .n{display:block;font-size:26px;font-weight:600}.card.bad .n{color:var(--err)}.card.warn .n{color:var(--warn)}.card.ok .n{color:var(--ok)}
.card .l{color:var(--muted)}
.charts{display:flex;flex-wrap:wrap;gap:24px}
figure{margin:0;flex:1 1 420px;max-width:760px}figcaption{font-weight:600;margin-bottom:4px}
svg.chart{width:100%;height:auto;display:block}
svg .bar-error{fill:var(--err)}svg .bar-warning{fill:#f9a825}svg .bar-reports{fill:#1a73e8}svg .bar-fatal{fill:#6d4c41}
svg text{font-size:12px;fill:#202124}svg .axis{stroke:var(--line)}
.legend{color:var(--muted);font-size:12px}.legend .sw{display:inline-block;width:10px;height:10px;margin:0 4px 0 10px;vertical-align:middle}.sw.e{background:var(--err)}.sw.w{background:#f9a825}
ol.common li{margin:2px 0}
table.reports{border-collapse:collapse;width:100%}
table.reports td:first-child{min-width:14em}
table.reports th,table.reports td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
table.reports th{background:var(--bg);position:sticky;top:0;white-space:nowrap}
table.reports td.num,table.reports th.num{text-align:right}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:inherit}
th button:focus-visible{outline:2px solid #1a73e8;outline-offset:2px}
th button::after{content:"\\2195";color:var(--muted);margin-left:4px;font-weight:400}
th[aria-sort=ascending] button::after{content:"\\25B2";color:#202124}th[aria-sort=descending] button::after{content:"\\25BC";color:#202124}
.sub{display:block;color:var(--muted);font-size:12px;word-break:break-all}
.verdict{font-weight:600;white-space:nowrap}.v2,.v3{color:var(--err)}.v1{color:var(--warn)}.v0{color:var(--ok)}
td.err{color:var(--err);font-weight:600}td.warn{color:var(--warn)}
ul.worst{margin:0;padding-left:16px}ul.worst li{margin:0}
.sev{display:inline-block;font-size:12px;border-radius:3px;padding:0 4px;margin-right:4px;color:#fff;white-space:nowrap}.sev.e{background:var(--err)}.sev.w{background:var(--warn)}
details.report{border:1px solid var(--line);border-radius:6px;margin:8px 0;padding:0 12px}
details.report>summary{cursor:pointer;padding:8px 0;font-weight:600}
details.report dl{display:grid;grid-template-columns:max-content 1fr;gap:0 12px;margin:4px 0 8px}details.report dt{color:var(--muted)}details.report dd{margin:0;word-break:break-all}
ol.findings{padding-left:20px}ol.findings li{margin:6px 0}
.pos{color:var(--muted);white-space:nowrap;margin-right:6px}.rule{color:var(--muted);font-size:12px;margin-left:6px}
.ctx{display:block;font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"Noto Sans Mono CJK SC","WenQuanYi Micro Hei Mono",monospace;background:var(--bg);border-left:3px solid var(--line);padding:2px 8px;margin-top:2px;white-space:pre-wrap;word-break:break-all}
.ctx mark{background:var(--mark);border-bottom:2px solid var(--err)}.ctx mark.empty{border-left:2px solid var(--err);border-bottom:0;background:none}
.fatal-reason{color:var(--err)}
a{color:#1a73e8}
`;

// The sorting script. Rows carry their sort keys in data-* attributes written by the formatter;
// numbers compare numerically, text with Intl.Collator("zh"); ties keep the original order.
const SCRIPT = `
(function () {
  "use strict";
  // A link to a report's findings opens them.
  function openTarget() {
    var id = location.hash ? decodeURIComponent(location.hash.slice(1)) : "";
    var target = id ? document.getElementById(id) : null;
    if (target && target.tagName === "DETAILS") target.open = true;
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();
  var table = document.getElementById("reports");
  if (!table) return;
  var body = table.tBodies[0];
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var collator = new Intl.Collator("zh", { numeric: true });
  Array.prototype.forEach.call(body.rows, function (row, i) { row.setAttribute("data-index", String(i)); });
  headers.forEach(function (th, column) {
    var button = th.querySelector("button");
    if (!button) return;
    button.addEventListener("click", function () {
      var numeric = th.getAttribute("data-type") === "number";
      var current = th.getAttribute("aria-sort");
      var direction = current === "ascending" ? "descending" : current === "descending" ? "ascending" : numeric ? "descending" : "ascending";
      var sign = direction === "ascending" ? 1 : -1;
      var rows = Array.prototype.slice.call(body.rows);
      var key = function (row) { return row.cells[column].getAttribute("data-sort") || ""; };
      rows.sort(function (a, b) {
        var ka = key(a), kb = key(b), d;
        if (numeric) {
          var na = ka === "" ? NaN : Number(ka), nb = kb === "" ? NaN : Number(kb);
          if (isNaN(na) || isNaN(nb)) d = isNaN(na) ? (isNaN(nb) ? 0 : 1) : -1;
          else d = sign * (na - nb);
        } else if (ka === "" || kb === "") {
          d = ka === "" ? (kb === "" ? 0 : 1) : -1;
        } else {
          d = sign * collator.compare(ka, kb);
        }
        return d || Number(a.getAttribute("data-index")) - Number(b.getAttribute("data-index"));
      });
      var fragment = document.createDocumentFragment();
      rows.forEach(function (row) { fragment.appendChild(row); });
      body.appendChild(fragment);
      headers.forEach(function (other) { if (other.querySelector("button")) other.setAttribute("aria-sort", "none"); });
      th.setAttribute("aria-sort", direction);
      var status = document.getElementById("sort-status");
      if (status) status.textContent = button.textContent + " " + (direction === "ascending" ? status.getAttribute("data-asc") : status.getAttribute("data-desc"));
    });
  });
})();
`;

function sha256(text: string): string {
  return nodeCrypto().createHash("sha256").update(text, "utf8").digest("base64");
}

let policy: string | undefined;

/**
 * The page's policy: its own style and script (by hash), images only as data: URIs, no network, no
 * forms, no <base>. Made on first use: hashing loads node:crypto, which other runs need not pay for.
 */
export function contentSecurityPolicy(): string {
  policy ??= [
    "default-src 'none'",
    `style-src 'sha256-${sha256(STYLE)}'`,
    `script-src 'sha256-${sha256(SCRIPT)}'`,
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  return policy;
}

// ---------------------------------------------------------------------------------------------
// Charts: inline SVG drawn here, sizes in the viewBox; colours from the stylesheet (classes), so
// no style attribute is needed (the CSP would block one).

interface RuleCount {
  ruleId: string | null;
  errors: number;
  warnings: number;
  reports: number;
}

function ruleLabel(ruleId: string | null, texts: Texts): string {
  return ruleId ?? texts.fatalRule;
}

/** A rule's short name in the page's language (报告标题), its id when it has none. */
function ruleName(ruleId: string | null, texts: Texts, context: FormatterContext): string {
  const docs = ruleId ? context.rulesMeta[ruleId]?.docs : undefined;
  const name = context.locale === "en" ? docs?.nameEn : docs?.name;
  return name || ruleLabel(ruleId, texts);
}

function rulesChart(counts: RuleCount[], texts: Texts, context: FormatterContext): string {
  const rowHeight = 22;
  const labelWidth = 230;
  const barWidth = 380;
  const width = labelWidth + barWidth + 60;
  const height = Math.max(1, counts.length) * rowHeight + 8;
  const max = Math.max(1, ...counts.map((c) => c.errors + c.warnings));
  const parts: string[] = [];
  counts.forEach((c, i) => {
    const y = 4 + i * rowHeight;
    const total = c.errors + c.warnings;
    const errorWidth = (c.errors / max) * barWidth;
    const warningWidth = (c.warnings / max) * barWidth;
    // Labelled by name, which a reviewer reads; the id, which the config uses, is in the tooltip.
    const label = ruleName(c.ruleId, texts, context);
    const named = c.ruleId && label !== c.ruleId ? `${label} (${c.ruleId})` : label;
    const tip = `${named}: ${c.errors} ${texts.legendError}, ${c.warnings} ${texts.legendWarning}`;
    parts.push(`<g class="rule-row"><title>${escapeHtml(tip)}</title>`);
    parts.push(`<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(label)}</text>`);
    if (c.errors > 0) parts.push(`<rect class="bar bar-error" x="${labelWidth}" y="${y + 3}" width="${errorWidth.toFixed(1)}" height="${rowHeight - 6}"></rect>`);
    if (c.warnings > 0) parts.push(`<rect class="bar bar-warning" x="${(labelWidth + errorWidth).toFixed(1)}" y="${y + 3}" width="${warningWidth.toFixed(1)}" height="${rowHeight - 6}"></rect>`);
    parts.push(`<text x="${(labelWidth + errorWidth + warningWidth + 6).toFixed(1)}" y="${y + 15}">${total}</text></g>`);
  });
  parts.push(`<line class="axis" x1="${labelWidth}" y1="0" x2="${labelWidth}" y2="${height}"></line>`);
  return svgChart("chart-rules", texts.chartRules, texts.chartRulesDesc, width, height, parts);
}

/** An accessible inline SVG chart: its title and description name it for screen readers. */
function svgChart(id: string, title: string, description: string, width: number, height: number, parts: string[]): string {
  return (
    `<svg class="chart" id="${id}" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(description)}</desc>` +
    parts.join("") +
    `</svg>`
  );
}

/** Error-count buckets of the second chart: [label, lowest, highest]. */
const BUCKETS: Array<[string, number, number]> = [
  ["0", 0, 0],
  ["1", 1, 1],
  ["2", 2, 2],
  ["3–5", 3, 5],
  ["6–10", 6, 10],
  ["11–20", 11, 20],
  [">20", 21, Infinity],
];

function reportsChart(errorCounts: number[], fatalCount: number, texts: Texts): string {
  const counts = BUCKETS.map(([label, low, high]) => ({ label, count: errorCounts.filter((n) => n >= low && n <= high).length, fatal: false }));
  counts.push({ label: texts.bucketFatal, count: fatalCount, fatal: true });
  const slot = 64;
  const chartHeight = 160;
  const top = 20;
  const width = counts.length * slot + 20;
  const height = top + chartHeight + 24;
  const max = Math.max(1, ...counts.map((c) => c.count));
  const parts: string[] = [];
  counts.forEach((c, i) => {
    const x = 10 + i * slot;
    const h = (c.count / max) * chartHeight;
    const y = top + chartHeight - h;
    parts.push(`<g class="bucket"><title>${escapeHtml(`${c.label}: ${c.count}`)}</title>`);
    if (c.count > 0) parts.push(`<rect class="bar ${c.fatal ? "bar-fatal" : "bar-reports"}" x="${x + 12}" y="${y.toFixed(1)}" width="${slot - 24}" height="${h.toFixed(1)}"></rect>`);
    parts.push(`<text x="${x + slot / 2}" y="${(y - 5).toFixed(1)}" text-anchor="middle">${c.count}</text>`);
    parts.push(`<text x="${x + slot / 2}" y="${top + chartHeight + 17}" text-anchor="middle">${escapeHtml(c.label)}</text></g>`);
  });
  parts.push(`<line class="axis" x1="10" y1="${top + chartHeight}" x2="${width - 10}" y2="${top + chartHeight}"></line>`);
  return svgChart("chart-reports", texts.chartReports, texts.chartReportsDesc, width, height, parts);
}

// ---------------------------------------------------------------------------------------------
// The page

/** 3 = unreadable, 2 = errors (not fit to publish), 1 = warnings only, 0 = clean. */
function verdictOf(result: LintResult, facts: ReportFacts): 0 | 1 | 2 | 3 {
  if (facts.fatal) return 3;
  if (result.errorCount > 0 || result.messages.some((m) => isErrorMessage(m))) return 2;
  if (result.warningCount > 0 || result.messages.length > 0) return 1;
  return 0;
}

function verdictText(verdict: 0 | 1 | 2 | 3, texts: Texts): string {
  return [texts.verdictClean, texts.verdictWarnings, texts.verdictBlocked, texts.verdictUnreadable][verdict];
}

const MAX_WORST = 3;
const MAX_WORST_TEXT = 60;

function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? chars.slice(0, max).join("") + "…" : text;
}

function singleLineText(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, " ").replace(/\t/g, " ");
}

function severityBadge(error: boolean, texts: Texts): string {
  return `<span class="sev ${error ? "e" : "w"}">${escapeHtml(error ? texts.error : texts.warning)}</span>`;
}

function worstCell(groups: ProblemGroup[], texts: Texts): string {
  if (groups.length === 0) return "";
  const items = groups.slice(0, MAX_WORST).map((g) => {
    // Why a file could not be read is the whole story: it is not cut.
    const text = g.first.fatal ? singleLineText(g.first.message) : truncate(singleLineText(g.first.message), MAX_WORST_TEXT);
    const count = g.count > 1 ? ` <span class="rule">${escapeHtml(texts.times(g.count))}</span>` : "";
    const rule = g.ruleId ? ` <span class="rule">${escapeHtml(g.ruleId)}</span>` : "";
    return `<li>${severityBadge(g.error, texts)}${escapeHtml(text)}${count}${rule}</li>`;
  });
  if (groups.length > MAX_WORST) items.push(`<li class="sub">${escapeHtml(texts.more(groups.length - MAX_WORST))}</li>`);
  return `<ul class="worst">${items.join("")}</ul>`;
}

function safeDocsUrl(meta: RuleMeta | undefined): string | undefined {
  const url = meta?.docs.url;
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

function findingItem(message: LintMessage, source: SourceCode | undefined, context: FormatterContext, texts: Texts): string {
  const error = isErrorMessage(message);
  const where: string[] = [];
  if (message.place) where.push(message.place);
  if (message.fatal !== true && Number.isInteger(message.line) && message.line >= 1) where.push(texts.line(message.line, message.column || 1));
  const pos = where.length > 0 ? `<span class="pos">${escapeHtml(where.join(" · "))}</span>` : "";
  let rule = "";
  if (message.ruleId) {
    const url = safeDocsUrl(context.rulesMeta[message.ruleId]);
    rule = url
      ? ` <a class="rule" href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(message.ruleId)}</a>`
      : ` <span class="rule">${escapeHtml(message.ruleId)}</span>`;
  }
  const excerpt = excerptFor(source, message);
  const ctx = excerpt
    ? `<span class="ctx">${escapeHtml(excerpt.before)}<mark${excerpt.span === "" ? ' class="empty"' : ""}>${escapeHtml(excerpt.span)}</mark>${escapeHtml(excerpt.after)}</span>`
    : "";
  const text = `<span class="msg${message.fatal ? " fatal-reason" : ""}">${escapeHtml(message.message)}</span>`;
  return `<li class="${error ? "e" : "w"}">${severityBadge(error, texts)}${pos}${text}${rule}${ctx}</li>`;
}

interface Row {
  index: number;
  result: LintResult;
  facts: ReportFacts;
  verdict: 0 | 1 | 2 | 3;
  errors: number;
  warnings: number;
  groups: ProblemGroup[];
}

function countOf(result: LintResult, error: boolean): number {
  return result.messages.filter((m) => isErrorMessage(m) === error).length;
}

/** The review page: summary with charts, a sortable table of reports, the findings of each. */
export const html: Formatter = (results, context) => {
  const texts = TEXTS[context.locale] ?? TEXTS.zh;

  const rows: Row[] = results.map((result, index) => {
    const facts = reportFacts(result, context.cwd);
    return {
      index,
      result,
      facts,
      verdict: verdictOf(result, facts),
      errors: countOf(result, true),
      warnings: countOf(result, false),
      groups: worstProblems(result.messages),
    };
  });
  // Worst first: unreadable, then by errors, then by warnings; ties keep the input order.
  const ordered = [...rows].sort((a, b) => b.verdict - a.verdict || b.errors - a.errors || b.warnings - a.warnings || a.index - b.index);

  // Summary numbers.
  const total = rows.length;
  const blocked = rows.filter((r) => r.verdict >= 2).length;
  const unreadable = rows.filter((r) => r.verdict === 3).length;
  const warningsOnly = rows.filter((r) => r.verdict === 1).length;
  const clean = rows.filter((r) => r.verdict === 0).length;
  const allErrors = rows.reduce((n, r) => n + r.errors, 0);
  const allWarnings = rows.reduce((n, r) => n + r.warnings, 0);

  const byRule = new Map<string, RuleCount>();
  for (const row of rows) {
    const seen = new Set<string>();
    for (const m of row.result.messages) {
      const key = m.ruleId ?? "\u0000";
      let c = byRule.get(key);
      if (!c) byRule.set(key, (c = { ruleId: m.ruleId, errors: 0, warnings: 0, reports: 0 }));
      if (isErrorMessage(m)) c.errors++;
      else c.warnings++;
      if (!seen.has(key)) {
        seen.add(key);
        c.reports++;
      }
    }
  }
  const ruleCounts = [...byRule.values()].sort(
    (a, b) => b.errors + b.warnings - (a.errors + a.warnings) || b.errors - a.errors || (a.ruleId ?? "").localeCompare(b.ruleId ?? ""),
  );

  const out: string[] = [];
  out.push("<!DOCTYPE html>");
  out.push(`<html lang="${texts.lang}"><head><meta charset="utf-8">`);
  out.push(`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy())}">`);
  out.push(`<meta name="referrer" content="no-referrer">`);
  out.push(`<meta name="viewport" content="width=device-width, initial-scale=1">`);
  out.push(`<meta name="generator" content="${escapeHtml(`reportlint${context.version ? ` ${context.version}` : ""}`)}">`);
  out.push(`<title>${escapeHtml(texts.pageTitle)}</title>`);
  out.push(`<style>${STYLE}</style></head><body>`);
  out.push(`<header><h1>${escapeHtml(texts.pageTitle)}</h1><p class="meta">${escapeHtml(texts.generatedBy(context.version))}</p></header>`);

  // Summary.
  out.push(`<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">${escapeHtml(texts.summary)}</h2>`);
  const card = (cls: string, id: string, n: number, label: string, note?: string) =>
    `<div class="card ${cls}" id="${id}"><span class="n">${n}</span><span class="l">${escapeHtml(label)}</span>${note ? `<span class="sub">${escapeHtml(note)}</span>` : ""}</div>`;
  out.push(`<div class="cards">`);
  out.push(card("", "count-checked", total, texts.checked));
  out.push(card("bad", "count-blocked", blocked, texts.withErrors, texts.withErrorsNote));
  out.push(card("warn", "count-warnings", warningsOnly, texts.warningsOnly));
  out.push(card("ok", "count-clean", clean, texts.clean));
  if (unreadable > 0) out.push(card("bad", "count-unreadable", unreadable, texts.unreadable));
  out.push(`</div><p class="note">${escapeHtml(texts.findings(allErrors, allWarnings))}</p>`);

  out.push(`<h3>${escapeHtml(texts.commonProblems)}</h3>`);
  if (ruleCounts.length === 0) {
    out.push(`<p>${escapeHtml(texts.noProblems)}</p>`);
  } else {
    out.push(`<ol class="common">`);
    for (const c of ruleCounts.slice(0, 5)) {
      const meta = c.ruleId ? context.rulesMeta[c.ruleId] : undefined;
      const description = meta ? texts.ruleDescription(meta) : "";
      const label = ruleLabel(c.ruleId, texts);
      out.push(
        `<li><strong>${escapeHtml(description || label)}</strong>${description ? ` <span class="rule">${escapeHtml(label)}</span>` : ""} — ${escapeHtml(texts.commonItem(c.errors + c.warnings, c.reports))}</li>`,
      );
    }
    out.push(`</ol>`);
  }

  out.push(`<div class="charts">`);
  out.push(
    `<figure><figcaption>${escapeHtml(texts.chartRules)}</figcaption><div class="legend"><span class="sw e"></span>${escapeHtml(texts.legendError)}<span class="sw w"></span>${escapeHtml(texts.legendWarning)}</div>${rulesChart(ruleCounts, texts, context)}</figure>`,
  );
  out.push(
    `<figure><figcaption>${escapeHtml(texts.chartReports)}</figcaption>${reportsChart(
      rows.filter((r) => r.verdict !== 3).map((r) => r.errors),
      unreadable,
      texts,
    )}</figure>`,
  );
  out.push(`</div></section>`);

  // The table.
  out.push(`<section id="table" aria-labelledby="table-h"><h2 id="table-h">${escapeHtml(texts.reportsTable)}</h2>`);
  out.push(`<p class="note">${escapeHtml(texts.sortHint)} <span id="sort-status" role="status" aria-live="polite" data-asc="↑" data-desc="↓"></span></p>`);
  const th = (label: string, type: "text" | "number", sort: "none" | "descending", cls = "") =>
    `<th scope="col"${cls ? ` class="${cls}"` : ""} data-type="${type}" aria-sort="${sort}"><button type="button">${escapeHtml(label)}</button></th>`;
  out.push(`<table class="reports" id="reports"><thead><tr>`);
  out.push(th(texts.colReport, "text", "none"));
  out.push(th(texts.colYear, "number", "none", "num"));
  out.push(th(texts.colFormat, "text", "none"));
  out.push(th(texts.colVerdict, "number", "none"));
  out.push(th(texts.colErrors, "number", "descending", "num"));
  out.push(th(texts.colWarnings, "number", "none", "num"));
  out.push(`<th scope="col">${escapeHtml(texts.colWorst)}</th>`);
  out.push(`</tr></thead><tbody>`);
  for (const row of ordered) {
    const { facts } = row;
    const sub = [facts.organization && facts.title ? facts.title : "", facts.shownPath].filter(Boolean);
    out.push(
      `<tr id="row-${row.index}">` +
        `<td data-sort="${escapeHtml(facts.name)}"><a href="#r-${row.index}">${escapeHtml(facts.name)}</a>${sub.map((s) => `<span class="sub">${escapeHtml(s)}</span>`).join("")}</td>` +
        `<td class="num" data-sort="${escapeHtml(facts.year)}">${escapeHtml(facts.year)}</td>` +
        `<td data-sort="${escapeHtml(facts.format)}">${escapeHtml(facts.format)}</td>` +
        `<td data-sort="${row.verdict}"><span class="verdict v${row.verdict}">${escapeHtml(verdictText(row.verdict, texts))}</span></td>` +
        `<td class="num${row.errors > 0 ? " err" : ""}" data-sort="${row.errors}">${row.errors}</td>` +
        `<td class="num${row.warnings > 0 ? " warn" : ""}" data-sort="${row.warnings}">${row.warnings}</td>` +
        `<td>${worstCell(row.groups, texts)}</td>` +
        `</tr>`,
    );
  }
  out.push(`</tbody></table></section>`);

  // Findings per report, collapsed: a page of thousands of reports stays light to open.
  out.push(`<section id="details" aria-labelledby="details-h"><h2 id="details-h">${escapeHtml(texts.details)}</h2><p class="note">${escapeHtml(texts.detailsNote)}</p>`);
  for (const row of ordered) {
    const { facts, result } = row;
    out.push(`<details class="report" id="r-${row.index}"><summary><span class="verdict v${row.verdict}">${escapeHtml(verdictText(row.verdict, texts))}</span> ${escapeHtml(facts.name)} — ${escapeHtml(texts.counts(row.errors, row.warnings))}</summary>`);
    const dl: Array<[string, string]> = [[texts.file, facts.shownPath]];
    if (facts.title) dl.push([texts.titleLabel, facts.title]);
    if (facts.organization) dl.push([texts.organizationLabel, facts.organization]);
    if (facts.year) dl.push([texts.yearLabel, facts.year]);
    if (result.report?.layout) dl.push([texts.layoutLabel, result.report.layout]);
    if (facts.format) dl.push([texts.formatLabel, facts.format]);
    out.push(`<dl>${dl.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join("")}</dl>`);
    if (result.messages.length === 0) {
      out.push(`<p>${escapeHtml(texts.noFindings)}</p>`);
    } else {
      const source = result.source !== undefined ? new SourceCode(result.source) : undefined;
      // Errors first, then by position.
      const messages = [...result.messages].sort((a, b) => Number(isErrorMessage(b)) - Number(isErrorMessage(a)) || (a.line || 0) - (b.line || 0) || (a.column || 0) - (b.column || 0));
      out.push(`<ol class="findings">${messages.map((m) => findingItem(m, source, context, texts)).join("")}</ol>`);
    }
    out.push(`<p><a href="#row-${row.index}">${escapeHtml(texts.toTop)}</a></p></details>`);
  }
  out.push(`</section>`);
  out.push(`<script>${SCRIPT}</script></body></html>`);
  return out.join("\n");
};
