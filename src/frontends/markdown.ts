// Markdown → blocks, with remark (CommonMark + the GFM table extension only: remark-gfm's
// autolinks would swallow the Chinese sentence after a URL). Blocks keep exact source offsets.
import { unified } from "unified";
import remarkParse from "remark-parse";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import type { Code, Heading, Html, Nodes, Table } from "mdast";
import type { Block, BlockDocument, TableBlock, TableCell, TableRow } from "../model/types.js";
import { proseLine, tabRow, trimSpan } from "./text.js";

const processor = unified()
  .use(remarkParse)
  .data("micromarkExtensions", [gfmTable()])
  .data("fromMarkdownExtensions", [gfmTableFromMarkdown()]);

interface Walk {
  text: string;
  /** micromark drops a leading BOM; its offsets are relative to the text after it. */
  shift: number;
  blocks: Block[];
  /** The tab-separated table being extended by consecutive tab rows (Word text pasted into .md). */
  tabTable: TableBlock | null;
}

function span(node: Nodes, w: Walk): { start: number; end: number } | null {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  if (s === undefined || e === undefined) return null;
  return { start: s + w.shift, end: e + w.shift };
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

function heading(w: Walk, node: Heading): void {
  const at = span(node, w);
  if (!at) return;
  // A comment closing the heading (an inline directive) is its own block, not heading text.
  const children = [...node.children];
  const tail = children[children.length - 1];
  const trailingComment = tail?.type === "html" && tail.value.startsWith("<!--") ? span(tail, w) : null;
  if (trailingComment) children.pop();
  const first = children.length ? span(children[0], w) : null;
  const last = children.length ? span(children[children.length - 1], w) : null;
  const content = first && last ? { start: first.start, end: trimSpan(w.text, first.start, last.end)[1] } : { start: at.end, end: at.end };
  push(w, { kind: "heading", depth: node.depth, text: w.text.slice(content.start, content.end), content, start: at.start, end: at.end });
  if (trailingComment) push(w, { kind: "comment", text: w.text.slice(trailingComment.start + 4, trailingComment.end - 3), start: trailingComment.start, end: trailingComment.end });
}

function cell(w: Walk, node: Nodes): TableCell | null {
  const at = span(node, w);
  if (!at) return null;
  let { start, end } = at;
  // A cell's range includes its leading pipe, and the last cell also the closing one.
  if (w.text[start] === "|") start++;
  if (end > start && w.text[end - 1] === "|" && w.text[end - 2] !== "\\") end--;
  const [s, e] = trimSpan(w.text, start, end);
  return { text: w.text.slice(s, e), start: s, end: e };
}

function table(w: Walk, node: Table): void {
  const at = span(node, w);
  if (!at) return;
  const rows: TableRow[] = [];
  for (const r of node.children) {
    const rs = span(r, w);
    if (!rs) continue;
    const cells: TableCell[] = [];
    for (const c of r.children) {
      const tc = cell(w, c);
      if (tc) cells.push(tc);
    }
    rows.push({ cells, start: rs.start, end: rs.end });
  }
  push(w, { kind: "table", source: "gfm", rows, start: at.start, end: at.end });
}

const COMMENT = /<!--([\s\S]*?)-->/y;

/** An HTML block: comments become comment blocks (they carry directives), anything else prose. */
function html(w: Walk, node: Html, quotes: number): void {
  const at = span(node, w);
  if (!at) return;
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

function code(w: Walk, node: Code, quotes: number): void {
  const at = span(node, w);
  if (!at) return;
  let { start, end } = at;
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

function walk(w: Walk, root: Nodes, rootQuotes: number): void {
  // A stack of nodes still to visit, not recursion: a line of thousands of ">" nests blockquotes
  // thousands deep, which overflowed the call stack (and every rule then crashed on the model).
  // Children are pushed last-first so they are visited in document order.
  const todo: Array<{ node: Nodes; quotes: number }> = [{ node: root, quotes: rootQuotes }];
  for (let next = todo.pop(); next; next = todo.pop()) {
    const { node, quotes } = next;
    switch (node.type) {
      case "heading":
        heading(w, node);
        continue;
      case "table":
        table(w, node);
        continue;
      case "html":
        html(w, node, quotes);
        continue;
      case "code":
        code(w, node, quotes);
        continue;
      case "thematicBreak":
        continue;
      case "blockquote":
        for (let i = node.children.length - 1; i >= 0; i--) todo.push({ node: node.children[i], quotes: quotes + 1 });
        continue;
      default: {
        if ("children" in node && node.type !== "paragraph") {
          const children = node.children as Nodes[];
          for (let i = children.length - 1; i >= 0; i--) todo.push({ node: children[i], quotes });
          continue;
        }
        // Paragraphs, definitions and anything else without block children: line by line.
        const at = span(node, w);
        if (at) lines(w, at.start, at.end, quotes);
      }
    }
  }
}

/** Markdown → blocks: headings, one paragraph per source line, GFM tables, comments. */
export function parseMarkdown(text: string): BlockDocument {
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const tree = processor.parse(text);
  const w: Walk = { text, shift, blocks: [], tabTable: null };
  for (const c of tree.children) walk(w, c, 0);
  return { format: "markdown", blocks: w.blocks };
}
