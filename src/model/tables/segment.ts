// Which tokens belong to which table. Tables appear in the order 二, 三, 四; a table starts at its
// first label in a region (run of tokens between prose and headings) that holds at least two of its
// labels, or one label and values inside its own section (table 四: one label or a vertical header,
// and values after it; or values alone in section 四's body). Section headings end a table; tables are found wherever they are, even in the wrong
// section (seed 000: table 四 under section 三, heading 四 missing).
import { LABELS, tableOf } from "./labels.js";
import type { Tok } from "./tokens.js";
import type { Run } from "./assign.js";

export interface Streams {
  2: Tok[];
  3: Tok[];
  4: Tok[];
  /** Tokens in table-like regions that belong to no table (for "not recognised" notes). */
  orphans: Tok[];
}

type TableNo = 2 | 3 | 4;

/** The table a token is a label of, when its matches all point to one table. */
export function uniqueTable(t: Tok): TableNo | undefined {
  if (t.kind === "garble") return 4;
  if (t.kind !== "label" || !t.match) return undefined;
  return tableOf(t.match.entries);
}

interface RegionStats {
  labels: Record<TableNo, number>;
  /** Characters of vertical-header residue (§8f). */
  garble: number;
  values: number;
  /** Index of the region's last value token. */
  lastValue: number;
  section?: number;
}

/** Vertical-header characters needed before they count as a table-四 header. */
const MIN_GARBLE = 4;

export function segment(toks: Tok[]): Streams {
  const out: Streams = { 2: [], 3: [], 4: [], orphans: [] };
  // Region statistics.
  const stats = new Map<number, RegionStats>();
  for (const t of toks) {
    if (t.region < 0) continue;
    let s = stats.get(t.region);
    if (!s) {
      s = { labels: { 2: 0, 3: 0, 4: 0 }, garble: 0, values: 0, lastValue: -1, section: t.section };
      stats.set(t.region, s);
    }
    const u = uniqueTable(t);
    if (t.kind === "garble") s.garble += t.norm.length;
    else if (u) s.labels[u]++;
    if (t.kind === "value") {
      s.values++;
      s.lastValue = t.idx;
    }
  }
  // Table 四 starts at a label or at a vertical header, with values after it; or it is values
  // alone in section 四's body.
  const qualifies = (s: RegionStats, x: TableNo, at: Tok): boolean => {
    if (x === 4) {
      const header = at.kind === "garble" ? s.garble >= MIN_GARBLE || s.labels[4] >= 1 : s.labels[4] >= 1;
      return (header && s.lastValue > at.idx) || (s.section === 4 && s.values >= 5 && s.labels[2] + s.labels[3] === 0);
    }
    // Two labels of the table, or one inside the section the table belongs to.
    return s.labels[x] >= 2 || (s.section === x && s.labels[x] >= 1 && s.values >= 1);
  };

  let current: TableNo | 0 = 0;
  let highest: TableNo | 0 = 0;
  let region = -2;
  for (const t of toks) {
    if (t.kind === "heading") {
      current = 0;
      continue;
    }
    if (t.region < 0 || t.kind === "joined") continue;
    const s = stats.get(t.region)!;
    if (t.region !== region) {
      region = t.region;
      // A table carries on into the next region only if that region holds its labels.
      if (current && s.labels[current] === 0 && !(current === 4 && s.garble > 0)) current = 0;
      // Values alone in section 四's body: a table 四 without its header.
      if (!current && highest < 4 && s.section === 4 && s.values >= 5 && s.labels[2] + s.labels[3] + s.labels[4] + s.garble === 0) {
        current = 4;
        highest = 4;
      }
    }
    const x = uniqueTable(t);
    if (x && x !== current) {
      if (x > highest && qualifies(s, x, t)) {
        current = x;
        highest = x;
      } else if (x === highest && !current) {
        current = x; // the latest table resumes after a break
      }
    }
    if (current) out[current].push(t);
    else out.orphans.push(t);
  }
  return out;
}

/** Indices (into stream) of text cells that label rows the layout does not have (local rows). */
export function extraRowLabels(stream: Tok[]): Set<number> {
  const extra = new Set<number>();
  // Per physical row (one pass): its first non-empty field, whether it holds a label, its last value.
  const rows = new Map<number, { first: number; label: boolean; lastValue: number }>();
  stream.forEach((t, i) => {
    if (t.row < 0) return;
    let r = rows.get(t.row);
    if (!r) {
      r = { first: -1, label: false, lastValue: -1 };
      rows.set(t.row, r);
    }
    if (r.first < 0 && t.kind !== "empty") r.first = i;
    if (t.kind === "label") r.label = true;
    if (t.kind === "value") r.lastValue = i;
  });
  // For lone tokens: the index of the next non-empty token, scanning backwards once.
  const nextNonEmpty = new Array<number>(stream.length + 1);
  nextNonEmpty[stream.length] = -1;
  for (let i = stream.length - 1; i >= 0; i--) nextNonEmpty[i] = stream[i].kind === "empty" ? nextNonEmpty[i + 1] : i;
  // For rows without values: the index of the next label, scanning backwards once.
  const nextLabel = new Array<number>(stream.length + 1);
  nextLabel[stream.length] = -1;
  for (let i = stream.length - 1; i >= 0; i--) nextLabel[i] = stream[i].kind === "label" ? i : nextLabel[i + 1];
  for (let i = 0; i < stream.length; i++) {
    const t = stream[i];
    if (t.kind !== "fragment" || t.norm.length < 2) continue;
    if (t.row >= 0) {
      // First non-empty field of its row, no label in the row, a value after it in the row.
      const r = rows.get(t.row)!;
      if (r.first === i && !r.label && r.lastValue > i) extra.add(i);
      // A row added with its cells left blank (行政给付⇥⇥⇥ between two official rows): the text is
      // its only cell, the table goes on with labels after it, and it is no piece of an official
      // label (the rest of a merged group cell, "处理", is one).
      else if (r.first === i && !r.label && r.lastValue < 0 && t.rowLen >= 2 && !/^[（(]/.test(t.text) && nextLabel[i + 1] >= 0 && stream[nextLabel[i + 1]].region === t.region && !pieceOfLabel(t.norm)) {
        extra.add(i);
      }
    } else {
      const j = nextNonEmpty[i + 1];
      if (j >= 0 && stream[j].region === t.region && stream[j].kind === "value") extra.add(i);
    }
  }
  return extra;
}

/** True when the text occurs inside an official label (a piece of a label split or merged). */
function pieceOfLabel(norm: string): boolean {
  return LABELS.some((e) => e.norm.includes(norm));
}

const STOP = new Set(["label", "garble", "heading", "prose"]);

/** The run of a row label at stream[p] (spec §8: the tokens up to the next label). */
export function collectRun(stream: Tok[], p: number, extra: Set<number>, anchor: number): { run: Run; end: number } {
  const label = stream[p];
  const restricted = label.row >= 0 && label.field < label.rowLen - 1;
  const items: Tok[] = [];
  let q = p + 1;
  for (; q < stream.length; q++) {
    const t = stream[q];
    if (t.region !== label.region) break;
    if (restricted && t.row !== label.row) break;
    if (STOP.has(t.kind) || extra.has(q)) break;
    items.push(t);
  }
  const trailing: Tok[] = [];
  if (restricted) {
    while (items.length && items[items.length - 1].kind === "empty") trailing.unshift(items.pop()!);
  } else {
    // Lone tokens: text before the first value or after the last is a fragment, not a cell.
    while (items.length && items[0].kind === "fragment") items.shift();
    while (items.length && (items[items.length - 1].kind === "empty" || items[items.length - 1].kind === "fragment")) {
      const t = items.pop()!;
      if (t.kind === "empty") trailing.unshift(t);
    }
  }
  return {
    run: { items, trailing, inRow: restricted, row: label.row, rowLen: label.rowLen, runStart: label.field + 1, anchor, atEnd: q >= stream.length },
    end: q,
  };
}
