import type { Settings } from "../core/types.js";
import type { BlockDocument, OrganizationInfo, ReportModel, Section, YearInfo } from "./types.js";
import { scanHeadings } from "./sections.js";
import { recognizeTables } from "./tables/index.js";
import { findOrganizationInText, findPeriod, findPublishedAt, findTitle, organizationLevel } from "./meta.js";

export { organizationLevel } from "./meta.js";

// Without any section, the title and page chrome are looked for in this many blocks.
const HEAD_BLOCKS = 30;

/** Index of the block holding the first section heading, or -1. */
function firstSectionBlock(doc: BlockDocument, sections: Section[]): number {
  if (sections.length === 0) return -1;
  const at = sections[0].heading.start;
  return doc.blocks.findIndex((b) => b.start <= at && at < Math.max(b.end, b.start + 1));
}

function settingsYear(settings: Settings): number | undefined {
  const y = settings.reportYear;
  if (typeof y === "number" && Number.isInteger(y)) return y;
  if (typeof y === "string" && /^\d{4}$/.test(y)) return Number(y);
  return undefined;
}

/** Build the report model from blocks. Pure: text and settings in, model out. */
export function buildReport(doc: BlockDocument, text: string, settings: Settings = {}): ReportModel {
  const { sections, otherHeadings } = scanHeadings(doc.blocks, text.length);
  const first = firstSectionBlock(doc, sections);
  // The head of the report (title, page chrome, preface) ends where section 一 (or the first) starts.
  const headLimit = first >= 0 ? first : Math.min(doc.blocks.length, HEAD_BLOCKS);
  const headEnd = first >= 0 ? sections[0].heading.start : headLimit > 0 ? doc.blocks[headLimit - 1].end : 0;

  const title = findTitle(doc, text, Math.min(headLimit, HEAD_BLOCKS + 10));
  const period = findPeriod(text);
  const publishedAt = findPublishedAt(doc, text, headEnd);

  let organization: OrganizationInfo | undefined;
  if (title?.organization && title.organizationSpan) {
    organization = { name: title.organization, level: organizationLevel(title.organization), source: "title", ...title.organizationSpan };
  } else {
    const found = findOrganizationInText(doc, headLimit);
    if (found) organization = { name: found.name, level: organizationLevel(found.name), source: "text", start: found.start, end: found.end };
    else if (typeof settings.organization === "string" && settings.organization) {
      organization = { name: settings.organization, level: organizationLevel(settings.organization), source: "settings", start: 0, end: 0 };
    }
  }

  // The report year: title, else the statistics period, else settings — never the publication date.
  let year: YearInfo | undefined;
  if (title?.year) year = { value: title.year, source: "title", span: title.yearSpan };
  else if (period?.from?.year !== undefined) year = { value: period.from.year, source: "period", span: period.from.yearSpan };
  else if (period?.to?.year !== undefined) year = { value: period.to.year, source: "period", span: period.to.yearSpan };
  else {
    const y = settingsYear(settings);
    if (y !== undefined) year = { value: y, source: "settings" };
  }

  const recognized = recognizeTables(doc, sections, text);
  return {
    text,
    document: doc,
    title,
    organization,
    year,
    period,
    publishedAt,
    sections,
    otherHeadings,
    tables: recognized.tables,
    layout: recognized.layout,
    notes: recognized.notes,
  };
}
