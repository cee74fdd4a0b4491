// One row per finding, for reviewers who work in spreadsheets. RFC 4180: fields quoted when they
// hold a quote, comma, CR or LF (quotes doubled), records end in CRLF; UTF-8 with a BOM so that
// Excel opens Chinese correctly. A file without findings has no rows; an unreadable file has one.
//
// Formula injection: a text cell that starts with = + - @ (or a tab or CR, which some spreadsheets
// skip before looking for a formula) gets a leading apostrophe ', so a spreadsheet shows it as text
// instead of evaluating it (OWASP's advice). Numbers this formatter writes itself (line, column,
// year) are never touched.
import { SourceCode } from "../core/source-code.js";
import type { LintMessage, Locale } from "../core/types.js";
import type { Formatter } from "./index.js";
import { cleanText, isErrorMessage, offendingText, reportFacts } from "./html.js";

const BOM = "\uFEFF";
const CRLF = "\r\n";

const HEADERS: Record<Locale, string[]> = {
  zh: ["文件", "单位", "年度", "格式", "行", "列", "结束行", "结束列", "位置", "严重程度", "规则", "问题", "原文"],
  en: ["file", "organization", "year", "format", "line", "column", "end line", "end column", "place", "severity", "rule", "message", "text"],
};

const SEVERITY: Record<Locale, { error: string; warning: string }> = {
  zh: { error: "错误", warning: "警告" },
  en: { error: "error", warning: "warning" },
};

/** A value that a spreadsheet would read as a formula is prefixed with ' to stay text. */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One RFC 4180 field: quoted when it holds a quote, comma, CR or LF. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function textCell(value: string): string {
  return csvField(neutralizeFormula(cleanText(value)));
}

function numberCell(value: number | undefined): string {
  return value !== undefined && Number.isFinite(value) ? String(value) : "";
}

/** Keeps the rows of a file in reading order: by line, then column (fatal problems have none). */
function byPosition(a: LintMessage, b: LintMessage): number {
  return (a.line || 0) - (b.line || 0) || (a.column || 0) - (b.column || 0);
}

export const csv: Formatter = (results, context) => {
  const locale: Locale = context.locale === "en" ? "en" : "zh";
  const severity = SEVERITY[locale];
  const lines: string[] = [HEADERS[locale].map(textCell).join(",")];
  for (const result of results) {
    if (result.messages.length === 0) continue;
    const facts = reportFacts(result, context.cwd);
    const source = result.source !== undefined ? new SourceCode(result.source) : undefined;
    for (const message of [...result.messages].sort(byPosition)) {
      const positioned = message.fatal !== true && Number.isInteger(message.line) && message.line >= 1;
      lines.push(
        [
          textCell(facts.shownPath),
          textCell(facts.organization),
          textCell(facts.year),
          textCell(facts.format),
          positioned ? numberCell(message.line) : "",
          positioned ? numberCell(message.column) : "",
          positioned ? numberCell(message.endLine) : "",
          positioned ? numberCell(message.endColumn) : "",
          textCell(message.place ?? ""),
          textCell(isErrorMessage(message) ? severity.error : severity.warning),
          textCell(message.ruleId ?? ""),
          textCell(message.message),
          textCell(offendingText(source, message)),
        ].join(","),
      );
    }
  }
  return BOM + lines.join(CRLF) + CRLF;
};
