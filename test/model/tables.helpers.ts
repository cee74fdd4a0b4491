// Helpers for the table-recognizer tests. The position oracles here work from the raw text alone
// (split on TAB / "|" / lines), independently of the recognizer's tokenizer.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SourceCode } from "../../src/core/source-code.js";
import { parseMarkdown } from "../../src/frontends/markdown.js";
import { parseText } from "../../src/frontends/text.js";
import { findSections } from "../../src/model/sections.js";
import { recognizeTables } from "../../src/model/tables/index.js";
import type { BlockDocument, MappedCell, MappedRow, MappedTable, Section } from "../../src/model/types.js";

export const FIXTURES = fileURLToPath(new URL("../../fixtures/tables/", import.meta.url));

export interface Loaded {
  text: string;
  doc: BlockDocument;
  sections: Section[];
  sc: SourceCode;
  result: ReturnType<typeof recognizeTables>;
}

export function analyse(text: string, doc: BlockDocument = parseText(text)): Loaded {
  const sections = findSections(doc.blocks, text.length);
  return { text, doc, sections, sc: new SourceCode(text), result: recognizeTables(doc, sections, text) };
}

export function load(name: string): Loaded {
  const text = readFileSync(FIXTURES + name, "utf8");
  return analyse(text, name.endsWith(".md") ? parseMarkdown(text) : parseText(text));
}

export function row(t: MappedTable | undefined, key: string): MappedRow {
  const r = t?.rows.find((x) => x.key === key);
  if (!r) throw new Error(`row ${key} not mapped`);
  return r;
}

/** A cell's value in a compact form: number, "无", "blank", "na:/", "text:…". */
export function val(c: MappedCell): number | string {
  switch (c.value.kind) {
    case "number":
      return c.value.unit ? `${c.value.value}${c.value.unit}` : c.value.value;
    case "none":
      return "无";
    case "blank":
      return "blank";
    case "na":
      return `na:${c.value.text}`;
    default:
      return `text:${c.value.text}`;
  }
}

export function vals(r: MappedRow): Array<number | string> {
  return r.cells.map(val);
}

const PAD = /[\t \u3000\u00a0]/;

/** Offset of the start of 1-based line n. */
export function lineStart(text: string, n: number): number {
  let off = 0;
  for (let i = 1; i < n; i++) off = text.indexOf("\n", off) + 1;
  return off;
}

export function lineText(text: string, n: number): string {
  const s = lineStart(text, n);
  const e = text.indexOf("\n", s);
  return text.slice(s, e < 0 ? text.length : e);
}

/** 1-based number of the first line whose TAB- or |-separated fields include `label` (trimmed). */
export function findLine(text: string, label: string, from = 1): number {
  const lines = text.split("\n");
  for (let i = from - 1; i < lines.length; i++) {
    const fields = lines[i].split(/[\t|]/).map((f) => f.replace(/^[\t \u3000\u00a0]+|[\t \u3000\u00a0]+$/g, ""));
    if (fields.includes(label)) return i + 1;
  }
  throw new Error(`no line with field ${label}`);
}

/**
 * Fields of a TAB line (or a "|" line) with the offset where each trimmed field starts; an empty
 * field's offset is where it would start (just after its separator).
 */
export function fields(text: string, n: number, sep: "\t" | "|" = "\t"): Array<{ text: string; start: number }> {
  const s = lineStart(text, n);
  const line = lineText(text, n);
  const out: Array<{ text: string; start: number }> = [];
  let fs = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i === line.length || line[i] === sep) {
      let a = fs;
      let b = i;
      while (a < b && PAD.test(line[a])) a++;
      while (b > a && PAD.test(line[b - 1])) b--;
      out.push({ text: line.slice(a, b), start: s + a });
      fs = i + 1;
    }
  }
  if (sep === "|") {
    if (line.trimStart().startsWith("|")) out.shift();
    if (line.trimEnd().endsWith("|")) out.pop();
  }
  return out;
}

const NUMERIC = /^([-+]?\d+(\.\d+)?(万元|元|万|件)?|无|减\d+|增\d+|\/|—|-)$/;

/**
 * Offsets of the first `n` value lines after line `after` (one cell per line): lines whose trimmed
 * content is a number (or 无, /, —), skipping blank lines and label continuations.
 */
export function valueLines(text: string, after: number, n: number): Array<{ text: string; start: number; line: number }> {
  const lines = text.split("\n");
  const out: Array<{ text: string; start: number; line: number }> = [];
  for (let i = after; i < lines.length && out.length < n; i++) {
    const m = /^[\t \u3000\u00a0]*/.exec(lines[i])!;
    const content = lines[i].slice(m[0].length).replace(/[\t \u3000\u00a0]+$/, "");
    if (NUMERIC.test(content)) out.push({ text: content, start: lineStart(text, i + 1) + m[0].length, line: i + 1 });
    else if (out.length && content) break;
  }
  return out;
}

/** Every cell's text is the source slice at its range (blank cells are zero-width). */
export function expectExactRanges(text: string, t: MappedTable | undefined): void {
  for (const r of t?.rows ?? []) {
    for (const c of r.cells) {
      if (text.slice(c.start, c.end) !== c.raw) throw new Error(`cell ${r.key}/${c.col}: slice ${JSON.stringify(text.slice(c.start, c.end))} ≠ raw ${JSON.stringify(c.raw)}`);
      if (c.value.kind === "blank" && c.end !== c.start) throw new Error(`blank cell ${r.key}/${c.col} is not zero-width`);
    }
    if (r.labelSpan && r.label.replace(/\s/g, "") !== text.slice(r.labelSpan.start, r.labelSpan.end).replace(/\s/g, "")) {
      throw new Error(`row ${r.key}: label ${r.label} ≠ source ${text.slice(r.labelSpan.start, r.labelSpan.end)}`);
    }
  }
}

// ---- expected values (the fixtures' invented data) ----------------------------------------

export const T3_KEYS_2021 = [
  "1", "2", "3.1", "3.2", "3.3.1", "3.3.2", "3.3.3", "3.3.4", "3.3.5", "3.3.6", "3.3.7", "3.3.8", "3.4.1", "3.4.2", "3.4.3",
  "3.5.1", "3.5.2", "3.5.3", "3.5.4", "3.5.5", "3.6.1", "3.6.2", "3.6.3", "3.7", "4",
];
export const T3_KEYS_2019 = [...T3_KEYS_2021.filter((k) => !k.startsWith("3.6.")).slice(0, 20), "3.6", "3.7", "4"];

/** Official row labels as they are written in the fixtures (2021 wording). */
export const T3_LABELS: Record<string, string> = {
  "1": "一、本年新收政府信息公开申请数量",
  "2": "二、上年结转政府信息公开申请数量",
  "3.1": "（一）予以公开",
  "3.2": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
  "3.3.1": "1.属于国家秘密",
  "3.3.2": "2.其他法律行政法规禁止公开",
  "3.3.3": "3.危及“三安全一稳定”",
  "3.3.4": "4.保护第三方合法权益",
  "3.3.5": "5.属于三类内部事务信息",
  "3.3.6": "6.属于四类过程性信息",
  "3.3.7": "7.属于行政执法案卷",
  "3.3.8": "8.属于行政查询事项",
  "3.4.1": "1.本机关不掌握相关政府信息",
  "3.4.2": "2.没有现成信息需要另行制作",
  "3.4.3": "3.补正后申请内容仍不明确",
  "3.5.1": "1.信访举报投诉类申请",
  "3.5.2": "2.重复申请",
  "3.5.3": "3.要求提供公开出版物",
  "3.5.4": "4.无正当理由大量反复申请",
  "3.5.5": "5.要求行政机关确认或重新出具已获取信息",
  "3.6": "（六）其他处理",
  "3.6.1": "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
  "3.6.2": "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
  "3.6.3": "3.其他",
  "3.7": "（七）总计",
  "4": "四、结转下年度继续办理",
};

const ZERO = [0, 0, 0, 0, 0, 0, 0];

/** Table 三 of a-tab-rows.txt (and f, x-too-few-values, x-truncated …). */
export const T3_A: Record<string, number[]> = Object.fromEntries(
  T3_KEYS_2021.map((k) => [
    k,
    (
      {
        "1": [12, 3, 1, 2, 1, 4, 23],
        "2": [2, 1, 0, 0, 0, 1, 4],
        "3.1": [6, 2, 0, 1, 0, 2, 11],
        "3.2": [1, 0, 1, 0, 0, 0, 2],
        "3.3.4": [1, 0, 0, 0, 0, 0, 1],
        "3.4.1": [2, 1, 0, 0, 1, 1, 5],
        "3.5.2": [1, 0, 0, 0, 0, 0, 1],
        "3.6.3": [0, 0, 0, 1, 0, 0, 1],
        "3.7": [11, 3, 1, 2, 1, 3, 21],
        "4": [3, 1, 0, 0, 0, 2, 6],
      } as Record<string, number[]>
    )[k] ?? ZERO,
  ]),
);

export function zerosExcept(keys: string[], given: Record<string, number[]>): Record<string, number[]> {
  return Object.fromEntries(keys.map((k) => [k, given[k] ?? ZERO]));
}

export const T4_A = [2, 1, 0, 1, 4, 1, 0, 1, 0, 2, 0, 1, 0, 0, 1];

export function t4Values(t: MappedTable | undefined): Array<number | string> {
  return ["t4.1", "t4.2", "t4.3"].flatMap((k) => vals(row(t, k)));
}

export function t4Cells(t: MappedTable | undefined): MappedCell[] {
  return ["t4.1", "t4.2", "t4.3"].flatMap((k) => row(t, k).cells);
}
