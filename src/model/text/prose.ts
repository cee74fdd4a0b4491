// Prose lines and sentences joined across pasted line breaks (spec §8h), with exact source offsets.
import type { ReportModel, Span } from "../types.js";
import { isHan, isHSpace, isHSpaceCode } from "./chars.js";

/** One line of prose: a paragraph or heading block's content. */
export interface ProseLine extends Span {
  text: string;
  /** True for the report title line (other rules report the title). */
  isTitle: boolean;
  /** True for a section heading line (一、总体情况 …). */
  isSectionHeading: boolean;
}

// Built once per model: several rules read the same lines and runs (shared: never mutate them).
const linesCache = new WeakMap<ReportModel, ProseLine[]>();
const runsCache = new WeakMap<ReportModel, JoinedRun[]>();

/** Paragraph and heading lines of the report, in order (tables and comments left out). */
export function proseLines(model: ReportModel): ProseLine[] {
  const cached = linesCache.get(model);
  if (cached) return cached;
  const out: ProseLine[] = [];
  const title = model.title;
  const headings = model.sections.map((s) => s.heading);
  for (const b of model.document.blocks) {
    if (b.kind !== "paragraph" && b.kind !== "heading") continue;
    let { start, end } = b.content;
    let text = b.text;
    if (text.includes("<!--")) {
      ({ text, start, end } = blankComments(text, start));
      if (start >= end) continue;
    }
    const isTitle = title !== undefined && title.start < end && start < title.end;
    const isSectionHeading = headings.some((h) => h.start >= start && h.end <= end && h.end - h.start >= (end - start) * 0.8);
    out.push({ text, start, end, isTitle, isSectionHeading });
  }
  linesCache.set(model, out);
  return out;
}

/**
 * An HTML comment inside a prose line (a reportlint directive at the end of a line, or a note) is
 * not report text: blanked with spaces so offsets stay exact, and trimmed off the line's ends.
 */
function blankComments(text: string, start: number): { text: string; start: number; end: number } {
  // A scan with indexOf, not /<!--[\s\S]*?-->/g: the regex retries from every unclosed "<!--" and
  // scans to the end each time, which is quadratic on a line of many "<!--" and no "-->".
  let t = "";
  let from = 0;
  for (;;) {
    const open = text.indexOf("<!--", from);
    if (open < 0) break;
    const close = text.indexOf("-->", open + 4);
    if (close < 0) break;
    t += text.slice(from, open) + " ".repeat(close + 3 - open);
    from = close + 3;
  }
  t += text.slice(from);
  let s = 0;
  let e = t.length;
  while (s < e && isHSpace(t[s])) s++;
  while (e > s && isHSpace(t[e - 1])) e--;
  t = t.slice(s, e);
  return { text: t, start: start + s, end: start + e };
}

/**
 * Text joined from one or more prose lines. `offsets[i]` is the source offset of `text[i]`;
 * `offsets[text.length]` is the source end of the last line.
 */
export interface JoinedRun {
  text: string;
  offsets: Int32Array;
  lines: ProseLine[];
}

const SENTENCE_END = "。！？；;!?：:…";
const PROSE_MARK = /[，,。、；;]/;
// A line starting with an enumerator begins something new: 一、 （一） 1. 2、 (3)
const ENUMERATOR = /^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．](?!\d))/;

/** True when `a` stops mid-sentence and `b` continues it. */
function continues(a: ProseLine, b: ProseLine, text: string): boolean {
  // Cheapest tests first (every line of a table written one cell per line comes here).
  if (a.isTitle || b.isTitle || a.isSectionHeading || b.isSectionHeading) return false;
  let last = a.text.length - 1;
  while (last >= 0 && (a.text[last] === "*" || a.text[last] === "_")) last--;
  if (last < 0 || SENTENCE_END.includes(a.text[last])) return false;
  // Both lines must read as prose (a clause mark), not as a label, a heading, a title or page chrome.
  if (!PROSE_MARK.test(a.text) || !PROSE_MARK.test(b.text)) return false;
  let first = 0;
  while (first < b.text.length && (b.text[first] === "*" || b.text[first] === "_")) first++;
  if (!isHan(b.text[first])) return false;
  if (ENUMERATOR.test(b.text.slice(first))) return false;
  // Only white space, with at most three line breaks, between the two.
  let breaks = 0;
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) breaks++;
    else if (c !== 13 && !isHSpaceCode(c)) return false;
  }
  return breaks <= 3;
}

/** One run from its lines: the offsets in one typed array of the exact size (no array grown per character). */
function makeRun(lines: ProseLine[]): JoinedRun {
  let length = 0;
  for (const line of lines) length += line.text.length;
  const offsets = new Int32Array(length + 1);
  let at = 0;
  for (const line of lines) {
    for (let i = 0; i < line.text.length; i++) offsets[at + i] = line.start + i;
    at += line.text.length;
  }
  offsets[length] = lines[lines.length - 1].end;
  return { text: lines.length === 1 ? lines[0].text : lines.map((l) => l.text).join(""), offsets, lines };
}

/**
 * Prose lines grouped into runs: a line that stops mid-sentence is joined with the next when only
 * white space (at most a few blank lines) separates them. Nothing is inserted between the lines.
 */
export function joinedRuns(model: ReportModel): JoinedRun[] {
  const cached = runsCache.get(model);
  if (cached) return cached;
  const lines = proseLines(model);
  const groups: ProseLine[][] = [];
  let current: ProseLine[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const prev = i > 0 ? lines[i - 1] : undefined;
    if (!current || !prev || !continues(prev, line, model.text)) {
      current = [];
      groups.push(current);
    }
    current.push(line);
  }
  const runs = groups.map(makeRun);
  runsCache.set(model, runs);
  return runs;
}

/** Source span of run.text[i, j). */
export function runSpan(run: JoinedRun, i: number, j: number): Span {
  const start = run.offsets[i];
  const end = j > i ? run.offsets[j - 1] + 1 : start;
  return { start, end };
}
