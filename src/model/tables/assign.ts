// Which values belong to a row, and to which columns (spec §8e). A row's values are the tokens
// between its label and the next label. When there are exactly as many values as columns, they
// map in order. When there are fewer, they are placed only on evidence: empty fields in a tab row
// that make up the full width, right-aligned (the leading empties are merged cells), unless the
// table's other rows show trailing padding (then only a sibling row of the same shape can say
// where the columns are). Otherwise the row is ambiguous and gets no values.
import type { Tok } from "./tokens.js";

export interface Run {
  /** Value, empty and text tokens of the row, trailing empties removed. */
  items: Tok[];
  /** Empty tokens removed from the end (padding or blank cells; cannot tell). */
  trailing: Tok[];
  /** True when the run is the rest of one physical row (tab / GFM / pipe row). */
  inRow: boolean;
  row: number;
  rowLen: number;
  /** Field index where the run starts (inRow only). */
  runStart: number;
  /** Where blank cells go when the row has no cells at all (zero-width, after the label). */
  anchor: number;
  /** True when nothing follows the label in the table: the text stops there (truncated). */
  atEnd?: boolean;
}

/** A fully filled row: evidence for placing the values of partially filled rows. */
export interface FullRow {
  n: number;
  inRow: boolean;
  rowLen: number;
  runStart: number;
  /** Field indices of its values (inRow). */
  fields: number[];
  /** Empty fields / lines after its last value. */
  trailingPadding: boolean;
}

export type Placement = "in-order" | "from-right" | "by-geometry" | "blank";

/** A cell position: a token, or a blank with no token (zero-width at `at`). */
export type Slot = { tok: Tok } | { blankAt: number };

/**
 * A failed assignment may know how many cells hold nothing (`blanks`): a row written one cell per
 * line with fewer values than columns and nothing else in it, where a blank cell leaves no line
 * (or only an empty one) behind, so its column cannot be told, but that it is blank can.
 */
export type Assignment = { ok: true; slots: Slot[]; placement: Placement } | { ok: false; reason: string; values: Tok[]; blanks?: number };

function nonEmpty(items: Tok[]): Tok[] {
  return items.filter((t) => t.kind !== "empty");
}

/** Evidence a run gives when it is full (k = n). */
export function fullRowOf(run: Run, n: number): FullRow | undefined {
  const vals = nonEmpty(run.items);
  if (vals.length !== n) return undefined;
  return {
    n,
    inRow: run.inRow,
    rowLen: run.rowLen,
    runStart: run.runStart,
    fields: vals.map((t) => t.field),
    trailingPadding: run.trailing.length > 0,
  };
}

/** Where a row with values put its n cells (field indices in a tab / pipe row of rowLen fields). */
export interface PlacedRow {
  n: number;
  rowLen: number;
  fields: number[];
}

/**
 * A run of lone cells (one cell per line) holding exactly n × (1 + m) values and nothing else, where
 * the m official rows after its row are missing: the row's own cells are its first n, and the run
 * is cut after them (the rest are values of rows whose labels are missing).
 */
export function trimOverfullRun(run: Run, n: number, missingAfter: number): void {
  if (run.inRow || missingAfter === 0 || !run.items.every((t) => t.kind === "value" || t.kind === "empty")) return;
  const values = run.items.filter((t) => t.kind === "value");
  if (values.length !== n * (1 + missingAfter)) return;
  run.items = run.items.slice(0, run.items.indexOf(values[n - 1]) + 1);
  run.trailing = [];
  run.atEnd = false;
}

/**
 * Assign the runs of a table's rows: rows with values first, then rows with none, which take their
 * field positions from rows of the same shape that have values (a blank row has nothing of its
 * own to say where its cells are when it has more empty fields than columns).
 */
export function assignAll(rows: Array<{ run: Run; n: number }>, full: FullRow[]): Assignment[] {
  const out = rows.map(({ run, n }) => (nonEmpty(run.items).length ? assignRun(run, n, full) : undefined));
  const placed: PlacedRow[] = [];
  out.forEach((a, i) => {
    const { run, n } = rows[i];
    if (a?.ok && run.inRow && a.slots.every((s) => "tok" in s && s.tok.row === run.row)) {
      placed.push({ n, rowLen: run.rowLen, fields: a.slots.map((s) => ("tok" in s ? s.tok.field : -1)) });
    }
  });
  return out.map((a, i) => a ?? assignRun(rows[i].run, rows[i].n, full, placed));
}

export function assignRun(run: Run, n: number, full: FullRow[], placed: PlacedRow[] = []): Assignment {
  const vals = nonEmpty(run.items);
  const k = vals.length;
  if (k === n) return { ok: true, slots: vals.map((tok) => ({ tok })), placement: "in-order" };
  if (k > n) return { ok: false, reason: `找到 ${k} 个数值，多于 ${n} 列，无法确定各数值所在的列`, values: vals };
  if (k === 0 && run.atEnd && run.items.length + run.trailing.length === 0) {
    return { ok: false, reason: "表格在此行标签之后中断，没有数值", values: [] };
  }
  if (k === 0) return { ok: true, slots: blankSlots(run, n, full, placed), placement: "blank" };
  // k < n values in a tab / pipe row: a full row of the same shape says which fields are cells
  // (trailing empty fields included: blank cells at the end of the row).
  if (run.inRow && run.items.length + run.trailing.length >= n) {
    const same = full.filter((f) => f.n === n && f.inRow && f.rowLen === run.rowLen && f.runStart === run.runStart);
    if (same.length) {
      const fields = same[0].fields;
      if (!same.every((f) => f.fields.join() === fields.join())) {
        return { ok: false, reason: `只有 ${k} 个数值（应为 ${n} 个），表中同形的行各列位置不一致，无法确定各数值所在的列`, values: vals };
      }
      const byField = new Map(run.items.map((t) => [t.field, t] as const));
      for (const t of run.trailing) byField.set(t.field, t);
      if (!vals.every((v) => fields.includes(v.field)) || !fields.every((f) => byField.has(f))) {
        return { ok: false, reason: `只有 ${k} 个数值（应为 ${n} 个），其位置与表中同形的行不一致，无法确定各数值所在的列`, values: vals };
      }
      return { ok: true, slots: fields.map((f) => ({ tok: byField.get(f)! })), placement: "by-geometry" };
    }
  }
  if (!run.inRow && !run.atEnd && run.items.length < n && run.items.every((t) => t.kind === "value" || t.kind === "empty")) {
    // Lone cells: no field positions, and the official data cells are never merged, so the cells
    // the row lacks are blank ones (numeric-cell's finding); which columns they are is unknown.
    // Not for the table's last row: a text cut off there lacks cells that were never blank.
    return { ok: false, reason: `只找到 ${k} 个数值（应为 ${n} 个），有 ${n - k} 个单元格为空，无法确定是哪几列`, values: vals, blanks: n - k };
  }
  if (run.items.length < n) {
    return { ok: false, reason: `只找到 ${k} 个数值（应为 ${n} 个），缺少的单元格可能是合并单元格，无法确定各数值所在的列`, values: vals };
  }
  if (full.some((f) => f.n === n && f.trailingPadding)) {
    return {
      ok: false,
      reason: `只有 ${k} 个数值（应为 ${n} 个），而表中其他行末尾有空列，无法区分空白单元格与空列，无法确定各数值所在的列`,
      values: vals,
    };
  }
  const dropped = run.items.slice(0, run.items.length - n);
  if (dropped.some((t) => t.kind !== "empty")) {
    return { ok: false, reason: `只有 ${k} 个数值（应为 ${n} 个），无法确定各数值所在的列`, values: vals };
  }
  return { ok: true, slots: run.items.slice(run.items.length - n).map((tok) => ({ tok })), placement: "from-right" };
}

/**
 * The cells of a row without values. Its empty fields are the cells when there are exactly n of
 * them; with more (padding, merged cells), the fields of a row of the same shape that has values,
 * or the first n when the table's full rows are padded at the end (left-aligned). Otherwise which
 * empty fields are cells cannot be told: every cell is placed, zero-width, after the label.
 */
function blankSlots(run: Run, n: number, full: FullRow[], placed: PlacedRow[]): Slot[] {
  const empties = [...run.items, ...run.trailing].filter((t) => t.kind === "empty");
  if (empties.length === n) return empties.map((tok) => ({ tok }));
  if (empties.length > n && run.inRow) {
    const byField = new Map(empties.map((t) => [t.field, t] as const));
    const same = placed.find((p) => p.n === n && p.rowLen === run.rowLen && p.fields.every((f) => byField.has(f)));
    if (same) return same.fields.map((f) => ({ tok: byField.get(f)! }));
    const rows = full.filter((f) => f.inRow);
    if (rows.length && rows.every((f) => f.trailingPadding)) return empties.slice(0, n).map((tok) => ({ tok }));
  }
  return Array.from({ length: n }, () => ({ blankAt: run.anchor }));
}
