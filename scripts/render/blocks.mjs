// The one source every fixture form is rendered from: a plain-text report whose tab-separated
// lines are table rows. A cell may end with ⟦colspan=N⟧ and/or ⟦rowspan=N⟧ to say it is merged
// (as on a web page or in Word); the plain forms (.txt, .md) write the grid with the covered
// positions empty, which is what a merged cell looks like when copied out of a page.

/**
 * @typedef {{ text: string, colspan: number, rowspan: number }} Cell
 * @typedef {{ kind: "paragraph", text: string } | { kind: "table", rows: Cell[][] }} Block
 */

const SPAN = /⟦(colspan|rowspan)=(\d+)⟧/g;

/** @returns {Block[]} */
export function readBlocks(source) {
  /** @type {Block[]} */
  const blocks = [];
  let table = null;
  for (const line of source.split(/\r?\n/)) {
    if (line.includes("\t")) {
      if (!table) blocks.push((table = { kind: "table", rows: [] }));
      table.rows.push(line.split("\t").map(readCell));
      continue;
    }
    table = null;
    const text = line.trim();
    if (text) blocks.push({ kind: "paragraph", text });
  }
  return blocks;
}

function readCell(raw) {
  const cell = { text: "", colspan: 1, rowspan: 1 };
  cell.text = raw.replace(SPAN, (_, kind, n) => {
    cell[kind] = Number(n);
    return "";
  }).trim();
  return cell;
}

/**
 * The rows of a table as HTML would lay them out: each row lists only the cells it starts (cells
 * covered by a span from the left or from above are left out). Source rows hold every grid
 * position, so covered positions — which must be empty in the source — are dropped.
 * @returns {Cell[][]}
 */
export function htmlRows(rows) {
  const covered = new Set();
  return rows.map((row, r) => {
    const out = [];
    row.forEach((cell, c) => {
      if (covered.has(`${r},${c}`)) return;
      out.push(cell);
      for (let dr = 0; dr < cell.rowspan; dr++)
        for (let dc = 0; dc < cell.colspan; dc++) if (dr || dc) covered.add(`${r + dr},${c + dc}`);
    });
    return out;
  });
}

/** The plain-text form: the source without span marks. */
export function toText(blocks) {
  return blocks.map((b) => (b.kind === "paragraph" ? b.text : b.rows.map((row) => row.map((c) => c.text).join("\t")).join("\n"))).join("\n\n") + "\n";
}

/** The Markdown form: paragraphs as they are, tables as GFM pipe tables (first row as header). */
export function toMarkdown(blocks) {
  const esc = (s) => s.replace(/\|/g, "\\|");
  return (
    blocks
      .map((b) => {
        if (b.kind === "paragraph") return b.text;
        const width = Math.max(...b.rows.map((r) => r.length));
        const line = (cells) => "| " + Array.from({ length: width }, (_, i) => esc(cells[i]?.text ?? "")).join(" | ") + " |";
        return [line(b.rows[0]), "|" + " --- |".repeat(width), ...b.rows.slice(1).map(line)].join("\n");
      })
      .join("\n\n") + "\n"
  );
}
