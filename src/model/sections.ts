import type { Block, NumeralStyle, Section, SectionNumber, SectionRecognition, Span, TableRow } from "./types.js";
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

// White space (what \s matches) and U+200B, tested by code: this runs for every line's ends.
const isPad = (ch: string | undefined): boolean => ch !== undefined && ch.length > 0 && isSpaceCode(ch.charCodeAt(0));
function isSpaceCode(c: number): boolean {
  return (
    (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
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

// 一、 一. 一， 一．一 (space) — but not （一）, which numbers sub-topics, nor 一是. The section finder's
// first pass reads only these; headingParts (below) reads the other numeral styles too.
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
  wording: Section["wording"];
}

// Longest text taken for an organisation's name (or a year) written before a heading's words:
// 「二、XX镇主动公开政府信息情况」.
const MAX_PREFIX = 20;

/** The section whose official or listed wording ends the words after a short prefix, or null. */
function prefixedWording(t: string): SectionSpec | null {
  for (const w of EXACT_WORDINGS) {
    if (w.text.length < 4 || t.length <= w.text.length || t.length - w.text.length > MAX_PREFIX) continue;
    if (t.endsWith(w.text) && !/[，,。；;！？!?、]/.test(t.slice(0, t.length - w.text.length))) return w.spec;
  }
  return null;
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
    if (t === n.title) return { spec: n.spec, isVariant: false, wording: "official" };
    // Short variants (概述, 基本情况) name sub-topics too: only with a numeral.
    if (n.variants.includes(t) && (numeral || t.length >= 6)) return { spec: n.spec, isVariant: true, wording: "listed" };
  }
  if (loose && numeral && t.length <= 30 && !/[。；;，,！？!?]/.test(words)) {
    // The organisation's name (or the year) before the official wording, under that section's numeral.
    const prefixed = prefixedWording(t);
    if (prefixed && prefixed.numeral === numeral) return { spec: prefixed, isVariant: true, wording: "prefixed" };
    // A numbered short line carrying a section's cue words is that section written loosely — when
    // its numeral is that section's: "二、依申请公开情况" inside 一 is a sub-topic, not section 三.
    const hit = NORMALIZED.find((n) => n.spec.numeral === numeral && n.cues.some((c) => t.includes(c)));
    if (hit) return { spec: hit.spec, isVariant: true, byCue: true, wording: "cue" };
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
    return { spec: w.spec, isVariant: w.isVariant, wording: w.isVariant ? "listed" : "official", numeral: parts.numeral, start: parts.headStart, end: headEnd, runOn: "after" };
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

// ---- numerals in other styles ------------------------------------------------------------------

const DIGITS = "一二三四五六七八九";

/** 一 → 1 … 十 → 10, 十一 → 11, "2" → 2 (full-width digits too); 0 when not a numeral. */
export function numeralValue(n: string): number {
  const ascii = n.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d{1,2}$/.test(ascii)) return Number(ascii);
  if (n.length === 1) return n === "十" ? 10 : DIGITS.indexOf(n) + 1;
  if (n.length === 2 && n[0] === "十") return 10 + DIGITS.indexOf(n[1]) + 1;
  if (n.length === 2 && n[1] === "十") return (DIGITS.indexOf(n[0]) + 1) * 10;
  return 0;
}

export interface AnyHeadingParts extends HeadingParts {
  style?: NumeralStyle;
}

const CN = "[一二三四五六七八九十]{1,2}";
const NUM = `(?:${CN}|\\d{1,2}|[０-９]{1,2})`;
const PART_RE = new RegExp(`^第(${NUM})部分[\\s\\u3000、.．,，:：]*`);
const BRACKET_RE = new RegExp(`^[（(](${NUM})[）)][\\s\\u3000、.．,，:：]*`);
// 2、 2． 2. (not 2.5, but 2.2021年) 2， 2： or 2 and a space.
const ARABIC_RE = /^(\d{1,2}|[０-９]{1,2})(?:[、．，,:：]|\.(?!\d)|\.(?=\d{4}年)|[\s\u3000]+)[\s\u3000]*/;
const BARE_RE = new RegExp(`^(${CN})[\\s\\u3000]*[、.．,，:：]$`);

/**
 * A heading line in any numeral style: 一、 (as headingParts), a bare 「三、」, 2、 2. , （一） (2),
 * 第一部分. Offsets into `raw`; `numeral` is the numeral alone ("2", "一"), `style` how it is written.
 */
export function headingParts(raw: string): AnyHeadingParts {
  const base = splitHeading(raw);
  if (base.numeral) return { ...base, style: "chinese" };
  const p = base.headStart;
  const e = base.titleEnd;
  const head = raw.slice(p, e);
  const bare = BARE_RE.exec(head);
  if (bare) return { numeral: bare[1], headStart: p, titleStart: e, titleEnd: e, style: "chinese" };
  for (const [re, style] of [[PART_RE, "part"], [BRACKET_RE, "bracketed"], [ARABIC_RE, "arabic"]] as const) {
    const m = re.exec(head);
    if (!m) continue;
    let r = p + m[0].length;
    while (r < e && (raw[r] === "*" || raw[r] === "_")) r++;
    return { numeral: m[1], headStart: p, titleStart: r, titleEnd: Math.max(r, e), style };
  }
  return base;
}

// ---- the section finder ----------------------------------------------------------------------

function blockLine(block: Block): { text: string; start: number } | null {
  if (block.kind === "heading" || block.kind === "paragraph") return { text: block.text, start: block.content.start };
  return null;
}

/** A table row holding one non-empty cell (a heading put in a table), as a line; else null. */
function singleCell(row: TableRow): { text: string; start: number } | null {
  const filled = row.cells.filter((c) => c.text.trim() !== "");
  return filled.length === 1 ? { text: filled[0].text, start: filled[0].start } : null;
}

/** A one-cell-per-line table row: a paragraph indented by a TAB (spec §8b). */
function isTabCell(block: Block | undefined): boolean {
  if (!block) return false;
  if (block.kind === "table") return true;
  return block.kind === "paragraph" && block.indent.includes("\t");
}

/**
 * True when a TAB-indented line sits between table cells: inside a flattened table, never a
 * section heading (spec §8b, §8g) unless its words are a section's whole wording.
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

interface Found {
  index: number;
  section: Section;
  byCue?: boolean;
  /** The heading is a cell of a table block: the block itself belongs to the section. */
  inTable?: boolean;
}

function makeSection(
  spec: SectionSpec,
  line: { text: string; start: number },
  h: { start: number; end: number; numeral: string; runOn?: "before" | "after" },
  how: { recognition: SectionRecognition; wording: Section["wording"]; style?: NumeralStyle },
  bodyStart: number,
  textLength: number,
): Section {
  const section: Section = {
    number: spec.number as SectionNumber,
    numeral: h.numeral,
    heading: { text: line.text.slice(h.start, h.end), start: line.start + h.start, end: line.start + h.end },
    canonical: CANONICAL_HEADING(spec),
    isVariant: how.recognition !== "exact",
    recognition: how.recognition,
    wording: how.wording,
    body: { start: bodyStart, end: textLength },
    blocks: [],
  };
  if (how.style) section.numeralStyle = how.style;
  if (h.runOn) section.runOn = h.runOn;
  return section;
}

/** Sections and the other top-level numbered headings, in one pass over the blocks. */
export function scanHeadings(blocks: Block[], textLength: number): HeadingScan {
  const found: Found[] = [];
  const otherHeadings: HeadingScan["otherHeadings"] = [];
  blocks.forEach((block, index) => {
    const line = blockLine(block);
    if (!line) return;
    if (insideTable(blocks, index)) return;
    const h = findHeadingInLine(line.text);
    if (!h) {
      const o = otherHeadingInLine(line.text);
      if (o) otherHeadings.push({ numeral: o.numeral, text: line.text.slice(o.start, o.end), start: line.start + o.start, end: line.start + o.end });
      return;
    }
    const how = { recognition: (h.isVariant ? "variant" : "exact") as SectionRecognition, wording: h.wording, style: h.numeral ? ("chinese" as const) : undefined };
    const section = makeSection(h.spec, line, h, how, h.runOn === "after" ? line.start + h.end : block.end, textLength);
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
  dropContentsList(found, blocks);
  if (new Set(found.map((f) => f.section.number)).size < SECTIONS.length) {
    const added = findByEvidence(blocks, found, textLength);
    if (added.length > 0) {
      const taken = new Set(added.map((f) => f.section.heading.start));
      for (let i = otherHeadings.length - 1; i >= 0; i--) if (taken.has(otherHeadings[i].start)) otherHeadings.splice(i, 1);
    }
  }
  otherHeadings.sort((a, b) => a.start - b.start);
  for (let i = 0; i < found.length; i++) {
    const s = found[i].section;
    const first = s.runOn === "after" || found[i].inTable ? found[i].index : found[i].index + 1;
    const next = found[i + 1];
    if (!next) {
      s.blocks = blocks.slice(first);
      s.body.end = textLength;
    } else if (next.section.runOn === "before") {
      // The next heading ends a prose line: that line's prose still belongs here.
      s.blocks = blocks.slice(first, next.index + 1);
      s.body.end = next.section.heading.start;
    } else if (next.inTable) {
      // The next heading is a table cell: the table's rows before it still belong here.
      s.blocks = blocks.slice(first, next.index + (next.index > found[i].index ? 1 : 0));
      s.body.end = next.section.heading.start;
    } else {
      s.blocks = blocks.slice(first, next.index);
      s.body.end = blocks[next.index].start;
    }
  }
  return { sections: found.map((f) => f.section), otherHeadings };
}

/**
 * A preface listing the parts one per line (一、总体情况 / 二、主动公开政府信息情况 / …) before the
 * report's own headings: two or more headings in a row, in order, with nothing between them, each
 * of which comes again later, are a list of contents, not the sections.
 */
function dropContentsList(found: Found[], blocks: Block[]): void {
  let i = 0;
  while (i < found.length) {
    let j = i;
    while (j + 1 < found.length && found[j + 1].section.number > found[j].section.number && adjacent(blocks, found[j].index, found[j + 1].index)) j++;
    const run = found.slice(i, j + 1);
    const later = found.slice(j + 1).map((f) => f.section.number);
    if (run.length >= 2 && run.every((f) => later.includes(f.section.number))) {
      found.splice(i, run.length);
      continue;
    }
    i = j + 1;
  }
}

/** True when only comments lie between blocks a and b. */
function adjacent(blocks: Block[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (blocks[k].kind !== "comment") return false;
  return b > a;
}

// ---- recognising a section by evidence --------------------------------------------------------

interface Candidate {
  index: number;
  spec: SectionSpec;
  line: { text: string; start: number };
  parts: AnyHeadingParts;
  recognition: SectionRecognition;
  wording: Section["wording"];
  /** 3: the section's wording; 2: cue words; 1: the numeral alone; 0: the body alone. */
  strength: number;
  /** The heading is this row of a table block. */
  row?: TableRow;
}

// Longest words taken for a heading without a numeral or in another numeral style.
const MAX_LOOSE_WORDS = 30;
// How far a body is read for evidence of its subject.
const EVIDENCE_BLOCKS = 40;
const EVIDENCE_CHARS = 3000;

const CONTENT = SECTIONS.map((s) => s.content);

/** Which section the words name, and how: the wording, an organisation before it, or cue words. */
function wordsNaming(words: string): { spec: SectionSpec; wording: Section["wording"] } | null {
  if (words.length < 2 || words.length > MAX_HEADING || /[|｜\t]/.test(words)) return null;
  const t = norm(words).replace(/[：:。]$/, "");
  if (t.length < 2 || t.length > MAX_HEADING || isTableRowLabel(t)) return null;
  for (const n of NORMALIZED) {
    if (t === n.title) return { spec: n.spec, wording: "official" };
    if (n.variants.includes(t)) return { spec: n.spec, wording: "listed" };
  }
  const prefixed = prefixedWording(t);
  if (prefixed) return { spec: prefixed, wording: "prefixed" };
  // Cue words: a short heading that is no sentence (nothing but a closing ：or 。 punctuates it).
  if (t.length > MAX_LOOSE_WORDS || /[，,、。；;！？!?：:]/.test(words.trim().replace(/[：:。*_]+$/, ""))) return null;
  const hits = NORMALIZED.filter((n) => n.cues.some((c) => t.includes(c)));
  return hits.length === 1 ? { spec: hits[0].spec, wording: "cue" } : null;
}

/** How many of the section's content words the body after block `index` uses (up to `stop`). */
function contentEvidence(blocks: Block[], index: number, stop: number, number: number, fromRow?: number): number {
  let text = "";
  const end = Math.min(stop, index + EVIDENCE_BLOCKS);
  for (let k = index; k < end && text.length < EVIDENCE_CHARS; k++) {
    const b = blocks[k];
    if (b.kind === "table") {
      for (const row of b.rows.slice(k === index ? (fromRow ?? 0) : 0)) text += row.cells.map((c) => c.text).join(" ") + "\n";
    } else if (k > index && b.kind !== "comment") text += b.text + "\n";
  }
  text = foldTraditional(text);
  return CONTENT[number - 1].filter((w) => text.includes(w)).length;
}

/**
 * The sections the headings' wording did not find, looked for in the lines between their
 * neighbours: a numeral in another style (2、 （二） 第二部分), a bare numeral, no numeral, the
 * organisation's name before the words — each taken only where that section belongs in the order
 * and, for the weaker kinds, when the body bears it out. Adds to `found` (kept in block order).
 */
function findByEvidence(blocks: Block[], found: Found[], textLength: number): Found[] {
  const at = new Set(found.map((f) => f.index));
  const candidates: Candidate[] = [];
  let bracketedStrong = 0;
  const chineseFound = found.some((f) => f.section.numeralStyle === "chinese");
  for (let index = 0; index < blocks.length; index++) {
    if (at.has(index)) continue;
    const block = blocks[index];
    if (block.kind === "table" || insideTable(blocks, index)) {
      // A heading in a table cell: only a section's whole wording under its own numeral (a row
      // label never is one).
      const cells = block.kind === "table" ? block.rows.map((row) => ({ row, line: singleCell(row) })) : [{ row: undefined, line: blockLine(block) }];
      for (const { row, line } of cells) {
        if (!line || line.text.length > MAX_HEADING + 10) continue;
        const parts = headingParts(line.text);
        const named = parts.style === "chinese" ? wordsNaming(line.text.slice(parts.titleStart, parts.titleEnd)) : null;
        if (!named || named.wording === "cue" || numeralValue(parts.numeral) !== named.spec.number) continue;
        candidates.push({ index, spec: named.spec, line, parts, recognition: named.wording === "official" ? "exact" : "variant", wording: named.wording, strength: 3, row });
        break;
      }
      continue;
    }
    const line = blockLine(block);
    if (!line || line.text.length > MAX_HEADING + 10) continue;
    const parts = headingParts(line.text);
    if (parts.titleEnd - parts.headStart > MAX_HEADING) continue;
    const words = line.text.slice(parts.titleStart, parts.titleEnd);
    const value = parts.numeral ? numeralValue(parts.numeral) : 0;
    const named = words ? wordsNaming(words) : null;
    if (parts.numeral && (value < 1 || value > SECTIONS.length)) continue;
    if (named) {
      // A numbered heading names the section of its own number; a sub-point （一）主动公开… names
      // what it is about, not section 一.
      // what it is about, not section 一. A section's own wording under another Arabic numeral or
      // 第…部分 (3、主动公开政府信息情况 where 二 belongs) is that section misnumbered — taken only
      // between sections present on both sides (section-order reports the numeral).
      const strong = named.wording !== "cue";
      const misnumbered = value > 0 && named.spec.number !== value;
      if (misnumbered && !(strong && (parts.style === "arabic" || parts.style === "part"))) continue;
      if (parts.style === "bracketed" && strong) bracketedStrong++;
      const recognition: SectionRecognition = named.wording === "official" && parts.style === "chinese" ? "exact" : "variant";
      candidates.push({ index, spec: named.spec, line, parts, recognition, wording: named.wording, strength: strong && !misnumbered ? 3 : 2 });
    } else if (value && (parts.style === "chinese" || parts.style === "part")) {
      const spec = SECTIONS[value - 1];
      if (words) {
        const t = norm(words);
        // Words that name none of the six: a heading only if short and no sentence.
        if (t.length < 2 || t.length > MAX_LOOSE_WORDS || /[。；;！？!?，,|｜\t]/.test(words) || isTableRowLabel(t)) continue;
        candidates.push({ index, spec, line, parts, recognition: "content", wording: "other", strength: 0 });
      } else candidates.push({ index, spec, line, parts, recognition: "numbering", wording: "none", strength: 1 });
    }
  }
  // （一）… numbers the six only in a report that numbers them all that way: at least two of them
  // carry a section's wording and no section heading uses 一、.
  const bracketedSections = bracketedStrong >= 2 && !chineseFound;
  const added: Found[] = [];
  for (const spec of SECTIONS) {
    if (found.some((f) => f.section.number === spec.number)) continue;
    const n = spec.number;
    const before = found.filter((f) => f.section.number < n);
    const after = found.filter((f) => f.section.number > n);
    const lo = Math.max(-1, ...before.map((f) => f.index));
    const hi = Math.min(blocks.length, ...after.map((f) => f.index));
    // Where the section belongs: between two sections that are present (after the one before it
    // for 六, before the one after it for 一), not after the text's last section (a partial text).
    const anchored = (c: Candidate) =>
      (n === 1 || found.some((f) => f.section.number < n && f.index < c.index)) && (n === SECTIONS.length || found.some((f) => f.section.number > n && f.index > c.index));
    let best: Candidate | null = null;
    for (const c of candidates) {
      if (c.spec.number !== n || c.index <= lo || c.index >= hi) continue;
      if (c.parts.style === "bracketed" && !bracketedSections) continue;
      if (c.strength < 3) {
        // Weaker evidence: sections must stand on both sides, and the body must be about this
        // section (two of its subjects when the words name another subject).
        if (!anchored(c)) continue;
        if (c.strength < 2 && c.parts.style !== "chinese" && c.parts.style !== "part") continue;
        const need = c.strength === 0 ? 2 : 1;
        if (contentEvidence(blocks, c.index, hi, n) < need) continue;
      }
      if (!best || c.strength > best.strength) best = c;
    }
    if (!best) continue;
    const { parts, line } = best;
    const section = makeSection(
      spec,
      line,
      { start: parts.headStart, end: parts.titleEnd, numeral: parts.numeral },
      { recognition: best.recognition, wording: best.wording, style: parts.style },
      best.row ? best.row.end : blocks[best.index].end,
      textLength,
    );
    const f: Found = { index: best.index, section, inTable: best.row !== undefined };
    added.push(f);
    found.push(f);
    found.sort((a, b) => a.index - b.index);
  }
  return added;
}
