import type { BlockDocument } from "../model/types.js";
import { parseText } from "./text.js";
import { parseMarkdown } from "./markdown.js";

export type InputFormat = "text" | "markdown";

/** The input format a file name implies (for now .md/.markdown are Markdown, all else text). */
export function formatForPath(filePath: string | undefined): InputFormat {
  return filePath && /\.(md|markdown)$/i.test(filePath) ? "markdown" : "text";
}

export function parseDocument(text: string, format: InputFormat): BlockDocument {
  return format === "markdown" ? parseMarkdown(text) : parseText(text);
}
