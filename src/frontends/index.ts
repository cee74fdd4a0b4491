import type { BlockDocument } from "../model/types.js";
import { parseText } from "./text.js";

export type InputFormat = "text" | "markdown";
export type FrontEnd = (text: string) => BlockDocument;

// Front-ends other than plain text are registered when their module is loaded, so a CLI run over
// .txt files never pays for micromark (~150 KB of bundled code). The library entry (src/index.ts)
// loads them all; the CLI loads the ones its files need (loadFrontEnd) before linting.
const frontEnds = new Map<InputFormat, FrontEnd>([["text", parseText]]);

export function registerFrontEnd(format: InputFormat, parse: FrontEnd): void {
  frontEnds.set(format, parse);
}

/** Load the module of a front-end (idempotent). */
export async function loadFrontEnd(format: InputFormat): Promise<void> {
  if (frontEnds.has(format)) return;
  if (format === "markdown") registerFrontEnd("markdown", (await import("./markdown.js")).parseMarkdown);
}

/** The input format a file name implies (for now .md/.markdown are Markdown, all else text). */
export function formatForPath(filePath: string | undefined): InputFormat {
  return filePath && /\.(md|markdown)$/i.test(filePath) ? "markdown" : "text";
}

export function parseDocument(text: string, format: InputFormat): BlockDocument {
  const parse = frontEnds.get(format);
  if (!parse) throw new Error(`the ${format} front-end is not loaded (await loadFrontEnd("${format}") first)`);
  return parse(text);
}
