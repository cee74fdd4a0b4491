// Documents that are not plain text or Markdown: each is turned into a RenderedDocument by its own
// module, loaded only when a file of that kind is linted (their libraries are large).
import type { RenderedDocument } from "./rendering.js";
import { BilingualError, type Bilingual } from "../core/bilingual.js";
import { checkInputSize, checkTextLength, DEFAULT_LIMITS, type DocumentLimits } from "./limits.js";

export type DocumentFormat = "html" | "docx" | "pdf";

export class DocumentError extends BilingualError {
  constructor(text: Bilingual) {
    super(text);
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
  /** Sizes a file may not exceed (limits.ts); time and memory are enforced only by renderIsolated. */
  limits?: DocumentLimits;
}

/**
 * Bytes of a document → its rendering, in this thread. Throws DocumentError with a message fit for
 * the user. For untrusted files use renderIsolated (isolated.ts), which also bounds memory and time.
 */
export async function renderDocument(format: DocumentFormat, bytes: Uint8Array, options: RenderOptions = {}): Promise<RenderedDocument> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  checkInputSize(bytes, limits);
  const rendered = await renderUnchecked(format, bytes, options, limits);
  checkTextLength(rendered.text, limits);
  return rendered;
}

async function renderUnchecked(format: DocumentFormat, bytes: Uint8Array, options: RenderOptions, limits: DocumentLimits): Promise<RenderedDocument> {
  switch (format) {
    case "html":
      return (await import("./html.js")).renderHtmlBytes(bytes, options);
    case "docx":
      return (await import("./docx.js")).renderDocx(bytes, limits);
    case "pdf":
      return (await import("./pdf.js")).renderPdf(bytes, { limits });
  }
}

export type { RenderedDocument, Place } from "./rendering.js";
export { RenderingBuilder } from "./rendering.js";
