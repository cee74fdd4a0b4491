/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The page (dist/web/index.html): reports are read and linted in this browser, never sent anywhere.
// Everything taken from a report reaches the page as text (textContent, never innerHTML).
import { SourceCode } from "../core/source-code.js";
import { defaultRegistry } from "../core/linter.js";
import type { LintMessage, ReportSummary } from "../core/types.js";
import { ensureGazetteer, warmUp, fixedText, lintReport, pastedReport, previousReport, readReport, understand, type Locale, type PageSettings, type Report } from "./lint.js";
import type { MappedTable } from "../model/types.js";
import { t, type Word } from "./i18n.js";
import { errorText, say, type Bilingual } from "../core/bilingual.js";

interface RuleDoc {
  why: string;
  valid?: string;
  invalid?: string;
}

interface Entry {
  report?: Report;
  name: string;
  messages: LintMessage[];
  /** Why the file could not be read, in both languages (the page switches). */
  error?: Bilingual;
  /** Who and which year, for the table of reports. */
  summary?: Omit<ReportSummary, "format">;
  /** How long the last lint took (ms), shown to tests and the curious as data-lint-ms. */
  lintMs?: number;
}

const SUPPORTED = /\.(txt|md|markdown|html?|xhtml|docx|pdf)$/i;
const state = { locale: "zh" as Locale, entries: [] as Entry[], current: -1, selected: -1, settings: {} as PageSettings, sort: { column: -1, descending: false } };
let ruleDocs: Record<string, RuleDoc> | undefined;
let ruleDocsLoading: Promise<void> | undefined;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}

const w = (word: Word, data?: Record<string, string | number>) => t(state.locale, word, data);

function status(message: string): void {
  $("status").textContent = message;
}

/** The rule docs (why, 正例, 反例), fetched once when the first finding is shown. */
function loadRuleDocs(): Promise<void> {
  ruleDocsLoading ??= fetch(new URL("rules.json", document.baseURI))
    .then((r) => (r.ok ? r.json() : {}))
    .then((docs: Record<string, RuleDoc>) => {
      ruleDocs = docs;
      if (state.selected >= 0) showDetail(state.selected);
    })
    .catch(() => {
      ruleDocs = {};
    });
  return ruleDocsLoading;
}

// ---------------------------------------------------------------------------------------------
// Reading and linting

async function addFiles(files: Iterable<File>): Promise<void> {
  let first = -1;
  for (const file of files) {
    if (!SUPPORTED.test(file.name)) {
      status(w("unsupported", { n: file.name }));
      continue;
    }
    status(w("reading", { n: file.name }));
    const entry: Entry = { name: file.name, messages: [] };
    try {
      const [report] = await Promise.all([readReport(file.name, new Uint8Array(await file.arrayBuffer()), document.baseURI), ensureGazetteer(document.baseURI)]);
      entry.report = report;
      lint(entry);
    } catch (err) {
      entry.error = { zh: errorText(err, "zh"), en: errorText(err, "en") };
    }
    state.entries.push(entry);
    if (first < 0) first = state.entries.length - 1;
    announce(entry);
  }
  if (first >= 0) select(state.entries.length === 1 ? 0 : first);
}

async function addPasted(text: string): Promise<void> {
  if (!text.trim()) return;
  await ensureGazetteer(document.baseURI);
  const report = pastedReport(text);
  const entry: Entry = { name: report.name, report, messages: [] };
  lint(entry);
  state.entries.push(entry);
  announce(entry);
  select(state.entries.length - 1);
}

function announce(entry: Entry): void {
  if (entry.error) status(w("cannotRead", { n: entry.name, m: say(state.locale, entry.error) }));
  else status(w("checked", { n: entry.name, e: count(entry.messages, 2), w: count(entry.messages, 1) }));
}

function lint(entry: Entry): void {
  if (!entry.report) return;
  const t0 = performance.now();
  entry.messages = lintReport(entry.report, state.locale, state.settings, (summary) => (entry.summary = summary));
  entry.lintMs = performance.now() - t0;
}

const count = (messages: LintMessage[], severity: 1 | 2) => messages.filter((m) => m.severity === severity).length;

function relintAll(): void {
  for (const e of state.entries) lint(e);
}

// ---------------------------------------------------------------------------------------------
// Showing

function select(index: number): void {
  state.current = index;
  state.selected = -1;
  renderTable();
  renderReport();
}

/** The table's columns: heading, what a row shows, and how rows sort (numbers most first). */
const COLUMNS: { word: Word; value: (e: Entry) => string | number }[] = [
  { word: "report", value: (e) => e.name },
  { word: "organization2", value: (e) => e.summary?.organization ?? "" },
  { word: "year", value: (e) => e.summary?.year ?? "" },
  { word: "errors", value: (e) => count(e.messages, 2) },
  { word: "warnings", value: (e) => count(e.messages, 1) },
];
const collator = new Intl.Collator("zh", { numeric: true });

function renderTable(): void {
  const box = $("reports");
  box.replaceChildren();
  box.hidden = state.entries.length < 2;
  if (box.hidden) return;
  const { column, descending } = state.sort;
  const heads = COLUMNS.map((c, i) => {
    const button = el("button", { type: "button", class: "sort" }, w(c.word));
    button.addEventListener("click", () => {
      // A first click sorts names up and counts down (most problems first); another click reverses.
      const numeric = i >= 3;
      state.sort = column === i ? { column: i, descending: !descending } : { column: i, descending: numeric };
      renderTable();
      (box.querySelectorAll("thead button")[i] as HTMLElement).focus();
    });
    return el("th", { scope: "col", "aria-sort": column === i ? (descending ? "descending" : "ascending") : "none" }, button);
  });
  const order = state.entries.map((_, i) => i);
  if (column >= 0) {
    const value = COLUMNS[column].value;
    order.sort((a, b) => {
      const x = value(state.entries[a]);
      const y = value(state.entries[b]);
      const d = typeof x === "number" && typeof y === "number" ? x - y : collator.compare(String(x), String(y));
      return (descending ? -d : d) || a - b;
    });
  }
  const rows = order.map((i) => {
    const e = state.entries[i];
    const open = el("button", { type: "button", class: "link", "aria-current": i === state.current ? "true" : "false" }, e.name);
    open.addEventListener("click", () => select(i));
    return el("tr", {}, el("td", {}, open), ...COLUMNS.slice(1).map((c, k) => el("td", k >= 1 ? { class: "num" } : {}, String(c.value(e)))));
  });
  box.append(el("h2", {}, w("reports")), el("table", {}, el("thead", {}, el("tr", {}, ...heads)), el("tbody", {}, ...rows)));
}

function renderReport(): void {
  const main = $("report");
  main.replaceChildren();
  const entry = state.entries[state.current];
  if (!entry) return;
  main.append(el("h2", { id: "report-name" }, entry.name));
  main.dataset.lintMs = entry.lintMs === undefined ? "" : entry.lintMs.toFixed(1);
  if (entry.error || !entry.report) {
    main.append(el("p", { class: "fatal", role: "alert" }, w("cannotRead", { n: entry.name, m: entry.error ? say(state.locale, entry.error) : "" })));
    return;
  }
  const report = entry.report;
  const messages = entry.messages;
  if (messages.length) void loadRuleDocs();
  main.append(summary(messages));
  if (report.rendered?.notes?.length) main.append(el("ul", { class: "notes", "aria-label": w("notes") }, ...report.rendered.notes.map((n) => el("li", {}, n))));
  const actions = el("div", { class: "actions" });
  if (report.fixable && messages.some((m) => m.fix)) {
    const download = el("button", { type: "button", id: "download" }, w("download"));
    download.addEventListener("click", () => downloadFixed(report));
    actions.append(download);
  }
  if (report.rendered) {
    const print = el("button", { type: "button", id: "print" }, w("print"));
    print.addEventListener("click", () => window.print());
    actions.append(print);
  }
  if (actions.childElementCount) main.append(actions);
  main.append(understoodPanel(entry));
  const text = markedText(report.shown, messages);
  const textRegion = el("section", { class: "text", id: "text", tabindex: "0", "aria-label": w("text") }, text);
  const list = findingsList(messages, report.fixable);
  main.append(el("div", { class: "columns" }, el("div", { class: "text-column" }, ...(report.rendered && !report.rendered.original ? [el("p", { class: "hint" }, w("renderingNote"))] : []), textRegion), list));
}

function summary(messages: LintMessage[]): HTMLElement {
  const byRule = new Map<string, { errors: number; warnings: number }>();
  for (const m of messages) {
    const id = m.ruleId ?? "fatal";
    const c = byRule.get(id) ?? { errors: 0, warnings: 0 };
    if (m.severity === 2) c.errors++;
    else c.warnings++;
    byRule.set(id, c);
  }
  const cards = el(
    "div",
    { class: "cards" },
    el("div", { class: "card sev-2", id: "count-errors" }, el("span", { class: "n" }, String(count(messages, 2))), " ", w("errors")),
    el("div", { class: "card sev-1", id: "count-warnings" }, el("span", { class: "n" }, String(count(messages, 1))), " ", w("warnings")),
  );
  const rows = [...byRule].sort((a, b) => b[1].errors + b[1].warnings - (a[1].errors + a[1].warnings) || a[0].localeCompare(b[0]));
  const table = el(
    "table",
    { class: "by-rule", "aria-label": w("byRule") },
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, w("rule")), el("th", { scope: "col" }, w("errors")), el("th", { scope: "col" }, w("warnings")))),
    el("tbody", {}, ...rows.map(([id, c]) => el("tr", {}, el("td", {}, id), el("td", { class: "num" }, String(c.errors)), el("td", { class: "num" }, String(c.warnings))))),
  );
  return el("section", { class: "summary", "aria-label": w("byRule") }, cards, ...(rows.length ? [table] : []));
}

/**
 * "What was understood": title, organisation, year, the six sections and tables 二/三/四 as grids,
 * the cells that findings point at marked (which cell breaks a sum). Built when first opened.
 */
function understoodPanel(entry: Entry): HTMLElement {
  const details = el("details", { class: "understood", id: "understood" }, el("summary", {}, w("understood")));
  details.addEventListener("toggle", () => {
    if (!details.open || details.childElementCount > 1 || !entry.report) return;
    const report = entry.report;
    const model = understand(report, state.settings);
    const facts = el(
      "dl",
      { class: "facts" },
      el("dt", {}, w("title2")),
      el("dd", { id: "u-title" }, model.title?.text ?? w("notFound")),
      el("dt", {}, w("organization2")),
      el("dd", { id: "u-organization" }, model.organization?.name ?? w("notFound")),
      el("dt", {}, w("year")),
      el("dd", { id: "u-year" }, model.year ? String(model.year.value) : w("notFound")),
      el("dt", {}, w("layout")),
      el("dd", {}, model.layout === "unknown" ? w("notFound") : model.layout),
    );
    const numerals = ["一", "二", "三", "四", "五", "六"];
    const sections = el(
      "ol",
      { class: "sections", "aria-label": w("sections") },
      ...numerals.map((n, i) => {
        const s = model.sections.find((x) => x.number === i + 1);
        return el("li", { class: s ? "present" : "absent" }, `${n}、`, s ? s.heading.text : `（${w("missing")}）`);
      }),
    );
    details.append(facts, el("h4", {}, w("sections")), sections);
    // Findings' offsets in the linted text: the same text the model spans refer to (not so for
    // HTML, whose positions are the source's).
    const source = new SourceCode(report.linted);
    const ranges = report.shown === report.linted ? entry.messages.map((m) => range(source, m)) : undefined;
    if (!ranges) details.append(el("p", { class: "hint" }, w("htmlCells")));
    const tables = [model.tables.t2, model.tables.t3, model.tables.t4].filter((t): t is MappedTable => t !== undefined);
    if (!tables.length) details.append(el("p", {}, w("noTables")));
    for (const t of tables) details.append(grid(t, entry.messages, ranges));
  });
  return details;
}

const TABLE_NUMERALS = { 2: "二", 3: "三", 4: "四" } as const;

function grid(t: MappedTable, messages: LintMessage[], ranges: [number, number][] | undefined): HTMLElement {
  const columns: { key: string; label: string }[] = [];
  for (const row of t.rows) for (const c of row.cells) if (!columns.some((x) => x.key === c.col)) columns.push({ key: c.col, label: c.colLabel });
  const name = w("tableName", { n: TABLE_NUMERALS[t.table] });
  const head = el("tr", {}, el("th", { scope: "col" }, w("row")), ...columns.map((c) => el("th", { scope: "col", title: c.key }, c.label)));
  const rows = t.rows.map((row) => {
    const cells = columns.map((col) => {
      const c = row.cells.find((x) => x.col === col.key);
      if (!c) return el("td", {});
      const hits = ranges ? ranges.map(([s, e], i) => (s < c.end && e > c.start) || (s === e && s >= c.start && s <= c.end) ? i : -1).filter((i) => i >= 0) : [];
      if (!hits.length) return el("td", { class: "num" }, c.raw);
      const severity = Math.max(...hits.map((i) => messages[i].severity));
      const button = el("button", { type: "button", class: `cell sev-${severity}`, "aria-label": `${w("cellMarked")}: ${c.raw || "—"}; ${messages[hits[0]].message}`, "data-f": hits.join(" ") }, c.raw || "—");
      button.addEventListener("click", () => choose(hits[0]));
      return el("td", { class: `num marked sev-${severity}` }, button);
    });
    return el("tr", {}, el("th", { scope: "row", title: row.officialLabel }, row.label || row.officialLabel), ...cells);
  });
  return el("section", { class: "grid", "aria-label": name }, el("h4", {}, name), el("div", { class: "scroll" }, el("table", {}, el("thead", {}, head), el("tbody", {}, ...rows))));
}

/** Offsets of a message in the shown text. */
function range(source: SourceCode, m: LintMessage): [number, number] {
  const at = (line: number, column: number) => {
    const o = source.offsetAt({ line, column });
    if (o >= 0) return o;
    return line > source.lineCount ? source.text.length : source.lineEndAt(Math.max(1, line));
  };
  const start = at(m.line, m.column);
  return [start, Math.max(start, at(m.endLine, m.endColumn))];
}

/** The text, one row per line: a gutter (number and mark) and the line with every finding marked. */
function markedText(text: string, messages: LintMessage[]): HTMLElement {
  const source = new SourceCode(text);
  // A range of line breaks only (a finding about a missing line) shows as a mark where it starts.
  const ranges = messages.map((m): [number, number] => {
    const [s, e] = range(source, m);
    return /^[\r\n]+$/.test(text.slice(s, e)) ? [s, s] : [s, e];
  });
  const box = el("div", { class: "lines" });
  for (let line = 1; line <= source.lineCount; line++) {
    const ls = source.lineStarts[line - 1];
    const le = source.lineEndAt(line);
    const here: number[] = [];
    ranges.forEach(([s, e], i) => {
      if ((s < le && e > ls) || (s === e && s >= ls && s <= le)) here.push(i);
    });
    const severity = Math.max(0, ...here.map((i) => messages[i].severity));
    const gutter = el("span", { class: `gutter${severity ? ` sev-${severity}` : ""}`, "aria-hidden": "true" }, String(line));
    const code = el("span", { class: "code" });
    const cuts = new Set<number>([ls, le]);
    for (const i of here) {
      cuts.add(Math.min(Math.max(ranges[i][0], ls), le));
      cuts.add(Math.min(Math.max(ranges[i][1], ls), le));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const emptyAt = (p: number) => here.filter((i) => ranges[i][0] === ranges[i][1] && ranges[i][0] === p);
    for (let k = 0; k < points.length; k++) {
      const p = points[k];
      // A finding with no extent (something missing here): a thin mark where it is.
      for (const i of emptyAt(p)) code.append(el("mark", { class: `f sev-${messages[i].severity} empty`, "data-f": String(i) }, ""));
      if (k + 1 === points.length) break;
      const q = points[k + 1];
      const segment = text.slice(p, q);
      const covering = here.filter((i) => ranges[i][0] < q && ranges[i][1] > p);
      if (!covering.length) code.append(segment);
      else {
        const severity = Math.max(...covering.map((i) => messages[i].severity));
        code.append(el("mark", { class: `f sev-${severity}`, "data-f": covering.join(" ") }, segment));
      }
    }
    if (le === ls) code.append("\u200b");
    box.append(el("div", { class: "line", "data-line": String(line) }, gutter, code));
  }
  return box;
}


function findingsList(messages: LintMessage[], fixable: boolean): HTMLElement {
  const aside = el("aside", { class: "findings", "aria-labelledby": "findings-h" }, el("h3", { id: "findings-h" }, w("findings")));
  if (!messages.length) {
    aside.append(el("p", { class: "none" }, w("none")));
    return aside;
  }
  const list = el("ol", { id: "findings" });
  messages.forEach((m, i) => {
    const sev = m.severity === 2 ? w("error") : w("warning");
    const where = w("line", { l: m.line, c: m.column });
    const button = el(
      "button",
      {
        type: "button",
        class: `finding sev-${m.severity}`,
        "aria-expanded": "false",
        "aria-controls": `d-${i}`,
        "aria-label": state.locale === "en" ? `${sev}, ${where}: ${m.message} (${m.ruleId ?? ""})` : `${sev}，${where}：${m.message}（${m.ruleId ?? ""}）`,
        "data-index": String(i),
        "data-rule": m.ruleId ?? "",
        "data-severity": String(m.severity),
        "data-line": String(m.line),
        "data-column": String(m.column),
        "data-end-line": String(m.endLine),
        "data-end-column": String(m.endColumn),
        "data-fixable": String(fixable && Boolean(m.fix)),
      },
      el("span", { class: "badge" }, sev),
      " ",
      el("span", { class: "where" }, where),
      " ",
      el("span", { class: "message" }, m.message),
      " ",
      el("code", { class: "rule" }, m.ruleId ?? ""),
    );
    button.addEventListener("click", () => choose(i));
    list.append(el("li", {}, button, el("div", { class: "detail", id: `d-${i}`, hidden: "" })));
  });
  aside.append(list);
  return aside;
}

/** A finding chosen in the list: its text scrolled into view and marked, its explanation shown. */
function choose(i: number): void {
  const previous = state.selected;
  state.selected = i;
  document.querySelectorAll("mark.current").forEach((m) => m.classList.remove("current"));
  const marks = [...document.querySelectorAll<HTMLElement>("mark.f")].filter((m) => m.dataset.f!.split(" ").includes(String(i)));
  for (const m of marks) m.classList.add("current");
  if (previous >= 0 && previous !== i) hideDetail(previous);
  marks[0]?.scrollIntoView({ block: "center" });
  showDetail(i);
}

function hideDetail(i: number): void {
  const d = document.getElementById(`d-${i}`);
  if (d) d.hidden = true;
  document.querySelector(`button.finding[data-index="${i}"]`)?.setAttribute("aria-expanded", "false");
}

function showDetail(i: number): void {
  const entry = state.entries[state.current];
  const m = entry?.messages[i];
  const box = document.getElementById(`d-${i}`);
  if (!entry || !m || !box) return;
  box.replaceChildren();
  const rule = m.ruleId ? defaultRegistry.get(m.ruleId) : undefined;
  if (rule) box.append(el("p", { class: "rule-title" }, state.locale === "en" ? rule.meta.docs.descriptionEn : rule.meta.docs.description));
  const doc = m.ruleId ? ruleDocs?.[m.ruleId] : undefined;
  if (doc) {
    box.append(el("h4", {}, w("why")), el("p", { class: "why" }, doc.why));
    if (doc.valid) box.append(el("h4", {}, w("valid")), el("pre", { class: "example valid" }, doc.valid));
    if (doc.invalid) box.append(el("h4", {}, w("invalid")), el("pre", { class: "example invalid" }, doc.invalid));
  }
  if (m.fix && entry.report?.fixable) {
    const { range: [s, e], text } = m.fix;
    const was = entry.report.linted.slice(s, e);
    box.append(
      el("h4", {}, w("fix")),
      el("p", { class: "fix" }, el("del", {}, was), " → ", text ? el("ins", {}, text) : w("fixDelete")),
    );
    const apply = el("button", { type: "button", class: "apply-fix" }, w("applyFix"));
    apply.addEventListener("click", () => applyFix(entry, m));
    box.append(apply);
  }
  box.hidden = false;
  document.querySelector(`button.finding[data-index="${i}"]`)?.setAttribute("aria-expanded", "true");
}

function applyFix(entry: Entry, m: LintMessage): void {
  if (!entry.report || !m.fix) return;
  const { range: [s, e], text } = m.fix;
  const fixed = entry.report.linted.slice(0, s) + text + entry.report.linted.slice(e);
  entry.report = { ...entry.report, linted: fixed, shown: fixed };
  lint(entry);
  select(state.current);
  announce(entry);
  ($("findings")?.querySelector("button") ?? $("report-name"))?.focus();
}

function downloadFixed(report: Report): void {
  const blob = new Blob([fixedText(report, state.locale, state.settings)], { type: "text/plain;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const a = el("a", { href: url, download: report.name.replace(/(\.\w+)?$/, (ext) => `.fixed${ext || ".txt"}`) });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Lint every report again (another language, other settings) and show the one on screen as it was. */
function rerender(): void {
  relintAll();
  const selected = state.selected;
  renderTable();
  renderReport();
  if (selected >= 0 && selected < (state.entries[state.current]?.messages.length ?? 0)) choose(selected);
}

async function setPrevious(file: File): Promise<void> {
  try {
    const report = await readReport(file.name, new Uint8Array(await file.arrayBuffer()), document.baseURI);
    state.settings = { ...state.settings, previous: previousReport(report) };
    $("previous-name").textContent = w("previousSet", { n: file.name });
    $("clear-previous").hidden = false;
    rerender();
  } catch (err) {
    status(w("cannotRead", { n: file.name, m: err instanceof Error ? err.message : String(err) }));
  }
}

function applyWords(): void {
  document.documentElement.lang = state.locale === "en" ? "en" : "zh-CN";
  document.title = w("title");
  document.querySelectorAll<HTMLElement>("[data-i18n]").forEach((e) => (e.textContent = w(e.dataset.i18n as Word)));
  const lang = $("lang");
  lang.textContent = w("switchTo");
  lang.setAttribute("aria-label", w("switchLabel"));
  $("paste").setAttribute("aria-label", w("pasteLabel"));
}

function start(): void {
  applyWords();
  const input = $<HTMLInputElement>("files");
  input.addEventListener("change", () => {
    const files = [...(input.files ?? [])];
    input.value = "";
    void addFiles(files);
  });
  const drop = $("drop");
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    void addFiles(e.dataTransfer?.files ?? []);
  });
  $("check-paste").addEventListener("click", () => void addPasted($<HTMLTextAreaElement>("paste").value));
  $("lang").addEventListener("click", () => {
    state.locale = state.locale === "zh" ? "en" : "zh";
    applyWords();
    rerender();
  });
  const changed = () => {
    const before = state.settings;
    state.settings = {
      ...state.settings,
      organization: $<HTMLInputElement>("set-organization").value.trim() || undefined,
      county: $<HTMLInputElement>("set-county").value.trim() || undefined,
      reportYear: Number($<HTMLInputElement>("set-year").value) || undefined,
    };
    try {
      rerender();
    } catch (err) {
      // A setting the configuration refuses (a year before 2008): say why, in the page's
      // language, and keep the settings that were in use.
      state.settings = before;
      rerender();
      status(errorText(err, state.locale));
    }
  };
  for (const id of ["set-organization", "set-county", "set-year"]) $(id).addEventListener("change", changed);
  const previous = $<HTMLInputElement>("set-previous");
  previous.addEventListener("change", () => {
    const file = previous.files?.[0];
    previous.value = "";
    if (file) void setPrevious(file);
  });
  $("clear-previous").addEventListener("click", () => {
    state.settings = { ...state.settings, previous: undefined };
    $("previous-name").textContent = "";
    $("clear-previous").hidden = true;
    rerender();
  });
  document.body.dataset.ready = "true";
  const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200));
  idle(() => {
    if (!state.entries.length) warmUp();
  });
}

start();
