// Documents that are not plain text or Markdown: each is turned into a RenderedDocument by its own
// module, loaded only when a file of that kind is linted (their libraries are large).
import type { RenderedDocument } from "./rendering.js";

export type DocumentFormat = "html" | "docx" | "pdf";

export class DocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DocumentError";
  }
}

/** The document format a file name implies, or undefined for text and Markdown. */
export function documentFormatForPath(filePath: string | undefined): DocumentFormat | undefined {
  if (!filePath) return undefined;
  const m = /\.(html?|xhtml|docx|pdf)$/i.exec(filePath);
  if (!m) return undefined;
  const ext = m[1].toLowerCase();
  return ext === "docx" ? "docx" : ext === "pdf" ? "pdf" : "html";
}

export interface RenderOptions {
  /** --encoding, for HTML files. */
  encoding?: string;
}

/** Bytes of a document → its rendering. Throws DocumentError with a message fit for the user. */
export async function renderDocument(format: DocumentFormat, bytes: Uint8Array, options: RenderOptions = {}): Promise<RenderedDocument> {
  switch (format) {
    case "html":
      return (await import("./html.js")).renderHtmlBytes(bytes, options);
    case "docx":
      return (await import("./docx.js")).renderDocx(bytes);
    case "pdf":
      return (await import("./pdf.js")).renderPdf(bytes);
  }
}

export type { RenderedDocument, Place } from "./rendering.js";
export { RenderingBuilder } from "./rendering.js";
