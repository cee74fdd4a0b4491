// Markdown → blocks, with micromark — the CommonMark tokenizer under remark-parse — and its GFM
// table extension only (remark-gfm's autolinks would swallow the Chinese sentence after a URL).
// The blocks are read straight from micromark's events: building remark's syntax tree
// (mdast-util-from-markdown) took half of the time of a Markdown report and most of its garbage,
// and reportlint needs only where each block starts and ends. Inline constructs other than HTML
// (a trailing <!-- directive --> in a heading) are turned off for the same reason: a block's text
// is its source slice. Blocks keep exact source offsets.
// Most reports are plain Markdown — ATX headings, paragraphs, blank lines, GFM tables, comments —
// and for those micromark was the dearest step of linting one (~4–5 ms per generated report, plus
// garbage, against ~3 ms for all the rules). So parseMarkdown first tries scanPlainMarkdown
// (markdown-fast.ts), a one-pass line scanner (~0.06 ms); it gives up on anything else, and then
// micromark reads the text. micromark stays the reference: the scanner is tested against
// parseMarkdownWithMicromark block for block.
import { parse, postprocess, preprocess } from "micromark";
import { gfmTable } from "micromark-extension-gfm-table";
import type { Event, Extension, Token } from "micromark-util-types";
import type { BlockDocument, TableRow } from "../model/types.js";
import { cell, html, lines, push, scanPlainMarkdown, type Walk } from "./markdown-fast.js";
import { trimSpan } from "./text.js";

const INLINE_OFF: Extension = {
  disable: { null: ["attention", "autolink", "characterReference", "codeText", "hardBreakEscape", "labelEnd", "labelStartImage", "labelStartLink"] },
};
const EXTENSIONS = [gfmTable(), INLINE_OFF];

function span(token: Token, w: Walk): { start: number; end: number } {
  return { start: token.start.offset + w.shift, end: token.end.offset + w.shift };
}

/** Index of the exit event matching the enter event at `i`. */
function exitOf(events: Event[], i: number): number {
  const token = events[i][1];
  let j = i + 1;
  while (events[j][1] !== token) j++;
  return j;
}

/**
 * A heading (atxHeading or setextHeading token, events i..end): its text is the heading text without
 * the markers; a comment closing it (an inline directive) is its own block, not heading text.
 */
function heading(w: Walk, events: Event[], i: number, end: number): void {
  const token = events[i][1];
  const at = span(token, w);
  let depth = 1;
  let text: Token | undefined;
  let lastInline: Token | undefined;
  for (let j = i + 1; j < end; j++) {
    const [kind, t] = events[j];
    if (kind !== "enter") continue;
    if (t.type === "atxHeadingSequence" && !text) depth = t.end.offset - t.start.offset;
    else if (t.type === "setextHeadingLineSequence") depth = w.text[t.start.offset + w.shift] === "=" ? 1 : 2;
    else if (t.type === "atxHeadingText" || t.type === "setextHeadingText") text = t;
    else if (text && t.start.offset >= text.start.offset && t.end.offset <= text.end.offset && (t.type === "htmlText" || t.type === "data" || t.type === "characterEscape" || t.type === "lineEnding")) {
      if (!lastInline || t.start.offset >= lastInline.end.offset) lastInline = t;
    }
  }
  let content = text ? span(text, w) : { start: at.end, end: at.end };
  const trailing = lastInline?.type === "htmlText" && w.text.startsWith("<!--", lastInline.start.offset + w.shift) ? span(lastInline, w) : null;
  if (trailing) content = trailing.start > content.start ? { start: content.start, end: trimSpan(w.text, content.start, trailing.start)[1] } : { start: at.end, end: at.end };
  push(w, { kind: "heading", depth, text: w.text.slice(content.start, content.end), content, start: at.start, end: at.end });
  if (trailing) push(w, { kind: "comment", text: w.text.slice(trailing.start + 4, trailing.end - 3), start: trailing.start, end: trailing.end });
}

/** A GFM table (events i..end): its rows (not the delimiter row) and their cells. */
function table(w: Walk, events: Event[], i: number, end: number): void {
  const rows: TableRow[] = [];
  let row: TableRow | null = null;
  for (let j = i + 1; j < end; j++) {
    const [kind, t] = events[j];
    if (kind !== "enter") continue;
    if (t.type === "tableRow") rows.push((row = { cells: [], ...span(t, w) }));
    else if (t.type === "tableDelimiterRow") row = null;
    else if ((t.type === "tableHeader" || t.type === "tableData") && row) row.cells.push(cell(w, span(t, w)));
  }
  push(w, { kind: "table", source: "gfm", rows, ...span(events[i][1], w) });
}

const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;

function code(w: Walk, token: Token, quotes: number): void {
  let { start, end } = span(token, w);
  const firstLineEnd = (() => {
    let e = start;
    while (e < end && w.text[e] !== "\n" && w.text[e] !== "\r") e++;
    return e;
  })();
  if (FENCE.test(w.text.slice(start, firstLineEnd))) {
    // Drop the fences; the lines between them are text like any other.
    start = firstLineEnd;
    let ls = end;
    while (ls > start && w.text[ls - 1] !== "\n" && w.text[ls - 1] !== "\r") ls--;
    if (ls > start && /^[ \t>]*(`{3,}|~{3,})[ \t]*$/.test(w.text.slice(ls, end))) end = ls;
  }
  lines(w, start, end, quotes);
}

/** Markdown → blocks: headings, one paragraph per source line, GFM tables, comments. */
export function parseMarkdown(text: string): BlockDocument {
  return scanPlainMarkdown(text) ?? parseMarkdownWithMicromark(text);
}

/** parseMarkdown by micromark's events: any Markdown, and the reference for the fast scanner. */
export function parseMarkdownWithMicromark(text: string): BlockDocument {
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const events = postprocess(parse({ extensions: EXTENSIONS }).document().write(preprocess()(text, undefined, true)));
  const w: Walk = { text, shift, blocks: [], tabTable: null };
  // Flow-level leaf blocks, in document order; block quotes count the > markers to skip.
  let quotes = 0;
  for (let i = 0; i < events.length; i++) {
    const [kind, token] = events[i];
    if (token.type === "blockQuote") {
      quotes += kind === "enter" ? 1 : -1;
      continue;
    }
    if (kind !== "enter") continue;
    switch (token.type) {
      case "atxHeading":
      case "setextHeading": {
        const end = exitOf(events, i);
        heading(w, events, i, end);
        i = end;
        break;
      }
      case "table": {
        const end = exitOf(events, i);
        table(w, events, i, end);
        i = end;
        break;
      }
      case "htmlFlow":
        html(w, span(token, w), quotes);
        i = exitOf(events, i);
        break;
      case "codeFenced":
      case "codeIndented":
        code(w, token, quotes);
        i = exitOf(events, i);
        break;
      case "paragraph":
      case "definition": {
        const at = span(token, w);
        lines(w, at.start, at.end, quotes);
        i = exitOf(events, i);
        break;
      }
      default:
        // Containers (lists, list items, content) are walked into; thematic breaks, blank
        // lines and markers have no text.
        break;
    }
  }
  return { format: "markdown", blocks: w.blocks };
}
