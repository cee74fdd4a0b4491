// Compares a report's renderings (Word, PDF) with its web-page form, which reportlint reads exactly
// (tables with their merged cells): the cells of tables 二/三/四 that --print-model shows (table, row,
// column, value) and the findings (rule and message; positions and places aside, as they differ by
// format). Used by bench/formats.mjs and test/documents/renderings.test.ts.
//   compareRendering(api, reference, rendering) → { cells, cellsSame, cellDiffs, extra, missing }
// `api` is reportlint's library (dist/index.js or src/index.ts); reference and rendering are
// { format, bytes } with format "html" | "docx" | "pdf".

/** Every cell of tables 二/三/四: "表三 3.2 c4" → value as written (spaces next to a Chinese character aside, below). */
export function modelCells(model) {
  const cells = new Map();
  for (const t of Object.values(model.tables)) {
    if (!t) continue;
    for (const row of t.rows) for (const c of row.cells) cells.set(`表${"一二三四"[t.table - 1]} ${row.key} ${c.col}`, c.raw.replace(CJK_SPACE, "$1"));
  }
  return cells;
}

// Chinese characters and their punctuation: a space next to one is not compared. A PDF does not
// record such spaces (Word's spacing between Asian and Latin text draws the same gap with or
// without one), so the PDF reader writes none; quotes of the text in messages differ by them only.
const CJK_SPACE = /\s*([\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])\s*/g;

/** A finding without what depends on the format: its position, its place, and lines it names. */
export function findingKey(m) {
  const message = m.message
    .replace(/表 \d+ 第 \d+ 行 第 \d+ 列|段落 \d+|第 \d+ 页|第 \d+ 行|\bline \d+|\bpage \d+|paragraph \d+/g, "§")
    .replace(/[（(]§[）)]\s*$/, "")
    .replace(CJK_SPACE, "$1")
    // A quote clipped with … is compared by its beginning: the clip point moves with those spaces.
    .replace(/「([^」]{12})[^」]*…」/g, "「$1…」")
    .trim();
  return `${m.ruleId ?? "fatal"}: ${message}`;
}

async function read(api, { format, bytes }) {
  const doc = await api.renderDocument(format, bytes);
  const model = api.buildModel(doc.text, { format: "text" });
  const messages = api.lintRendered(doc, {});
  return { cells: modelCells(model), findings: messages.map(findingKey) };
}

/** Multiset difference a − b. */
function minus(a, b) {
  const left = new Map();
  for (const k of b) left.set(k, (left.get(k) ?? 0) + 1);
  const out = [];
  for (const k of a) {
    const n = left.get(k) ?? 0;
    if (n) left.set(k, n - 1);
    else out.push(k);
  }
  return out;
}

export async function compareRendering(api, reference, rendering) {
  const ref = reference.read ?? (reference.read = await read(api, reference));
  const got = await read(api, rendering);
  const cellDiffs = [];
  let same = 0;
  for (const [key, value] of ref.cells) {
    if (got.cells.get(key) === value) same++;
    else cellDiffs.push(`${key}: ${JSON.stringify(value)} → ${got.cells.has(key) ? JSON.stringify(got.cells.get(key)) : "(missing)"}`);
  }
  for (const key of got.cells.keys()) if (!ref.cells.has(key)) cellDiffs.push(`${key}: (none) → ${JSON.stringify(got.cells.get(key))}`);
  return {
    cells: ref.cells.size,
    cellsSame: same,
    cellDiffs,
    /** Findings the rendering has and the reference does not. */
    extra: minus(got.findings, ref.findings),
    /** Findings of the reference that the rendering misses. */
    missing: minus(ref.findings, got.findings),
  };
}
