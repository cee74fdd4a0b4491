// Lint a rendered document (HTML, DOCX, PDF): the rendering is linted as plain text, then every
// position is taken back to where the user can find it — the HTML source's line and column, or the
// rendering's line and column plus the paragraph, table cell or page (DOCX, PDF).
import type { LintMessage } from "./types.js";
import type { RenderedDocument } from "../documents/rendering.js";
import { lintText, type LintTextOptions } from "./linter.js";
import { SourceCode } from "./source-code.js";

export function lintRendered(doc: RenderedDocument, options: Omit<LintTextOptions, "format"> & { locale?: "zh" | "en" } = {}): LintMessage[] {
  const messages = lintText(doc.text, { ...options, format: "text" });
  return mapMessages(doc, messages, options.locale ?? options.resolved?.locale ?? "zh");
}

/** Messages about the rendering → messages about the document. Fixes are dropped: they would edit the rendering, not the file. */
export function mapMessages(doc: RenderedDocument, messages: LintMessage[], locale: "zh" | "en"): LintMessage[] {
  const rendered = new SourceCode(doc.text);
  const original = doc.original ? new SourceCode(doc.original.text) : undefined;
  return messages.map((m) => {
    const { fix: _dropped, ...rest } = m;
    const mapped: LintMessage = { ...rest };
    const start = offsetOf(rendered, m.line, m.column);
    const end = Math.max(start, offsetOf(rendered, m.endLine, m.endColumn));
    if (original && doc.original) {
      const s = doc.original.offsetAt(start, "start");
      const e = Math.max(s, doc.original.offsetAt(end, end > start ? "end" : "start"));
      const sp = original.positionAt(s);
      const ep = original.positionAt(e);
      Object.assign(mapped, { line: sp.line, column: sp.column, endLine: ep.line, endColumn: ep.column });
    }
    mapped.message = mapLineReferences(doc, rendered, original, m.message, locale);
    const place = m.fatal ? undefined : doc.placeAt?.(start);
    if (place) {
      const where = locale === "en" ? place.en : place.zh;
      mapped.place = where;
      mapped.message = locale === "en" ? `${mapped.message} (${where})` : `${mapped.message}（${where}）`;
    }
    return mapped;
  });
}

/**
 * Messages that name another line of the report (「…（第 37 行）」, "(line 37)") name a line of the
 * rendering: say the HTML source's line instead, or the place (表 2 第 5 行, 第 3 页) in DOCX and PDF.
 */
function mapLineReferences(doc: RenderedDocument, rendered: SourceCode, original: SourceCode | undefined, message: string, locale: "zh" | "en"): string {
  const pattern = locale === "en" ? /\bline (\d+)/g : /第 (\d+) 行/g;
  return message.replace(pattern, (whole, n: string) => {
    const lineStart = rendered.lineStarts[Number(n) - 1];
    if (lineStart === undefined) return whole;
    if (original && doc.original) {
      const line = original.positionAt(doc.original.offsetAt(firstNonBlank(rendered.text, lineStart), "start")).line;
      return locale === "en" ? `line ${line}` : `第 ${line} 行`;
    }
    const place = doc.placeAt?.(firstNonBlank(rendered.text, lineStart));
    return place ? (locale === "en" ? place.en : place.zh) : whole;
  });
}

/** The first character of a line that is not a tab or space (a table row may start with empty cells). */
function firstNonBlank(text: string, from: number): number {
  let i = from;
  while (i < text.length && (text[i] === "\t" || text[i] === " " || text[i] === "\u00a0" || text[i] === "\u3000")) i++;
  return i < text.length && text[i] !== "\n" && text[i] !== "\r" ? i : from;
}

function offsetOf(source: SourceCode, line: number, column: number): number {
  const o = source.offsetAt({ line, column });
  if (o >= 0) return o;
  return line > source.lineCount ? source.text.length : source.lineEndAt(Math.max(1, line));
}
