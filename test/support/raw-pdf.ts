// A minimal PDF writer for tests that need drawing operators the report writer (scripts/render/pdf.mjs)
// does not make: page borders, white backgrounds, form XObjects with a matrix, huge paths. Text is
// in the non-embedded STSong-Light font (the bundled CMaps read it), one `text(x, y, size, s)` at a time.
export const text = (x: number, y: number, size: number, s: string): string =>
  `BT /F1 ${size} Tf ${x} ${y} Td <${[...s].map((c) => c.codePointAt(0)!.toString(16).padStart(4, "0")).join("").toUpperCase()}> Tj ET\n`;

const FONT = [
  "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>",
  "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 /W [1 95 500 814 939 500] >>",
  "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
];

export interface RawPage {
  content: string;
  /** Form XObjects the content paints with `/Name Do`, each with an optional /Matrix. */
  forms?: Record<string, { content: string; matrix?: string }>;
}

export function rawPdf(pages: RawPage[]): Uint8Array {
  const stream = (c: string, extra = "") => `<< /Length ${Buffer.byteLength(c)}${extra} >>\nstream\n${c}\nendstream`;
  const objs: Array<string | null> = ["<< /Type /Catalog /Pages 2 0 R >>", null, ...FONT];
  const kids: string[] = [];
  for (const p of pages) {
    const page = objs.length;
    objs.push(null);
    const content = objs.length;
    objs.push(stream(p.content));
    const forms = Object.entries(p.forms ?? {}).map(([name, f]) => {
      objs.push(stream(f.content, ` /Type /XObject /Subtype /Form /BBox [0 0 2000 2000]${f.matrix ? ` /Matrix ${f.matrix}` : ""} /Resources << /Font << /F1 3 0 R >> >>`));
      return `/${name} ${objs.length} 0 R`;
    });
    const xobjects = forms.length ? ` /XObject << ${forms.join(" ")} >>` : "";
    objs[page] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >>${xobjects} >> /Contents ${content + 1} 0 R >>`;
    kids.push(`${page + 1} 0 R`);
  }
  objs[1] = `<< /Type /Pages /Kids [${kids.join(" ")}] /Count ${kids.length} >>`;
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n` + offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out));
}

/** A ruled grid of stroked lines: column edges xs, row edges ys (top first). */
export function strokedGrid(xs: number[], ys: number[]): string {
  let s = "0.5 w\n";
  for (const y of ys) s += `${xs[0]} ${y} m ${xs[xs.length - 1]} ${y} l S\n`;
  for (const x of xs) s += `${x} ${ys[ys.length - 1]} m ${x} ${ys[0]} l S\n`;
  return s;
}

/** The same grid as thin filled rectangles (0.6 pt), as Chromium draws borders. */
export function rectGrid(xs: number[], ys: number[]): string {
  let s = "";
  for (const y of ys) s += `${xs[0]} ${y - 0.3} ${xs[xs.length - 1] - xs[0]} 0.6 re f\n`;
  for (const x of xs) s += `${x - 0.3} ${ys[ys.length - 1]} 0.6 ${ys[0] - ys[ys.length - 1]} re f\n`;
  return s;
}
