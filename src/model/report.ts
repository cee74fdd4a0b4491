import type { Settings } from "../core/types.js";
import type { BlockDocument, OrganizationInfo, OrganizationLevel, ReportModel, TitleInfo, YearInfo } from "./types.js";
import { findSections } from "./sections.js";

const TITLE_WORDS = /(政府|政务)信息公开.{0,8}报告|信息公开.{0,6}年度报告/;
const TITLE_SEARCH_BLOCKS = 25;

/** The title: the first short line near the top that names an annual disclosure report. */
function findTitle(doc: BlockDocument): TitleInfo | undefined {
  const limit = Math.min(doc.blocks.length, TITLE_SEARCH_BLOCKS);
  for (let i = 0; i < limit; i++) {
    const b = doc.blocks[i];
    if (b.kind !== "paragraph" && b.kind !== "heading") continue;
    const line = b.text;
    if (line.length > 80 || !TITLE_WORDS.test(line) || /[。，,；]/.test(line)) continue;
    const start = b.content.start;
    const title: TitleInfo = { text: line, start, end: b.content.end };
    const y = /((?:19|20)\d\d)\s*年/.exec(line);
    if (y) {
      title.year = Number(y[1]);
      title.yearSpan = { start: start + y.index, end: start + y.index + y[1].length };
    }
    const orgEnd = y && y.index > 0 ? y.index : line.search(/(政府|政务)信息公开|信息公开/);
    const orgText = line.slice(0, Math.max(0, orgEnd)).replace(/^[\s#*\u3000]+/, "");
    const org = orgText.replace(/[\s\u3000*]+$/, "");
    if (org) {
      const orgStart = start + line.indexOf(org);
      title.organization = org;
      title.organizationSpan = { start: orgStart, end: orgStart + org.length };
    }
    return title;
  }
  return undefined;
}

export function organizationLevel(name: string): OrganizationLevel {
  if (/街道(办事处)?$|街道办$/.test(name)) return "street";
  if (/乡(人民政府|政府)?$/.test(name)) return "township";
  if (/镇(人民政府|政府)?$/.test(name)) return "town";
  if (/(局|委员会|委|办公室|办|厅|中心|院|所|队|署)$/.test(name)) return "department";
  if (/省(人民政府|政府)?$|自治区(人民政府)?$/.test(name)) return "province";
  if (/(县|区|旗|县级市)(人民政府|政府)?$/.test(name)) return "county";
  if (/市(人民政府|政府)?$/.test(name)) return "city";
  return "unknown";
}

/** Build the report model from blocks. Pure: text and settings in, model out. */
export function buildReport(doc: BlockDocument, text: string, settings: Settings = {}): ReportModel {
  const title = findTitle(doc);
  let organization: OrganizationInfo | undefined;
  if (title?.organization && title.organizationSpan) {
    organization = { name: title.organization, level: organizationLevel(title.organization), source: "title", ...title.organizationSpan };
  } else if (typeof settings.organization === "string" && settings.organization) {
    organization = { name: settings.organization, level: organizationLevel(settings.organization), source: "settings", start: 0, end: 0 };
  }
  let year: YearInfo | undefined;
  if (title?.year) year = { value: title.year, source: "title", span: title.yearSpan };
  else if (typeof settings.reportYear === "number") year = { value: settings.reportYear, source: "settings" };

  return {
    text,
    document: doc,
    title,
    organization,
    year,
    sections: findSections(doc.blocks, text.length),
    tables: {},
    layout: "unknown",
    notes: [],
  };
}
