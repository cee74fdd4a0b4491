// Table rows (cells as written) laid out as the four text flattenings a report reaches us in
// (spec §8): TAB-separated rows, one cell per line (a TAB before each, rows apart by a blank
// line), every cell apart by blank lines, and a GFM pipe table in Markdown. A test writes a
// table once and checks each form; `at` finds a cell's position in the result from the raw text.

export type Form = "tabs" | "lines" | "blank" | "gfm";
export const FORMS: Form[] = ["tabs", "lines", "blank", "gfm"];

/** Trailing empty cells of a row are padding in the line forms: dropped there. */
function trimRow(row: string[]): string[] {
  let n = row.length;
  while (n > 0 && row[n - 1] === "") n--;
  return row.slice(0, n);
}

/** The table's lines in a form (no surrounding blank lines). */
export function flattenTable(rows: string[][], form: Form): string[] {
  const width = Math.max(...rows.map((r) => r.length));
  switch (form) {
    case "tabs":
      return rows.map((r) => r.join("\t"));
    case "lines":
      return rows.flatMap((r, i) => [...(i ? [""] : []), ...trimRow(r).map((c) => `\t${c}`)]);
    case "blank":
      return rows.flatMap((r) => trimRow(r).filter((c) => c !== "")).flatMap((c, i) => (i ? ["", c] : [c]));
    case "gfm": {
      const line = (r: string[]) => `| ${[...r, ...Array(width - r.length).fill("")].join(" | ")} |`;
      return [line(rows[0]), `| ${Array(width).fill("---").join(" | ")} |`, ...rows.slice(1).map(line)];
    }
  }
}

/**
 * A report around the tables: `parts` are paragraphs (strings) and tables (rows), each apart by a
 * blank line (Markdown for the GFM form, so that its headings and paragraphs are blocks there too).
 */
export function report(parts: Array<string | string[][]>, form: Form): { code: string; filename: string } {
  const lines = parts.flatMap((p, i) => [...(i ? [""] : []), ...(typeof p === "string" ? [p] : flattenTable(p, form))]);
  return { code: lines.join("\n"), filename: form === "gfm" ? "report.md" : "report.txt" };
}

/** Position (1-based line and column, end exclusive as the rule tester counts) of the n-th occurrence of `needle`. */
export function at(code: string, needle: string, nth = 1): { line: number; column: number; endLine: number; endColumn: number } {
  let i = -1;
  for (let k = 0; k < nth; k++) {
    i = code.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`${needle} not found (${nth})`);
  }
  const before = code.slice(0, i).split("\n");
  const line = before.length;
  const column = before[before.length - 1].length + 1;
  const inner = needle.split("\n");
  const endLine = line + inner.length - 1;
  const endColumn = (inner.length > 1 ? 0 : column - 1) + inner[inner.length - 1].length + 1;
  return { line, column, endLine, endColumn };
}
