// Markdown → blocks in one pass over the lines, without micromark, for the plain Markdown that
// reports are written in: ATX headings, paragraphs, blank lines, GFM pipe tables and HTML comments.
// It gives up (returns null) on anything else — lists, block quotes, code, setext headings, other
// HTML, thematic breaks, link definitions, escapes in tables — and parseMarkdown then falls back to
// micromark, which stays the reference: whenever this scanner accepts a document, its blocks are
// deep-equal to micromark's (test/frontends/markdown-fast.test.ts checks it differentially).
// The rules a line is read by are CommonMark's and micromark-extension-gfm-table 2.x's, cited at
// each step. The block builders at the top are shared by both paths, so that a paragraph line, a
// cell or a comment becomes the same block whichever path read its boundaries.
import type { Block, BlockDocument, HeadingBlock, Span, TableBlock, TableCell, TableRow } from "../model/types.js";
import { proseLine, tabRow, trimSpan } from "./text.js";

// ---- block builders, shared with the micromark walk (markdown.ts) ----------------------------

export interface Walk {
  text: string;
  /** micromark drops a leading BOM; its offsets are relative to the text after it. */
  shift: number;
  blocks: Block[];
  /** The tab-separated table being extended by consecutive tab rows (Word text pasted into .md). */
  tabTable: TableBlock | null;
}

export function push(w: Walk, block: Block): void {
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
export function lines(w: Walk, start: number, end: number, quotes: number): void {
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

/** A GFM table cell from its range as micromark gives it (with its leading pipe, and the last cell its closing one). */
export function cell(w: Walk, at: Span): TableCell {
  let { start, end } = at;
  if (w.text[start] === "|") start++;
  // The last cell's range may run on past the row's closing pipe over white space: look past it.
  const [, beforePad] = trimSpan(w.text, start, end);
  if (beforePad > start && w.text[beforePad - 1] === "|" && w.text[beforePad - 2] !== "\\") end = beforePad - 1;
  const [s, e] = trimSpan(w.text, start, end);
  return { text: w.text.slice(s, e), start: s, end: e };
}

const COMMENT = /<!--([\s\S]*?)-->/y;

/** An HTML block: comments become comment blocks (they carry directives), anything else prose. */
export function html(w: Walk, at: Span, quotes: number): void {
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

// ---- the line scanner --------------------------------------------------------------------------

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const HASH = 35;
const AMPERSAND = 38;
const RIGHT_PAREN = 41;
const ASTERISK = 42;
const PLUS = 43;
const DASH = 45;
const DOT = 46;
const COLON = 58;
const LESS_THAN = 60;
const EQUALS = 61;
const GREATER_THAN = 62;
const LEFT_BRACKET = 91;
const BACKSLASH = 92;
const UNDERSCORE = 95;
const BACKTICK = 96;
const PIPE = 124;
const TILDE = 126;

/** Only space and tab are white space to CommonMark's block structure (U+3000 is text). */
function isSpaceOrTab(c: number): boolean {
  return c === SPACE || c === TAB;
}

function lineEnd(text: string, ls: number): number {
  let i = ls;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) break;
    i++;
  }
  return i;
}

/** Start of the line after the one ending at `le` (LF, CR or CRLF); past the text after the last line. */
function nextLine(text: string, le: number): number {
  if (le >= text.length) return text.length + 1;
  return text.charCodeAt(le) === CR && text.charCodeAt(le + 1) === LF ? le + 2 : le + 1;
}

/** First character after the leading spaces and tabs. */
function firstNonSpace(text: string, ls: number, le: number): number {
  let i = ls;
  while (i < le && isSpaceOrTab(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Four columns of indentation make indented code (or continue a paragraph). A tab anywhere in the
 * leading white space reaches column 4, because tabs stop at multiples of 4.
 */
function isIndented(text: string, ls: number, first: number): boolean {
  if (first - ls >= 4) return true;
  for (let i = ls; i < first; i++) if (text.charCodeAt(i) === TAB) return true;
  return false;
}

function contains(text: string, start: number, end: number, code: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === code) return true;
  return false;
}

/**
 * Whether a line whose first character is at `f` (after at most 3 columns) may start a block this
 * scanner leaves to micromark: a block quote, a list item, a thematic break or setext underline,
 * a code fence, or HTML other than a comment. Conservative: an empty list item or a "1." that
 * could not interrupt a paragraph gives up all the same.
 */
function startsOtherBlock(text: string, f: number, le: number): boolean {
  const c = text.charCodeAt(f);
  const after = f + 1 < le ? text.charCodeAt(f + 1) : -1;
  switch (c) {
    case GREATER_THAN:
      return true;
    case LESS_THAN:
      return !text.startsWith("<!--", f);
    case BACKTICK:
    case TILDE:
      return after === c && f + 2 < le && text.charCodeAt(f + 2) === c;
    case DASH:
    case ASTERISK:
    case PLUS:
    case UNDERSCORE:
    case EQUALS:
      if ((c === DASH || c === ASTERISK || c === PLUS) && (after === -1 || isSpaceOrTab(after))) return true;
      if (c === PLUS) return false;
      // A line of one marker character and white space: thematic break or setext underline.
      for (let i = f + 1; i < le; i++) {
        const d = text.charCodeAt(i);
        if (d !== c && !isSpaceOrTab(d)) return false;
      }
      return true;
    default: {
      // An ordered list item: digits, then . or ), then white space or the line end.
      let i = f;
      while (i < le && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
      if (i === f || i >= le) return false;
      const marker = text.charCodeAt(i);
      return (marker === DOT || marker === RIGHT_PAREN) && (i + 1 === le || isSpaceOrTab(text.charCodeAt(i + 1)));
    }
  }
}

/**
 * An ATX heading at `f` (CommonMark 4.2 as micromark's heading-atx resolver trims it): the block;
 * false when the line is no heading (#标题, seven #); null to give up on it.
 */
function atxHeading(text: string, f: number, le: number): HeadingBlock | false | null {
  let p = f;
  while (p < le && text.charCodeAt(p) === HASH) p++;
  const depth = p - f;
  if (depth > 6 || (p < le && !isSpaceOrTab(text.charCodeAt(p)))) return false;
  for (let i = p; i < le; i++) {
    const c = text.charCodeAt(i);
    // Inline HTML (a trailing <!-- directive -->), escapes and references are the walk's to read.
    if (c === LESS_THAN || c === BACKSLASH || c === AMPERSAND) return null;
  }
  const cs = firstNonSpace(text, p, le);
  let ce = le;
  while (ce > cs && isSpaceOrTab(text.charCodeAt(ce - 1))) ce--;
  if (ce > cs && text.charCodeAt(ce - 1) === HASH) {
    let k = ce;
    while (k > cs && text.charCodeAt(k - 1) === HASH) k--;
    // Only a closing sequence: the micromark walk reads the depth from it, not from the opening.
    if (k === cs) return null;
    // A closing sequence needs white space before it; "标题#" keeps its #.
    if (isSpaceOrTab(text.charCodeAt(k - 1))) {
      ce = k;
      while (isSpaceOrTab(text.charCodeAt(ce - 1))) ce--;
    }
  }
  const content = ce > cs ? { start: cs, end: ce } : { start: le, end: le };
  return { kind: "heading", depth, text: text.slice(content.start, content.end), content, start: f, end: le };
}

/**
 * Cells in a table head row [start, end), counted as micromark-extension-gfm-table counts them
 * (headRowStart/headRowBreak): a cell per run of text or per pipe that is followed by anything; -1
 * when the row is a lone pipe, which cannot be a head.
 */
function headCells(text: string, start: number, end: number): number {
  let cells = 0;
  let parts = 0;
  let open = false;
  let i = start;
  if (text.charCodeAt(i) !== PIPE) {
    open = true;
    parts = 1;
  }
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpaceOrTab(c)) {
      i++;
      continue;
    }
    parts++;
    if (open) {
      open = false;
      cells++;
    }
    if (c === PIPE) {
      open = true;
      i++;
      continue;
    }
    while (i < end && text.charCodeAt(i) !== PIPE && !isSpaceOrTab(text.charCodeAt(i))) i++;
  }
  return parts > 1 ? cells : -1;
}

/**
 * Cells in the delimiter row on line [ls, le), or -1 when it is none: optional pipes around cells
 * of -, :-, -:, :-: (any number of dashes), with at least one pipe or colon (else it is a thematic
 * break or setext underline), at most 3 columns of indentation (headDelimiter* states).
 */
function delimiterCells(text: string, ls: number, le: number): number {
  const f = firstNonSpace(text, ls, le);
  if (f === le || isIndented(text, ls, f)) return -1;
  let cells = 0;
  let pipeOrColon = false;
  let i = f;
  for (;;) {
    if (text.charCodeAt(i) === PIPE) {
      pipeOrColon = true;
      i = firstNonSpace(text, i + 1, le);
      if (i === le) break;
    }
    let c = text.charCodeAt(i);
    if (c === COLON) {
      pipeOrColon = true;
      c = text.charCodeAt(++i);
    }
    if (c !== DASH || i >= le) return -1;
    cells++;
    while (i < le && text.charCodeAt(i) === DASH) i++;
    if (i < le && text.charCodeAt(i) === COLON) {
      pipeOrColon = true;
      i++;
    }
    i = firstNonSpace(text, i, le);
    if (i === le) break;
    if (text.charCodeAt(i) !== PIPE) return -1;
  }
  // A lone pipe has no cell, and no head row has fewer than one.
  return pipeOrColon && cells > 0 ? cells : -1;
}

/**
 * A table row [start, end) split into cells where micromark-extension-gfm-table's resolver splits
 * it: each pipe opens the cell after it, except a leading pipe (the first cell's own) and a
 * trailing one (followed by white space only: it stays in the last cell).
 */
function tableRow(w: Walk, start: number, end: number): TableRow {
  const { text } = w;
  let contentEnd = end;
  while (isSpaceOrTab(text.charCodeAt(contentEnd - 1))) contentEnd--;
  const cells: TableCell[] = [];
  let cellStart = start;
  for (let i = start + 1; i < contentEnd - 1; i++) {
    if (text.charCodeAt(i) !== PIPE) continue;
    cells.push(cell(w, { start: cellStart, end: i }));
    cellStart = i;
  }
  cells.push(cell(w, { start: cellStart, end }));
  return { cells, start, end };
}

/**
 * Markdown → blocks for plain reports, or null when the text uses anything beyond ATX headings,
 * paragraphs, GFM tables and HTML comments (then micromark must read it). Same blocks as the
 * micromark walk whenever it answers.
 */
export function scanPlainMarkdown(text: string): BlockDocument | null {
  const n = text.length;
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const w: Walk = { text, shift, blocks: [], tabTable: null };
  /** Start of the open paragraph (after its first line's indentation), or -1. */
  let paragraph = -1;
  let paragraphEnd = 0;
  /** The GFM table that takes every following non-blank line as a body row. */
  let table: TableBlock | null = null;
  const endBlock = (): void => {
    if (paragraph >= 0) lines(w, paragraph, paragraphEnd, 0);
    paragraph = -1;
    table = null;
  };

  let ls = shift;
  while (ls <= n) {
    const le = lineEnd(text, ls);
    const next = nextLine(text, le);
    const f = firstNonSpace(text, ls, le);
    if (f === le) {
      endBlock();
      ls = next;
      continue;
    }
    if (isIndented(text, ls, f)) {
      // Indentation never interrupts a paragraph; anywhere else it is indented code.
      if (paragraph < 0) return null;
      paragraphEnd = le;
      ls = next;
      continue;
    }
    if (startsOtherBlock(text, f, le)) return null;
    const c = text.charCodeAt(f);

    if (c === LESS_THAN) {
      // An HTML comment block (startsOtherBlock let only <!-- through) runs to the end of the line
      // that closes it; it interrupts a paragraph and ends a table. As in micromark, the block
      // starts at the line's start, indentation included (it shows when the line is not a comment
      // alone and becomes a paragraph).
      const close = text.indexOf("-->", f + 2);
      if (close < 0) return null;
      const end = lineEnd(text, close);
      endBlock();
      html(w, { start: ls, end }, 0);
      ls = nextLine(text, end);
      continue;
    }

    if (c === HASH) {
      const heading = atxHeading(text, f, le);
      if (heading === null) return null;
      if (heading) {
        endBlock();
        push(w, heading);
        ls = next;
        continue;
      }
    }

    if (table) {
      // Any other line is a body row, pipes or not.
      if (contains(text, f, le, BACKSLASH)) return null;
      table.rows.push(tableRow(w, f, le));
      table.end = le;
      ls = next;
      continue;
    }

    // A table starts at a line followed by a delimiter row with as many cells, and interrupts a
    // paragraph to do so.
    if (next <= n) {
      const delimiterEnd = lineEnd(text, next);
      const columns = delimiterCells(text, next, delimiterEnd);
      if (columns >= 0) {
        const delimiterFirst = firstNonSpace(text, next, delimiterEnd);
        if (headCells(text, f, le) !== columns || startsOtherBlock(text, delimiterFirst, delimiterEnd)) return null;
        if (contains(text, f, le, BACKSLASH)) return null;
        endBlock();
        table = { kind: "table", source: "gfm", rows: [tableRow(w, f, le)], start: f, end: delimiterEnd };
        push(w, table);
        ls = nextLine(text, delimiterEnd);
        continue;
      }
    }

    if (paragraph < 0) {
      // A paragraph's first line may be a link reference definition.
      if (c === LEFT_BRACKET) return null;
      paragraph = f;
    }
    paragraphEnd = le;
    ls = next;
  }
  endBlock();
  return { format: "markdown", blocks: w.blocks };
}
