// A plain-text report → the blocks of the Word document an office would have typed for it: the
// paragraphs as they are, and tables 二/三/四 drawn the way the official template draws them in
// Word — bordered, with merged cells (the 申请人情况 header, 三、本年度办理结果 and （三）不予公开
// merged down over their rows, table 四's two-level header) and real column widths, so that long
// labels wrap inside their cells when the document is printed to PDF. The tables are written from
// what reportlint's model read in the text (row labels as written, values as written), so a text
// report in any flattening (tab rows, one cell per line, …) gives a proper Word table.
// Used by scripts/render-office.mjs; the blocks go to ./docx.mjs and ./html.mjs.
//
//   officeBlocks(text, { filePath, variant }) → Block[] (see ./blocks.mjs), where a block may carry
//   role ("title" | "heading") and a table block widths (twips per grid column) and fontSize (pt).

/** Text width of A4 with the template's margins (3.17 cm left and right), in twips. */
const PORTRAIT_WIDTH = 8306;
const LANDSCAPE_WIDTH = 13238;

/**
 * How wide the label columns of each table are, as a share of the text width, per variant:
 * "word" is the template as most offices leave it; "narrow" squeezes the label columns (more
 * wrapping, the hard case for a PDF reader); "landscape" is the template on a landscape page.
 */
const VARIANTS = {
  word: { width: PORTRAIT_WIDTH, t2Label: 0.3, t3Labels: [0.1, 0.12, 0.2], fontSize: 10.5 },
  narrow: { width: PORTRAIT_WIDTH, t2Label: 0.18, t3Labels: [0.07, 0.08, 0.13], fontSize: 12 },
  landscape: { width: LANDSCAPE_WIDTH, t2Label: 0.3, t3Labels: [0.08, 0.1, 0.2], fontSize: 10.5 },
};

const cell = (text = "", colspan = 1, rowspan = 1) => ({ text, colspan, rowspan });
const covered = () => cell("");

/** Grid widths: `labels` shares for the first columns, the rest split evenly. */
function widths(total, labelShares, columns) {
  const label = labelShares.map((s) => Math.round(total * s));
  const rest = total - label.reduce((a, b) => a + b, 0);
  const n = columns - label.length;
  return [...label, ...Array.from({ length: n }, () => Math.floor(rest / n))];
}

/**
 * @param {string} text the report as plain text
 * @param {{ buildModel: Function, layouts: any[], filePath?: string, variant?: keyof typeof VARIANTS }} options
 */
export function officeBlocks(text, { buildModel, layouts, filePath = "report.txt", variant = "word" }) {
  const v = VARIANTS[variant];
  if (!v) throw new Error(`unknown variant ${variant}`);
  const model = buildModel(text, { filePath });
  const layoutOf = (t) => layouts.find((l) => l.year === (t.layout !== "unknown" ? t.layout : model.layout !== "unknown" ? model.layout : "2021"));
  const regions = Object.values(model.tables)
    .filter(Boolean)
    .map((t) => ({ start: lineStart(text, t.start), end: t.end, table: t }))
    .sort((a, b) => a.start - b.start);
  const headingStarts = new Set(model.sections.map((s) => lineStart(text, s.heading.start)));
  const titleStart = model.title ? lineStart(text, model.title.start) : -1;

  const blocks = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const start = offset;
    offset += line.length + 1;
    const region = regions.find((r) => start >= r.start && start < r.end);
    if (region) {
      if (!region.done) {
        region.done = true;
        blocks.push(...tableBlocks(region.table, layoutOf(region.table), model, v));
      }
      continue;
    }
    const words = line.replace(/\r$/, "").replace(/[\t ]+/g, " ").trim();
    if (!words) continue;
    const role = start === titleStart ? "title" : headingStarts.has(start) ? "heading" : undefined;
    blocks.push({ kind: "paragraph", text: words, ...(role ? { role } : {}) });
  }
  return blocks;
}

function lineStart(text, offset) {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

function tableBlocks(t, layout, model, v) {
  if (t.table === 2) return [table2(t, layout, v, model.text)];
  if (t.table === 3) return [table3(t, layout, v)];
  return [table4(t, layout, v)];
}

/**
 * A row's values by column key, as written. A row whose values the text form does not place in
 * columns (fewer values than columns, say) gets empty value cells: which column each value belongs
 * to is unknown, and the generator does not guess.
 */
function values(row, columns) {
  const byCol = new Map(row.cells.map((c) => [c.col, c.raw]));
  return columns.map((col) => byCol.get(col.key) ?? "");
}

/**
 * Rows the layout does not have (a local 行政给付 row) as written: the label, and the values that
 * follow it in the text up to the next row, in the block of the row before it.
 */
function extraRows(t, text) {
  const starts = [...t.rows.map((r) => r.start), ...t.extraRows.map((r) => r.start), t.end].sort((a, b) => a - b);
  return t.extraRows.map((x) => {
    const next = starts.find((s) => s > x.start) ?? t.end;
    const values = text.slice(x.end, next).split(/[\s|]+/).filter((w) => /^[-+]?\d[\d.,]*$|^无$/.test(w));
    const before = t.rows.filter((r) => r.start < x.start).pop();
    return { after: before?.key, label: x.label, values };
  });
}

function table2(t, layout, v, text) {
  const width = 4;
  const rows = [];
  const extras = extraRows(t, text);
  for (const block of layout.t2.blocks) {
    const mine = t.rows.filter((r) => r.key.startsWith(`t2.${block.item}.`));
    if (!mine.length) continue;
    const last = width - block.columns.length;
    const spread = (texts) => texts.flatMap((s, i) => (i === texts.length - 1 && last > 1 ? [cell(s, last), ...Array.from({ length: last - 1 }, covered)] : [cell(s)]));
    rows.push([cell(block.title, width), ...Array.from({ length: width - 1 }, covered)]);
    rows.push(spread([layout.t2.header, ...block.columns.map((c) => c.label)]));
    for (const r of mine) {
      rows.push(spread([r.label, ...values(r, block.columns)]));
      for (const x of extras.filter((e) => e.after === r.key)) rows.push(spread([x.label, ...block.columns.map((_, k) => x.values[k] ?? "")]));
    }
  }
  return { kind: "table", rows, widths: widths(v.width, [v.t2Label], width), fontSize: v.fontSize, labelColumns: 1 };
}

function table3(t, layout, v) {
  const cols = layout.t3.columns;
  const width = 3 + cols.length;
  const legal = cols.slice(1, 6).map((c) => c.label);
  const rows = [
    [cell(layout.t3.note, 3, 3), covered(), covered(), cell(layout.t3.spans[0], cols.length), ...Array.from({ length: cols.length - 1 }, covered)],
  ];
  // 自然人 | 法人或其他组织 over c2–c6 | 总计 (spec §3).
  rows.push([covered(), covered(), covered(), cell(cols[0].label, 1, 2), cell(layout.t3.spans[1], legal.length), ...Array.from({ length: legal.length - 1 }, covered), ...cols.slice(1 + legal.length).map((c) => cell(c.label, 1, 2))]);
  rows.push([covered(), covered(), covered(), covered(), ...legal.map((s) => cell(s)), ...cols.slice(1 + legal.length).map(covered)]);

  const groupLabel = (key) => t.groups?.find((g) => g.key === key)?.label ?? layout.t3.rows.find((r) => r.key === key)?.label ?? "";
  const data = t.rows;
  const inG3 = (r) => r.key.startsWith("3.");
  const subGroup = (r) => (/^3\.\d+\.\d+$/.test(r.key) ? `g${r.key.replace(/\.\d+$/, "")}` : undefined);
  data.forEach((r, i) => {
    const vals = values(r, cols).map((s) => cell(s));
    if (!inG3(r)) {
      rows.push([cell(r.label, 3), covered(), covered(), ...vals]);
      return;
    }
    const firstOfG3 = !inG3(data[i - 1] ?? { key: "" });
    let g3Span = 0;
    if (firstOfG3) while (data[i + g3Span] && inG3(data[i + g3Span])) g3Span++;
    const first = firstOfG3 ? cell(groupLabel("g3"), 1, g3Span) : covered();
    const sub = subGroup(r);
    if (!sub) {
      rows.push([first, cell(r.label, 2), covered(), ...vals]);
      return;
    }
    const firstOfSub = subGroup(data[i - 1] ?? { key: "" }) !== sub;
    let subSpan = 0;
    if (firstOfSub) while (data[i + subSpan] && subGroup(data[i + subSpan]) === sub) subSpan++;
    rows.push([first, firstOfSub ? cell(groupLabel(sub), 1, subSpan) : covered(), cell(r.label), ...vals]);
  });
  return { kind: "table", rows, widths: widths(v.width, v.t3Labels, width), fontSize: v.fontSize, labelColumns: 3 };
}

function table4(t, layout, v) {
  const spec = layout.t4;
  const cols = spec.columns;
  const n = cols.length;
  const [review, ...suits] = spec.groups;
  const rows = [
    [cell(review.label, n), ...Array.from({ length: n - 1 }, covered), cell(spec.spans[0], n * suits.length), ...Array.from({ length: n * suits.length - 1 }, covered)],
    [...cols.map((c) => cell(c.label, 1, 2)), ...suits.flatMap((g) => [cell(g.label, n), ...Array.from({ length: n - 1 }, covered)])],
    [...cols.map(covered), ...suits.flatMap(() => cols.map((c) => cell(c.label)))],
  ];
  const byKey = new Map(t.rows.map((r) => [r.key, r]));
  rows.push(spec.groups.flatMap((g) => (byKey.has(g.key) ? values(byKey.get(g.key), cols) : cols.map(() => "")).map((s) => cell(s))));
  return { kind: "table", rows, widths: widths(v.width, [], n * spec.groups.length), fontSize: v.fontSize, labelColumns: 0 };
}

export const OFFICE_VARIANTS = Object.keys(VARIANTS);
export const pageOf = (variant) => (variant === "landscape" ? "landscape" : "portrait");
