// The report model for people (--print-model) and as plain JSON (--print-model --format json).
// Positions are shown as line:col (1-based, UTF-16 columns), never as raw offsets.
import type { Locale } from "../core/types.js";
import type { SourceCode } from "../core/source-code.js";
import type { CellValue, MappedTable, OrganizationLevel, PeriodDate, ReportModel, Span } from "./types.js";

const NUMERALS = "一二三四五六";

const WORDS = {
  zh: {
    format: "格式",
    formats: { text: "纯文本", markdown: "Markdown", html: "HTML" },
    title: "标题",
    organization: "机构",
    year: "年度",
    period: "统计期间",
    published: "发布日期",
    layout: "表格版式",
    sections: "章节",
    otherHeadings: "其他编号标题",
    tables: "表格",
    notes: "说明",
    none: "（未找到）",
    noneList: "（无）",
    missing: "缺失",
    variant: "非规范写法，规范为",
    runOn: { after: "与正文同行", before: "接在上文之后" },
    recognition: { exact: "规范标题", variant: "按标题文字识别", numbering: "按编号和位置推断", content: "按编号、位置和正文内容推断" },
    from: "来自",
    to: "至",
    sources: { title: "标题", text: "正文", settings: "配置", period: "统计期间", label: "页面标注", signature: "落款" },
    levels: { township: "乡", town: "镇", street: "街道", county: "县级", city: "市级", province: "省级", department: "部门", unknown: "级别未知" },
    unknownLayout: "未确定",
    tableName: (n: number) => `表${NUMERALS[n - 1]}`,
    confident: "可信",
    notConfident: "不可信",
    problems: "问题",
    missingRows: "缺少的行",
    extraRows: "多出的行",
    markers: "版式标记",
    notRecognised: "（未识别表格）",
    blank: "空",
    noneValue: "无",
    asWritten: "原文",
    truncated: "表格不完整（其后的行缺失）",
    inSection: (n: number) => `位于第${NUMERALS[n - 1]}部分`,
    groups: "分组",
    unassigned: "未能对应到列的值",
  },
  en: {
    format: "Format",
    formats: { text: "plain text", markdown: "Markdown", html: "HTML" },
    title: "Title",
    organization: "Organisation",
    year: "Year",
    period: "Statistics period",
    published: "Published",
    layout: "Table layout",
    sections: "Sections",
    otherHeadings: "Other numbered headings",
    tables: "Tables",
    notes: "Notes",
    none: "(not found)",
    noneList: "(none)",
    missing: "missing",
    variant: "variant of",
    runOn: { after: "prose follows on the same line", before: "ends a prose line" },
    recognition: { exact: "official heading", variant: "recognised by its wording", numbering: "inferred from numbering and place", content: "inferred from numbering, place and content" },
    from: "from",
    to: "to",
    sources: { title: "title", text: "text", settings: "settings", period: "statistics period", label: "page label", signature: "signature" },
    levels: { township: "township", town: "town", street: "street", county: "county", city: "city", province: "province", department: "department", unknown: "level unknown" },
    unknownLayout: "unknown",
    tableName: (n: number) => `Table ${NUMERALS[n - 1]}`,
    confident: "confident",
    notConfident: "not confident",
    problems: "problems",
    missingRows: "missing rows",
    extraRows: "extra rows",
    markers: "layout markers",
    notRecognised: "(no table recognised)",
    blank: "blank",
    noneValue: "无 (none)",
    asWritten: "as written",
    truncated: "table stops early (later rows missing)",
    inSection: (n: number) => `in section ${NUMERALS[n - 1]}`,
    groups: "groups",
    unassigned: "values not assigned to columns",
  },
} as const;

type Words = (typeof WORDS)[Locale];

function at(source: SourceCode, offset: number): string {
  const p = source.positionAt(offset);
  return `${p.line}:${p.column}`;
}

/** "[3:1]" or "[35:1–52:20]" for a span over several lines. */
function where(source: SourceCode, span: Span): string {
  const s = source.positionAt(span.start);
  const e = source.positionAt(span.end);
  return s.line === e.line ? `[${s.line}:${s.column}]` : `[${s.line}:${s.column}–${e.line}:${e.column}]`;
}

/** Line breaks and tabs shown visibly, long text cut. */
function show(text: string, max = 60): string {
  const t = text.replace(/\r?\n|\r/g, "⏎").replace(/\t/g, "→");
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function periodDate(d: PeriodDate | undefined): string {
  if (!d) return "?";
  const two = (n: number | undefined) => (n === undefined ? "??" : String(n).padStart(2, "0"));
  return `${d.year ?? "????"}-${two(d.month)}-${two(d.day)}`;
}

export function cellValueText(v: CellValue, w: Words): string {
  switch (v.kind) {
    case "number":
      return `${v.signWord ?? ""}${v.value}${v.unit ?? ""}`;
    case "blank":
      return w.blank;
    case "none":
      return w.noneValue;
    case "na":
      return v.text;
    case "text":
      return `“${show(v.text, 20)}”`;
  }
}

function printTable(out: string[], t: MappedTable, source: SourceCode, w: Words): void {
  const layout = t.layout === "unknown" ? w.unknownLayout : t.layout;
  const extra = [t.section ? w.inSection(t.section) : "", t.truncated ? w.truncated : ""].filter(Boolean);
  out.push(`  ${w.tableName(t.table)} ${where(source, t)}  ${w.layout}: ${layout}  ${t.confident ? w.confident : w.notConfident}${extra.length ? `  (${extra.join("; ")})` : ""}`);
  for (const p of t.problems) out.push(`    ${w.problems}: ${p.message} ${where(source, p)}`);
  if (t.missingRows.length) out.push(`    ${w.missingRows}: ${t.missingRows.map((r) => `${r.key} ${r.officialLabel}`).join("; ")}`);
  if (t.extraRows.length) out.push(`    ${w.extraRows}: ${t.extraRows.map((r) => `${show(r.label, 30)} ${where(source, r)}`).join("; ")}`);
  if (t.layoutMarkers.length) out.push(`    ${w.markers}: ${t.layoutMarkers.map((m) => `${show(m.label, 30)}→${m.layout} ${where(source, m)}`).join("; ")}`);
  if (t.groups?.length) out.push(`    ${w.groups}: ${t.groups.map((g) => `${g.key} ${g.officialLabel} ${where(source, g)}`).join("; ")}`);
  for (const row of t.rows) {
    const label = row.label && row.label !== row.officialLabel ? ` (${w.asWritten}: ${show(row.label, 30)})` : "";
    const flags = [row.match === "exact" ? "" : row.match, row.placement && row.placement !== "in-order" ? row.placement : ""].filter(Boolean);
    const cells = row.cells.map((c) => `${c.col}=${cellValueText(c.value, w)}@${at(source, c.start)}`).join("  ");
    out.push(`    ${row.key} ${row.officialLabel}${label}${flags.length ? ` <${flags.join(", ")}>` : ""} [${at(source, row.labelSpan?.start ?? row.start)}]: ${cells}`);
    if (row.problem) out.push(`      ${w.problems}: ${row.problem}`);
    if (row.unassigned?.length) out.push(`      ${w.unassigned}: ${row.unassigned.map((v) => `${cellValueText(v.value, w)}@${at(source, v.start)}`).join("  ")}`);
  }
}

/** The model as a person reads it, one fact per line. */
export function printModel(model: ReportModel, source: SourceCode, opts: { locale: Locale }): string {
  const w = WORDS[opts.locale] ?? WORDS.zh;
  const out: string[] = [];
  out.push(`${w.format}: ${w.formats[model.document.format]}`);

  const t = model.title;
  out.push(`${w.title}: ${t ? `${show(t.text, 80)} ${where(source, t)}` : w.none}`);

  const o = model.organization;
  if (o) {
    const level = w.levels[o.level as OrganizationLevel];
    const pos = o.source === "settings" ? "" : ` ${where(source, o)}`;
    out.push(`${w.organization}: ${o.name} (${level}), ${w.from} ${w.sources[o.source]}${pos}`);
  } else out.push(`${w.organization}: ${w.none}`);

  const y = model.year;
  if (y) out.push(`${w.year}: ${y.value} ${w.from} ${w.sources[y.source]}${y.span ? ` ${where(source, y.span)}` : ""}`);
  else out.push(`${w.year}: ${w.none}`);

  const p = model.period;
  if (p) out.push(`${w.period}: ${periodDate(p.from)} ${w.to} ${periodDate(p.to)}  「${show(p.text)}」 ${where(source, p)}`);
  else out.push(`${w.period}: ${w.none}`);

  const d = model.publishedAt;
  if (d) {
    const date = `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
    out.push(`${w.published}: ${date} (${show(d.text, 30)})${d.source ? ` ${w.sources[d.source]}` : ""} ${where(source, d)}`);
  } else out.push(`${w.published}: ${w.none}`);
  out.push(`${w.layout}: ${model.layout === "unknown" ? w.unknownLayout : model.layout}`);

  out.push("", `${w.sections}:`);
  const present = new Set(model.sections.map((s) => s.number));
  for (const s of model.sections) {
    const flags: string[] = [w.recognition[s.recognition]];
    if (s.isVariant) flags.push(`${w.variant} ${s.canonical}`);
    if (s.runOn) flags.push(w.runOn[s.runOn]);
    out.push(`  ${NUMERALS[s.number - 1]} 「${show(s.heading.text)}」 ${where(source, s.heading)}${flags.length ? `  (${flags.join("; ")})` : ""}`);
  }
  for (let n = 1; n <= 6; n++) if (!present.has(n as 1)) out.push(`  ${NUMERALS[n - 1]} ${w.missing}`);
  if (model.otherHeadings?.length) {
    out.push(`${w.otherHeadings}:`);
    for (const h of model.otherHeadings) out.push(`  「${show(h.text)}」 ${where(source, h)}`);
  }

  out.push("", `${w.tables}:`);
  const tables = [model.tables.t2, model.tables.t3, model.tables.t4].filter((x): x is MappedTable => x !== undefined);
  if (tables.length === 0) out.push(`  ${w.notRecognised}`);
  for (const table of tables) printTable(out, table, source, w);

  if (model.notes.length) {
    out.push("", `${w.notes}:`);
    for (const n of model.notes) out.push(`  ${n.code}: ${n.message} ${where(source, n)}`);
  }
  return out.join("\n") + "\n";
}

// ---- JSON ------------------------------------------------------------------------------------

export interface JsonLocation {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

function isSpan(v: object): v is Span {
  return typeof (v as Span).start === "number" && typeof (v as Span).end === "number";
}

/** Plain data with every span replaced by line/column fields; `blocks` dropped. */
function toJson(value: unknown, source: SourceCode): unknown {
  if (Array.isArray(value)) return value.map((v) => toJson(v, source));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  if (isSpan(value)) {
    const s = source.positionAt(value.start);
    const e = source.positionAt(value.end);
    Object.assign(out, { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column } satisfies JsonLocation);
  }
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined || k === "blocks" || (isSpan(value) && (k === "start" || k === "end"))) continue;
    out[k] = toJson(v, source);
  }
  return out;
}

/**
 * The model as plain JSON: every value, positions as startLine/startColumn/endLine/endColumn,
 * without the decoded text and the blocks.
 */
export function modelToJson(model: ReportModel, source: SourceCode): object {
  const { text: _text, document, ...rest } = model;
  return { format: document.format, ...(toJson(rest, source) as object) };
}
