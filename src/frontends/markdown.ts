// Markdown → blocks, with micromark — the CommonMark tokenizer under remark-parse — and its GFM
// table extension only (remark-gfm's autolinks would swallow the Chinese sentence after a URL).
// The blocks are read straight from micromark's events: building remark's syntax tree
// (mdast-util-from-markdown) took half of the time of a Markdown report and most of its garbage,
// and reportlint needs only where each block starts and ends. Inline constructs other than HTML
// (a trailing <!-- directive --> in a heading) are turned off for the same reason: a block's text
// is its source slice. Blocks keep exact source offsets.
import { parse, postprocess, preprocess } from "micromark";
import { gfmTable } from "micromark-extension-gfm-table";
import type { Event, Extension, Token } from "micromark-util-types";
import type { Block, BlockDocument, TableBlock, TableCell, TableRow } from "../model/types.js";
import { proseLine, tabRow, trimSpan } from "./text.js";

const INLINE_OFF: Extension = {
  disable: { null: ["attention", "autolink", "characterReference", "codeText", "hardBreakEscape", "labelEnd", "labelStartImage", "labelStartLink"] },
};
const EXTENSIONS = [gfmTable(), INLINE_OFF];

interface Walk {
  text: string;
  /** micromark drops a leading BOM; its offsets are relative to the text after it. */
  shift: number;
  blocks: Block[];
  /** The tab-separated table being extended by consecutive tab rows (Word text pasted into .md). */
  tabTable: TableBlock | null;
}

function span(token: Token, w: Walk): { start: number; end: number } {
  return { start: token.start.offset + w.shift, end: token.end.offset + w.shift };
}

function push(w: Walk, block: Block): void {
  w.tabTable = null;
  w.blocks.push(block);
}

function isPad(ch: string | undefined): boolean {
  return ch !== undefined && /[\t \u3000\u00a0\u2002\u2003\u2009\u200b\ufeff]/.test(ch);
}

/**
 * One block per source line of [start, end): a paragraph with the raw slice as text, or a row of
 * a tab-separated table. `quotes` > markers are skipped at the start of continuation lines.
 */
function lines(w: Walk, start: number, end: number, quotes: number): void {
  const { text } = w;
  let ls = start;
  while (ls < end) {
    let le = ls;
    while (le < end && text[le] !== "\n" && text[le] !== "\r") le++;
    let s = ls;
    for (let q = 0; q < quotes; q++) {
      while (s < le && isPad(text[s])) s++;
      if (text[s] === ">") s++;
    }
    const row = tabRow(text, s, le);
    if (row) {
      if (!w.tabTable) {
        w.tabTable = { kind: "table", source: "tabs", rows: [], start: row.start, end: row.end };
        w.blocks.push(w.tabTable);
      }
      w.tabTable.rows.push(row);
      w.tabTable.end = row.end;
    } else {
      const [cs, ce] = trimSpan(text, s, le);
      if (cs < ce) for (const block of proseLine(text, ls, le, cs, ce, "")) push(w, block);
    }
    ls = le;
    if (text[ls] === "\r" && text[ls + 1] === "\n") ls += 2;
    else if (ls < end) ls++;
  }
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

function cell(w: Walk, token: Token): TableCell {
  let { start, end } = span(token, w);
  // A cell's range includes its leading pipe, and the last cell also the closing one.
  if (w.text[start] === "|") start++;
  if (end > start && w.text[end - 1] === "|" && w.text[end - 2] !== "\\") end--;
  const [s, e] = trimSpan(w.text, start, end);
  return { text: w.text.slice(s, e), start: s, end: e };
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
    else if ((t.type === "tableHeader" || t.type === "tableData") && row) row.cells.push(cell(w, t));
  }
  push(w, { kind: "table", source: "gfm", rows, ...span(events[i][1], w) });
}

const COMMENT = /<!--([\s\S]*?)-->/y;

/** An HTML block: comments become comment blocks (they carry directives), anything else prose. */
function html(w: Walk, token: Token, quotes: number): void {
  const at = span(token, w);
  const found: Block[] = [];
  let i = at.start;
  for (;;) {
    while (i < at.end && /\s/.test(w.text[i])) i++;
    if (i >= at.end) break;
    COMMENT.lastIndex = i;
    const m = COMMENT.exec(w.text);
    if (!m || m.index + m[0].length > at.end) {
      lines(w, at.start, at.end, quotes);
      return;
    }
    found.push({ kind: "comment", text: m[1], start: i, end: i + m[0].length });
    i += m[0].length;
  }
  for (const b of found) push(w, b);
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
        html(w, token, quotes);
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
