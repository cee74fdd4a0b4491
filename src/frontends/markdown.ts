import type { BlockDocument } from "../model/types.js";
import { parseText } from "./text.js";

/** Placeholder until the remark front-end lands: Markdown read as plain text. */
export function parseMarkdown(text: string): BlockDocument {
  return { ...parseText(text), format: "markdown" };
}
