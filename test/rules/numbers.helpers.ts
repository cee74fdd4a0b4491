// Helpers for the number rules' tests: the fixtures in fixtures/numbers/ (one invented report per
// flattening and layout, every relation holding with non-zero values) and an oracle that finds a
// cell in the raw text — by line and field, independently of the table recognizer — so a test can
// change a cell and know where the finding must be.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SourceCode } from "../../src/core/source-code.js";
import { fields, findLine, T3_LABELS, valueLines } from "../model/tables.helpers.js";

export const NUMBERS = fileURLToPath(new URL("../../fixtures/numbers/", import.meta.url));

export type Flattening = "tabs" | "lines" | "gfm";

export interface Fixture {
  name: string;
  flattening: Flattening;
  layout: "2019" | "2021";
  text: string;
  filename: string;
}

export const FIXTURES: Fixture[] = (["tabs", "lines", "gfm"] as const).flatMap((flattening) =>
  (["2021", "2019"] as const).map((layout) => {
    const name = flattening === "gfm" ? `gfm-${layout}.md` : `${flattening}-${layout}.txt`;
    return { name, flattening, layout, text: readFileSync(NUMBERS + name, "utf8"), filename: name.endsWith(".md") ? "report.md" : "report.txt" };
  }),
);

/** Table-三 data values of the fixtures (c1…c7), as written. */
export const T3_VALUES: Record<string, number[]> = {
  "1": [5, 1, 0, 0, 1, 0, 7],
  "2": [1, 0, 0, 0, 0, 1, 2],
  "3.1": [2, 1, 0, 0, 0, 0, 3],
  "3.2": [1, 0, 0, 0, 0, 0, 1],
  "3.3.4": [0, 0, 0, 0, 1, 0, 1],
  "3.4.1": [1, 0, 0, 0, 0, 0, 1],
  "3.5.2": [0, 0, 0, 0, 0, 1, 1],
  "3.6": [1, 0, 0, 0, 0, 0, 1],
  "3.6.1": [1, 0, 0, 0, 0, 0, 1],
  "3.7": [5, 1, 0, 0, 1, 1, 8],
  "4": [1, 0, 0, 0, 0, 0, 1],
};

export const T4_VALUES = [1, 0, 0, 1, 2, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0];

export interface CellPos {
  start: number;
  end: number;
  text: string;
}

/** Where a cell is written: table 三 row key and column 1–7, or table 四 "t4" and column 1–15. */
export function cellAt(f: Pick<Fixture, "flattening">, text: string, row: string, col: number): CellPos {
  const sep = f.flattening === "gfm" ? "|" : "\t";
  if (row === "t4") {
    if (f.flattening === "lines") {
      const after = findLine(text, "复议后起诉");
      // The third header row ends with the second 总计 after 复议后起诉.
      let line = after;
      let seen = 0;
      const lines = text.split("\n");
      for (let i = after; i < lines.length; i++) {
        if (lines[i].trim() === "总计" && ++seen === 2) {
          line = i + 1;
          break;
        }
      }
      const v = valueLines(text, line, 15)[col - 1];
      return { start: v.start, end: v.start + v.text.length, text: v.text };
    }
    const line = findLine(text, "0", findLine(text, "复议后起诉"));
    const fl = fields(text, line, sep);
    const x = fl[col - 1];
    return { start: x.start, end: x.start + x.text.length, text: x.text };
  }
  const label = T3_LABELS[row];
  const line = findLine(text, label);
  if (f.flattening === "lines") {
    const v = valueLines(text, line, 7)[col - 1];
    return { start: v.start, end: v.start + v.text.length, text: v.text };
  }
  const fl = fields(text, line, sep);
  const x = fl[fl.length - 7 + col - 1];
  return { start: x.start, end: x.start + x.text.length, text: x.text };
}

/** The text with some cells rewritten (all located before any is changed). */
export function withCells(f: Fixture, changes: Array<[string, number, string]>): string {
  const located = changes.map(([row, col, value]) => ({ ...cellAt(f, f.text, row, col), value }));
  located.sort((a, b) => b.start - a.start);
  let text = f.text;
  for (const c of located) text = text.slice(0, c.start) + c.value + text.slice(c.end);
  return text;
}

/** The expected position of a cell (in a text already changed). */
export function posOf(f: Pick<Fixture, "flattening">, text: string, row: string, col: number): { line: number; column: number; endLine: number; endColumn: number } {
  const c = cellAt(f, text, row, col);
  const sc = new SourceCode(text);
  const s = sc.positionAt(c.start);
  const e = sc.positionAt(c.end);
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}
