// The label dictionary built from the layout data (src/spec/format-*.ts) and the matcher:
// exact after normalising, then "approximate" (annotation in brackets dropped, truncated prefix,
// edit distance ≤ 2), spec §3 "Normalisation".
import type { LayoutYear } from "../types.js";
import { LAYOUTS } from "../../spec/layouts.js";
import { normalizeLabel } from "../normalize.js";

export type LabelRole =
  | "t2-title"
  | "t2-header"
  | "t2-col"
  | "t2-row"
  | "t3-note"
  | "t3-span"
  | "t3-col"
  | "t3-row"
  | "t3-group"
  | "t4-span"
  | "t4-group"
  | "t4-col";

export interface LabelEntry {
  table: 2 | 3 | 4;
  role: LabelRole;
  /** Row key (t2.1.1, 3.3.2, g3.6, t4.2), column key (c1 …), or block item for titles ("1"). */
  key: string;
  /** Table 二: the 第二十条 item of the block the label belongs to. */
  item?: number;
  /** The official label. */
  label: string;
  norm: string;
  core: string;
  /** Layouts the label (with this role and key) occurs in. */
  layouts: LayoutYear[];
  /** Set when the label is a §4 layout marker of that layout. */
  marker?: LayoutYear;
}

export interface LabelMatch {
  entries: LabelEntry[];
  level: "exact" | "approximate";
  /** How an approximate match was made. */
  how: "exact" | "core" | "prefix" | "edit";
}

/**
 * The label without bracketed annotations: "本年增/减（指…）" → "本年增/减",
 * "（二）部分公开（区分处理" → "（二）部分公开". A leading enumerator （一） is kept.
 */
export function coreOf(norm: string): string {
  let out = "";
  let depth = 0;
  for (let i = 0; i < norm.length; i++) {
    const ch = norm[i];
    if (ch === "（" && (i > 0 || depth > 0)) {
      depth++;
      continue;
    }
    if (depth > 0) {
      if (ch === "）") depth--;
      continue;
    }
    out += ch;
  }
  return out;
}

const entries: LabelEntry[] = [];
/** The entries by table, role, key, item and normalised text: a label shared by layouts is one entry. */
const entryIndex = new Map<string, LabelEntry>();

function add(e: Omit<LabelEntry, "norm" | "core" | "layouts">, layout: LayoutYear, variants: string[] = []): void {
  for (const text of [e.label, ...variants]) {
    const norm = normalizeLabel(text);
    const id = `${e.table}\u0000${e.role}\u0000${e.key}\u0000${e.item ?? ""}\u0000${norm}`;
    const found = entryIndex.get(id);
    if (found) {
      if (!found.layouts.includes(layout)) found.layouts.push(layout);
      continue;
    }
    // Every field set (item and marker undefined where none): one object shape for all entries,
    // which the mappers filter by table and role for every label token.
    const entry: LabelEntry = { table: e.table, role: e.role, key: e.key, item: e.item, label: e.label, norm, core: coreOf(norm), layouts: [layout], marker: undefined };
    entryIndex.set(id, entry);
    entries.push(entry);
  }
}

for (const l of LAYOUTS) {
  add({ table: 2, role: "t2-header", key: "header", label: l.t2.header }, l.year);
  for (const b of l.t2.blocks) {
    add({ table: 2, role: "t2-title", key: String(b.item), item: b.item, label: b.title }, l.year);
    for (const c of b.columns) add({ table: 2, role: "t2-col", key: c.key, item: b.item, label: c.label }, l.year, c.variants);
    for (const r of b.rows) add({ table: 2, role: "t2-row", key: r.key, item: b.item, label: r.label }, l.year, r.variants);
  }
  add({ table: 3, role: "t3-note", key: "note", label: l.t3.note }, l.year);
  for (const s of l.t3.spans) add({ table: 3, role: "t3-span", key: s, label: s }, l.year);
  for (const s of l.t3.spanVariants) add({ table: 3, role: "t3-span", key: s, label: s }, l.year);
  for (const c of l.t3.columns) add({ table: 3, role: "t3-col", key: c.key, label: c.label }, l.year, c.variants);
  for (const r of l.t3.rows) add({ table: 3, role: r.kind === "group" ? "t3-group" : "t3-row", key: r.key, label: r.label }, l.year, r.variants);
  for (const s of l.t4.spans) add({ table: 4, role: "t4-span", key: s, label: s }, l.year);
  for (const g of l.t4.groups) add({ table: 4, role: "t4-group", key: g.key, label: g.label }, l.year);
  for (const c of l.t4.columns) add({ table: 4, role: "t4-col", key: c.key, label: c.label }, l.year, c.variants);
}
// Markers: a table-二 label is a marker of a layout when it equals (or its core equals) a listed
// marker and it occurs in that layout only.
for (const l of LAYOUTS) {
  for (const m of l.markers) {
    const norm = normalizeLabel(m);
    const hits = entries.filter((e) => e.table === 2 && (e.norm === norm || e.core === norm));
    if (hits.length === 0) throw new Error(`layout ${l.year}: marker ${m} is not a table-二 label`);
    for (const e of hits) if (e.layouts.length === 1 && e.layouts[0] === l.year) e.marker = l.year;
  }
}

export const LABELS: readonly LabelEntry[] = entries;

const byNorm = new Map<string, LabelEntry[]>();
const byCore = new Map<string, LabelEntry[]>();
for (const e of entries) {
  const sameNorm = byNorm.get(e.norm);
  if (sameNorm) sameNorm.push(e);
  else byNorm.set(e.norm, [e]);
  if (e.core === e.norm) continue;
  const sameCore = byCore.get(e.core);
  if (sameCore) sameCore.push(e);
  else byCore.set(e.core, [e]);
}

/** Characters of the table-四 header labels; a header typeset vertically survives as these (§8f). */
export const TABLE4_CHARS = new Set<string>();
for (const e of entries) if (e.table === 4) for (const ch of e.norm) TABLE4_CHARS.add(ch);

const MAX_LABEL = Math.max(...entries.map((e) => e.norm.length));

/** Every character that occurs in a label: text with 3+ other characters cannot be within edit distance 2. */
const LABEL_CHARS = new Set<string>();
for (const e of entries) for (const ch of e.norm) LABEL_CHARS.add(ch);

function foreign(s: string): number {
  let n = 0;
  for (const ch of s) if (!LABEL_CHARS.has(ch) && ++n > 2) break;
  return n;
}

/** Exact look-up of a normalised string (official labels and accepted variants). */
export function exactLabel(norm: string): LabelEntry[] | undefined {
  return byNorm.get(norm);
}

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Edit distance between a and b if ≤ max, else max + 1. Strings are short (labels ≤ 40 characters). */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Two rows reused from call to call: a table's fragments are compared with every label, and
  // fresh arrays each time were a good part of the model's garbage.
  if (rowA.length <= b.length) {
    rowA = new Int32Array(2 * (b.length + 1));
    rowB = new Int32Array(2 * (b.length + 1));
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      const v = Math.min(sub, prev[j] + 1, cur[j - 1] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  return Math.min(prev[b.length], max + 1);
}

const MIN_PREFIX = 3;
const MIN_EDIT_LENGTH = 5;

/**
 * Match a normalised cell text against every known label.
 * Exact (label or accepted variant) → level "exact". Otherwise, in order: the text with its
 * bracketed annotations removed equals a label or a label's core ("core"); the text is a
 * truncated label, at least 3 characters and 40 % of it ("prefix"); edit distance ≤ 2 for
 * texts of 5+ characters ("edit"). Those are "approximate". Returns undefined for no match.
 */
export function matchLabel(norm: string): LabelMatch | undefined {
  if (!norm) return undefined;
  const exact = byNorm.get(norm);
  if (exact) return { entries: exact, level: "exact", how: "exact" };
  const core = coreOf(norm);
  if (core.length > MAX_LABEL + 2) return undefined;
  if (core && core !== norm) {
    const hits = [...(byNorm.get(core) ?? []), ...(byCore.get(core) ?? [])];
    if (hits.length) return { entries: dedupe(hits), level: "approximate", how: "core" };
  }
  // A truncated label, or a label with a typo; an annotated one is compared by its core.
  const forms = core && core !== norm ? [norm, core] : [norm];
  for (const f of forms) {
    if (f.length > MAX_LABEL + 2 || f.length < MIN_PREFIX || foreign(f) > 0) continue;
    const hits = entries.filter((e) => e.norm.length > f.length && e.norm.startsWith(f) && f.length * 5 >= e.norm.length * 2);
    if (hits.length) return { entries: hits, level: "approximate", how: "prefix" };
  }
  for (const f of forms) {
    if (f.length > MAX_LABEL + 2 || f.length < MIN_EDIT_LENGTH || foreign(f) > 2) continue;
    let best = 3;
    let hits: LabelEntry[] = [];
    for (const e of entries) {
      if (e.norm.length < MIN_EDIT_LENGTH) continue;
      const d = boundedEditDistance(f, e.norm, 2);
      if (d < best) {
        best = d;
        hits = [e];
      } else if (d === best) hits.push(e);
    }
    if (best <= 2 && hits.length) return { entries: hits, level: "approximate", how: "edit" };
  }
  return undefined;
}

function dedupe(list: LabelEntry[]): LabelEntry[] {
  return [...new Set(list)];
}

/** The single table all entries belong to, or undefined when they span tables. */
export function tableOf(entries: LabelEntry[]): 2 | 3 | 4 | undefined {
  const t = entries[0]?.table;
  return entries.every((e) => e.table === t) ? t : undefined;
}
