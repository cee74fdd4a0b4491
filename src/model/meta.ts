// What a report says about itself: title, issuing body, statistics period, publication date.
// All functions are pure and linear in the text; every span is an exact source range.
import type { Block, BlockDocument, DateInfo, OrganizationLevel, PeriodDate, PeriodInfo, Span, TitleInfo } from "./types.js";
import { foldTraditional } from "./sections.js";
import { NUMERAL_CHAR, WRITTEN_YEAR, yearValue } from "./year-numerals.js";

const PAD_RE = /[\s\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff]/;
const isPad = (ch: string | undefined): boolean => ch !== undefined && PAD_RE.test(ch);
const CJK_RE = /[\u3400-\u9fff]/;

// ---- organisation ----------------------------------------------------------------------------

export function organizationLevel(name: string): OrganizationLevel {
  const n = foldTraditional(name).replace(/[\s\u3000]+/g, "");
  if (/街道(办事处|办)?$|街办$/.test(n)) return "street";
  if (/(乡|苏木)(人民政府|政府)?$/.test(n)) return "township";
  if (/镇(人民政府|政府)?$/.test(n)) return "town";
  if (/(局|委员会|管委会|委|办公室|办|厅|中心|院|所|队|署|站)$/.test(n)) return "department";
  if (/省(人民政府|政府)?$|自治区(人民政府|政府)?$/.test(n)) return "province";
  if (/(县|区|旗)(人民政府|政府)?$/.test(n)) return "county";
  if (/(市|自治州|州|盟)(人民政府|政府)?$/.test(n)) return "city";
  return "unknown";
}

// Characters around a name that are not part of it: quotes, pipes, emphasis, list bullets.
const NAME_EDGE = /[\s\u3000\u00a0\u200b\ufeff*#_|｜《》“”"「」『』'‘’·•\-—:：]/;
// A mirror site's domain glued before the name: "example.com东湖街道".
const DOMAIN_PREFIX = /^(?:https?:\/\/)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\/?/;

// 我镇, 本局, 该办, 本级: the report speaking of itself, not a name (本溪市 is a name).
const PRONOUN = /^(?:我|该|本(?:镇|乡|局|委|办|街道|单位|机关|级|部门|县|区|市|院|中心|厅|处|所|年|报告))/;

export interface NamePart extends Span {
  name: string;
}

/**
 * The organisation in s[a, b): edges, a glued domain, 关于 and 年度 trimmed. Null when what is
 * left is not a name (empty, no Chinese, a pronoun like 我镇 / 本局, too long).
 */
export function cleanOrganization(s: string, a: number, b: number, base: number): NamePart | null {
  const trim = (): void => {
    while (a < b && NAME_EDGE.test(s[a])) a++;
    while (b > a && NAME_EDGE.test(s[b - 1])) b--;
  };
  trim();
  const domain = DOMAIN_PREFIX.exec(s.slice(a, b));
  if (domain && CJK_RE.test(s.slice(a + domain[0].length, b))) {
    a += domain[0].length;
    trim();
  }
  // 年度 / 度 left over after a year ("2021年度青禾镇"), 关于 before the name, 的 after it.
  for (;;) {
    const t = s.slice(a, b);
    if (t.startsWith("年度")) a += 2;
    else if (t.startsWith("度")) a += 1;
    else if (t.startsWith("关于")) a += 2;
    else if (t.endsWith("关于") || (t.endsWith("年度") && t.length > 2)) b -= 2;
    else if (t.endsWith("的")) b -= 1;
    else if (YEARISH_END.test(t) && /[\d０-９]/.test(t.slice(-8))) b -= YEARISH_END.exec(t)![0].length;
    else break;
    trim();
  }
  const raw = s.slice(a, b);
  if (raw.length < 2 || raw.length > 40 || !CJK_RE.test(raw) || PRONOUN.test(foldTraditional(raw))) return null;
  return { name: raw.replace(/[\s\u3000\u00a0]+/g, ""), start: base + a, end: base + b };
}

// ---- title -----------------------------------------------------------------------------------

// The words that make a line a report title (after folding traditional characters).
// 年报 for 年度报告 is a wording defect of the title (report-title), not a different document.
const TITLE_WORDS = /(?:政府|政务)信息公开.{0,8}报告|信息公开.{0,6}年度报告|政务公开.{0,6}年度报告|信息公开.{0,4}年报(?!告)/;
// Where the title words begin; the organisation ends before them.
const WORDS_START = /(?:政府|政务)信息公开|信息公开|政务公开/g;
// 2022年, ２０２２年, 二〇二二年度: every way a year is written (year-numerals.ts).
const YEAR = new RegExp(`(?<!${NUMERAL_CHAR})(${WRITTEN_YEAR})[ \\t\\u3000\\u00a0]{0,3}年(?:[ \\t\\u3000\\u00a0]{0,3}度)?`);
// A year-like run ending a name ("东湖街道２O２２年", a year misspelt with a letter O): never part of it.
const YEARISH_END = /[0-9０-９〇零一二三四五六七八九OoＯｏ]{4}[ \t\u3000\u00a0]{0,3}年$/;
// Navigation lines that mention the report but are not its title.
const BREADCRUMB = /[>＞›»]|首页|当前位置|现在的位置|当前页面|所在位置|您的位置/;
// A field label before the title in page chrome: "标题 | …", "标题：…", "标题…".
const TITLE_LABEL = /^(?:文章)?(?:标[ \u3000]*题|题[ \u3000]*目|名[ \u3000]*称)[ \u3000]*[:：|｜]?/;
const SENTENCE_PUNCT = /[。，,；;：:！？!?]/;

/** Where the year and the title words sit in a folded title-like string. */
interface TitleShape {
  wordsStart: number;
  year?: number;
  yearStart?: number;
  yearEnd?: number;
}

function titleShape(folded: string): TitleShape | null {
  const y = YEAR.exec(folded);
  WORDS_START.lastIndex = 0;
  let words: RegExpExecArray | null;
  if (y) {
    // The words after the year: "XX市政务公开办公室2021年政府信息公开…" keeps its name whole.
    WORDS_START.lastIndex = y.index + y[0].length;
    words = WORDS_START.exec(folded);
    if (!words) {
      WORDS_START.lastIndex = 0;
      words = WORDS_START.exec(folded);
    }
  } else words = WORDS_START.exec(folded);
  if (!words) return null;
  if (!y) return { wordsStart: words.index };
  return { wordsStart: words.index, year: yearValue(y[1]), yearStart: y.index, yearEnd: y.index + y[0].length };
}

/** The organisation named by a title-like string: before the year, else between year and words. */
function titleOrganization(s: string, shape: TitleShape, from: number, base: number): NamePart | null {
  if (shape.yearStart === undefined || shape.yearEnd === undefined) return cleanOrganization(s, from, shape.wordsStart, base);
  if (shape.yearStart >= shape.wordsStart) return cleanOrganization(s, from, shape.wordsStart, base);
  return cleanOrganization(s, from, shape.yearStart, base) ?? cleanOrganization(s, shape.yearEnd, shape.wordsStart, base);
}

interface TitleCandidate extends TitleInfo {
  score: number;
}

/** A line (or two joined lines) read as a title, or null. `raw` starts at offset `base`. */
function readTitle(raw: string, base: number): TitleCandidate | null {
  if (BREADCRUMB.test(raw)) return null;
  const folded = foldTraditional(raw);
  let a = 0;
  let b = raw.length;
  const edges = (): void => {
    while (a < b && (isPad(raw[a]) || "|｜*#_".includes(raw[a]))) a++;
    while (b > a && (isPad(raw[b - 1]) || "|｜*#_".includes(raw[b - 1]))) b--;
  };
  edges();
  const label = TITLE_LABEL.exec(folded.slice(a, b));
  if (label) {
    a += label[0].length;
    edges();
  }
  if (raw[a] === "《" && raw[b - 1] === "》") {
    a++;
    b--;
    edges();
  }
  const core = raw.slice(a, b);
  const coreFolded = folded.slice(a, b);
  // An inner pipe means a flattened chrome row ("公开目录 | 部门信息公开年报 | …"), not a title.
  if (!core || core.length > 80 || SENTENCE_PUNCT.test(core) || /[|｜]/.test(core) || !TITLE_WORDS.test(coreFolded)) return null;
  const shape = titleShape(coreFolded);
  if (!shape) return null;
  const title: TitleCandidate = { text: core, start: base + a, end: base + b, score: 0 };
  if (shape.year !== undefined && shape.yearStart !== undefined) {
    title.year = shape.year;
    title.yearSpan = { start: base + a + shape.yearStart, end: base + a + shape.yearStart + 4 };
    title.score++;
  }
  const org = titleOrganization(core, shape, 0, base + a);
  if (org) {
    title.organization = org.name;
    title.organizationSpan = { start: org.start, end: org.end };
    title.score++;
  }
  return title;
}

function lineOf(block: Block): { text: string; start: number } | null {
  if (block.kind === "paragraph" || block.kind === "heading") return { text: block.text, start: block.content.start };
  return null;
}

/** True when only white space, with at most one blank line, lies between two lines of a title. */
function closeBy(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to);
  return /^\s*$/.test(gap) && (gap.match(/\n/g)?.length ?? 0) <= 2;
}

/** True when a short line can be the first half of a title split over two lines. */
function titleHead(line: string): boolean {
  if (line.length > 40 || SENTENCE_PUNCT.test(line) || BREADCRUMB.test(line) || !CJK_RE.test(line)) return false;
  const t = foldTraditional(line).replace(/[\s\u3000*#_|｜]+/g, "");
  return organizationLevel(t) !== "unknown" || TITLE_HEAD_YEAR.test(t);
}

const TITLE_HEAD_YEAR = new RegExp(`(?:${WRITTEN_YEAR})年度?$`);

// A place name: a few characters ending in an administrative unit (宁远县, 东湖街道).
const PLACE_START = /^[\u4e00-\u9fff]{1,6}?(?:省|自治区|市|自治州|州|盟|县|自治县|区|旗|镇|乡|街道)/;
const BEFORE_PLACE = "，,。、；;：:《“\"（(　 \t\n";

/**
 * The organisation as the body writes it when the title drops its place name: title
 * 「县人民政府办公室」 (or 「人民政府办公室」), text 「宁远县人民政府办公室」. Null when the title's name
 * starts with a place of its own or the text never writes it after one. The first such writing
 * after `from` counts.
 */
export function fullerOrganization(text: string, organization: string, from: number): NamePart | null {
  if (organization.length < 2 || PLACE_START.test(organization)) return null;
  for (let at = text.indexOf(organization, from); at >= 0; at = text.indexOf(organization, at + organization.length)) {
    // The place before the name starts after punctuation, white space or the start of the text.
    let a = at;
    while (a > 0 && at - a < 8 && !BEFORE_PLACE.includes(text[a - 1])) a--;
    if (a > 0 && !BEFORE_PLACE.includes(text[a - 1])) continue;
    // The place ends where the title's name starts (宁远县 + 人民政府办公室) or inside its first
    // word (宁远 + 县人民政府办公室).
    const place = text.slice(a, at);
    const m = PLACE_START.exec(place + organization);
    if (place.length < 2 || !m || m[0].length < place.length) continue;
    return { name: place + organization, start: a, end: at + organization.length };
  }
  return null;
}

/**
 * The title: among the blocks before the first section, the earliest line naming an annual
 * disclosure report, preferring one that states both the organisation and the year. Breadcrumbs
 * are skipped, field labels (标题 | …) stripped, and a title split over two lines is joined.
 */
export function findTitle(doc: BlockDocument, text: string, limit: number): TitleInfo | undefined {
  let best: TitleCandidate | null = null;
  type Line = { text: string; start: number; end: number };
  let prev: Line | null = null;
  let prevPrev: Line | null = null;
  const end = Math.min(limit, doc.blocks.length);
  for (let i = 0; i < end && (best === null || best.score < 2); i++) {
    const block = doc.blocks[i];
    const found: Array<TitleCandidate | null> = [];
    if (block.kind === "table") {
      // Page chrome flattened to a table: "标题→XX镇2021年…报告".
      for (const row of block.rows.slice(0, 6)) for (const cell of row.cells) if (cell.text) found.push(readTitle(cell.text, cell.start));
      prev = null;
      prevPrev = null;
    } else {
      const line = lineOf(block);
      if (!line) continue;
      let c = readTitle(line.text, line.start);
      if (c && (!c.organization || c.year === undefined) && prev && titleHead(prev.text) && closeBy(text, prev.end, line.start)) {
        // "某区人民政府办公室2025年" / "政府信息公开工作年度报告": join across the line break; over
        // three lines when the name and the year stand on lines of their own.
        const joined = readTitle(text.slice(prev.start, line.start + line.text.length), prev.start);
        const pp = prevPrev as Line | null;
        const head = pp && titleHead(pp.text) && closeBy(text, pp.end, prev.start) ? pp : null;
        const joined3 = head ? readTitle(text.slice(head.start, line.start + line.text.length), head.start) : null;
        for (const j of [joined3, joined]) if (j && j.organization && j.score > c.score) c = j;
      }
      found.push(c);
      prevPrev = prev;
      prev = { text: line.text, start: line.start, end: line.start + line.text.length };
    }
    for (const c of found) if (c && (best === null || c.score > best.score)) best = c;
  }
  if (best === null) return undefined;
  const { score: _score, ...title } = best;
  return title;
}

// ---- organisation from the text --------------------------------------------------------------

// Verbs before a report named in a sentence: "特向社会公布XX局2020年度…报告".
const PUBLISH_VERB = /公布|公开|发布|印发|编制了|编制|呈报|报送|现将/g;
const TITLE_PHRASE = /(?:政府|政务)信息公开.{0,8}?报告/g;
const RUN_DELIM = "，,。、；;：:《》“”\"「」()（）|｜\n\r";

/**
 * The report named in a sentence of the preface — 《青禾镇2020年政府信息公开工作年度报告》 or
 * "现公布东湖街道2019年政府信息公开工作年度报告" — gives the organisation (never the year).
 */
function organizationInSentence(line: string, base: number): NamePart | null {
  const folded = foldTraditional(line);
  TITLE_PHRASE.lastIndex = 0;
  for (let m = TITLE_PHRASE.exec(folded); m; m = TITLE_PHRASE.exec(folded)) {
    let a = m.index;
    while (a > 0 && m.index - a < 40 && !RUN_DELIM.includes(folded[a - 1])) a--;
    const end = m.index + m[0].length;
    const quoted = folded[a - 1] === "《" && folded[end] === "》";
    const seg = folded.slice(a, end);
    const shape = titleShape(seg);
    if (!shape) continue;
    // Cut after the last publishing verb before the name (not inside the title words).
    const nameEnd = shape.yearStart !== undefined && shape.yearStart < shape.wordsStart ? shape.yearStart : shape.wordsStart;
    let from = 0;
    PUBLISH_VERB.lastIndex = 0;
    for (let v = PUBLISH_VERB.exec(seg); v && v.index < nameEnd; v = PUBLISH_VERB.exec(seg)) from = v.index + v[0].length;
    if (!quoted && from === 0) continue;
    const org = titleOrganization(line.slice(a, end), shape, from, base + a);
    // Prose is looser than a title line: only a name that reads as a body (镇, 局 …) counts.
    if (org && organizationLevel(org.name) !== "unknown") return org;
  }
  return null;
}

const DATE_LINE = /^[\d\s\u3000〇零一二三四五六七八九十年月日.\-/]+$/;

/**
 * The organisation from the text: a report named in the preface, else a signature line at the
 * end ("青禾乡人民政府" above the date).
 */
export function findOrganizationInText(doc: BlockDocument, headLimit: number): NamePart | null {
  const blocks = doc.blocks;
  const limit = Math.min(blocks.length, Math.max(headLimit, 0) + 3, 20);
  for (let i = 0; i < limit; i++) {
    const b = blocks[i];
    if (b.kind !== "paragraph") continue;
    const org = organizationInSentence(b.text, b.content.start);
    if (org) return org;
  }
  // Signature: walk back over the date and page numbers; the next line up must be the name.
  for (let i = blocks.length - 1, seen = 0; i >= 0 && seen < 4; i--) {
    const b = blocks[i];
    if (b.kind === "comment") continue;
    if (b.kind !== "paragraph") return null;
    seen++;
    if (DATE_LINE.test(b.text)) continue;
    if (b.text.length > 30 || SENTENCE_PUNCT.test(b.text)) return null;
    const org = cleanOrganization(b.text, 0, b.text.length, b.content.start);
    return org && organizationLevel(org.name) !== "unknown" ? org : null;
  }
  return null;
}

// ---- dates -----------------------------------------------------------------------------------

function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

function readDigits(s: string, i: number): { digits: string; end: number } {
  let j = i;
  let digits = "";
  while (j < s.length && j - i < 10 && digitAt(s, j) >= 0) digits += String(digitAt(s, j++));
  return { digits, end: j };
}

function skipPads(s: string, i: number): number {
  let j = i;
  while (j < s.length && j - i < 3 && (s[j] === " " || s[j] === "\u3000" || s[j] === "\u00a0" || s[j] === "\t")) j++;
  return j;
}

const validMonth = (m: number): boolean => m >= 1 && m <= 12;
const validDay = (d: number): boolean => d >= 1 && d <= 31;

interface ScannedDate extends Span {
  year?: number;
  yearSpan?: Span;
  month?: number;
  day?: number;
}

/** "1231" → 12/31, "11" → 1/1, "121" → ambiguous. */
function splitMonthDay(rest: string): { month?: number; day?: number } {
  const splits: Array<[number, number]> = [];
  for (let k = 1; k <= 2 && k < rest.length; k++) {
    const m = Number(rest.slice(0, k));
    const d = Number(rest.slice(k));
    if (rest.length - k <= 2 && rest[0] !== "0" && validMonth(m) && validDay(d)) splits.push([m, d]);
  }
  if (rest.length === 4 && rest[0] === "0") {
    const m = Number(rest.slice(0, 2));
    const d = Number(rest.slice(2));
    if (validMonth(m) && validDay(d)) splits.push([m, d]);
  }
  return splits.length === 1 ? { month: splits[0][0], day: splits[0][1] } : {};
}

/**
 * A date starting at s[i]: 2021年1月1日, 2021-01-01, and the garbled forms left when 年/月 were
 * lost (20211月1日, 202311日, 20231231日). Without `needYear`, also 12月31日.
 */
function scanDate(s: string, i: number, needYear: boolean): ScannedDate | null {
  const first = readDigits(s, i);
  const d1 = first.digits;
  if (!d1) return null;
  let j = skipPads(s, first.end);
  const isYear = /^(?:19|20)\d\d/.test(d1);
  const monthDay = (k: number, month: number | undefined, base: ScannedDate): ScannedDate => {
    // The day after 月: digits and an optional 日.
    let p = skipPads(s, k);
    const dd = readDigits(s, p);
    if (!dd.digits || dd.digits.length > 2) return { ...base, end: k, month };
    p = skipPads(s, dd.end);
    const day = Number(dd.digits);
    const end = s[p] === "日" ? p + 1 : dd.end;
    return { ...base, end, month: month !== undefined && validMonth(month) ? month : undefined, day: validDay(day) ? day : undefined };
  };
  if (isYear && d1.length === 4) {
    const year = Number(d1);
    const base: ScannedDate = { start: i, end: first.end, year, yearSpan: { start: i, end: first.end } };
    if (s[j] === "年") {
      j = skipPads(s, j + 1);
      const m = readDigits(s, j);
      if (!m.digits) return { ...base, end: j };
      const k = skipPads(s, m.end);
      if (m.digits.length <= 2 && s[k] === "月") return monthDay(k + 1, Number(m.digits), base);
      if (s[k] === "日") return { ...base, ...splitMonthDay(m.digits), end: k + 1 };
      return null;
    }
    const sep = s[first.end];
    if (sep === "-" || sep === "/" || sep === ".") {
      const m = readDigits(s, first.end + 1);
      if (!m.digits || m.digits.length > 2 || s[m.end] !== sep) return null;
      const d = readDigits(s, m.end + 1);
      if (!d.digits || d.digits.length > 2) return null;
      const month = Number(m.digits);
      const day = Number(d.digits);
      if (!validMonth(month) || !validDay(day)) return null;
      return { ...base, end: d.end, month, day };
    }
    return null;
  }
  if (isYear && d1.length >= 5 && d1.length <= 8) {
    // 年 lost: the year's digits run into the month's.
    const year = Number(d1.slice(0, 4));
    const base: ScannedDate = { start: i, end: first.end, year, yearSpan: { start: i, end: i + 4 } };
    const rest = d1.slice(4);
    if (s[j] === "月" && rest.length <= 2) return monthDay(j + 1, Number(rest), base);
    if (s[j] === "日") return { ...base, ...splitMonthDay(rest), end: j + 1 };
    return null;
  }
  if (!needYear && d1.length <= 2 && s[j] === "月") return monthDay(j + 1, Number(d1), { start: i, end: first.end });
  return null;
}

// Words that introduce the statistics period (traditional forms folded first).
const PERIOD_ANCHOR = /统计|期限|时限|时段|报告期|数据|时间/g;
const RANGE_WORDS = "至到~～—–-";

function toPeriodDate(text: string, d: ScannedDate): PeriodDate {
  const p: PeriodDate = { text: text.slice(d.start, d.end), start: d.start, end: d.end };
  if (d.year !== undefined) p.year = d.year;
  if (d.yearSpan) p.yearSpan = d.yearSpan;
  if (d.month !== undefined) p.month = d.month;
  if (d.day !== undefined) p.day = d.day;
  return p;
}

/**
 * The statistics-period sentence: 本报告统计数据从2021年1月1日至2021年12月31日,
 * 统计期限自20211月1日起至202112月31日止, 统计时限为… . The first one in the text.
 */
export function findPeriod(text: string): PeriodInfo | undefined {
  const folded = foldTraditional(text);
  PERIOD_ANCHOR.lastIndex = 0;
  for (let m = PERIOD_ANCHOR.exec(folded); m; m = PERIOD_ANCHOR.exec(folded)) {
    const after = m.index + m[0].length;
    let i = after;
    while (i < folded.length && i - after < 20 && digitAt(folded, i) < 0 && !"。；;\n\r".includes(folded[i])) i++;
    if (digitAt(folded, i) < 0) continue;
    const from = scanDate(folded, i, true);
    if (!from || from.year === undefined) continue;
    let j = skipPads(folded, from.end);
    if (folded[j] === "起") j = skipPads(folded, j + 1);
    if (!RANGE_WORDS.includes(folded[j])) continue;
    j = skipPads(folded, j + 1);
    const to = scanDate(folded, j, false);
    if (!to) continue;
    let end = to.end;
    const k = skipPads(folded, end);
    if (folded[k] === "止") end = k + 1;
    // The clause starts after the previous punctuation: "，本报告统计数据从…".
    let start = m.index;
    while (start > 0 && m.index - start < 40 && !"。；;，,！？!?\n\r".includes(folded[start - 1])) start--;
    while (start < m.index && isPad(folded[start])) start++;
    const period: PeriodInfo = { text: text.slice(start, end), start, end, from: toPeriodDate(text, from), to: toPeriodDate(text, to) };
    period.fromYear = from.year;
    if (to.year !== undefined) period.toYear = to.year;
    return period;
  }
  return undefined;
}

// "发布时间:2021-02-19 08:39:37", "发布日期 | 2024-01-30", "发表日期：2025年1月16日", "时间: 2024-01-16".
const LABELLED_DATE = /(?:发布|发表|发文|成文|公开|印发|更新)?(?:时间|日期)[ \t\u3000\u00a0]{0,4}[:：|｜]?[ \t\u3000\u00a0|｜]{0,4}(?=\d)/g;
const CN_DIGITS = "〇一二三四五六七八九";

/** 二〇二二 → 2022, 十二 → 12, 三十一 → 31, 四 → 4; NaN when not a Chinese number. */
function chineseNumber(s: string): number {
  const digit = (c: string): number => (c === "零" ? 0 : CN_DIGITS.indexOf(c));
  if (/^[〇零一二三四五六七八九]{4}$/.test(s)) return Number([...s].map(digit).join(""));
  const ten = s.indexOf("十");
  if (ten < 0) return s.length === 1 && digit(s) > 0 ? digit(s) : NaN;
  const tens = ten === 0 ? 1 : ten === 1 ? digit(s[0]) : NaN;
  const ones = ten === s.length - 1 ? 0 : ten === s.length - 2 ? digit(s[s.length - 1]) : NaN;
  return tens > 0 && ones >= 0 ? tens * 10 + ones : NaN;
}

const SIGNATURE_DATE = /^(\d{4}|[〇零一二三四五六七八九]{4})[ \u3000]{0,2}年[ \u3000]{0,2}(\d{1,2}|[一二三四五六七八九十]{1,2})[ \u3000]{0,2}月[ \u3000]{0,2}(\d{1,2}|[一二三四五六七八九十]{1,3})[ \u3000]{0,2}日$/;

function dateInfo(text: string, d: ScannedDate, source: DateInfo["source"]): DateInfo | undefined {
  if (d.year === undefined || d.month === undefined || d.day === undefined) return undefined;
  return { text: text.slice(d.start, d.end), start: d.start, end: d.end, year: d.year, month: d.month, day: d.day, source };
}

/**
 * The publication date: a labelled date in the page head (before the first section), else a
 * signature date on one of the last lines. Never used for the report year (spec §1).
 */
export function findPublishedAt(doc: BlockDocument, text: string, headEnd: number): DateInfo | undefined {
  const labelled = (from: number, to: number): DateInfo | undefined => {
    const region = foldTraditional(text.slice(from, to));
    LABELLED_DATE.lastIndex = 0;
    for (let m = LABELLED_DATE.exec(region); m; m = LABELLED_DATE.exec(region)) {
      if (region.slice(Math.max(0, m.index - 2), m.index) === "统计") continue;
      const d = scanDate(text, from + m.index + m[0].length, true);
      if (!d) continue;
      const k = skipPads(text, d.end);
      if (text[k] === "至" || text[k] === "起" || text[k] === "到") continue; // a period, not a date
      const info = dateInfo(text, d, "label");
      if (info) return info;
    }
    return undefined;
  };
  const head = labelled(0, headEnd);
  if (head) return head;
  // At the end: a signature date ("2022年1月4日", "二〇二二年一月四日") or a labelled one.
  const blocks = doc.blocks;
  for (let i = blocks.length - 1, seen = 0; i >= 0 && seen < 4; i--) {
    const b = blocks[i];
    if (b.kind === "comment") continue;
    if (b.kind !== "paragraph") break;
    seen++;
    if (/^\d{1,3}$/.test(b.text)) continue; // a page number
    const m = SIGNATURE_DATE.exec(b.text);
    if (!m) {
      const tail = b.text.length <= 40 ? labelled(b.content.start, b.content.end) : undefined;
      if (tail) return tail;
      continue;
    }
    const year = /^\d/.test(m[1]) ? Number(m[1]) : chineseNumber(m[1]);
    const month = /^\d/.test(m[2]) ? Number(m[2]) : chineseNumber(m[2]);
    const day = /^\d/.test(m[3]) ? Number(m[3]) : chineseNumber(m[3]);
    if (!validMonth(month) || !validDay(day) || !(year >= 1990 && year <= 2100)) continue;
    return { text: b.text, start: b.content.start, end: b.content.end, year, month, day, source: "signature" };
  }
  return undefined;
}
