// The page's pipeline for one report, the same steps as the CLI's lintFile (src/cli/lint-file.ts)
// with the default configuration: bytes → decode or render → lint. Data the core would read from
// disk (the place-name index, the PDF CMaps) is fetched from the page's own origin on first need.
import { decode } from "../decode/index.js";
import { documentFormatForPath, renderDocument, type RenderedDocument } from "../documents/index.js";
import { lintRendered } from "../core/document.js";
import { lintText, defaultRegistry, buildModel, type PreviousReport } from "../core/linter.js";
import { fixUntilStable } from "../core/fixer.js";
import { resolveConfig } from "../config/resolve.js";
import { formatForPath, loadFrontEnd } from "../frontends/index.js";
import { loadGazetteer, provideGazetteerText, GAZETTEER_FILE } from "../gazetteer/load.js";
import type { LintMessage, ReportSummary, Settings } from "../core/types.js";
import type { ReportModel } from "../model/types.js";
import WARM_UP from "../../fixtures/examples/donghu-street-2021.txt";

export type Locale = "zh" | "en";

export interface Report {
  name: string;
  /** The text positions refer to: the file's text, the rendering (Word, PDF) or the HTML source. */
  shown: string;
  /** What is linted: the text, or the rendering of a document. */
  linted: string;
  rendered?: RenderedDocument;
  /** .txt and .md: the text can be fixed and downloaded. */
  fixable: boolean;
}

/** Folder (relative to the page) that scripts/build.mjs copies data/ into. */
export const DATA_DIR = "data/";

let gazetteer: Promise<void> | undefined;

/** Fetches the place-name index once (≈400 KiB, compressed by the server or not). */
export function ensureGazetteer(base: string): Promise<void> {
  gazetteer ??= fetch(new URL(DATA_DIR + GAZETTEER_FILE.replace(/^data\//, ""), base)).then(async (r) => {
    if (!r.ok) {
      gazetteer = undefined;
      throw new Error(`${GAZETTEER_FILE}: HTTP ${r.status}`);
    }
    provideGazetteerText(await r.text());
    // Parsed now, while the file is read, not inside the first lint.
    loadGazetteer();
  });
  return gazetteer;
}

/** A dropped or picked file → a report ready to lint. Throws with a message fit for the user. */
export async function readReport(name: string, bytes: Uint8Array, base: string): Promise<Report> {
  const docFormat = documentFormatForPath(name);
  // pdf.js fetches the CMaps of a PDF's Chinese fonts (not embedded) from the page's origin.
  if (docFormat === "pdf") (await import("../documents/pdf.js")).setCMapUrl(new URL(DATA_DIR + "cmaps/", base).href);
  if (docFormat) {
    const rendered = await renderDocument(docFormat, bytes);
    return { name, shown: rendered.original?.text ?? rendered.text, linted: rendered.text, rendered, fixable: false };
  }
  const text = decode(bytes).text;
  await loadFrontEnd(formatForPath(name));
  return { name, shown: text, linted: text, fixable: true };
}

/** Pasted text: linted as plain text. */
export function pastedReport(text: string, name = "粘贴的文本.txt"): Report {
  return { name, shown: text, linted: text, fixable: true };
}

/** What the page lets a clerk state that a report may not: as `settings` and `--previous` do on the command line. */
export interface PageSettings {
  organization?: string;
  county?: string;
  reportYear?: number;
  previous?: PreviousReport;
}

function settingsOf(page: PageSettings): Settings | undefined {
  const settings: Settings = {};
  if (page.organization) settings.organization = page.organization;
  if (page.county) settings.county = page.county;
  if (page.reportYear) settings.reportYear = page.reportYear;
  return Object.keys(settings).length ? settings : undefined;
}

function lintOptions(report: Report, locale: Locale, page: PageSettings) {
  const settings = settingsOf(page);
  const resolved = { ...resolveConfig(settings ? { settings } : undefined, { filePath: report.name, registry: defaultRegistry }), locale };
  return { filePath: report.name, resolved, ...(page.previous ? { previous: page.previous } : {}) };
}

/** Last year's report as the cross-year rules read it: a document's rendering is plain text. */
export function previousReport(report: Report): PreviousReport {
  return { text: report.linted, filePath: report.name, format: report.rendered ? "text" : formatForPath(report.name) };
}

/** How the report was understood (what --print-model prints): title, organisation, year, sections, tables. */
export function understand(report: Report, page: PageSettings = {}): ReportModel {
  return buildModel(report.linted, { filePath: report.name, format: report.rendered ? "text" : formatForPath(report.name), settings: settingsOf(page) ?? {} });
}

/** The findings, as `reportlint -f json` gives them for the same file (default configuration). */
export function lintReport(report: Report, locale: Locale, page: PageSettings = {}, onSummary?: (summary: Omit<ReportSummary, "format">) => void): LintMessage[] {
  const options = { ...lintOptions(report, locale, page), ...(onSummary ? { onSummary } : {}) };
  if (report.rendered) return lintRendered(report.rendered, { ...options, locale });
  return lintText(report.linted, options);
}

/** The text with every fix applied, as `--fix` would write it. */
export function fixedText(report: Report, locale: Locale, page: PageSettings = {}): string {
  const options = lintOptions(report, locale, page);
  return fixUntilStable(report.linted, (t) => lintText(t, options)).output;
}

/**
 * Lints the project's example report once, while the page is idle: the browser then has the linter
 * compiled before the first real report (which otherwise takes several times longer than the
 * next). The place-name index is not loaded for it: its rule is off here.
 */
export function warmUp(): void {
  const resolved = resolveConfig({ rules: { "foreign-place-name": "off" } }, { filePath: "warm-up.txt", registry: defaultRegistry });
  lintText(WARM_UP, { filePath: "warm-up.txt", resolved });
}
