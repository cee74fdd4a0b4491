// Tables of a PDF page from its ruling lines — the "lattice" method of pdfplumber and Camelot.
// Pure geometry, no pdf.js: pdf.ts hands in the page's axis-aligned segments (stroked lines, and
// thin filled rectangles, which Chromium and some Word exports draw borders with) and its text
// items; this module finds the grid and puts every item into its cell.
//
// 1. Segments are snapped: horizontal ones whose y differ by ≤ SNAP join one line at their mean y
//    (vertical ones likewise by x); collinear pieces that overlap or nearly touch (≤ JOIN) are joined.
// 2. Intersections: a horizontal and a vertical line cross (within SNAP of each other's extent).
// 3. Cells: for each intersection, the smallest rectangle whose four corners are intersections and
//    whose four sides are drawn (pdfplumber's intersections_to_cells).
// 4. Tables: cells that share a corner belong to one table; a table's grid is the distinct x and y
//    of its cells' edges, so a cell that spans grid columns or rows (a merged cell) gets colspan /
//    rowspan from the grid lines it covers.
// 5. Text: an item belongs to the cell that contains its centre; a cell's items are put into lines
//    (top to bottom, left to right) and the lines joined without a break (a label that wraps inside
//    its cell is one label again).
// Coordinates are PDF user space: y grows upwards.

export interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface TextItem {
  str: string;
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  size: number;
}

export interface GridCell {
  row: number;
  col: number;
  rowspan: number;
  colspan: number;
  /** The cell's text, wrapped lines joined. */
  text: string;
  /** Bounds (y1 > y0). */
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Where the text sits in the cell (absent for an empty cell), to tell a cell that a page break cut. */
  textBox?: { top: number; bottom: number; lastLineEnd: number; size: number };
}

export interface PageTable {
  /** Bounds of the whole table. */
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Grid lines: column edges left to right, row edges top to bottom (descending y). */
  xs: number[];
  ys: number[];
  /** The cells that start at each grid position, row by row; positions covered by a span are absent. */
  cells: GridCell[];
}

/** Lines closer than this (points) are one line. */
const SNAP = 3;
/** Collinear pieces with a gap up to this are joined. */
const JOIN = 3;
/** Smallest cell side: smaller rectangles are double or thick borders, not cells. */
const MIN_CELL = 5;
/**
 * More horizontal × vertical lines than this is a drawing (a map, a chart, a hostile file), not a
 * table: the cell search (quadratic in the crossings) is not run. 150 × 150 lines is far beyond
 * any report table (table 三 draws about 30 × 11).
 */
const MAX_CROSSINGS = 150 * 150;

interface Line {
  /** The fixed coordinate (y of a horizontal line, x of a vertical one). */
  at: number;
  from: number;
  to: number;
}

/** Snap and join segments of one orientation. `pick` gives [at, from, to] with from ≤ to. */
function mergeLines(segs: Array<[number, number, number]>): Line[] {
  segs.sort((a, b) => a[0] - b[0]);
  // Group by the fixed coordinate.
  const groups: Array<Array<[number, number, number]>> = [];
  for (const s of segs) {
    const g = groups[groups.length - 1];
    if (g && s[0] - g[0][0] <= SNAP) g.push(s);
    else groups.push([s]);
  }
  const lines: Line[] = [];
  for (const g of groups) {
    const at = g.reduce((sum, s) => sum + s[0], 0) / g.length;
    g.sort((a, b) => a[1] - b[1]);
    let cur: Line | undefined;
    for (const [, from, to] of g) {
      if (cur && from <= cur.to + JOIN) cur.to = Math.max(cur.to, to);
      else lines.push((cur = { at, from, to }));
    }
  }
  return lines;
}

/** Horizontal and vertical lines from segments (others are left out). */
export function rulings(segments: Segment[]): { h: Line[]; v: Line[] } {
  const h: Array<[number, number, number]> = [];
  const v: Array<[number, number, number]> = [];
  for (const s of segments) {
    const dx = Math.abs(s.x1 - s.x0);
    const dy = Math.abs(s.y1 - s.y0);
    if (dy <= 1 && dx > 1) h.push([(s.y0 + s.y1) / 2, Math.min(s.x0, s.x1), Math.max(s.x0, s.x1)]);
    else if (dx <= 1 && dy > 1) v.push([(s.x0 + s.x1) / 2, Math.min(s.y0, s.y1), Math.max(s.y0, s.y1)]);
  }
  return { h: mergeLines(h), v: mergeLines(v) };
}

/** A drawn line covers [a, b] (within the tolerance). */
const covers = (l: Line, a: number, b: number) => l.from <= Math.min(a, b) + SNAP && l.to >= Math.max(a, b) - SNAP;

interface Rect {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** The cells of the page: smallest closed rectangles of the ruling grid. */
function findCells(h: Line[], v: Line[]): Rect[] {
  // Intersections, as indexes of the lines that cross.
  const crossing = (hl: Line, vl: Line) => vl.at >= hl.from - SNAP && vl.at <= hl.to + SNAP && hl.at >= vl.from - SNAP && hl.at <= vl.to + SNAP;
  const hs = [...h].sort((a, b) => b.at - a.at); // top first
  const vs = [...v].sort((a, b) => a.at - b.at); // left first
  const cross: boolean[][] = hs.map((hl) => vs.map((vl) => crossing(hl, vl)));
  const cells: Rect[] = [];
  for (let i = 0; i < hs.length; i++) {
    for (let j = 0; j < vs.length; j++) {
      if (!cross[i][j]) continue;
      // Smallest rectangle with (i, j) as its top-left corner.
      let found = false;
      for (let bi = i + 1; bi < hs.length && !found; bi++) {
        if (!cross[bi][j]) continue;
        if (!covers(vs[j], hs[i].at, hs[bi].at)) break; // the left side is not drawn further down
        for (let rj = j + 1; rj < vs.length; rj++) {
          if (!cross[i][rj]) continue;
          if (!covers(hs[i], vs[j].at, vs[rj].at)) break; // the top side stops
          if (!cross[bi][rj]) continue;
          if (covers(hs[bi], vs[j].at, vs[rj].at) && covers(vs[rj], hs[i].at, hs[bi].at)) {
            const r = { x0: vs[j].at, x1: vs[rj].at, y0: hs[bi].at, y1: hs[i].at };
            if (r.x1 - r.x0 >= MIN_CELL && r.y1 - r.y0 >= MIN_CELL) cells.push(r);
            found = true;
            break;
          }
        }
      }
    }
  }
  return cells;
}

/** Cells that share an edge or a corner form one table. */
function groupTables(cells: Rect[]): Rect[][] {
  const parent = cells.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const touch = (a: Rect, b: Rect) => a.x0 <= b.x1 + SNAP && b.x0 <= a.x1 + SNAP && a.y0 <= b.y1 + SNAP && b.y0 <= a.y1 + SNAP;
  const order = cells.map((_, i) => i).sort((a, b) => cells[a].x0 - cells[b].x0);
  // Sweep by x: only cells whose x ranges overlap can touch.
  const active: number[] = [];
  for (const i of order) {
    for (let k = active.length - 1; k >= 0; k--) {
      const j = active[k];
      if (cells[j].x1 + SNAP < cells[i].x0) {
        active.splice(k, 1);
        continue;
      }
      if (touch(cells[i], cells[j])) parent[find(i)] = find(j);
    }
    active.push(i);
  }
  const groups = new Map<number, Rect[]>();
  cells.forEach((c, i) => {
    const r = find(i);
    (groups.get(r) ?? groups.set(r, []).get(r)!).push(c);
  });
  return [...groups.values()];
}

/** Distinct values, those within SNAP of each other as one (their first). */
export function distinct(values: number[], descending = false): number[] {
  const sorted = [...values].sort((a, b) => (descending ? b - a : a - b));
  const out: number[] = [];
  for (const x of sorted) if (!out.length || Math.abs(x - out[out.length - 1]) > SNAP) out.push(x);
  return out;
}

/** Index of the grid line nearest to x. */
export function nearest(grid: number[], x: number): number {
  let best = 0;
  for (let k = 1; k < grid.length; k++) if (Math.abs(grid[k] - x) < Math.abs(grid[best] - x)) best = k;
  return best;
}

/** Rectangle a holds rectangle b (a larger frame around it). */
const holds = (a: Rect, b: Rect) => a !== b && a.x0 <= b.x0 + SNAP && a.x1 >= b.x1 - SNAP && a.y0 <= b.y0 + SNAP && a.y1 >= b.y1 - SNAP && (a.x1 - a.x0 > b.x1 - b.x0 + SNAP || a.y1 - a.y0 > b.y1 - b.y0 + SNAP);

/**
 * The cells without those that hold other cells (frames). Each cell is checked against the cells
 * whose centres fall in its x range (a binary search over the centres sorted by x), not all cells.
 */
function withoutFrames(cells: Rect[]): Rect[] {
  const byX = [...cells].sort((a, b) => a.x0 + a.x1 - (b.x0 + b.x1));
  const centres = byX.map((c) => (c.x0 + c.x1) / 2);
  const firstAtOrAfter = (x: number) => {
    let lo = 0;
    let hi = centres.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (centres[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return cells.filter((c) => {
    for (let k = firstAtOrAfter(c.x0); k < byX.length && centres[k] <= c.x1; k++) if (holds(c, byX[k])) return false;
    return true;
  });
}

/** Least and greatest of f over a list, by a loop (no argument spreading). */
function bounds<T>(list: T[], f: (t: T) => number): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const t of list) {
    const v = f(t);
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/**
 * The tables drawn on a page, with each text item that lies in a cell assigned to it. Returns the
 * tables and the items that are in none (the page's other text). Not tables: a single framed box
 * (its text stays text), a frame drawn around other cells (a page border, a layout table around
 * the data table: dropped, the cells inside it count), a grid of one column (shaded lines of text),
 * and a grid whose "cells" hold lines with gaps wider than a character (only some of its lines are
 * drawn — rows ruled but not columns —: its text is read as a borderless table).
 */
export function findTables(segments: Segment[], items: TextItem[], joinText: (lines: TextItem[][]) => string): { tables: PageTable[]; rest: TextItem[] } {
  const { h, v } = rulings(segments);
  if (h.length < 2 || v.length < 2 || h.length * v.length > MAX_CROSSINGS) return { tables: [], rest: items };
  const cells0 = withoutFrames(findCells(h, v));
  const groups = groupTables(cells0).filter((g) => g.length >= 2);
  if (!groups.length) return { tables: [], rest: items };
  const tables: PageTable[] = [];
  const taken = new Set<TextItem>();
  for (const group of groups) {
    const xs = distinct(group.flatMap((c) => [c.x0, c.x1]));
    const ys = distinct(group.flatMap((c) => [c.y0, c.y1]), true);
    if (xs.length < 3) continue; // one column
    const cells: GridCell[] = group.map((c) => {
      const col = nearest(xs, c.x0);
      const row = nearest(ys, c.y1);
      return { row, col, colspan: Math.max(1, nearest(xs, c.x1) - col), rowspan: Math.max(1, nearest(ys, c.y0) - row), text: "", x0: c.x0, x1: c.x1, y0: c.y0, y1: c.y1 };
    });
    cells.sort((a, b) => a.row - b.row || a.col - b.col);
    const inside = new Map<GridCell, TextItem[]>();
    const mine: TextItem[] = [];
    for (const it of items) {
      if (taken.has(it)) continue;
      // The centre of the glyphs: a little above the baseline.
      const cx = it.x + it.width / 2;
      const cy = it.y + it.size * 0.35;
      const cell = cells.find((c) => cx > c.x0 && cx < c.x1 && cy > c.y0 && cy < c.y1);
      if (!cell) continue;
      mine.push(it);
      (inside.get(cell) ?? inside.set(cell, []).get(cell)!).push(it);
    }
    const lines = new Map<GridCell, TextItem[][]>();
    for (const [cell, its] of inside) lines.set(cell, toLines(its));
    if ([...lines.values()].some((ls) => ls.some(hasGap))) continue;
    for (const it of mine) taken.add(it);
    for (const [cell, its] of inside) {
      const ls = lines.get(cell)!;
      cell.text = joinText(ls);
      const first = ls[0];
      const last = ls[ls.length - 1];
      cell.textBox = {
        top: bounds(first, (it) => it.y + it.size * 0.8)[1],
        bottom: bounds(last, (it) => it.y - it.size * 0.2)[0],
        lastLineEnd: bounds(last, (it) => it.x + it.width)[1],
        size: bounds(its, (it) => it.size)[1],
      };
    }
    tables.push({ x0: xs[0], x1: xs[xs.length - 1], y0: ys[ys.length - 1], y1: ys[0], xs, ys, cells });
  }
  return { tables, rest: items.filter((it) => !taken.has(it)) };
}

/** A line of a cell with a gap wider than a character between two items: two cells, not one. */
function hasGap(line: TextItem[]): boolean {
  for (let k = 1; k < line.length; k++) if (line[k].x - (line[k - 1].x + line[k - 1].width) > Math.max(line[k].size, line[k - 1].size)) return true;
  return false;
}

/** Items → lines (by baseline, top to bottom), each ordered left to right. */
export function toLines(items: TextItem[]): TextItem[][] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: TextItem[][] = [];
  for (const it of sorted) {
    const l = lines[lines.length - 1];
    if (l && Math.abs(l[0].y - it.y) <= 0.4 * Math.max(l[0].size, it.size)) l.push(it);
    else lines.push([it]);
  }
  for (const l of lines) l.sort((p, q) => p.x - q.x);
  return lines;
}
