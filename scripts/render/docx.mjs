// The Word form of a report, written by hand with jszip (no Word library): [Content_Types].xml,
// _rels/.rels, word/document.xml, word/styles.xml and its relationship — the least a .docx needs to
// open in Word and in mammoth. The title and the part headings use Heading 1/2, the other
// paragraphs Normal with a two-character first-line indent; tables carry their merged cells as
// Word does: w:gridSpan for a cell merged across, w:vMerge restart/continue for a cell merged down
// (the continued cells are present, empty, in the following rows). Deterministic: every zip entry
// has the same fixed date, no ids or timestamps in the XML.
//   toDocx(blocks, { empty? }) → Promise<Uint8Array>
//     A paragraph block may carry { empty: true } (tests only): an empty paragraph (Word users leave
//     them as spacing; they count as paragraphs in Word's numbering).
import JSZip from "jszip";

const DATE = new Date(Date.UTC(2022, 0, 1, 0, 0, 0));

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function run(text, size) {
  const props = size ? `<w:rPr><w:sz w:val="${Math.round(size * 2)}"/><w:szCs w:val="${Math.round(size * 2)}"/></w:rPr>` : "";
  return text ? `<w:r>${props}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>` : "";
}

/** A paragraph; `justify`: Normal paragraphs justified at both margins (两端对齐), as offices set them. */
function paragraph(text, style, justify = false) {
  const jc = justify ? '<w:jc w:val="both"/>' : "";
  const props = style === "Normal" ? `<w:pPr><w:ind w:firstLineChars="200" w:firstLine="420"/>${jc}</w:pPr>` : style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : "";
  return `<w:p>${props}${run(text)}</w:p>`;
}

/**
 * A table: Word keeps every grid position; covered ones are vMerge continuations or absorbed by
 * gridSpan. With `widths` (twips per grid column) the table has a fixed layout of those widths, its
 * text `fontSize` points, label columns (the first `labelColumns`) left-aligned and the others
 * centred, as offices set the template's tables.
 */
function table(rows, { widths, fontSize, labelColumns = 0 } = {}) {
  const width = Math.max(...rows.map((r) => r.length));
  // Which grid positions a merge from above covers: "r,c" → colspan of the merged cell.
  const down = new Map();
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      for (let dr = 1; dr < cell.rowspan; dr++) down.set(`${r + dr},${c}`, cell.colspan);
    }),
  );
  const colWidth = (c) => widths?.[c] ?? 800;
  const grid = `<w:tblGrid>${Array.from({ length: width }, (_, c) => `<w:gridCol w:w="${colWidth(c)}"/>`).join("")}</w:tblGrid>`;
  const trs = rows.map((row, r) => {
    const tcs = [];
    let c = 0;
    while (c < row.length) {
      const cell = row[c];
      const continued = down.get(`${r},${c}`);
      const span = continued ?? cell.colspan;
      const props = [];
      if (span > 1) props.push(`<w:gridSpan w:val="${span}"/>`);
      if (continued !== undefined) props.push("<w:vMerge/>");
      else if (cell.rowspan > 1) props.push('<w:vMerge w:val="restart"/>');
      const text = continued !== undefined ? "" : cell.text;
      let w = 0;
      for (let k = c; k < c + Math.max(1, span); k++) w += colWidth(k);
      if (widths) props.push('<w:vAlign w:val="center"/>');
      const align = widths && c >= labelColumns ? '<w:pPr><w:jc w:val="center"/></w:pPr>' : "";
      tcs.push(`<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${props.join("")}</w:tcPr><w:p>${align}${run(text, fontSize)}</w:p></w:tc>`);
      c += Math.max(1, span);
    }
    return `<w:tr>${tcs.join("")}</w:tr>`;
  });
  const borders = ["top", "left", "bottom", "right", "insideH", "insideV"].map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join("");
  const size = widths ? `<w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>` : '<w:tblW w:w="0" w:type="auto"/>';
  return `<w:tbl><w:tblPr>${size}<w:tblBorders>${borders}</w:tblBorders></w:tblPr>${grid}${trs.join("")}</w:tbl>`;
}

/**
 * @param {import("./blocks.mjs").Block[]} blocks A paragraph's `role` ("title", "heading"), where
 * given, decides its style; without one, the first paragraph is the title and 一、… a heading.
 */
function documentXml(blocks, { page = "portrait", justify = false } = {}) {
  const roles = blocks.some((b) => b.role);
  const first = roles ? undefined : blocks.find((b) => b.kind === "paragraph");
  const body = blocks.map((b) => {
    if (b.kind === "table") return table(b.rows, b);
    if (b.empty) return "<w:p/>";
    if (roles) return paragraph(b.text, b.role === "title" ? "Heading1" : b.role === "heading" ? "Heading2" : "Normal", justify);
    if (b === first) return paragraph(b.text, "Heading1");
    if (/^[一二三四五六七八九十]+、/.test(b.text)) return paragraph(b.text, "Heading2");
    return paragraph(b.text, "Normal");
  });
  // Word needs a paragraph between two tables and after the last one, or it merges them.
  const parts = [];
  body.forEach((xml, i) => {
    parts.push(xml);
    if (blocks[i].kind === "table" && (i === blocks.length - 1 || blocks[i + 1].kind === "table")) parts.push("<w:p/>");
  });
  const size = page === "landscape" ? '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>' : '<w:pgSz w:w="11906" w:h="16838"/>';
  const sect = `<w:sectPr>${size}<w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W} ${R}><w:body>${parts.join("")}${sect}</w:body></w:document>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`;

const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman"/><w:sz w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/></w:style></w:styles>`;

/** @param {import("./blocks.mjs").Block[]} blocks @param {{ page?: "portrait" | "landscape", justify?: boolean }} [options] @returns {Promise<Uint8Array>} */
export async function toDocx(blocks, options = {}) {
  const zip = new JSZip();
  const opts = { date: DATE, createFolders: false };
  zip.file("[Content_Types].xml", CONTENT_TYPES, opts);
  zip.file("_rels/.rels", RELS, opts);
  zip.file("word/document.xml", documentXml(blocks, options), opts);
  zip.file("word/_rels/document.xml.rels", DOCUMENT_RELS, opts);
  zip.file("word/styles.xml", STYLES, opts);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 }, platform: "DOS" });
}
