// The PDF form of a report, written by hand (no PDF library), the way many government PDFs are
// made: A4 pages, text in the non-embedded CJK font STSong-Light (Type0, /Encoding /UniGB-UCS2-H,
// Adobe-GB1) — so a reader needs Adobe's CMaps to turn the glyph codes back into text —, strings
// as hex UCS-2, paragraphs indented by two characters and wrapped at the page width, tables laid
// out as columns at fixed x positions (a merged cell's text at its first column; each column as
// wide as its widest cell, the table's font shrunk until it fits the page: cells never wrap), and
// a page number footer on every page. Deterministic: no dates, no document ids.
//   toPdf(blocks, { footer?, header?, rulings?, labelEm? }) → Uint8Array
//     footer(page, pages) → the footer text (default "— 3 —"; "" for none); header: a running header.
//     rulings: "lines" draws every cell's borders as stroked lines, "rects" as thin filled
//     rectangles (as Chromium does); without it a table has no rulings. labelEm: the widest a
//     column may be (em) — longer cells wrap inside it and their row grows, as in Word.
//     repeatHeader: a table's first N rows are drawn again at the top of each page it goes on to.
//     A paragraph block may carry letterSpacing (em; tests only): spaced-out text, drawn with Tc.
//   toScanPdf() → a one-page PDF with an image and no text layer (what a scanned report looks like)
//   toEncryptedPdf() → a PDF that asks for a password

const PAGE_W = 595;
const PAGE_H = 842;
const MARGIN = 72;
const TEXT_W = PAGE_W - 2 * MARGIN;
const BODY_SIZE = 12;
const BODY_LEADING = 20;
const TABLE_MAX_SIZE = 10.5;
const CELL_PAD = 2; // em between columns

/** Width of a character in em: the font's /W gives ASCII half width, everything else full. */
function charEm(ch) {
  const c = ch.codePointAt(0);
  return c >= 0x20 && c <= 0x7e ? 0.5 : 1;
}
const textEm = (s) => [...s].reduce((w, ch) => w + charEm(ch), 0);

function hex(s) {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (c > 0xffff) throw new Error(`toPdf: ${JSON.stringify(ch)} is outside the BMP (UCS-2 cannot hold it)`);
    out += c.toString(16).padStart(4, "0");
  }
  return `<${out.toUpperCase()}>`;
}

const num = (n) => (Math.round(n * 100) / 100).toString();

/** Text shown at (x, y) in size `size`. */
const show = (x, y, size, text) => `BT /F1 ${num(size)} Tf ${num(x)} ${num(y)} Td ${hex(text)} Tj ET\n`;

/**
 * Split a paragraph into lines that fit the text width; the first line is indented two characters.
 * Lines break between any two characters, except next to a space or inside a run of ASCII letters
 * and digits (those runs move to the next line whole), so the wrapped text joins back unchanged.
 */
function wrap(text, size, width, indentEm, spacingEm = 0) {
  // Units that never break: a run of ASCII letters and digits, or one character. A space next to
  // a Chinese character is glued to the units on both sides (so 2021 年 never loses its space at a
  // line end); a space between two Latin words ends the line it breaks, as in a word processor.
  const units = [];
  const toks = text.match(/[A-Za-z0-9]+|\s+|[^]/g) ?? [];
  let glue = false;
  toks.forEach((tok, i) => {
    const space = /^\s/.test(tok);
    if ((space || glue) && units.length) units[units.length - 1] += tok;
    else units.push(tok);
    const ascii = (t) => t !== undefined && /^[\x21-\x7e]/.test(t) && /[\x21-\x7e]$/.test(t);
    glue = space && !(ascii(toks[i - 1]) && ascii(toks[i + 1]));
  });
  const lines = [];
  let line = "";
  let w = indentEm;
  for (const unit of units) {
    const uw = textEm(unit) + spacingEm * [...unit].length;
    if (line && (w + uw) * size > width) {
      lines.push(line);
      line = "";
      w = 0;
    }
    line += unit;
    w += uw;
  }
  if (line) lines.push(line);
  return lines;
}

/** Column widths (em) of a table: widest single-column cell, widened for merged cells that need more. */
function columnWidths(rows) {
  const ncols = Math.max(...rows.map((r) => r.length));
  const widths = Array(ncols).fill(2);
  for (const row of rows)
    row.forEach((cell, c) => {
      if (cell.colspan === 1 && cell.text) widths[c] = Math.max(widths[c], textEm(cell.text) + CELL_PAD);
    });
  for (const row of rows)
    row.forEach((cell, c) => {
      if (cell.colspan <= 1 || !cell.text) return;
      const last = Math.min(ncols, c + cell.colspan) - 1;
      const have = widths.slice(c, last + 1).reduce((a, b) => a + b, 0);
      const need = textEm(cell.text) + CELL_PAD;
      if (need > have) widths[last] += need - have;
    });
  return widths;
}

/** The cell that covers each grid position: the origin cell's row, column and spans. */
function owners(rows) {
  const owner = rows.map((row) => row.map(() => null));
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (owner[r][c]) return;
      for (let dr = 0; dr < cell.rowspan; dr++)
        for (let dc = 0; dc < cell.colspan; dc++) if (owner[r + dr]) owner[r + dr][c + dc] = { r, c, cell };
    }),
  );
  return owner;
}

/** Line a → b, stroked or as a thin filled rectangle. */
function rule(x0, y0, x1, y1, kind) {
  if (kind === "lines") return `${num(x0)} ${num(y0)} m ${num(x1)} ${num(y1)} l S\n`;
  const w = 0.6;
  return x0 === x1 ? `${num(x0 - w / 2)} ${num(Math.min(y0, y1))} ${num(w)} ${num(Math.abs(y1 - y0))} re f\n` : `${num(Math.min(x0, x1))} ${num(y0 - w / 2)} ${num(Math.abs(x1 - x0))} ${num(w)} re f\n`;
}

/**
 * Lay the blocks out on pages. Returns one content stream per page (without the footer).
 */
function layout(blocks, { rulings, labelEm, repeatHeader = 0 } = {}) {
  const pages = [];
  let ops = "";
  let y = PAGE_H - MARGIN;
  const newPage = () => {
    pages.push(ops);
    ops = "";
    y = PAGE_H - MARGIN;
  };
  const room = (h) => {
    if (y - h < MARGIN) newPage();
  };
  for (const block of blocks) {
    if (block.kind === "paragraph") {
      // letterSpacing (em, tests only): extra space after every character, as in a spaced-out title.
      const ls = block.letterSpacing ?? 0;
      const lines = wrap(block.text, BODY_SIZE, TEXT_W, 2, ls);
      lines.forEach((line, i) => {
        room(BODY_LEADING);
        y -= BODY_LEADING;
        const x = MARGIN + (i === 0 ? 2 * BODY_SIZE : 0);
        ops += ls ? `${num(ls * BODY_SIZE)} Tc\n${show(x, y, BODY_SIZE, line)}0 Tc\n` : show(x, y, BODY_SIZE, line);
      });
      continue;
    }
    const widths = columnWidths(block.rows).map((w) => (labelEm ? Math.min(w, labelEm + CELL_PAD) : w));
    const totalEm = widths.reduce((a, b) => a + b, 0);
    const size = Math.min(TABLE_MAX_SIZE, TEXT_W / totalEm);
    const leading = size * 1.8;
    const xs = [];
    widths.reduce((x, w) => (xs.push(x), x + w * size), MARGIN);
    xs.push(MARGIN + totalEm * size);
    const owner = owners(block.rows);
    // A cell's text wrapped to its width (merged cells: the columns they span).
    const cellLines = (cell, c) => (!cell.text ? [] : labelEm ? wrap(cell.text, size, xs[c + cell.colspan] - xs[c] - CELL_PAD * size, 0) : [cell.text]);
    y -= BODY_LEADING / 2;
    // Row heights: the tallest cell of the row; a cell merged down over rows that are not tall
    // enough for its text makes its last row taller (as Word does).
    const heights = block.rows.map((row, r) => {
      const lines = row.map((cell, c) => (owner[r][c]?.r === r && owner[r][c]?.c === c && cell.rowspan === 1 ? cellLines(cell, c).length : 1));
      return leading * Math.max(1, ...lines) + (rulings ? size * 0.4 : 0);
    });
    block.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.rowspan <= 1 || owner[r][c]?.r !== r || owner[r][c]?.c !== c) return;
        const last = Math.min(block.rows.length, r + cell.rowspan) - 1;
        const have = heights.slice(r, last + 1).reduce((a, b) => a + b, 0);
        const need = leading * cellLines(cell, c).length + (rulings ? size * 0.4 : 0);
        if (need > have) heights[last] += need - have;
      }),
    );
    const heightOf = (r) => heights[r];
    const drawRow = (r) => {
      const row = block.rows[r];
      const top = y;
      y -= heightOf(r);
      row.forEach((cell, c) => {
        if (owner[r][c]?.r !== r || owner[r][c]?.c !== c) return;
        cellLines(cell, c).forEach((line, k) => (ops += show(xs[c] + (CELL_PAD / 2) * size, top - leading * (k + 1) + (rulings ? size * 0.4 : 0), size, line)));
      });
      if (!rulings) return;
      // Borders of this row: each cell's sides, its top where it starts, its bottom where it ends.
      row.forEach((_, c) => {
        const o = owner[r][c];
        if (!o || o.c !== c) return;
        const right = xs[o.c + o.cell.colspan];
        ops += rule(xs[c], top, xs[c], y, rulings) + rule(right, top, right, y, rulings);
        if (o.r === r) ops += rule(xs[c], top, right, top, rulings);
        if (o.r + o.cell.rowspan - 1 === r) ops += rule(xs[c], y, right, y, rulings);
      });
    };
    block.rows.forEach((_, r) => {
      if (y - heightOf(r) < MARGIN) {
        newPage();
        // Word's "repeat as header row": the first rows again at the top of the next page.
        if (repeatHeader && r >= repeatHeader) for (let h = 0; h < repeatHeader; h++) drawRow(h);
      }
      drawRow(r);
    });
    y -= BODY_LEADING / 2;
  }
  if (ops || !pages.length) pages.push(ops);
  return pages;
}

/** Assemble objects into a PDF file with a correct cross-reference table. */
function assemble(objects) {
  const enc = new TextEncoder();
  const chunks = [];
  let length = 0;
  const put = (s) => {
    const b = typeof s === "string" ? enc.encode(s) : s;
    chunks.push(b);
    length += b.length;
  };
  put("%PDF-1.4\n");
  put(new Uint8Array([0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a])); // "binary file" marker comment
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    put(`${i + 1} 0 obj\n`);
    put(body);
    put("\nendobj\n");
  });
  const xref = length;
  put(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`);
  for (const o of offsets) put(`${String(o).padStart(10, "0")} 00000 n \n`);
  return (trailerExtra = "") => {
    put(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`);
    const out = new Uint8Array(length);
    let o = 0;
    for (const c of chunks) {
      out.set(c, o);
      o += c.length;
    }
    return out;
  };
}

const stream = (content, extra = "") => {
  const bytes = new TextEncoder().encode(content);
  return `<< /Length ${bytes.length}${extra} >>\nstream\n${content}\nendstream`;
};

const FONT_OBJECTS = [
  "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>",
  "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 /W [1 95 500 814 939 500] >>",
  "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
];

/** Pages (content streams) → PDF bytes. Objects: 1 catalog, 2 pages, 3–5 font, then page + content per page, then extras. */
function build(contents, { resources = "/Font << /F1 3 0 R >>", extraObjects = [], trailerExtra = "" } = {}) {
  const first = 6;
  const kids = contents.map((_, i) => `${first + 2 * i} 0 R`).join(" ");
  const objects = ["<< /Type /Catalog /Pages 2 0 R >>", `<< /Type /Pages /Kids [${kids}] /Count ${contents.length} >>`, ...FONT_OBJECTS];
  contents.forEach((content, i) => {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Resources << ${resources} >> /Contents ${first + 2 * i + 1} 0 R >>`);
    objects.push(stream(content));
  });
  objects.push(...extraObjects);
  return assemble(objects)(trailerExtra);
}

/**
 * @param {import("./blocks.mjs").Block[]} blocks
 * @param {{ footer?: (page: number, pages: number) => string, header?: string, rulings?: "lines" | "rects", labelEm?: number, repeatHeader?: number }} [options]
 */
export function toPdf(blocks, options = {}) {
  const footer = options.footer ?? ((n) => `— ${n} —`);
  const pages = layout(blocks, options);
  const contents = pages.map((ops, i) => {
    let out = ops;
    if (options.header) out = show(MARGIN, PAGE_H - MARGIN / 2, 9, options.header) + out;
    const f = footer(i + 1, pages.length);
    if (f) out += show((PAGE_W - textEm(f) * 10.5) / 2, MARGIN / 2, 10.5, f);
    return out;
  });
  return build(contents);
}

/** One page with a small grey image and no text: a scanned report. */
export function toScanPdf() {
  const image = `<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n@~~@\nendstream`;
  return build(["q 451 0 0 698 72 72 cm /Im1 Do Q\n"], { resources: "/XObject << /Im1 8 0 R >>", extraObjects: [image] });
}

/** A PDF protected by a user password (standard security handler, RC4 40-bit): readers must ask for it. */
export function toEncryptedPdf() {
  const fill = (b) => "<" + b.repeat(32) + ">";
  const encrypt = `<< /Filter /Standard /V 1 /R 2 /O ${fill("4F")} /U ${fill("55")} /P -4 >>`;
  const id = "<00112233445566778899AABBCCDDEEFF>";
  return build([show(MARGIN, PAGE_H - MARGIN, BODY_SIZE, "secret")], { extraObjects: [encrypt], trailerExtra: ` /Encrypt 8 0 R /ID [${id} ${id}]` });
}
