import type { Block, Section, SectionNumber, Span } from "./types.js";
import { CANONICAL_HEADING, SECTIONS, TABLE3_HEADING_LIKE_ROWS, type SectionSpec } from "../spec/sections.js";
import { normalizeLabel } from "./normalize.js";

const NUMERALS = "一二三四五六七八九十";
// What may follow a heading numeral: 一、 一. 一． 一, 一， 一: 一： (white space alone also counts).
const SEPARATORS = "、.．,，:：";
// Sentence ends: a heading may follow one on the same line ("…联系。一、总体情况").
const SENTENCE_ENDS = "。！？!?；;";
// Longest heading line taken as a heading on its own.
const MAX_HEADING = 60;

// ---- traditional characters ------------------------------------------------------------------

// Some mirror sites serve reports in traditional characters. One character for one character, so
// offsets survive folding. Only characters of the headings, table-三 labels, title words,
// organisation suffixes and period/date labels.
const TRAD = "總體況動開務處請復議訟題問進報項結轉數據統計時間為鎮鄉縣區辦員會廳關於與號國華條規範門網發標現們業機構應實際單衛檔級黨繼續決額費來歸傳類劃說明編製訴導領";
const SIMP = "总体况动开务处请复议讼题问进报项结转数据统计时间为镇乡县区办员会厅关于与号国华条规范门网发标现们业机构应实际单卫档级党继续决额费来归传类划说明编制诉导领";
const TRAD_MAP = new Map<string, string>();
for (let i = 0; i < TRAD.length; i++) TRAD_MAP.set(TRAD[i], SIMP[i]);
/** Which UTF-16 units are in TRAD: text is searched by code, without a string per character. */
const IS_TRAD = new Uint8Array(0x10000);
for (let i = 0; i < TRAD.length; i++) IS_TRAD[TRAD.charCodeAt(i)] = 1;

/** Fold the traditional characters that matter here to simplified ones; length is unchanged. */
export function foldTraditional(s: string): string {
  // Most text has none of them: find the first one (if any) before building anything.
  let first = 0;
  while (first < s.length && IS_TRAD[s.charCodeAt(first)] === 0) first++;
  if (first === s.length) return s;
  let out = "";
  let runStart = 0;
  for (let i = first; i < s.length; i++) {
    if (IS_TRAD[s.charCodeAt(i)] === 0) continue;
    out += s.slice(runStart, i) + TRAD_MAP.get(s[i]);
    runStart = i + 1;
  }
  return out + s.slice(runStart);
}

// ---- taking a heading line apart -------------------------------------------------------------

const PAD_RE = /[\s\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff]/;
const isPad = (ch: string | undefined): boolean => ch !== undefined && PAD_RE.test(ch);
const isMarkup = (ch: string | undefined): boolean => ch === "*" || ch === "_" || ch === "#" || ch === ">";

/** Offsets into the raw line: where the heading starts, its numeral, and its words. */
export interface HeadingParts {
  numeral: string;
  /** Start of the numeral, or of the words when there is none. */
  headStart: number;
  titleStart: number;
  /** End of the words (trailing white space and emphasis markers excluded). */
  titleEnd: number;
}

// 一、 一. 一， 一．一 (space) — but not （一）, which numbers sub-topics, nor 一是.
function splitHeading(raw: string): HeadingParts {
  let p = 0;
  let e = raw.length;
  while (p < e && (isPad(raw[p]) || isMarkup(raw[p]))) p++;
  while (e > p && (isPad(raw[e - 1]) || raw[e - 1] === "*" || raw[e - 1] === "_" || raw[e - 1] === "#")) e--;
  let q = p;
  while (q < e && q - p < 2 && NUMERALS.includes(raw[q])) q++;
  if (q > p) {
    let r = q;
    while (r < e && isPad(raw[r])) r++;
    let separated = r > q;
    if (r < e && SEPARATORS.includes(raw[r])) {
      r++;
      separated = true;
    }
    if (separated && r < e) {
      while (r < e && (isPad(raw[r]) || raw[r] === "*" || raw[r] === "_")) r++;
      return { numeral: raw.slice(p, q), headStart: p, titleStart: r, titleEnd: e };
    }
  }
  return { numeral: "", headStart: p, titleStart: p, titleEnd: e };
}

/**
 * A heading line taken apart: leading padding and Markdown markers skipped, the numeral (一 … 十,
 * "" when none), where the words start (after the separator 、 . ， : or white space) and end.
 * Offsets into `raw`. For section-heading and section-order, which point at the numeral or the words.
 */
export function headingParts(raw: string): HeadingParts {
  return splitHeading(raw);
}

const NORMALIZED = SECTIONS.map((spec) => ({
  spec,
  title: normalizeLabel(spec.title),
  variants: spec.variants.map(normalizeLabel),
  cues: spec.cues.map(normalizeLabel),
}));
const TABLE_ROWS = TABLE3_HEADING_LIKE_ROWS.map(normalizeLabel);
/** Exact wordings (official + listed variants), longest first, for headings running into prose. */
const EXACT_WORDINGS = NORMALIZED.flatMap((n) => [
  { spec: n.spec, text: n.title, isVariant: false },
  ...n.variants.map((v) => ({ spec: n.spec, text: v, isVariant: true })),
]).sort((a, b) => b.text.length - a.text.length);

const norm = (s: string): string => normalizeLabel(foldTraditional(s));

// Normalising never lengthens a string (one character for one, or none), so words shorter than
// every wording they could match are no heading: most lines of a table flattened one cell per line
// ("0", "12", "自然人") are turned away before being normalised. Without a numeral only the title or a
// variant of six or more characters counts (see classify); cue words need a numeral.
const shortest = (texts: string[]): number => Math.min(...texts.map((t) => t.length));
const MIN_WORDS_NUMBERED = shortest(NORMALIZED.flatMap((n) => [n.title, ...n.variants, ...n.cues]));
const WORDING_FIRST = new Set(NORMALIZED.flatMap((n) => [n.title, ...n.variants]).map((w) => w[0]));

/** The first character of norm(s) ("" when none): normalising maps each character on its own. */
function firstNormalized(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = norm(s[i]);
    if (c !== "") return c;
  }
  return "";
}
const MIN_WORDS_UNNUMBERED = Math.min(shortest(NORMALIZED.map((n) => n.title)), Math.max(6, shortest(NORMALIZED.flatMap((n) => n.variants))));

/**
 * True when the words (normalised) are a table-三 row label such as 本年新收政府信息公开申请数量,
 * whole or cut short (labels are split across lines and pages: "上年结转政府信息", "本年").
 */
function isTableRowLabel(t: string): boolean {
  return TABLE_ROWS.some((r) => t.startsWith(r) || (t.length >= 2 && r.startsWith(t)));
}

interface TitleMatch {
  spec: SectionSpec;
  isVariant: boolean;
  /** Taken on cue words only (not the official wording nor a listed variant). */
  byCue?: boolean;
}

/**
 * Which section the words after a numeral stand for. `loose` allows cue words (a numbered short
 * line carrying a section's cue and that section's own numeral).
 */
function classify(words: string, numeral: string, loose: boolean): TitleMatch | null {
  if (words.length < (numeral ? MIN_WORDS_NUMBERED : MIN_WORDS_UNNUMBERED)) return null;
  // Without cue words, only a whole wording matches: the first character must be one a wording
  // starts with (most prose lines are turned away here, before normalising the whole line).
  if (!(loose && numeral) && !WORDING_FIRST.has(firstNormalized(words))) return null;
  // A pipe or a tab after the words means a flattened table row, not a heading.
  if (/[|｜\t]/.test(words)) return null;
  const t = norm(words).replace(/[：。]$/, "");
  if (!t || isTableRowLabel(t)) return null;
  for (const n of NORMALIZED) {
    if (t === n.title) return { spec: n.spec, isVariant: false };
    // Short variants (概述, 基本情况) name sub-topics too: only with a numeral.
    if (n.variants.includes(t) && (numeral || t.length >= 6)) return { spec: n.spec, isVariant: true };
  }
  // A numbered short line carrying a section's cue words is that section written loosely — when
  // its numeral is that section's: "二、依申请公开情况" inside 一 is a sub-topic, not section 三.
  if (loose && numeral && t.length <= 30 && !/[。；;，,！？!?]/.test(words)) {
    const hit = NORMALIZED.find((n) => n.spec.numeral === numeral && n.cues.some((c) => t.includes(c)));
    if (hit) return { spec: hit.spec, isVariant: true, byCue: true };
  }
  return null;
}

/** Which section a heading line stands for, or null. Exported for tests and section-heading. */
export function matchSectionHeading(raw: string): { spec: SectionSpec; numeral: string; isVariant: boolean } | null {
  const parts = splitHeading(raw);
  if (parts.titleEnd - parts.headStart > MAX_HEADING) return null;
  const m = classify(raw.slice(parts.titleStart, parts.titleEnd), parts.numeral, true);
  return m ? { ...m, numeral: parts.numeral } : null;
}

/** A heading found in a line: what it is and where (offsets into the line). */
interface LineHeading extends TitleMatch {
  numeral: string;
  start: number;
  end: number;
  runOn?: "before" | "after";
}

/**
 * A section heading at the start of a prose line: numeral + the exact wording (official or a
 * listed variant) + white space or punctuation + prose. Cue words are not enough here.
 */
function leadingHeading(raw: string, parts: HeadingParts): LineHeading | null {
  if (!parts.numeral) return null;
  // Normalise the first characters one at a time, keeping where each came from.
  let normText = "";
  const from: number[] = [];
  const limit = Math.min(raw.length, parts.titleStart + 40);
  for (let i = parts.titleStart; i < limit; i++) {
    const c = norm(raw[i]);
    for (const ch of c) {
      normText += ch;
      from.push(i);
    }
  }
  for (const w of EXACT_WORDINGS) {
    if (!normText.startsWith(w.text)) continue;
    const headEnd = from[w.text.length - 1] + 1;
    let after = headEnd;
    while (after < raw.length && (raw[after] === "*" || raw[after] === "_")) after++;
    const next = raw[after];
    if (next !== undefined && !isPad(next) && !"。：:，,".includes(next)) continue;
    return { spec: w.spec, isVariant: w.isVariant, numeral: parts.numeral, start: parts.headStart, end: headEnd, runOn: "after" };
  }
  return null;
}

/** A section heading ending a prose line after a sentence end: "…请与办公室联系。一、总体情况". */
function trailingHeading(raw: string): LineHeading | null {
  let k = -1;
  for (let i = raw.length - 1; i >= 0 && raw.length - i <= 45; i--) {
    if (SENTENCE_ENDS.includes(raw[i])) {
      k = i;
      break;
    }
  }
  if (k < 0) return null;
  const tail = raw.slice(k + 1);
  const parts = splitHeading(tail);
  if (!parts.numeral) return null;
  const m = classify(tail.slice(parts.titleStart, parts.titleEnd), parts.numeral, false);
  if (!m) return null;
  return { ...m, numeral: parts.numeral, start: k + 1 + parts.headStart, end: k + 1 + parts.titleEnd, runOn: "before" };
}

/** The section heading in a line of text, if any (offsets relative to the line). */
function findHeadingInLine(raw: string): LineHeading | null {
  const parts = splitHeading(raw);
  const short = parts.titleEnd - parts.headStart <= MAX_HEADING;
  const words = raw.slice(parts.titleStart, parts.titleEnd);
  // Exact wording first, then a heading running into prose, then cue words, then a heading
  // ending a prose line: "一、总体情况 今年以来…" must not be taken whole on its cue.
  const exact = short ? classify(words, parts.numeral, false) : null;
  if (exact) return { ...exact, numeral: parts.numeral, start: parts.headStart, end: parts.titleEnd };
  const lead = leadingHeading(raw, parts);
  if (lead) return lead;
  const loose = short ? classify(words, parts.numeral, true) : null;
  if (loose) return { ...loose, numeral: parts.numeral, start: parts.headStart, end: parts.titleEnd };
  return trailingHeading(raw);
}

/** A top-level numbered heading that is none of the six (一、加强组织领导), or null. */
function otherHeadingInLine(raw: string): { numeral: string; start: number; end: number } | null {
  const parts = splitHeading(raw);
  if (!parts.numeral) return null;
  const words = raw.slice(parts.titleStart, parts.titleEnd);
  if (/[|｜\t]/.test(words)) return null;
  const t = norm(words);
  // A heading is short and is no sentence ("一、全年公开信息12条。" is prose); a trailing ： is fine.
  if (t.length < 2 || t.length > 30 || /[。；;！？!?]/.test(t)) return null;
  if (isTableRowLabel(t)) return null;
  return { numeral: parts.numeral, start: parts.headStart, end: parts.titleEnd };
}

// ---- the section finder ----------------------------------------------------------------------

function blockLine(block: Block): { text: string; start: number } | null {
  if (block.kind === "heading" || block.kind === "paragraph") return { text: block.text, start: block.content.start };
  return null;
}

/** A one-cell-per-line table row: a paragraph indented by a TAB (spec §8b). */
function isTabCell(block: Block | undefined): boolean {
  if (!block) return false;
  if (block.kind === "table") return true;
  return block.kind === "paragraph" && block.indent.includes("\t");
}

/**
 * True when a TAB-indented line sits between table cells: inside a flattened table, never a
 * section heading (spec §8b, §8g).
 */
function insideTable(blocks: Block[], index: number): boolean {
  if (!isTabCell(blocks[index]) || blocks[index].kind === "table") return false;
  let p = index - 1;
  while (p >= 0 && blocks[p].kind === "comment") p--;
  let n = index + 1;
  while (n < blocks.length && blocks[n].kind === "comment") n++;
  return isTabCell(blocks[p]) && isTabCell(blocks[n]);
}

export interface HeadingScan {
  sections: Section[];
  otherHeadings: Array<Span & { numeral: string; text: string }>;
}

/** Find the six sections among the blocks; bodies run to the next section heading. */
export function findSections(blocks: Block[], textLength: number): Section[] {
  return scanHeadings(blocks, textLength).sections;
}

/** Sections and the other top-level numbered headings, in one pass over the blocks. */
export function scanHeadings(blocks: Block[], textLength: number): HeadingScan {
  const found: Array<{ index: number; section: Section; byCue?: boolean }> = [];
  const otherHeadings: HeadingScan["otherHeadings"] = [];
  blocks.forEach((block, index) => {
    const line = blockLine(block);
    if (!line || insideTable(blocks, index)) return;
    const h = findHeadingInLine(line.text);
    if (!h) {
      const o = otherHeadingInLine(line.text);
      if (o) otherHeadings.push({ numeral: o.numeral, text: line.text.slice(o.start, o.end), start: line.start + o.start, end: line.start + o.end });
      return;
    }
    const section: Section = {
      number: h.spec.number as SectionNumber,
      numeral: h.numeral,
      heading: { text: line.text.slice(h.start, h.end), start: line.start + h.start, end: line.start + h.end },
      canonical: CANONICAL_HEADING(h.spec),
      isVariant: h.isVariant,
      body: { start: h.runOn === "after" ? line.start + h.end : block.end, end: textLength },
      blocks: [],
    };
    if (h.runOn) section.runOn = h.runOn;
    found.push({ index, section, byCue: h.byCue });
  });
  // A heading taken on cue words ("二、推进主动公开") while the same section also has a heading in
  // its official wording or a listed variant is a sub-topic numbered at top level, not the section.
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i];
    if (!f.byCue || !found.some((g) => g !== f && !g.byCue && g.section.number === f.section.number)) continue;
    const s = f.section;
    otherHeadings.push({ numeral: s.numeral, text: s.heading.text, start: s.heading.start, end: s.heading.end });
    found.splice(i, 1);
  }
  otherHeadings.sort((a, b) => a.start - b.start);
  for (let i = 0; i < found.length; i++) {
    const s = found[i].section;
    const first = s.runOn === "after" ? found[i].index : found[i].index + 1;
    const next = found[i + 1];
    if (!next) {
      s.blocks = blocks.slice(first);
      s.body.end = textLength;
    } else if (next.section.runOn === "before") {
      // The next heading ends a prose line: that line's prose still belongs here.
      s.blocks = blocks.slice(first, next.index + 1);
      s.body.end = next.section.heading.start;
    } else {
      s.blocks = blocks.slice(first, next.index);
      s.body.end = blocks[next.index].start;
    }
  }
  return { sections: found.map((f) => f.section), otherHeadings };
}
