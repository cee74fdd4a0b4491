// Blocks → one stream of cell tokens, whatever the flattening (spec §8): each paragraph line is one
// token, each cell of a tab row / GFM row / pipe line / space-separated value line is one token
// carrying its row and field index. Whitespace-only lines of plain text (a TAB left by an empty
// cell) become empty tokens. Every token keeps its exact [start, end) offsets.
import type { Block, BlockDocument, CellValue, Section, SectionNumber, TableRow } from "../types.js";
import { normalizeLabel } from "../normalize.js";
import { exactLabel, matchLabel, TABLE4_CHARS, type LabelMatch } from "./labels.js";
import { isValueKind, parseCellValue } from "./values.js";
import { isHSpaceCode } from "../text/chars.js";

export type TokKind =
  /** A number, 无 or a not-applicable mark. */
  | "value"
  /** An empty cell (blank field of a row, or a whitespace-only line). */
  | "empty"
  /** A known label (possibly joined with the tokens up to joinEnd). */
  | "label"
  /** Absorbed into the label that precedes it (a label split across lines). */
  | "joined"
  /** Characters of a table-四 header typeset vertically (§8f). */
  | "garble"
  /** Short text that is no label: a label fragment, a local row label, a note. */
  | "fragment"
  /** A sentence: ends a table region. */
  | "prose"
  /** A section heading: ends a table region. */
  | "heading";

export interface Tok {
  idx: number;
  /** Text as written, trimmed of padding. */
  text: string;
  norm: string;
  start: number;
  end: number;
  /** Row id for cells of a multi-cell row; -1 for a token alone on its line. */
  row: number;
  /** Field index in its row and the row's field count (0 and 1 for a lone token). */
  field: number;
  rowLen: number;
  kind: TokKind;
  value?: CellValue;
  match?: LabelMatch;
  /** For a label joined across lines: the index of its last token, and the joined text. */
  joinEnd?: number;
  joinedText?: string;
  /** The section the token sits in (by document order of headings), if any. */
  section?: SectionNumber;
  /** Region id: maximal runs of tokens between prose / headings. -1 for prose and headings. */
  region: number;
}

const SENTENCE = /[。；;！？!?]/;

// Padding: TAB, space, U+00A0, U+3000, U+2002, U+2003, U+2009, U+200B, BOM.
const isPadCode = isHSpaceCode;

// Two functions, not one returning a pair: no array per line and per cell.
function trimStart(text: string, s: number, e: number): number {
  while (s < e && isPadCode(text.charCodeAt(s))) s++;
  return s;
}

function trimEnd(text: string, s: number, e: number): number {
  while (e > s && isPadCode(text.charCodeAt(e - 1))) e--;
  return e;
}

interface RawCell {
  start: number;
  end: number;
}

class Builder {
  toks: Tok[] = [];
  private rowCount = 0;
  constructor(private text: string) {}

  single(start: number, end: number, kind?: TokKind): void {
    const t = this.text.slice(start, end);
    this.toks.push(this.make(t, start, end, -1, 0, 1, kind));
  }

  row(cells: readonly RawCell[]): void {
    const id = this.rowCount++;
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      this.toks.push(this.make(this.text.slice(c.start, c.end), c.start, c.end, id, i, cells.length));
    }
  }

  private make(text: string, start: number, end: number, row: number, field: number, rowLen: number, kind?: TokKind): Tok {
    // Every field from the start, the optional ones undefined: tokens that gain fields later (a value,
    // a label match, a section) would otherwise take many shapes, and every reader of tokens slows.
    const tok: Tok = {
      idx: this.toks.length,
      text,
      norm: "",
      start,
      end,
      row,
      field,
      rowLen,
      kind: kind ?? "fragment",
      value: undefined,
      match: undefined,
      joinEnd: undefined,
      joinedText: undefined,
      section: undefined,
      region: -1,
    };
    if (kind) return tok;
    if (text === "") {
      tok.kind = "empty";
      return tok;
    }
    // Long sentences are prose without further ado (labels are short; annotated ones have no 。).
    if (row === -1 && (text.length > 160 || (text.length > 40 && SENTENCE.test(text)))) {
      tok.kind = "prose";
      return tok;
    }
    const v = parseCellValue(text);
    if (isValueKind(v)) {
      tok.kind = "value";
      tok.value = v;
      return tok;
    }
    tok.norm = normalizeLabel(text);
    return tok;
  }
}

/** Split a line [s, e) at pipes (GFM residue "| a | b |", or "a | b |"). Null if not a pipe line. */
function pipeCells(text: string, s: number, e: number): RawCell[] | null {
  let first = -1;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if ((c === 0x7c || c === 0xff5c) && text.charCodeAt(i - 1) !== 0x5c) {
      first = i;
      break;
    }
  }
  if (first < 0) return null;
  const cells: RawCell[] = [];
  let fieldStart = s;
  for (let i = s; i <= e; i++) {
    const c = i < e ? text.charCodeAt(i) : -1;
    if (i === e || ((c === 0x7c || c === 0xff5c) && text.charCodeAt(i - 1) !== 0x5c)) {
      const a = trimStart(text, fieldStart, i);
      cells.push({ start: a, end: trimEnd(text, a, i) });
      fieldStart = i + 1;
    }
  }
  const startsWithPipe = first === s;
  if (startsWithPipe && cells.length && cells[0].start === cells[0].end) cells.shift();
  const last = text.charCodeAt(e - 1);
  if ((last === 0x7c || last === 0xff5c) && cells.length && cells[cells.length - 1].start === cells[cells.length - 1].end) cells.pop();
  // A GFM delimiter row.
  if (cells.length && cells.every((c) => /^:?-{3,}:?$/.test(text.slice(c.start, c.end)))) return [];
  return cells;
}

/**
 * A line of whitespace-separated values, or a label followed by values ("四、结转下年度继续办理 0 0 0
 * 0 0 0 0", "0 0 0 … 0"). Null when the line is not such a row. "518 万元" stays one cell.
 */
function spaceCells(text: string, s: number, e: number): RawCell[] | null {
  // Most lines (prose, a cell per line) hold no padding inside: no row, nothing to split.
  let pad = s;
  while (pad < e && !isPadCode(text.charCodeAt(pad))) pad++;
  if (pad === e) return null;
  const parts: RawCell[] = [];
  let i = s;
  while (i < e) {
    while (i < e && isPadCode(text.charCodeAt(i))) i++;
    if (i >= e) break;
    const a = i;
    while (i < e && !isPadCode(text.charCodeAt(i))) i++;
    parts.push({ start: a, end: i });
  }
  if (parts.length < 2) return null;
  let k = parts.length;
  while (k > 0 && isValueKind(parseCellValue(text.slice(parts[k - 1].start, parts[k - 1].end)))) k--;
  const values = parts.length - k;
  if (values === 0) return null;
  if (k === 0) return values >= 2 ? parts : null;
  const head = { start: parts[0].start, end: parts[k - 1].end };
  if (!matchLabel(normalizeLabel(text.slice(head.start, head.end)))) return null;
  return [head, ...parts.slice(k)];
}

/** Section heading starts, sorted; lines are visited in document order. */
class Headings {
  private p = 0;
  constructor(private starts: number[]) {}
  /** True when a heading starts inside [s, e) (a heading may share its line with prose). */
  within(s: number, e: number): boolean {
    while (this.p < this.starts.length && this.starts[this.p] < s) this.p++;
    return this.p < this.starts.length && this.starts[this.p] < e;
  }
}

function addLine(b: Builder, text: string, s: number, e: number, headings: Headings): void {
  s = trimStart(text, s, e);
  e = trimEnd(text, s, e);
  if (s >= e) return;
  if (headings.within(s, e)) {
    b.single(s, e, "heading");
    return;
  }
  const pipes = pipeCells(text, s, e);
  if (pipes) {
    const nonEmpty = pipes.filter((c) => c.end > c.start);
    if (nonEmpty.length === 0) return;
    if (nonEmpty.length === 1 && pipes.length <= 2) b.single(nonEmpty[0].start, nonEmpty[0].end);
    else b.row(pipes);
    return;
  }
  const spaced = spaceCells(text, s, e);
  if (spaced) b.row(spaced);
  else b.single(s, e);
}

/** End of the line starting at a, within [a, e): the next line break, or e. */
function lineEnd(text: string, a: number, e: number): number {
  for (let i = a; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return e;
}

/** Each line of [s, e) added (a paragraph may span lines in Markdown). */
function addLines(b: Builder, text: string, s: number, e: number, headings: Headings): void {
  for (let a = s; ; ) {
    const z = lineEnd(text, a, e);
    addLine(b, text, a, z, headings);
    if (z >= e) return;
    a = z + 1;
  }
}

/** Whitespace-only lines of a plain-text gap between blocks: each is an empty cell. */
function gapEmpties(b: Builder, text: string, s: number, e: number): void {
  for (let a = s; ; ) {
    const z = lineEnd(text, a, e);
    if (z > a) b.single(z, z, "empty");
    if (z >= e) return;
    a = z + 1;
  }
}

function isDelimiterRow(row: TableRow): boolean {
  return row.cells.length > 0 && row.cells.every((c) => /^:?-{3,}:?$/.test(c.text));
}

/** Build the token stream of a whole document. */
export function tokenize(doc: BlockDocument, sections: Section[], text: string): Tok[] {
  const b = new Builder(text);
  const headings = new Headings(sections.map((s) => s.heading.start).sort((a, b) => a - b));
  let prevEnd = 0;
  const blocks: Block[] = doc.blocks;
  for (const block of blocks) {
    if (doc.format === "text" && block.start > prevEnd) gapEmpties(b, text, prevEnd, block.start);
    prevEnd = Math.max(prevEnd, block.end);
    switch (block.kind) {
      case "heading":
        addLine(b, text, block.content.start, block.content.end, headings);
        break;
      case "paragraph":
        addLines(b, text, block.content.start, block.content.end, headings);
        break;
      case "table":
        for (const row of block.rows) {
          if (block.source === "gfm" && isDelimiterRow(row)) continue;
          if (row.cells.length === 1) addLine(b, text, row.cells[0].start, row.cells[0].end, headings);
          else b.row(row.cells);
        }
        break;
      case "comment":
        break;
    }
  }
  const toks = b.toks;
  joinBrokenCells(toks, text);
  joinDownward(toks, text);
  classify(toks);
  assignSections(toks, sections);
  assignRegions(toks);
  return toks;
}

const MAX_JOIN = 3;

/** True when only padding and exactly one line break lie between offsets a and b. */
function nextLine(text: string, a: number, b: number): boolean {
  let breaks = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) breaks++;
    else if (c !== 13 && !isPadCode(c)) return false;
  }
  return breaks === 1;
}

/**
 * A cell whose text holds a line break, in a row of a table copied as text (Word: cells apart by
 * TABs, a break inside a cell a new line): "信息内容⇥本年新" / "制作数量⇥本年新" / "公开数量⇥对外公开总数量".
 * The last cell of one line and the first cell of the next (with at most MAX_JOIN - 2 whole lines
 * between) are one cell when together, and not alone, they are an official label: the first piece
 * becomes the label, placed where its values are (the row of the last piece), and the other pieces
 * and the empty fields between are absorbed ("joined"). Runs before label matching, so that the
 * pieces are not read as labels cut short.
 */
function joinBrokenCells(toks: Tok[], text: string): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== "fragment" || !t.norm || exactLabel(t.norm)) continue;
    // The first piece ends its line (a lone line, or the last cell of its row), or it begins a
    // row of values (labelBeforeValues).
    if (t.row >= 0 && nextNonEmptyInRow(toks, i) >= 0) {
      labelBeforeValues(toks, i, text);
      continue;
    }
    let joined = t.norm;
    let prevEnd = t.end;
    let best = -1;
    for (let j = i + 1, pieces = 1; j < toks.length && pieces < MAX_JOIN; j++) {
      const n = toks[j];
      if (n.kind === "empty" && n.row >= 0 && (n.row === t.row || n.row === toks[j + 1]?.row)) continue; // padding fields around the break
      if (n.kind !== "fragment" || !n.norm || !nextLine(text, prevEnd, n.start)) break;
      const firstOfRow = n.row >= 0 && isFirstNonEmptyInRow(toks, j);
      if (n.row >= 0 && !firstOfRow) break;
      joined += n.norm;
      pieces++;
      if (exactLabel(joined) && !exactLabel(n.norm)) best = j;
      if (firstOfRow) break;
      prevEnd = n.end;
    }
    // Lone lines alone are joined by classify(); here a piece in a row is needed.
    if (best >= 0 && !(t.row < 0 && toks[best].row < 0)) {
      absorb(toks, i, best, toks.slice(i, best + 1).map((x) => x.norm).join(""));
      i = best;
    }
  }
}

/**
 * A row label that wraps in a table read line by line (a PDF's text), or a row that a page break
 * cut: the row's first cell holds the first piece and the values, the next line (or row) the rest
 * alone ("行政规范性文⇥3⇥1⇥12" / "件", or "⇥⇥件⇥⇥⇥"). The
 * two are one label when together, and not alone, they are an official label; the label keeps its
 * row, and the second piece is absorbed.
 */
function labelBeforeValues(toks: Tok[], i: number, text: string): void {
  const t = toks[i];
  // Before it in its row: nothing, or labels of their own (a group label merged down: （三）不予公开).
  // The walk back stops at the first other cell, so a long row costs no more than once.
  if (t.row < 0) return;
  for (let k = i - 1; k >= 0 && toks[k].row === t.row; k--) if (toks[k].kind !== "empty" && !(toks[k].norm && exactLabel(toks[k].norm))) return;
  // After it in its row: values and empty cells only (the walk stops at anything else).
  let end = i;
  let values = 0;
  while (end + 1 < toks.length && toks[end + 1].row === t.row) {
    const kind = toks[++end].kind;
    if (kind === "value") values++;
    else if (kind !== "empty") return;
  }
  // The rest stands alone: on a line of its own, or in a row whose other cells are empty (a PDF
  // table's row that a page break cut, read from the ruling lines).
  let at = end + 1;
  while (at < toks.length && toks[at].row >= 0 && toks[at].row === toks[end + 1].row && toks[at].kind === "empty") at++;
  const n = toks[at];
  if (!values || !n || n.kind !== "fragment" || !n.norm || exactLabel(n.norm)) return;
  if (n.row !== -1 && !aloneInRow(toks, at)) return;
  if (!nextLine(text, toks[end].end, n.start)) return;
  const entries = exactLabel(t.norm + n.norm);
  if (entries) joinPieces(toks, i, at, entries);
}

/** toks[i] becomes the official label it makes with toks[j] (its rest), which is absorbed. */
function joinPieces(toks: Tok[], i: number, j: number, entries: NonNullable<ReturnType<typeof exactLabel>>): void {
  const t = toks[i];
  t.kind = "label";
  t.match = { entries, level: "exact", how: "exact" };
  t.joinEnd = j;
  t.joinedText = t.text + toks[j].text;
  toks[j].kind = "joined";
}

/**
 * A cell merged down over rows that a PDF's page break cut (a group label: 「（三」 on one page,
 * 「）不予公开」 at the top of the next, in the same column of the next row): the two pieces are one
 * label when together, and not alone, they make an official label. The first piece becomes the
 * label; the second is absorbed, and the rest of its row keeps its cells.
 */
function joinDownward(toks: Tok[], text: string): void {
  // Where each row ends (rows are runs of tokens with one row id): found once, in one pass.
  const rowEnd = new Map<number, number>();
  toks.forEach((t, k) => {
    if (t.row >= 0) rowEnd.set(t.row, k);
  });
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== "fragment" || t.row < 0 || !t.norm || exactLabel(t.norm)) continue;
    const last = rowEnd.get(t.row)!;
    const first = last + 1;
    if (first >= toks.length || toks[first].row < 0 || !nextLine(text, toks[last].end, toks[first].start)) continue;
    // The cell in the same column of the next row (a row's tokens are its fields in order).
    const j = first + t.field;
    const n = toks[j];
    if (!n || n.row !== toks[first].row || n.field !== t.field || n.kind !== "fragment" || !n.norm || exactLabel(n.norm)) continue;
    const entries = exactLabel(t.norm + n.norm);
    if (entries) joinPieces(toks, i, j, entries);
  }
}

/** Token i is the only non-empty cell of its row. */
function aloneInRow(toks: Tok[], i: number): boolean {
  for (let j = i - 1; j >= 0 && toks[j].row === toks[i].row; j--) if (toks[j].kind !== "empty") return false;
  for (let j = i + 1; j < toks.length && toks[j].row === toks[i].row; j++) if (toks[j].kind !== "empty") return false;
  return true;
}

function nextNonEmptyInRow(toks: Tok[], i: number): number {
  for (let j = i + 1; j < toks.length && toks[j].row === toks[i].row; j++) if (toks[j].kind !== "empty") return j;
  return -1;
}

/** No cell before toks[j] in its row holds text. Walks back only to the nearest such cell, so a row of many cells stays linear. */
function isFirstNonEmptyInRow(toks: Tok[], j: number): boolean {
  for (let k = j - 1; k >= 0 && toks[k].row === toks[j].row; k--) if (toks[k].kind !== "empty") return false;
  return true;
}

/** toks[i] becomes the label `norm` made of toks[i..j]; it takes the row place of toks[j]. */
function absorb(toks: Tok[], i: number, j: number, norm: string): void {
  const t = toks[i];
  const last = toks[j];
  t.kind = "label";
  t.match = { entries: exactLabel(norm) ?? [], level: "exact", how: "exact" };
  t.joinEnd = j;
  t.joinedText = toks
    .slice(i, j + 1)
    .filter((x) => x.kind !== "empty")
    .map((x) => x.text)
    .join("");
  t.row = last.row;
  t.field = last.field;
  t.rowLen = last.rowLen;
  for (let k = i + 1; k <= j; k++) toks[k].kind = "joined";
}

/** Labels (joining lone tokens split across lines), vertical-header characters, prose. */
function classify(toks: Tok[]): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== "fragment") continue;
    // A label split across lines: join this lone token with the next lone text tokens.
    if (t.row === -1 && t.norm.length <= 40) {
      let joined = t.norm;
      let best = -1;
      for (let j = i + 1; j < toks.length && j <= i + MAX_JOIN; j++) {
        const n = toks[j];
        if (n.row !== -1 || n.kind !== "fragment") break;
        joined += n.norm;
        if (joined.length > 60) break;
        if (exactLabel(joined)) best = j;
      }
      if (best > 0) {
        const all = joined.slice(0, toks.slice(i, best + 1).reduce((n, x) => n + x.norm.length, 0));
        t.kind = "label";
        t.match = { entries: exactLabel(all) ?? [], level: "exact", how: "exact" };
        t.joinEnd = best;
        t.joinedText = toks.slice(i, best + 1).map((x) => x.text).join("");
        for (let j = i + 1; j <= best; j++) toks[j].kind = "joined";
        i = best;
        continue;
      }
    }
    const m = matchLabel(t.norm);
    if (m) {
      t.kind = "label";
      t.match = m;
      continue;
    }
    if (t.norm.length <= 16 && t.norm.length > 0 && [...t.norm].every((ch) => TABLE4_CHARS.has(ch))) {
      t.kind = "garble";
      continue;
    }
    if (t.row === -1 && (t.norm.length > 30 || SENTENCE.test(t.text) || /[：:]$/.test(t.text))) t.kind = "prose";
  }
  // An annotation on its own line right after a lone label ("规章" / "（设区的市…）") belongs to it.
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== "label" || t.row !== -1) continue;
    const j = (t.joinEnd ?? i) + 1;
    const n = toks[j];
    if (!n || n.row !== -1 || (n.kind !== "fragment" && n.kind !== "prose") || !/^[（(]/.test(n.text) || SENTENCE.test(n.text)) continue;
    n.kind = "joined";
    t.joinEnd = j;
    t.joinedText = (t.joinedText ?? t.text) + n.text;
  }
}

function assignSections(toks: Tok[], sections: Section[]): void {
  const heads = [...sections].sort((a, b) => a.heading.start - b.heading.start);
  let h = -1;
  for (const t of toks) {
    while (h + 1 < heads.length && heads[h + 1].heading.start <= t.start) h++;
    if (h >= 0) t.section = heads[h].number;
  }
}

function assignRegions(toks: Tok[]): void {
  let region = 0;
  let open = false;
  for (const t of toks) {
    if (t.kind === "prose" || t.kind === "heading") {
      if (open) region++;
      open = false;
      t.region = -1;
      continue;
    }
    t.region = region;
    open = true;
  }
}

/** The text a label token stands for (joined across lines) and its span. */
export function labelText(toks: Tok[], t: Tok): { text: string; start: number; end: number } {
  if (t.joinEnd !== undefined) return { text: t.joinedText ?? t.text, start: t.start, end: toks[t.joinEnd].end };
  return { text: t.text, start: t.start, end: t.end };
}
