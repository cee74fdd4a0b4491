// HTML → the plain-text rendering (one line per paragraph, one tab-separated line per table row),
// with a map from every rendered character back into the HTML source, so a finding points at the
// line and column of the page a person opens in an editor. Also the walker behind DOCX (mammoth
// turns a .docx into HTML; see docx.ts), which then records places (段落 N, 表 T 第 R 行 第 C 列)
// instead of source positions.
//
// Text is taken the way a browser's innerText (and hast-util-to-text) takes it: white space
// collapsed, none at the start or end of a line; then a line break between two Chinese characters
// vanishes (a line break inside a paragraph of a Chinese page is not a space: CSS Text 3, segment
// break transformation), while between Latin words it stays a space. Page chrome is not report
// text: <head> (and its <title>), script/style/noscript/template, hidden elements, navigation, and
// the page-level header/footer (the banner and contentinfo landmarks). Comments stay, each on its
// own line (or at the end of the line they end), so reportlint-disable directives work in HTML.
import { fromHtml } from "hast-util-from-html";
import type { Comment, Element, Nodes, Root, Text } from "hast";
// The character-reference decoder parse5 (the parser behind hast-util-from-html) itself uses, so a
// reference is read here exactly as the parser read it.
import { DecodingMode, HtmlEntityDecoder } from "entities/decode";
import { decode, DecodeError } from "../decode/index.js";
import { DocumentError } from "./index.js";
import { RenderingBuilder, type RenderedDocument } from "./rendering.js";

export interface HtmlBytesOptions {
  /** --encoding: overrides the page's own <meta charset>. */
  encoding?: string;
}

export interface HtmlRenderOptions {
  /** Record places (段落 N, 表 T 第 R 行 第 C 列) for DOCX; the result then has placeAt, not original. */
  places?: boolean;
}

/** Bytes of an HTML file → its rendering. Throws DocumentError when the bytes cannot be decoded. */
export function renderHtmlBytes(bytes: Uint8Array, options: HtmlBytesOptions = {}): RenderedDocument {
  return renderHtml(decodeHtml(bytes, options.encoding));
}

/** HTML source text → its rendering (positions map back into `source`). */
export function renderHtml(source: string, options: HtmlRenderOptions = {}): RenderedDocument {
  let tree: Root;
  try {
    tree = fromHtml(source);
  } catch (err) {
    throw stackOverflow(err) ? tooDeep() : err;
  }
  const walker = new Walker(source, options.places ?? false);
  try {
    walker.walkChildren(tree, ROOT_CONTEXT);
  } catch (err) {
    throw stackOverflow(err) ? tooDeep() : err;
  }
  const { builder } = walker.finish();
  const text = builder.text;
  if (options.places) return { format: "html", text, placeAt: (offset) => builder.placeAt(offset), map: builder.map };
  return { format: "html", text, original: { text: source, offsetAt: (offset, side) => builder.offsetAt(offset, side) }, map: builder.map };
}

/** How deep the walker follows elements (real pages nest a few dozen levels; the parser itself overflows at a few thousand). */
const MAX_DEPTH = 1000;

function stackOverflow(err: unknown): boolean {
  return err instanceof RangeError && /call stack/i.test(err.message);
}

function tooDeep(): DocumentError {
  return new DocumentError({ zh: "页面嵌套过深，无法读取", en: "the page is nested too deeply to read" });
}

// ---------------------------------------------------------------------------------------------
// Encoding

const GB_LABELS = new Set(["gbk", "gb2312", "gb_2312", "gb_2312-80", "gb18030", "x-gbk", "cp936", "ms936", "windows-936", "euc-cn", "csgb2312", "chinese", "iso-ir-58", "csiso58gb231280"]);

/** The encoding a page names in its first 1024 bytes (<meta charset> or http-equiv), if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  const m = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : undefined;
}

function decodeHtml(bytes: Uint8Array, forced?: string): string {
  try {
    if (forced) return decode(bytes, forced).text;
    const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    const label = hasBom ? undefined : declaredCharset(bytes);
    if (label && !/^(utf-?8|unicode-1-1-utf-8)$/.test(label)) {
      // GBK and GB2312 are read as GB18030 (a superset; the 'gbk' label garbles four-byte characters).
      // A page that says GB2312 but whose bytes are valid UTF-8 with non-ASCII text was re-saved as
      // UTF-8 without fixing its meta tag: UTF-8 it is (GB text is practically never valid UTF-8).
      const gb = GB_LABELS.has(label);
      if (!(gb && isUtf8WithNonAscii(bytes))) {
        try {
          return decode(bytes, gb ? "gb18030" : label).text;
        } catch {
          // An unknown label or bytes that do not fit it: fall back to detection.
        }
      }
    }
    return decode(bytes).text;
  } catch (err) {
    if (err instanceof DecodeError) throw new DocumentError({ zh: `无法读取 HTML 文件（编码无法识别）：${err.zh}`, en: `cannot read the HTML file: ${err.message}` });
    throw err;
  }
}

function isUtf8WithNonAscii(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// The walker

/** One UTF-16 code unit of pending inline text, or a comment, with where it came from. */
interface Entry {
  /** A code unit; a whole comment `<!--…-->` for kind COMMENT. */
  ch: string;
  kind: number;
  /** Source range [s, e); s = -1: no source (synthetic). */
  s: number;
  e: number;
}
const CHAR = 0; // a character that stands for the source range [s, e) (a decoded entity, a collapsed space)
const VERBATIM = 1; // a character copied 1:1 from the source at s
const COMMENT = 2; // a whole comment; verbatim in the source when e - s is its length
const SPACE = 3; // a forced separator (a line break inside a table cell): becomes a space, never dropped
const PRE_CHAR = 4; // CHAR and VERBATIM inside <pre>: white space kept as it is
const PRE_VERBATIM = 5;

interface Context {
  pre: boolean;
  /** The entries of the table cell being read, or null outside data-table cells. */
  cell: Entry[] | null;
  /** Inside article/aside/main/nav/section (header and footer there are not page chrome). */
  sectioning: boolean;
  /** Inside a table (DOCX: paragraphs of tables are not counted as body paragraphs). */
  inTable: boolean;
  /** Elements above this point (bounded by MAX_DEPTH: the walker recurses). */
  depth: number;
}
const ROOT_CONTEXT: Context = { pre: false, cell: null, sectioning: false, inTable: false, depth: 0 };

const SKIP = new Set(["head", "title", "script", "style", "noscript", "template", "nav", "select", "datalist", "button", "iframe", "object", "embed", "svg", "math", "canvas", "audio", "video", "map", "dialog"]);
const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
  "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "listing", "main", "menu", "ol", "p",
  "plaintext", "pre", "section", "summary", "ul", "xmp", "table", "caption", "tr", "td", "th", "thead", "tbody", "tfoot", "search",
]);
const SECTIONING = new Set(["article", "aside", "main", "nav", "section"]);
/** Elements mammoth writes for a Word paragraph. */
const WORD_PARAGRAPH = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li"]);

class Walker {
  readonly builder = new RenderingBuilder();
  private line: Entry[] = [];
  /** What the last emitted line was: nothing yet, a paragraph line, or a row of table `lastTable`. */
  private last: "none" | "line" | "row" | "comment" = "none";
  private lastTable = -1;
  private tableSerial = 0;
  private paragraphs = 0;
  private dataTables = 0;
  /** Grid positions (real and covered) laid out so far, over all tables; bounded by `gridLimit`. */
  private gridPositions = 0;
  private readonly gridLimit: number;

  constructor(
    private readonly source: string,
    private readonly places: boolean,
  ) {
    // Without spans a page holds fewer positions than characters; spans may add a million more.
    this.gridLimit = GRID_LIMIT + source.length;
  }

  finish(): { builder: RenderingBuilder } {
    this.flushLine();
    if (this.last !== "none") this.builder.insert("\n");
    return { builder: this.builder };
  }

  walkChildren(node: { children: Nodes[] }, ctx: Context): void {
    for (const child of node.children) this.walk(child, ctx);
  }

  private walk(node: Nodes, ctx: Context): void {
    switch (node.type) {
      case "text":
        this.text(node, ctx);
        return;
      case "comment":
        this.comment(node, ctx);
        return;
      case "element":
        this.element(node, ctx);
        return;
      case "root":
        this.walkChildren(node, ctx);
        return;
      default:
        return; // doctype
    }
  }

  private sink(ctx: Context): Entry[] {
    return ctx.cell ?? this.line;
  }

  private element(el: Element, ctx: Context): void {
    const tag = el.tagName;
    if (ignored(el, ctx)) return;
    if (ctx.depth >= MAX_DEPTH) throw tooDeep();
    if (tag === "br") {
      if (ctx.cell) ctx.cell.push(synthetic(SPACE));
      else this.flushLine();
      return;
    }
    if (tag === "table" && !isLayoutTable(el)) {
      this.table(el, ctx);
      return;
    }
    const block = BLOCK.has(tag);
    if (block) this.blockBoundary(ctx);
    if (this.places && !ctx.inTable && !ctx.cell && WORD_PARAGRAPH.has(tag)) this.builder.mark({ zh: `段落 ${++this.paragraphs}`, en: `paragraph ${this.paragraphs}` });
    const inner: Context = {
      ...ctx,
      pre: ctx.pre || tag === "pre" || tag === "listing" || tag === "xmp" || tag === "plaintext" || tag === "textarea",
      sectioning: ctx.sectioning || SECTIONING.has(tag),
      inTable: ctx.inTable || tag === "table",
      depth: ctx.depth + 1,
    };
    this.walkChildren(el, inner);
    if (block) this.blockBoundary(ctx);
  }

  /** A block starts or ends: a new line (inside a table cell: a space). */
  private blockBoundary(ctx: Context): void {
    if (ctx.cell) ctx.cell.push(synthetic(SPACE));
    else this.flushLine();
  }

  private text(node: Text, ctx: Context): void {
    const entries = textEntries(node, this.source);
    if (!ctx.pre) {
      for (const entry of entries) this.sink(ctx).push(entry);
      return;
    }
    for (const entry of entries) {
      if (entry.ch === "\n" && !ctx.cell) {
        this.flushLine(true);
        continue;
      }
      // In a table cell a <pre> line break is white space like any other.
      this.sink(ctx).push(ctx.cell && isWhite(entry.ch) ? entry : { ...entry, kind: entry.kind === VERBATIM ? PRE_VERBATIM : PRE_CHAR });
    }
  }

  private comment(node: Comment, ctx: Context): void {
    if (ctx.cell || ctx.inTable) return; // a comment inside a table would split its rows
    const raw = `<!--${node.value}-->`;
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    const verbatim = s !== undefined && e !== undefined && this.source.slice(s, e) === raw;
    this.line.push({ ch: raw, kind: COMMENT, s: s ?? -1, e: verbatim ? e : (s ?? -1) });
  }

  // -- lines ------------------------------------------------------------------------------------

  /** Emit the pending inline content as paragraph lines (comments on their own line or at the end). */
  private flushLine(keepEmpty = false): void {
    const entries = this.line;
    this.line = [];
    if (!entries.length && !keepEmpty) return;
    // Split at comments: [text, comment, text, …].
    const parts: (Entry[] | Entry)[] = [];
    let cur: Entry[] = [];
    for (const entry of entries) {
      if (entry.kind === COMMENT) {
        parts.push(cur, entry);
        cur = [];
      } else cur.push(entry);
    }
    parts.push(cur);
    // Each text part collapsed once; restEmpty[i]: only comments and white space follow part i
    // (one backward pass, so a line of many comments stays linear).
    const collapsed = parts.map((p) => (Array.isArray(p) ? collapse(p) : null));
    const restEmpty: boolean[] = new Array(parts.length);
    let empty = true;
    for (let i = parts.length - 1; i >= 0; i--) {
      restEmpty[i] = empty;
      const c = collapsed[i];
      if (c && c.length) empty = false;
    }
    let open: Entry[] | null = null; // the collapsed text of the line being written
    const lines: Entry[][] = [];
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      const text = collapsed[i];
      if (!text) {
        // A comment: at the end of the current line when only comments and white space follow.
        if (open && restEmpty[i]) open.push(synthetic(CHAR), part as Entry);
        else {
          lines.push([part as Entry]);
          open = null;
        }
        continue;
      }
      if (text.length) {
        open = text;
        lines.push(open);
      }
    }
    for (const line of lines) this.emitLine(line, line.length === 1 && line[0].kind === COMMENT ? "comment" : "line");
  }

  /** Between two lines: a blank line, except between rows of one table and after a comment line
   * (reportlint-disable-next-line means the line right after it). */
  private separator(kind: "line" | "row", table: number): void {
    if (this.last === "none") return;
    const tight = (kind === "row" && this.last === "row" && this.lastTable === table) || this.last === "comment";
    this.builder.insert(tight ? "\n" : "\n\n");
  }

  private emitLine(entries: Entry[], kind: "line" | "row" | "comment", table = -1): void {
    this.separator(kind === "row" ? "row" : "line", table);
    this.emit(entries);
    this.last = kind;
    this.lastTable = table;
  }

  /** Append entries to the rendering: verbatim runs with copy, everything else with insert. */
  private emit(entries: Entry[]): void {
    let i = 0;
    while (i < entries.length) {
      const first = entries[i];
      let j = i + 1;
      let text = first.ch;
      if (first.kind === VERBATIM) {
        while (j < entries.length && entries[j].kind === VERBATIM && entries[j].s === entries[j - 1].s + 1) text += entries[j++].ch;
        this.builder.copy(text, first.s);
      } else if (first.kind === COMMENT) {
        if (first.s >= 0 && first.e - first.s === text.length) this.builder.copy(text, first.s);
        else if (first.s >= 0) this.builder.insert(text, first.s, first.e);
        else this.builder.insert(text);
      } else {
        while (j < entries.length && entries[j].kind === CHAR && entries[j].s === first.s && entries[j].e === first.e && first.s >= 0) text += entries[j++].ch;
        if (first.s >= 0) this.builder.insert(text, first.s, first.e);
        else this.builder.insert(text);
      }
      i = j;
    }
  }

  // -- tables -----------------------------------------------------------------------------------

  private table(table: Element, ctx: Context): void {
    this.flushLine();
    const id = this.tableSerial++;
    const number = ++this.dataTables;
    // Row groups: a rowspan ends at the end of its group (rowspan=0: spans to it), as in a browser.
    // Written thead first, then the bodies in order, tfoot last.
    const head: Element[][] = [];
    const body: Element[][] = [];
    const foot: Element[][] = [];
    let loose: Element[] | null = null; // <tr> directly in <table> (no parser puts them there, but a tree may)
    for (const child of table.children) {
      if (child.type !== "element" || ignored(child, ctx)) continue;
      if (child.tagName === "caption") {
        this.walk(child, { ...ctx, inTable: true, depth: ctx.depth + 1 });
        this.flushLine();
      } else if (child.tagName === "tr") {
        if (!loose) body.push((loose = []));
        loose.push(child);
        continue;
      } else if (child.tagName === "thead" || child.tagName === "tbody" || child.tagName === "tfoot") {
        const rows = child.children.filter((r): r is Element => r.type === "element" && r.tagName === "tr" && !ignored(r, ctx));
        (child.tagName === "thead" ? head : child.tagName === "tfoot" ? foot : body).push(rows);
      }
      loose = null;
    }
    let rowNumber = 0;
    for (const group of [...head, ...body, ...foot]) {
      for (const row of this.grid(group, ctx)) this.row(row, ++rowNumber, id, number);
    }
  }

  /**
   * Lay out one row group: each row's real cells with their column, and its width (covered
   * positions are not stored one by one: a span is an interval). Throws DocumentError when the
   * spans would lay out more positions than any report has (a small page can ask for billions).
   */
  private grid(rows: Element[], ctx: Context): GridRow[] {
    // occupied[r]: [start, end) intervals of row r covered by rowspans from the rows above.
    const occupied: [number, number][][] = rows.map(() => []);
    return rows.map((tr, r) => {
      const occ = occupied[r].sort((a, b) => a[0] - b[0]);
      let width = 0;
      for (const [, end] of occ) width = Math.max(width, end);
      const cells: GridCell[] = [];
      let c = 0;
      let k = 0;
      for (const td of tr.children) {
        if (td.type !== "element" || (td.tagName !== "td" && td.tagName !== "th") || ignored(td, ctx)) continue;
        // The first position at or after c no span from above covers.
        while (k < occ.length && occ[k][0] <= c) c = Math.max(c, occ[k++][1]);
        const colspan = clamp(Number(td.properties.colSpan ?? 1), 1, 1000, 1);
        const rowspan = clamp(Number(td.properties.rowSpan ?? 1), 0, 65534, 1);
        const down = rowspan === 0 ? rows.length - r : Math.min(rowspan, rows.length - r);
        this.gridPositions += colspan * down;
        if (this.gridPositions > this.gridLimit)
          throw new DocumentError({
            zh: `表格的合并单元格（colspan/rowspan）展开后超过 ${this.gridLimit} 个单元格位置，无法读取`,
            en: `the table's merged cells (colspan/rowspan) span more than ${this.gridLimit} grid positions; cannot read the page`,
          });
        const cell: Entry[] = [];
        this.walkChildren(td, { ...ctx, cell, inTable: true, depth: ctx.depth + 3 });
        cells.push({ c, entries: collapse(cell) });
        for (let dr = 1; dr < down; dr++) occupied[r + dr].push([c, c + colspan]);
        c += colspan;
        width = Math.max(width, c);
      }
      occupied[r] = []; // done with: let it go
      return { cells, width };
    });
  }

  /** Write one grid row: cells separated by tabs, a covered position as an empty cell. */
  private row(row: GridRow, rowNumber: number, id: number, number: number): void {
    const { cells, width } = row;
    if (width === 0) return;
    // A row of one empty cell would end the table in the rendering: leave it out.
    if (width === 1 && (cells.length === 0 || cells[0].entries.length === 0)) return;
    this.separator("row", id);
    const place = (column: number) => ({ zh: `表 ${number} 第 ${rowNumber} 行 第 ${column} 列`, en: `table ${number}, row ${rowNumber}, column ${column}` });
    // Every offset of the row names this row, even where its first positions are covered by a merge.
    if (this.places) this.builder.mark(place(1));
    // A position covered by a merged cell is written as an empty cell (what a merged cell looks
    // like when copied out of a page or Word), so rows keep their columns.
    let at = 0;
    for (const cell of cells) {
      this.builder.insert("\t".repeat(cell.c - at));
      at = cell.c;
      if (this.places) this.builder.mark(place(cell.c + 1));
      this.emit(cell.entries);
    }
    this.builder.insert("\t".repeat(width - 1 - at));
    this.last = "row";
    this.lastTable = id;
  }
}

/** A real cell of a grid row: its first column and its collapsed text. */
interface GridCell {
  c: number;
  entries: Entry[];
}
interface GridRow {
  cells: GridCell[];
  width: number;
}

/** Grid positions a page may lay out beyond its own length (see Walker.gridLimit). */
const GRID_LIMIT = 1_000_000;


function clamp(n: number, min: number, max: number, fallback: number): number {
  if (!Number.isFinite(n)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(n)));
}

function synthetic(kind: number, ch = " "): Entry {
  return { ch, kind, s: -1, e: -1 };
}

/** Not report text: page chrome, hidden elements, things a reader never sees as text. */
function ignored(el: Element, ctx: Context): boolean {
  const tag = el.tagName;
  if (SKIP.has(tag)) return true;
  const props = el.properties;
  if (props.hidden !== undefined && props.hidden !== false && props.hidden !== null) return true;
  if (typeof props.style === "string" && /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)\s*(!important\s*)?(;|$)/i.test(props.style)) return true;
  const role = typeof props.role === "string" ? props.role.toLowerCase().trim().split(/\s+/)[0] : "";
  if (role === "navigation" || role === "banner" || role === "contentinfo" || role === "search") return true;
  if (tag === "input" && String(props.type).toLowerCase() === "hidden") return true;
  // <header> and <footer> of the page itself (not of an article or section) are the site's banner and footer.
  if ((tag === "header" || tag === "footer") && !ctx.sectioning && !role) return true;
  return false;
}

/** A table used for layout: one of its own cells holds another table. Its cells are read as blocks. */
function isLayoutTable(table: Element): boolean {
  const stack: Nodes[] = table.children.slice();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type !== "element") continue;
    if (n.tagName === "table") return true;
    for (const child of n.children) stack.push(child);
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Text nodes → entries, aligned with the source


/**
 * The characters of a text node, each with its place in the source. The node's value differs from
 * its source slice where the parser decoded a character reference (&amp; &nbsp; &#x4e2d;) or
 * normalized a line ending (\r\n → \n); the two are walked together so the characters after an
 * entity still point at the right column.
 */
function textEntries(node: Text, source: string): Entry[] {
  const value = node.value;
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const out: Entry[] = [];
  if (start === undefined || end === undefined) {
    for (const ch of value) for (const unit of splitUnits(ch)) out.push({ ch: unit, kind: CHAR, s: -1, e: -1 });
    return out;
  }
  let i = 0;
  let j = start;
  while (i < value.length) {
    if (j >= end) {
      // The source ran out before the value (should not happen): the rest stands for the end.
      for (; i < value.length; i++) out.push({ ch: value[i], kind: CHAR, s: end, e: end });
      break;
    }
    const sc = source[j];
    const vc = value[i];
    if (sc === "\r") {
      if (source[j + 1] === "\n") {
        j++; // \r\n → \n: the \n is copied next
        continue;
      }
      out.push({ ch: vc, kind: CHAR, s: j, e: j + 1 }); // a lone \r became \n
      i++;
      j++;
      continue;
    }
    if (sc === "&") {
      const ref = referenceAt(source, j);
      if (ref && j + ref.length <= end && value.startsWith(ref.value, i)) {
        for (let k = 0; k < ref.value.length; k++) out.push({ ch: value[i + k], kind: CHAR, s: j, e: j + ref.length });
        i += ref.value.length;
        j += ref.length;
        continue;
      }
    }
    if (sc === vc) {
      out.push({ ch: vc, kind: VERBATIM, s: j, e: j + 1 });
      i++;
      j++;
      continue;
    }
    if (sc === "\0") {
      // The parser drops a NUL in text, or (in some contexts) replaces it with U+FFFD.
      if (vc === "\uFFFD") {
        out.push({ ch: vc, kind: CHAR, s: j, e: j + 1 });
        i++;
      }
      j++;
      continue;
    }
    // Lost track (a parser normalization we do not model, e.g. NUL → U+FFFD): the rest of the
    // value stands for the rest of the node's source.
    for (; i < value.length; i++) out.push({ ch: value[i], kind: CHAR, s: j, e: end });
    break;
  }
  return out;
}

function splitUnits(ch: string): string[] {
  return ch.length === 1 ? [ch] : [ch[0], ch[1]];
}

let referenceValue = "";
const referenceDecoder = new HtmlEntityDecoder((cp) => {
  // Called once per code point (a named reference may give two); numeric ones may be above U+FFFF.
  referenceValue += String.fromCodePoint(cp);
});

/**
 * The character reference at source[j] (an &) read as the parser reads one in text: how many
 * source characters it spans and what it decodes to (&#x20000; → two UTF-16 units, &#0; → U+FFFD,
 * &nbsp2021 → U+00A0 and the digits left as they are). Null when the & is literal text.
 */
function referenceAt(source: string, j: number): { length: number; value: string } | null {
  referenceValue = "";
  referenceDecoder.startEntity(DecodingMode.Legacy);
  let length = referenceDecoder.write(source, j + 1);
  if (length < 0) length = referenceDecoder.end();
  return length > 0 ? { length, value: referenceValue } : null;
}

// ---------------------------------------------------------------------------------------------
// White space

const isWhite = (ch: string): boolean => ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\f";

/** Chinese (and other East Asian wide) characters and punctuation: a line break between two vanishes. */
function isCjk(entries: Entry[], index: number): boolean {
  const code = entries[index]?.ch.charCodeAt(0);
  if (code === undefined || entries[index].kind === COMMENT) return false;
  if (code >= 0xdc00 && code <= 0xdfff) {
    // The low half of a supplementary character: CJK extension B and later live in planes 2 and 3.
    const high = entries[index - 1]?.ch.charCodeAt(0) ?? 0;
    return high >= 0xd840 && high <= 0xd8bf;
  }
  if (code >= 0xd840 && code <= 0xd8bf) return true;
  return (
    (code >= 0x2e80 && code <= 0x9fff) || // radicals, CJK punctuation (、。「」), kana, CJK ideographs
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef) || // full-width forms (，：；（）)
    (code >= 0x2018 && code <= 0x201d) || // “ ” ‘ ’ as used in Chinese text
    code === 0x2026 ||
    code === 0x2014
  );
}

/**
 * Collapse white space as a browser does for one line (or one table cell): runs become one space,
 * none at either end; a run that holds a line break between two Chinese characters vanishes.
 * Forced separators (SPACE) always give a space; <pre> characters are kept as they are.
 */
function collapse(entries: Entry[]): Entry[] {
  const out: Entry[] = [];
  let i = 0;
  while (i < entries.length) {
    const entry = entries[i];
    const white = entry.kind === SPACE || ((entry.kind === CHAR || entry.kind === VERBATIM) && isWhite(entry.ch));
    if (!white) {
      out.push(entry);
      i++;
      continue;
    }
    let j = i;
    let forced = false;
    let lineBreak = false;
    while (j < entries.length && (entries[j].kind === SPACE || ((entries[j].kind === CHAR || entries[j].kind === VERBATIM) && isWhite(entries[j].ch)))) {
      if (entries[j].kind === SPACE) forced = true;
      else if (entries[j].ch === "\n" || entries[j].ch === "\r") lineBreak = true;
      j++;
    }
    const atStart = out.length === 0;
    const atEnd = j >= entries.length;
    if (!atStart && !atEnd && (forced || !(lineBreak && isCjk(entries, i - 1) && isCjk(entries, j)))) {
      const run = entries.slice(i, j).filter((e) => e.s >= 0);
      if (j - i === 1 && entry.kind === VERBATIM && entry.ch === " ") out.push(entry);
      else if (run.length) out.push({ ch: " ", kind: CHAR, s: run[0].s, e: run[run.length - 1].e });
      else out.push(synthetic(CHAR));
    }
    i = j;
  }
  // <pre> characters were kept out of collapsing by their kind: give them their plain kind back.
  return out.map((e) => (e.kind === PRE_CHAR ? { ...e, kind: CHAR } : e.kind === PRE_VERBATIM ? { ...e, kind: VERBATIM } : e));
}
