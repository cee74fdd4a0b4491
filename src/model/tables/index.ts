// The table recognizer: maps a report's flattened tables 二, 三 and 四 onto the official layouts
// (src/spec/format-*.ts), cell by cell, with exact source ranges. When a table or a row cannot be
// mapped with confidence it says why (MappedTable.problems, MappedRow.problem, a ModelNote) and
// maps no guessed values.
//
// Pipeline: blocks → token stream (tokens.ts: one token per cell, whatever the flattening; labels
// matched and joined across lines) → tokens per table (segment.ts) → each table mapped by its
// layout (table2.ts, table3.ts, table4.ts; value placement in assign.ts). Linear in the text but
// for a bounded label match per short cell.
import type { BlockDocument, LayoutYear, MappedTable, ModelNote, Section } from "../types.js";
import { mapTable2 } from "./table2.js";
import { mapTable3 } from "./table3.js";
import { mapTable4 } from "./table4.js";
import { segment } from "./segment.js";
import { tokenize, type Tok } from "./tokens.js";

export { parseCellValue } from "./values.js";

export interface RecognizedTables {
  tables: { t2?: MappedTable; t3?: MappedTable; t4?: MappedTable };
  /** From table 二's layout markers (majority); table 三's （六） does not decide it. */
  layout: LayoutYear | "unknown";
  notes: ModelNote[];
}

const NUMERAL: Record<2 | 3 | 4, string> = { 2: "二", 3: "三", 4: "四" };

function summary(problems: MappedTable["problems"]): string {
  const shown = problems.slice(0, 3).map((p) => p.message);
  return shown.join("；") + (problems.length > shown.length ? `；另有 ${problems.length - shown.length} 处问题` : "");
}

export function recognizeTables(doc: BlockDocument, sections: Section[], text: string): RecognizedTables {
  const toks = tokenize(doc, sections, text);
  const streams = segment(toks);
  const tables: RecognizedTables["tables"] = {};
  const notes: ModelNote[] = [];

  if (streams[2].length) tables.t2 = mapTable2(streams[2], toks);
  const layout: LayoutYear | "unknown" = tables.t2?.layout ?? "unknown";
  if (streams[3].length) tables.t3 = mapTable3(streams[3], toks, layout);
  if (streams[4].length) tables.t4 = mapTable4(streams[4], toks);

  for (const n of [2, 3, 4] as const) {
    const t = tables[`t${n}` as const];
    if (t) {
      if (!t.confident) {
        const none = t.rows.every((r) => r.cells.length === 0);
        notes.push({
          code: "table-not-recognised",
          message: `表${NUMERAL[n]}${none ? "无法识别" : "部分无法识别"}：${summary(t.problems)}`,
          start: t.start,
          end: t.end,
        });
      }
      continue;
    }
    // The section is there and holds values, but no table could be found in it.
    const section = sections.find((s) => s.number === n);
    if (!section) continue;
    const values = streams.orphans.filter((o: Tok) => o.kind === "value" && o.start >= section.body.start && o.end <= section.body.end);
    if (values.length >= 2) {
      notes.push({
        code: "table-not-recognised",
        message: `表${NUMERAL[n]}无法识别：第${NUMERAL[n]}部分有 ${values.length} 个数值，但没有找到可识别的表头或行标签`,
        start: values[0].start,
        end: values[values.length - 1].end,
      });
    }
  }
  return { tables, layout, notes };
}
