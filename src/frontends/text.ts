import type { Block, BlockDocument, ParagraphBlock, TableBlock, TableCell, TableRow } from "../model/types.js";
import { isHSpaceCode } from "../model/text/chars.js";

// Characters that pad cells and indent lines in text pasted from Word and web pages (TAB, space,
// U+3000, U+00A0, U+2002, U+2003, U+2009, U+200B, BOM): isHSpaceCode.

/** Trim padding from [start, end) of text; returns the trimmed span. */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isHSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isHSpaceCode(text.charCodeAt(e - 1))) e--;
  return [s, e];
}

/**
 * Plain text → blocks, one line at a time (fast: one pass, no regex per character).
 * A line with two or more tab-separated fields after its leading tabs becomes a table row;
 * consecutive rows form one table block. Any other non-blank line is a paragraph.
 * A line that is a whole HTML comment (<!-- … -->) becomes a comment block (for directives).
 */
export function parseText(text: string): BlockDocument {
  const blocks: Block[] = [];
  let table: TableBlock | null = null;
  const n = text.length;
  let lineStart = 0;
  while (lineStart <= n) {
    let lineEnd = lineStart;
    while (lineEnd < n && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    const next = lineEnd >= n ? n + 1 : text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? lineEnd + 2 : lineEnd + 1;

    const row = tabRow(text, lineStart, lineEnd);
    if (row) {
      if (!table) {
        table = { kind: "table", source: "tabs", rows: [], start: row.start, end: row.end };
        blocks.push(table);
      }
      table.rows.push(row);
      table.end = row.end;
    } else {
      table = null;
      const [s, e] = trimSpan(text, lineStart, lineEnd);
      if (s < e) blocks.push(...proseLine(text, lineStart, lineEnd, s, e, text.slice(lineStart, s)));
    }
    lineStart = next;
  }
  return { format: "text", blocks };
}

/**
 * The blocks of one prose line whose trimmed content is [s, e): a paragraph, a comment, or — when
 * the line ends with a comment (an inline directive such as <!-- reportlint-disable-line … -->) —
 * the paragraph before it and the comment, so the comment never becomes part of a title or heading.
 */
export function proseLine(text: string, lineStart: number, lineEnd: number, s: number, e: number, indent: string): Block[] {
  let commentStart = -1;
  if (text.startsWith("-->", e - 3)) {
    commentStart = text.lastIndexOf("<!--", e - 3);
    if (commentStart < s) commentStart = -1;
  }
  if (commentStart === s) return [{ kind: "comment", text: text.slice(s + 4, e - 3), start: s, end: e }];
  const comment: Block[] = commentStart > s ? [{ kind: "comment", text: text.slice(commentStart + 4, e - 3), start: commentStart, end: e }] : [];
  const [ps, pe] = commentStart > s ? trimSpan(text, s, commentStart) : [s, e];
  if (ps >= pe) return comment;
  const para: ParagraphBlock = { kind: "paragraph", text: text.slice(ps, pe), content: { start: ps, end: pe }, indent, start: lineStart, end: lineEnd };
  return [para, ...comment];
}

/** A line as a tab-separated row, or null when it has fewer than two fields after leading tabs. */
export function tabRow(text: string, start: number, end: number): TableRow | null {
  // Look for a tab within this line only: indexOf over the rest of the text would make a
  // report without tabs quadratic.
  let hasTab = false;
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) === 9) {
      hasTab = true;
      break;
    }
  }
  if (!hasTab) return null;
  const cells: TableCell[] = [];
  let fieldStart = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text.charCodeAt(i) === 9) {
      const [s, e] = trimSpan(text, fieldStart, i);
      cells.push({ text: text.slice(s, e), start: s, end: e });
      fieldStart = i + 1;
    }
  }
  // Leading empty fields are indentation unless real content follows in two or more fields.
  let firstContent = 0;
  while (firstContent < cells.length && cells[firstContent].text === "") firstContent++;
  if (cells.length - firstContent < 2) return null;
  return { cells, start, end };
}
