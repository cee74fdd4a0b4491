// PDF → RenderedDocument. pdf.js (the serverless build bundled by unpdf) gives positioned text
// items per page; this module rebuilds what the report's author typed:
// - lines: items grouped by baseline (tolerance: 40% of the font size), ordered by x;
// - cells: inside a line, a gap wider than one character of the font separates table cells;
// - tables: consecutive lines with two or more cells are table rows (a one-cell line between two
//   rows whose text starts at one of the table's columns is a row too); the columns are the
//   clustered x positions where cells start, so empty and merged cells come back as empty fields;
// - paragraphs: a line continues the previous one when that one ran to the right edge of the text
//   and this one starts at the left edge (not indented) and does not start a numbered heading (一、
//   （一） 1. 第一条 …), on the same page or from the last line of one page to the first of the next;
// - running headers and footers: the first and last line of a page are dropped when they are a
//   page number (— 3 —, - 3 -, 3, 第 3 页, 第 3 页 共 5 页, 3/5, Page 3 of 5) set apart from the body
//   by more than two font heights, or when the same line (digits ignored) opens or closes at least half of
//   the pages (two or more);
// - spaces between two Chinese characters (which pdf.js inserts for spaced-out text) are removed.
// Places: 第 N 页 / page N. Chinese fonts that are not embedded (STSong-Light with UniGB-UCS2-H,
// common in government PDFs) need Adobe's CMaps, shipped in data/cmaps (see its README).
import { getDocumentProxy, getResolvedPDFJS } from "unpdf";
import { join } from "node:path";
import { packageRoot } from "../gazetteer/load.js";
import { DocumentError } from "./index.js";
import { limitError, type DocumentLimits } from "./limits.js";
import { RenderingBuilder, type RenderedDocument } from "./rendering.js";
import { distinct, findTables, nearest, toLines, type GridCell, type PageTable, type Segment } from "./pdf-tables.js";

export interface PdfOptions {
  /** Folder of the packed CMaps (*.bcmap); default data/cmaps of the package. For tests. */
  cMapDir?: string;
  /** Only `pages` is checked here (the others: renderDocument, renderIsolated). */
  limits?: Pick<DocumentLimits, "pages">;
}

/** Where pdf.js fetches the CMaps from instead of data/cmaps (a browser page: a URL of its own origin). */
let cMapUrl: string | undefined;
export function setCMapUrl(url: string | undefined): void {
  cMapUrl = url;
}

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Cell {
  text: string;
  x: number;
  end: number;
}

interface Line {
  page: number;
  y: number;
  size: number;
  x: number;
  end: number;
  cells: Cell[];
  /** Set when the line is a table row. */
  row?: boolean;
  /** A table found from the page's ruling lines (then `cells` is empty and y is its top). */
  table?: PageTable;
}

interface Page {
  items: Item[];
  segments: Segment[];
}

const SCAN_MESSAGE = {
  zh: "该 PDF 没有文字层（可能是扫描件），无法检查；请提供可复制文字的 PDF 或 Word 文件",
  en: "The PDF has no text layer (it may be a scan) and cannot be checked; provide a PDF with selectable text or a Word file",
};

/** Bytes of a PDF → its plain-text rendering with page places. Throws DocumentError. */
export async function renderPdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<RenderedDocument> {
  const pages = await readPages(bytes, options);
  if (!pages.some((p) => p.items.length)) throw new DocumentError(SCAN_MESSAGE);
  const lines = dropRunningLines(pages.map((p, i) => pageEntries(p, i + 1)));
  const notes: string[] = [];
  const empty = pages.map((p, i) => (p.items.length ? 0 : i + 1)).filter((n) => n > 0);
  if (empty.length)
    notes.push(
      `第 ${empty.join("、")} 页没有文字层（可能是扫描页），未检查 page${empty.length > 1 ? "s" : ""} ${empty.join(", ")} ha${empty.length > 1 ? "ve" : "s"} no text layer (a scan?) and ${empty.length > 1 ? "were" : "was"} not checked`,
    );
  return { format: "pdf", ...write(lines), ...(notes.length ? { notes } : {}) };
}

/**
 * pdf.js 5 reads embedded fonts with ArrayBuffer.prototype.transferToFixedLength (ES2024), which
 * Node 20 lacks: without it a page's operator list stops at the first text and its ruling lines are
 * lost. The standard method, for runtimes without it (a copy instead of a transfer: same contents).
 */
function ensureTransferToFixedLength(): void {
  const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (n?: number) => ArrayBuffer };
  if (typeof proto.transferToFixedLength === "function") return;
  Object.defineProperty(proto, "transferToFixedLength", {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length = this.byteLength) {
      const copy = new ArrayBuffer(length);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
      return copy;
    },
  });
}

/** The text items (whitespace-only items left out) and the ruling segments of every page. */
async function readPages(bytes: Uint8Array, options: PdfOptions): Promise<Page[]> {
  ensureTransferToFixedLength();
  let doc: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    doc = await getDocumentProxy(new Uint8Array(bytes), {
      cMapUrl: cMapUrl && !options.cMapDir ? cMapUrl : dirUrl(options.cMapDir ?? join(packageRoot(), "data/cmaps")),
      cMapPacked: true,
      // Text only: no fonts are loaded for drawing, no standard font data is needed.
      disableFontFace: true,
      useSystemFonts: false,
      standardFontDataUrl: undefined,
      isEvalSupported: false,
      // pdf.js must not print warnings while linting: errors only.
      verbosity: 0,
    });
  } catch (e) {
    throw openError(e);
  }
  if (options.limits && doc.numPages > options.limits.pages) {
    await doc.destroy();
    throw limitError(`PDF 页数过多（${doc.numPages} 页，上限 ${options.limits.pages}）`, `the PDF has too many pages (${doc.numPages}, limit ${options.limits.pages})`, "pages");
  }
  try {
    const { OPS } = await getResolvedPDFJS();
    const pages: Page[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const it of content.items) {
        if (!("str" in it) || !it.str.trim()) continue;
        const [a, b, c, d, x, y] = it.transform as number[];
        const size = Math.hypot(c, d) || Math.hypot(a, b) || it.height || 1;
        items.push({ str: unifyRadicals(it.str), x, y, width: it.width, size });
      }
      // The drawing is read only where a table may be (a third of the time of a page): a page with
      // rows of cells, or the page after one that draws a grid's worth of lines (a table's rest may
      // be one cell).
      const wanted = items.length > 0 && (rowsOfCells(items) >= 2 || (pages.length > 0 && pages[pages.length - 1].segments.length >= 8));
      const segments = wanted ? pageSegments(await page.getOperatorList(), OPS) : [];
      pages.push({ items, segments });
      page.cleanup();
    }
    return pages;
  } catch (e) {
    throw openError(e);
  } finally {
    await doc.destroy();
  }
}

// The CJK radical characters that simplified characters are often mapped back to (the PDF's
// ToUnicode table gives the radical of a glyph that a font shares between the radical and the
// character: Chromium's PDFs with Noto CJK give ⼯ for 工, ⻓ for 长). NFKC maps the Kangxi radicals
// (U+2F00–U+2FD5) and two supplement radicals; these are the other supplement radicals that stand
// for a simplified character.
const RADICAL_SUPPLEMENT: Record<string, string> = {
  "\u2ea0": "民", "\u2ec5": "见", "\u2ec6": "角", "\u2ec9": "贝", "\u2ecb": "车", "\u2ed3": "长", "\u2ed4": "门",
  "\u2ed9": "韦", "\u2eda": "页", "\u2edb": "风", "\u2edc": "飞", "\u2ee2": "马", "\u2ee3": "骨", "\u2ee9": "黄",
  "\u2eeb": "齐", "\u2eee": "齿", "\u2ef0": "龙",
};

/** Radicals → the characters they stand for (same length: one UTF-16 unit each way). */
function unifyRadicals(s: string): string {
  return /[\u2e80-\u2fdf]/.test(s) ? s.replace(/[\u2e80-\u2fdf]/g, (ch) => RADICAL_SUPPLEMENT[ch] ?? ch.normalize("NFKC")) : s;
}

/** pdf.js wants a folder URL ending in "/"; in Node it reads it with fs, so a path with / works everywhere. */
function dirUrl(dir: string): string {
  const p = dir.replace(/\\/g, "/");
  return p.endsWith("/") ? p : p + "/";
}

// ---- ruling lines ----

/** How many lines of the page have two or more cells (items more than a character apart). */
function rowsOfCells(items: Item[]): number {
  let rows = 0;
  for (const line of toLines(items)) {
    for (let k = 1; k < line.length; k++)
      if (line[k].x - (line[k - 1].x + line[k - 1].width) > Math.max(line[k].size, line[k - 1].size)) {
        rows++;
        break;
      }
    if (rows >= 2) break;
  }
  return rows;
}

/** More segments than this on a page is a drawing, not a table: its lattice is not searched. */
const MAX_SEGMENTS = 4000;
/**
 * A filled rectangle thinner than this (points) is a line at its middle: borders drawn as thin
 * rectangles (Chromium) and thick borders alike; no table cell is this thin.
 */
const THIN = 5;

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
/** A matrix as pdf.js passes it (an array or a typed array of six numbers). */
const asMatrix = (m: unknown): Matrix | undefined =>
  m && typeof m === "object" && (m as ArrayLike<number>).length === 6 ? (Array.from(m as ArrayLike<number>) as Matrix) : undefined;

/**
 * The axis-aligned lines a page draws, in page space: stroked straight segments, and filled
 * rectangles — a thin one is a line (Chromium and some exports draw borders so), a larger
 * non-white one gives its four sides (a shaded cell). Curves, clipping paths and white fills (a
 * page background) are left out. The transformation matrix and the fill colour are part of the
 * graphics state that q/Q and form XObjects save and restore.
 */
function pageSegments(ops: { fnArray: number[]; argsArray: unknown[] }, OPS: Record<string, number>): Segment[] {
  const segments: Segment[] = [];
  let state = { ctm: [1, 0, 0, 1, 0, 0] as Matrix, white: false };
  const stack: Array<typeof state> = [];
  const isWhite = (arg: unknown) => typeof arg === "string" && /^#f{6}$/i.test(arg);
  for (let i = 0; i < ops.fnArray.length && segments.length <= MAX_SEGMENTS; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push({ ...state });
    else if (fn === OPS.restore) state = stack.pop() ?? state;
    else if (fn === OPS.transform) {
      const m = asMatrix(args);
      if (m) state.ctm = multiply(state.ctm, m);
    } else if (fn === OPS.paintFormXObjectBegin) {
      stack.push({ ...state });
      const m = asMatrix(args?.[0]);
      if (m) state.ctm = multiply(state.ctm, m);
    } else if (fn === OPS.paintFormXObjectEnd) state = stack.pop() ?? state;
    else if (fn === OPS.setFillRGBColor || fn === OPS.setFillGray || fn === OPS.setFillCMYKColor) state.white = isWhite(args?.[0]);
    else if (fn === OPS.constructPath) {
      const [paint, [data]] = args as [number, [ArrayLike<number> | null]];
      if (!data || paint === OPS.endPath) continue;
      const stroke = paint === OPS.stroke || paint === OPS.closeStroke || paint === OPS.fillStroke || paint === OPS.eoFillStroke || paint === OPS.closeFillStroke || paint === OPS.closeEOFillStroke;
      const fill = !stroke && !state.white && (paint === OPS.fill || paint === OPS.eoFill);
      if (stroke || fill) pathSegments(data, state.ctm, stroke, segments);
    }
  }
  return segments.length > MAX_SEGMENTS ? [] : segments;
}

/** One path (pdf.js's DrawOPS: 0 moveTo, 1 lineTo, 2 curveTo, 3 quadraticCurveTo, 4 closePath) → segments. */
function pathSegments(data: ArrayLike<number>, m: Matrix, stroke: boolean, out: Segment[]): void {
  const at = (x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
  let points: Array<[number, number]> = [];
  const flush = (closed: boolean) => {
    if (points.length >= 2) {
      if (stroke) {
        for (let k = 1; k < points.length; k++) out.push({ x0: points[k - 1][0], y0: points[k - 1][1], x1: points[k][0], y1: points[k][1] });
        if (closed) out.push({ x0: points[points.length - 1][0], y0: points[points.length - 1][1], x1: points[0][0], y1: points[0][1] });
      } else {
        // Bounds by a loop: a path may have hundreds of thousands of points (a map).
        let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
        for (const [x, y] of points) {
          if (x < x0) x0 = x;
          if (x > x1) x1 = x;
          if (y < y0) y0 = y;
          if (y > y1) y1 = y;
        }
        if (y1 - y0 <= THIN) out.push({ x0, y0: (y0 + y1) / 2, x1, y1: (y0 + y1) / 2 });
        else if (x1 - x0 <= THIN) out.push({ x0: (x0 + x1) / 2, y0, x1: (x0 + x1) / 2, y1 });
        else if (points.length <= 5)
          out.push({ x0, y0, x1, y1: y0 }, { x0, y0: y1, x1, y1 }, { x0, y0, x1: x0, y1 }, { x0: x1, y0, x1, y1 });
      }
    }
    points = [];
  };
  for (let n = 0; n < data.length; ) {
    const op = data[n++];
    if (op === 0) {
      flush(false);
      points.push(at(data[n++], data[n++]));
    } else if (op === 1) points.push(at(data[n++], data[n++]));
    else if (op === 2) {
      flush(false);
      n += 6;
    } else if (op === 3) {
      flush(false);
      n += 4;
    } else if (op === 4) flush(true);
    else break;
  }
  flush(false);
}

function openError(e: unknown): DocumentError {
  const name = (e as { name?: string } | null)?.name ?? "";
  const detail = e instanceof Error ? e.message : String(e);
  if (name === "PasswordException")
    return new DocumentError({ zh: "该 PDF 有密码保护，无法读取；请提供未加密的文件", en: "The PDF is password-protected and cannot be read; provide an unencrypted file" });
  return new DocumentError({ zh: `无法读取 PDF 文件（文件可能已损坏或不完整）：${detail}`, en: `not a valid PDF file (damaged or truncated?): ${detail}` });
}

// ---- lines and cells ----

/** A page → its tables (from the ruling lines) and the lines of its other text, top to bottom. */
function pageEntries(p: Page, page: number): Line[] {
  const { tables, rest } = findTables(p.segments, p.items, cellText);
  const entries = pageLines(rest, page);
  for (const table of tables) entries.push({ page, y: table.y1, size: 0, x: table.x0, end: table.x1, cells: [], table });
  return entries.sort((a, b) => b.y - a.y);
}

/** The text of a table cell: its lines joined, as a label that wraps inside its cell was typed. */
function cellText(lines: Item[][]): string {
  let out = "";
  for (const line of lines) {
    const text = itemsText(line);
    if (!text) continue;
    out += (/[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(text) ? " " : "") + text;
  }
  return out;
}

/**
 * Letter-spaced text (a title spread out with character spacing, a line set in distributed
 * alignment): pdf.js puts a space between every two glyphs, digits too (东 湖 2 0 2 1 年) — a run
 * with one character between any two spaces.
 */
function isLetterSpaced(str: string): boolean {
  const glyphs = str.trim().split(/ +/);
  return glyphs.length >= 2 && glyphs.every((g) => [...g].length === 1);
}

/**
 * Items of one line → its text: a space between two Latin words, none next to a Chinese
 * character. In a line whose Chinese is letter-spaced, a run of spaced-out digits is one number
 * (2 0 2 1 → 2021), as a row of numbers (0 0 0) in a line without spaced-out Chinese is not.
 */
function itemsText(parts: Item[]): string {
  const spacedLine = parts.some((p) => isLetterSpaced(p.str) && [...p.str.replace(/ /g, "")].filter((ch) => CJK_CHAR.test(ch)).length >= 2);
  let joined = "";
  parts.forEach((p, k) => {
    const str = spacedLine && isLetterSpaced(p.str) ? p.str.trim().replace(/ +/g, "") : itemText(p);
    // pdf.js gives a gap between two items as a separate " " item (left out): put a space back
    // between two Latin words, none next to a Chinese character.
    const gap = k ? p.x - (parts[k - 1].x + parts[k - 1].width) : 0;
    if (gap > 0.2 * p.size && /[^\s]$/.test(joined) && !CJK_CHAR.test(joined[joined.length - 1]) && !CJK_CHAR.test(str[0] ?? "")) joined += " ";
    joined += str;
  });
  return joined.replace(/[ \t\u00a0]+/g, " ").trim();
}

/** Items of one page → lines from top to bottom, each split into cells. */
function pageLines(items: Item[], page: number): Line[] {
  return toLines(items).map((g) => {
    const cells: Cell[] = [];
    let parts: Item[] = [];
    const flush = () => {
      if (!parts.length) return;
      const text = itemsText(parts);
      const last = parts[parts.length - 1];
      if (text) cells.push({ text, x: parts[0].x, end: last.x + last.width });
      parts = [];
    };
    for (const it of g) {
      const prev = parts[parts.length - 1];
      if (prev && it.x - (prev.x + prev.width) > Math.max(prev.size, it.size)) flush();
      parts.push(it);
    }
    flush();
    const size = g.reduce((m, i) => Math.max(m, i.size), -Infinity);
    return { page, y: g[0].y, size, x: cells[0]?.x ?? 0, end: cells[cells.length - 1]?.end ?? 0, cells };
  }).filter((l) => l.cells.length);
}

// Chinese characters and the punctuation used with them.
const CJK = "\\u2014\\u2018-\\u201d\\u2026\\u2e80-\\u2fff\\u3000-\\u303f\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uffef";
const CJK_CHAR = new RegExp(`[${CJK}]`);
const CJK_SPACE = new RegExp(`(?<=[${CJK}])[ \\u00a0]+(?=[${CJK}])`, "g");
const CJK_PAIR = new RegExp(`[${CJK}](?=[${CJK}])`, "g");

/**
 * An item's text without the spaces pdf.js inserts between Chinese characters. pdf.js writes a
 * space wherever glyphs stand more than about a tenth of an em apart, so letter-spaced (政 府 信 息)
 * or loosely justified text comes out with spaces that are not in the document. Such a space is
 * removed when the item's spaces take up less width than a real space glyph would (under 0.2 em
 * each), or when every junction of two Chinese characters has one (the text is letter-spaced);
 * a space typed in the document (a blank left for a missing number: 公开信息 条) stays.
 */
function itemText(it: Item): string {
  const str = it.str;
  if (isLetterSpaced(str) && [...str.replace(/ /g, "")].filter((ch) => CJK_CHAR.test(ch)).length >= 2) return str.replace(/ +/g, "");
  const spaces = str.match(CJK_SPACE)?.length ?? 0;
  if (!spaces) return str;
  const bare = str.replace(/\s+/g, "");
  const em = [...bare].reduce((w, ch) => w + (CJK_CHAR.test(ch) ? 1 : 0.5), 0);
  const perSpace = (it.width - em * it.size) / spaces / it.size;
  const junctions = spaces + (str.match(CJK_PAIR)?.length ?? 0);
  return perSpace < 0.2 || (spaces >= 2 && spaces === junctions) ? str.replace(CJK_SPACE, "") : str;
}

// ---- running headers and footers ----

const PAGE_NUMBER = /^(?:[-—–－_·•\s]*(?:第\s*)?\d+(?:\s*页)?(?:\s*[/／]\s*\d+|\s*[，,]?\s*共\s*\d+\s*页)?[-—–－_·•\s]*|page\s+\d+(?:\s+of\s+\d+)?)$/i;

function lineText(l: Line): string {
  // A table is never a running header or footer, nor part of a paragraph.
  if (l.table) return "\u0000table";
  return l.cells.map((c) => c.text).join(" ");
}

/**
 * Every page's lines without its running header and footer (see the head of this file): a page
 * number set apart from the body, or a line (digits ignored) that opens or closes at least half of
 * the pages, two or more.
 */
function dropRunningLines(pages: Line[][]): Line[] {
  const counts = new Map<string, number>();
  const key = (edge: string, l: Line) => `${edge}:${lineText(l).replace(/\d+/g, "#")}`;
  for (const lines of pages) {
    if (!lines.length) continue;
    const top = key("top", lines[0]);
    const bottom = key("bottom", lines[lines.length - 1]);
    counts.set(top, (counts.get(top) ?? 0) + 1);
    if (lines.length > 1) counts.set(bottom, (counts.get(bottom) ?? 0) + 1);
  }
  const running = (edge: string, l: Line) => {
    const n = counts.get(key(edge, l)) ?? 0;
    return n >= 2 && n * 2 >= pages.length;
  };
  return pages.flatMap((lines) =>
    lines.filter((l, i) => {
      if (l.table) return true;
      const edge = i === 0 ? "top" : i === lines.length - 1 ? "bottom" : undefined;
      if (!edge) return true;
      const neighbour = lines[edge === "top" ? i + 1 : i - 1];
      const apart = !neighbour || Math.abs(neighbour.y - l.y) > 2 * Math.max(l.size, neighbour.size);
      if (apart && PAGE_NUMBER.test(lineText(l))) return false;
      return !running(edge, l);
    }),
  );
}

// ---- blocks ----

const HEADING = /^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百]+[)）]|\d+[.、．]|[（(]\d+[)）]|第[一二三四五六七八九十百\d]+[章节条部分])/;

function write(lines: Line[]): Pick<RenderedDocument, "text" | "placeAt" | "map"> {
  markRows(lines);
  const text = lines.filter((l) => !l.row && !l.table);
  const left = text.reduce((m, l) => Math.min(m, l.x), Infinity);
  const right = text.reduce((m, l) => Math.max(m, l.end), -Infinity);
  const body = bodySize(text);
  // Where a title stands: the first lines of the first page.
  const titleZone = new Set(text.filter((l) => l.page === 1).slice(0, 3));
  const out = new RenderingBuilder();
  let i = 0;
  let first = true;
  while (i < lines.length) {
    if (!first) out.insert("\n\n");
    first = false;
    if (lines[i].table) {
      let j = i + 1;
      while (j < lines.length && lines[j].table && continuesTable(lines[j - 1], lines[j], lines)) j++;
      writeGrid(out, lines.slice(i, j));
      i = j;
      continue;
    }
    if (lines[i].row) {
      let j = i;
      while (j < lines.length && lines[j].row) j++;
      writeTable(out, lines.slice(i, j));
      i = j;
      continue;
    }
    // A paragraph: this line and the lines that continue it.
    const start = lines[i];
    out.mark(pagePlace(start.page));
    let s = lineText(start);
    let prev = start;
    i++;
    while (i < lines.length && continues(prev, lines[i], left, right, body, titleZone)) {
      const next = lineText(lines[i]);
      s += (/[A-Za-z0-9]$/.test(s) && /^[A-Za-z0-9]/.test(next) ? " " : "") + next;
      prev = lines[i++];
    }
    out.insert(s);
  }
  out.insert("\n");
  return { text: out.text, placeAt: (offset: number) => out.placeAt(offset), map: out.map };
}

/** The font size most lines of text have (the body's). */
function bodySize(lines: Line[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) counts.set(Math.round(l.size), (counts.get(Math.round(l.size)) ?? 0) + 1);
  let best = 0;
  let most = 0;
  for (const [size, n] of counts) if (n > most) [best, most] = [size, n];
  return best;
}

function continues(prev: Line, line: Line, left: number, right: number, body: number, titleZone: Set<Line>): boolean {
  if (line.row || line.table) return false;
  // The last line of a page goes on in the first line of the next one (running headers and
  // footers are gone by now); otherwise a paragraph stays on its page.
  const nextPage = line.page === prev.page + 1;
  if (line.page !== prev.page && !nextPage) return false;
  const size = Math.max(prev.size, line.size);
  if (Math.abs(prev.size - line.size) > 0.2 * size) return false;
  if (!nextPage && prev.y - line.y > 2.2 * size) return false; // a blank line between them
  // A centred line that filled the width (a long title: at the top of the first page, or in a font
  // larger than the body's) goes on in the centred line below it, on the same page.
  const centred = (l: Line) => Math.abs((l.x + l.end) / 2 - (left + right) / 2) <= size;
  if (!nextPage && (titleZone.has(prev) || prev.size >= 1.15 * body) && centred(prev) && centred(line) && line.x > left + 2 * size && prev.end - prev.x >= right - left - 3 * size)
    return !HEADING.test(lineText(line));
  if (prev.end < right - 4 * size) return false; // the previous line stopped short (more than a moved word): paragraph end
  if (line.x > left + 0.5 * size) return false; // indented: a new paragraph
  return !HEADING.test(lineText(line));
}

/** Marks table rows: runs of two or more lines with two or more cells, with one-cell lines inside that start at a column. */
function markRows(lines: Line[]): void {
  const multi = (l: Line | undefined) => !!l && l.cells.length >= 2;
  lines.forEach((l, i) => {
    if (multi(l) && (multi(lines[i - 1]) || multi(lines[i + 1]))) l.row = true;
  });
  lines.forEach((l, i) => {
    if (l.row || l.cells.length !== 1) return;
    const prev = lines[i - 1];
    let k = i + 1;
    while (k < lines.length && !lines[k].row && lines[k].cells.length === 1) k++;
    const next = lines[k];
    if (!prev?.row || !next?.row) return;
    const starts = [...prev.cells, ...next.cells].map((c) => c.x);
    for (let m = i; m < k; m++) if (starts.some((x) => Math.abs(x - lines[m].x) <= 0.6 * lines[m].size)) lines[m].row = true;
  });
  // A one-cell line just above the first row or below the last (a heading row such as 第二十条第（一）项
  // whose other cells are empty) is a row when it sits on the table's grid: same font size, the
  // rows' spacing, starting at a column.
  const onGrid = (l: Line | undefined, row: Line, other: Line | undefined) => {
    if (!l || l.row || l.cells.length !== 1 || !other?.row || l.page !== row.page || other.page !== row.page) return false;
    if (Math.abs(l.size - row.size) > 0.1 * row.size) return false;
    if (Math.abs(Math.abs(l.y - row.y) - Math.abs(row.y - other.y)) > 0.2 * row.size) return false;
    return row.cells.some((c) => Math.abs(c.x - l.x) <= 0.6 * l.size);
  };
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].row) continue;
    let j = i;
    while (j + 1 < lines.length && lines[j + 1].row) j++;
    for (let k = i; onGrid(lines[k - 1], lines[k], lines[k + 1]); k--) lines[k - 1].row = true;
    for (let k = j; onGrid(lines[k + 1], lines[k], lines[k - 1]); k++) lines[k + 1].row = true;
    i = j + 1;
  }
}

/**
 * Table rows without ruling lines ("stream") → tab-separated lines on the table's grid (the
 * clustered x positions where cells start). A cell that wraps inside a borderless table cannot be
 * told from a row of its own (the widest label of a column fills it just as a wrapped one does):
 * each line stays a row.
 */
function writeTable(out: RenderingBuilder, rows: Line[]): void {
  const size = rows.reduce((m, r) => Math.min(m, r.size), Infinity);
  const starts = rows.flatMap((r) => r.cells.map((c) => c.x)).sort((a, b) => a - b);
  const columns: number[] = [];
  for (const x of starts) if (!columns.length || x - columns[columns.length - 1] > 0.6 * size) columns.push(x);
  // Cluster by the first start of each run: a column is where its first cell starts.
  const columnOf = (x: number) => {
    let c = 0;
    for (let k = 0; k < columns.length; k++) if (columns[k] <= x + 0.6 * size) c = k;
    return c;
  };
  rows.forEach((r, i) => {
    if (i) out.insert("\n");
    out.mark(pagePlace(r.page));
    const fields: string[] = Array(columns.length).fill("");
    for (const c of r.cells) {
      const k = columnOf(c.x);
      fields[k] = fields[k] ? `${fields[k]} ${c.text}` : c.text;
    }
    out.insert(fields.join("\t"));
  });
}

// ---- tables from ruling lines ----

/**
 * A table that ends its page goes on in a table that starts the next one when both have the same
 * outer edges and one's column lines are among the other's (Word keeps a table's grid across pages;
 * a part without sub-label rows just draws fewer of its lines): the last entry of one page, the
 * first of the next.
 */
function continuesTable(prev: Line, next: Line, all: Line[]): boolean {
  if (!prev.table || !next.table || next.page !== prev.page + 1) return false;
  if (all[all.indexOf(prev) + 1] !== next) return false;
  const a = prev.table.xs;
  const b = next.table.xs;
  const near = (x: number, y: number) => Math.abs(x - y) <= 3;
  if (!near(a[0], b[0]) || !near(a[a.length - 1], b[b.length - 1])) return false;
  const within = (xs: number[], ys: number[]) => xs.every((x) => ys.some((y) => near(x, y)));
  return within(a, b) || within(b, a);
}

interface GridRow {
  page: number;
  fields: string[];
}

/**
 * Table parts (one per page) → tab-separated lines: one per grid row, a merged cell's text at its
 * first position. Where a table goes on across a page break, a header row repeated at the top of
 * the next page is dropped, and a merged cell that the break cut is joined again with its rest.
 */
function writeGrid(out: RenderingBuilder, parts: Line[]): void {
  let rows: GridRow[] = [];
  /** The cells of the previous part that reach its last row, with the row each starts in. */
  let bottom: Array<{ cell: GridCell; row: number }> = [];
  // The columns of all parts: a part that draws fewer column lines has its cells spread over them.
  const xs = distinct(parts.flatMap((p) => p.table!.xs));
  const width = xs.length - 1;
  for (const part of parts) {
    const t = part.table!;
    if (parts.length > 1)
      for (const c of t.cells) {
        c.col = nearest(xs, c.x0);
        c.colspan = Math.max(1, nearest(xs, c.x1) - c.col);
      }
    const grid: GridRow[] = Array.from({ length: t.ys.length - 1 }, () => ({ page: part.page, fields: Array(width).fill("") }));
    for (const c of t.cells) if (grid[c.row]) grid[c.row].fields[c.col] = c.text;
    let skip = 0;
    if (rows.length) {
      while (skip < grid.length && skip < rows.length && grid[skip].fields.some((f) => f) && grid[skip].fields.join("\t") === rows[skip].fields.join("\t")) skip++;
      // Cells of the first row (after a repeated header) that go on from a merged cell the break cut.
      for (const c of t.cells) {
        if (c.row !== skip || !c.text) continue;
        const before = bottom.find((b) => b.cell.col === c.col && b.cell.colspan === c.colspan);
        if (!before || !cutByBreak(before.cell, c)) continue;
        before.cell.text += c.text;
        rows[before.row].fields[c.col] = before.cell.text;
        grid[skip].fields[c.col] = "";
      }
      if (skip < grid.length && !grid[skip].fields.some((f) => f)) skip++;
    }
    const own = grid.slice(skip);
    const lastRow = t.ys.length - 2;
    bottom = t.cells.filter((c) => c.row + c.rowspan - 1 === lastRow && c.row >= skip).map((cell) => ({ cell, row: rows.length + cell.row - skip }));
    rows = rows.concat(own);
  }
  rows.forEach((r, i) => {
    if (i) out.insert("\n");
    out.mark(pagePlace(r.page));
    out.insert(r.fields.join("\t"));
  });
}

/** What a count cell holds: a number (with a unit or sign), or a word that stands for none. */
const VALUE = /^(?:[-+−]?[\d.,，]+\s*(?:%|％|万元|元|万|件|个|条|次|项)?|无|空|不适用|[-—–－/／]+)$/;
const ENUMERATION = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])/;

/**
 * `next`, at the top of a page, is the rest of `before`, a cell merged over several rows (a group
 * label such as （五）不予处理) that the break cut: both are words (not numbers), `next` does not
 * start a numbered item of its own ((六)…), and `before`'s text runs to its cell's bottom. A plain
 * cell (one row) that a break cut is left as two pieces here — nothing on the page tells its rest
 * from a row of its own (a row whose numbers are blank, a new group merged down) —: the model joins
 * a label's pieces when together, and only together, they make an official label.
 */
function cutByBreak(before: GridCell, next: GridCell): boolean {
  const a = before.textBox;
  if (!a || !next.textBox || before.rowspan < 2) return false;
  if (VALUE.test(before.text) || VALUE.test(next.text) || ENUMERATION.test(next.text)) return false;
  return a.bottom - before.y0 < 1.5 * a.size;
}

function pagePlace(page: number) {
  return { zh: `第 ${page} 页`, en: `page ${page}` };
}
