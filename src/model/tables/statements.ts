// What the prose says about quantities the tables count (spec §5 X-1, X-4): "共收到政府信息公开申请
// 2件", "未收到政府信息公开申请", "行政处罚…处理决定 30 件", "未发生行政复议、行政诉讼", "…情况：无。"
// Each statement names one quantity and the value stated (0 for "none"), with the exact range of
// the phrase. Only phrasings that name the quantity unambiguously are read: a count with a
// comparison (比上年增加2件), a share (其中网上申请1件), another year, another object (投诉, 咨询,
// 行政许可申请) or several counts that cannot be told apart is left alone.
//
// Paragraph lines are joined into sentences first (spec §8h: Word and web pages split sentences
// across lines); offsets are mapped back to the source.
import type { CellValue, MappedCell, ReportModel, Span } from "../types.js";
import { foldWidth, toSimplified } from "../normalize.js";

export type Quantity =
  /** Table 三 row 一 (本年新收), 总计. */
  | "applications"
  /** Table 三 row 二 (上年结转), 总计. */
  | "carriedOver"
  /** Table 三 row （七）总计, 总计: applications handled (办结, 答复). */
  | "handled"
  /** Table 三 row 四 (结转下年度继续办理), 总计. */
  | "carriedForward"
  /** Table 四 行政复议 总计. */
  | "reconsideration"
  /** Table 四 行政诉讼 (未经复议直接起诉 + 复议后起诉) 总计. */
  | "litigation"
  /** Table 二 行政处罚 / 行政强制 / 行政许可: decisions this year (处理决定数量). */
  | "penalty"
  | "enforcement"
  | "licensing"
  /** Table 二 (2021) 行政事业性收费: amount in 万元 (only "none" is read). */
  | "fees"
  /** Table 二 规章 / 规范性文件: made this year (本年制发件数; 2019: 本年新制作数量). */
  | "rulesMade"
  | "normativeMade"
  /** Table 二 规章 / 规范性文件: in force (现行有效件数; the 2019 layout has no such column). */
  | "rulesValid"
  | "normativeValid";

export interface ProseStatement extends Span {
  quantity: Quantity;
  /** "none": stated by words (未收到…, 无…, …：无); "count": a number (which may be 0). */
  how: "none" | "count";
  value: number;
  /** The phrase as written. */
  text: string;
}

/** The cells of the tables a quantity is compared with, and their value when all can be read. */
export interface TableQuantity {
  cells: MappedCell[];
  /** Sum of the cells (无 and "/" read as 0); undefined when a cell is blank, text or missing. */
  value?: number;
  /** Cells that are not 0 (for messages). */
  nonZero: MappedCell[];
}

// ---- the tables' side --------------------------------------------------------------------------

function cellNumber(v: CellValue): number | undefined {
  if (v.kind === "number") return v.unit && v.unit !== "件" && v.unit !== "万元" && v.unit !== "万" ? undefined : v.value;
  if (v.kind === "none" || v.kind === "na") return 0;
  return undefined;
}

function cell(model: ReportModel, table: "t2" | "t3" | "t4", row: string, pick: (c: MappedCell) => boolean): MappedCell | undefined {
  return model.tables[table]?.rows.find((r) => r.key === row)?.cells.find(pick);
}

const DECISIONS = (c: MappedCell) => c.colLabel.includes("处理决定数量");
const MADE = (c: MappedCell) => /制发|新制作/.test(c.colLabel);
const VALID = (c: MappedCell) => c.colLabel.includes("现行有效");
const TOTAL = (c: MappedCell) => c.col === "c7";
const T4_TOTAL = (c: MappedCell) => c.col === "c5";

/** The table cells standing for a quantity; undefined when the tables do not have them. */
export function tableQuantity(model: ReportModel, q: Quantity): TableQuantity | undefined {
  let cells: Array<MappedCell | undefined>;
  switch (q) {
    case "applications":
      cells = [cell(model, "t3", "1", TOTAL)];
      break;
    case "carriedOver":
      cells = [cell(model, "t3", "2", TOTAL)];
      break;
    case "handled":
      cells = [cell(model, "t3", "3.7", TOTAL)];
      break;
    case "carriedForward":
      cells = [cell(model, "t3", "4", TOTAL)];
      break;
    case "reconsideration":
      cells = [cell(model, "t4", "t4.1", T4_TOTAL)];
      break;
    case "litigation":
      cells = [cell(model, "t4", "t4.2", T4_TOTAL), cell(model, "t4", "t4.3", T4_TOTAL)];
      break;
    case "penalty":
      cells = [cell(model, "t2", "t2.6.1", DECISIONS)];
      break;
    case "enforcement":
      cells = [cell(model, "t2", "t2.6.2", DECISIONS)];
      break;
    case "licensing":
      cells = [cell(model, "t2", "t2.5.1", DECISIONS)];
      break;
    case "rulesMade":
      cells = [cell(model, "t2", "t2.1.1", MADE)];
      break;
    case "normativeMade":
      cells = [cell(model, "t2", "t2.1.2", MADE)];
      break;
    case "rulesValid":
      cells = [cell(model, "t2", "t2.1.1", VALID)];
      break;
    case "normativeValid":
      cells = [cell(model, "t2", "t2.1.2", VALID)];
      break;
    case "fees":
      // Only the 2021 column is an amount; the 2019 columns count fee items.
      cells = [cell(model, "t2", "t2.8.1", (c) => c.columnKind === "money")];
      break;
  }
  const found = cells.filter((c): c is MappedCell => !!c);
  if (!found.length) return undefined;
  const nums = found.map((c) => cellNumber(c.value));
  const nonZero = found.filter((_, i) => (nums[i] ?? 0) !== 0);
  const all = found.length === cells.length && nums.every((n) => n !== undefined);
  return { cells: found, nonZero, ...(all ? { value: nums.reduce((a, b) => a! + b!, 0) } : {}) };
}

// ---- the prose side ---------------------------------------------------------------------------

interface Piece {
  /** Offset in the joined text and in the source. */
  at: number;
  src: number;
  len: number;
}

const ENUMERATED = /^\s*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．](?!\d))/;

/** Paragraph lines joined into runs (a line that ends without 。！？；： continues on the next). */
interface Run {
  text: string;
  pieces: Piece[];
  section?: number;
  /** A short numbered line without a sentence end ("（二）依申请公开情况"). */
  subheading?: boolean;
}

function proseRuns(model: ReportModel): Run[] {
  const tables = [model.tables.t2, model.tables.t3, model.tables.t4].filter((t): t is NonNullable<typeof t> => !!t);
  const headings = model.sections.map((s) => s.heading);
  const sectionAt = (o: number) => {
    let n: number | undefined;
    for (const s of model.sections) if (s.heading.start <= o) n = s.number;
    return n;
  };
  const runs: Run[] = [];
  let cur: Run | undefined;
  const close = () => {
    if (cur) runs.push(cur);
    cur = undefined;
  };
  for (const b of model.document.blocks) {
    if (b.kind !== "paragraph") {
      close();
      continue;
    }
    const { start, end } = b.content;
    if (tables.some((t) => start < t.end && end > t.start)) {
      close();
      continue;
    }
    // A heading sharing its line with prose ("一、总体情况 2023年，…"): only the prose is read.
    const h = headings.find((x) => x.start < end && x.end > start);
    if (h) {
      close();
      for (const [a, z] of [[start, h.start], [h.end, end]]) {
        let s = a;
        let e = z;
        while (s < e && /\s/.test(model.text[s])) s++;
        while (e > s && /\s/.test(model.text[e - 1])) e--;
        if (e > s) runs.push({ text: model.text.slice(s, e), pieces: [{ at: 0, src: s, len: e - s }], section: sectionAt(s) });
      }
      continue;
    }
    const section = sectionAt(start);
    // "（三）…情况" / "无。": the bare answer under a sub-heading reads as "（三）…情况：无。" (the
    // colon is not in the source; offsets inside it map to the end of the sub-heading).
    const last = runs[runs.length - 1];
    if (!cur && last?.subheading && last.section === section && /^(无|没有|无此情况)[。.]?$/.test(b.text)) {
      runs.pop();
      last.subheading = false;
      last.text += "：";
      last.pieces.push({ at: last.text.length, src: start, len: end - start });
      last.text += b.text;
      runs.push(last);
      continue;
    }
    // A numbered line starts a run; a short numbered line without a sentence end is a sub-heading
    // ("（二）依申请公开情况") and a run of its own.
    const numbered = ENUMERATED.test(b.text);
    if (cur && (cur.section !== section || numbered)) close();
    cur ??= { text: "", pieces: [], section };
    cur.pieces.push({ at: cur.text.length, src: start, len: end - start });
    cur.text += b.text;
    if (numbered && b.text.length <= 40 && !/[。！？!?；;，,：:]/.test(b.text)) {
      cur.subheading = cur.pieces.length === 1;
      close();
    } else if (/[。！？!?；;]$/.test(b.text)) close();
  }
  close();
  return runs;
}

function toSource(pieces: Piece[], at: number, isEnd: boolean): number {
  for (let i = pieces.length - 1; i >= 0; i--) {
    const p = pieces[i];
    if (at > p.at || (at === p.at && !isEnd)) return p.src + Math.min(at - p.at, p.len);
  }
  return pieces[0].src;
}

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 零, 三, 十二, 二十, 二十三, 一百零五 … (up to 999); undefined when not a plain numeral. */
export function chineseNumber(s: string): number | undefined {
  let total = 0;
  let digit: number | undefined;
  let seen = false;
  for (const ch of s) {
    if (ch in CN_DIGIT) {
      digit = CN_DIGIT[ch];
      seen = true;
    } else if (ch === "十") {
      total += (digit ?? 1) * 10;
      digit = undefined;
      seen = true;
    } else if (ch === "百") {
      if (digit === undefined) return undefined;
      total += digit * 100;
      digit = undefined;
    } else return undefined;
  }
  return seen || total ? total + (digit ?? 0) : undefined;
}

interface Count extends Span {
  value: number;
}

/** Counts in a clause: 2件, 30 件, 两件, 0起, 为零 (offsets relative to the clause). */
function countsIn(c: string): Count[] {
  const out: Count[] = [];
  const re = /(\d+)\s*(?:件次|人次|件|条|个|宗|起|例|次|项|份)|([零〇一二两三四五六七八九十百]+)(?:件|起|宗|例)|[为是](零|0)(?![\d.])/g;
  for (let m = re.exec(c); m; m = re.exec(c)) {
    if (m[1] !== undefined) {
      // A digit run that is part of a longer number or a decimal is no count.
      if (m.index > 0 && /[\d.]/.test(c[m.index - 1])) continue;
      out.push({ start: m.index, end: m.index + m[0].length, value: Number(m[1]) });
    } else if (m[2] !== undefined) {
      const v = chineseNumber(m[2]);
      if (v !== undefined) out.push({ start: m.index, end: m.index + m[0].length, value: v });
    } else out.push({ start: m.index + 1, end: m.index + m[0].length, value: 0 });
  }
  return out;
}

// Words that make a clause's count something other than the table's quantity.
const COMPARE = /同比|较上年|比上年|较去年|比去年|与上年|与去年|增加|减少|增长|下降|持平|上升|新增/;
const PART = /其中|通过|网上|网络|信函|当面|现场|邮寄|传真|电子邮件|自然人|法人|企业|组织|占|平均/;
const PREVIOUS = /去年|上年度|上一年|前年/;
const OTHER_OBJECT = /投诉|举报|咨询|信访|建议|提案|意见|来信|留言|信箱|热线|舆情|行政许可|许可|审批|办件|服务事项|申诉/;
const REVIEW = /复议|诉讼|起诉/;
const OUTCOME = /纠错|纠正|败诉|撤销|确认违法|胜诉|维持|审结/;
const DISCLOSURE = /信息公开|依申请公开|公开申请/;

/** 申请 as the noun "application" (not 申请人, 申请行政复议, 行政复议申请, 申请渠道 …). */
const APP_NOUN = /依申请公开|(?<!复议|诉讼|许可)申请(?!人|行政复议|复议|诉讼|渠道|方式|流程|程序|途径|表|书|公开的)/;
const RECEIVE = /收到|新收|受理|接收|接到|收悉/;

/** A negation that can deny the quantity that follows it. */
const NEG = /(?<!尚|并非)未(?!经|按|能|及时|审结|公开)|没有|并无|(?<!并)无(?!法|正当|偿|论|关|须|需|误|一例被)|零(?=申请)/g;

const T2_TOPICS: Array<[RegExp, Quantity]> = [
  [/行政处罚/, "penalty"],
  [/行政强制/, "enforcement"],
  [/行政许可/, "licensing"],
];

function yearsOtherThan(c: string, year: number | undefined): boolean {
  if (year === undefined) return false;
  for (const m of c.matchAll(/(?<!\d)(\d{4})\s*年/g)) if (Number(m[1]) !== year) return true;
  return false;
}

interface ClauseCtx {
  /** The sentence mentions applications for information (so 办结 / 结转 counts are theirs). */
  appContext: boolean;
  /** The table-二 topic named earlier in the sentence (for "处理决定 30 件"). */
  t2Topic?: Quantity;
  /** The sentence or the one before speaks of 依申请公开 (an objectless 受理6件 is theirs). */
  appsNearby?: boolean;
  section?: number;
  year?: number;
}

interface Found {
  quantity: Quantity;
  how: "none" | "count";
  value: number;
  start: number;
  end: number;
}

/** Words one of which every statement contains (a cheap test before the others). */
const TOPIC = /申请|复议|诉讼|起诉|行政处罚|行政强制|行政许可|行政事业性收费|结转|办结|答复|办理完毕|处理完毕|处理决定|受理|收到|新收|规章|规范性文件/;

/** TOPIC in simplified or traditional characters: sentences without it are not folded or read. */
const TOPIC_ANY = /申[请請]|[复復][议議]|[诉訴][讼訟]|起[诉訴]|行政[处處][罚罰]|行政[强強]制|行政[许許]可|收[费費]|[结結][转轉]|[办辦][结結]|答[复復]|[办辦]理完[毕畢]|[处處]理完[毕畢]|[处處]理[决決]定|受理|收到|新收|[规規]章|[规規][范範]性文件/;

// 公民、法人和其他组织: every applicant, not a share of them.
const ALL_APPLICANTS = /公民、?法人(?:和|或者?|及|、)?(?:其他)?组织/g;
// Carried-over applications (上年度结转, 结转下一年度) are this year's quantities, not another year's.
const CARRIED_WORDS = /(?:上一?年度?|去年|前一年度?)结转|结转(?:至|到)?下一?年度?|转入下一?年度?/g;
// An outcome of table 三 row 三 (予以公开, 不予公开 …): a count with one is a part of the
// applications handled or received, not the total.
const OUTCOME_T3 = /予以公开|部分公开|区分处理|不予公开|无法提供|不予处理|其他处理|不属于|不存在|告知|补正|撤回|重复申请|逾期/;
// The litigation groups of table 四 (未经复议直接起诉, 复议后提起诉讼): not the total of 行政诉讼,
// and the 复议 inside them is not a reconsideration.
const LITIGATION_GROUP = /未经(?:行政)?复议[^，,。；;]{0,4}(?:起诉|诉讼)|(?:行政)?复议后[^，,。；;]{0,6}(?:起诉|诉讼)/g;
// A turn (但, 而) ends what a negation denies: 未发生行政复议但被提起行政诉讼.
const TURN = /但|(?<!因[^，,。；;]{0,16})而|却|仅|只有/;
// Words that may stand between a negation and 申请 without naming another quantity than the
// applications received: 未收到任何群众提出的政府信息公开申请.
const APP_GAP_WORDS = /[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|收到|接到|受理|新收|收悉|接收|发生|出现|产生|有|过|任何|相关|涉及|的|提出|提交|申请人|行政机关|人民群众|群众|公民|法人|或者?|和|及|其他|组织|[、\s]|社会|公众|本[年度]*|本?(?:机关|单位|部门)|我[镇乡局委办]?|街道|政府信息公开|政府信息|信息公开|公开|一[件例起宗]/g;
// A count right after a verb of receiving, with no object named (全年共受理6件): the object is
// the applications when the sentence or the one before speaks of 依申请公开.
const OBJECTLESS_RECEIPT = /(?:收到|受理|新收|接收|接到)了?\s*(?:共计|合计|共|总计)?\s*$/;
const APPLICATIONS_TOPIC = /依申请公开|公开申请|申请公开|信息公开申请/;

/** The clause with some phrases blanked (same length), so the words inside them are not read. */
function blank(c: string, re: RegExp): string {
  return c.replace(re, (m) => "\u3000".repeat(m.length));
}

/** Statements of one clause (offsets relative to it). */
function clauseStatements(c: string, ctx: ClauseCtx, disclosureNearby: boolean): Found[] {
  if (!TOPIC.test(c)) return [];
  const out: Found[] = [];
  const counts = countsIn(c);
  const otherYear = yearsOtherThan(c, ctx.year) || PREVIOUS.test(blank(c, CARRIED_WORDS));
  const groupsBlanked = blank(c, LITIGATION_GROUP);
  const hasGroup = groupsBlanked !== c;
  const review = REVIEW.test(groupsBlanked) || hasGroup;
  const app = APP_NOUN.exec(c);
  const isApp = !!app && !review && !OTHER_OBJECT.test(c) && (disclosureNearby || ctx.section === 3 || DISCLOSURE.test(c));
  const usableCount = counts.length === 1 && !otherYear && !COMPARE.test(c) && !PART.test(blank(c, ALL_APPLICANTS));
  // A part of the applications (其中予以公开答复6件, 不予公开的有2件) is not a total.
  const outcome = OUTCOME_T3.test(c);

  // Table 三: applications received, carried over, handled, carried forward.
  if (isApp) {
    ctx.appContext = true;
    if (usableCount && !outcome && (RECEIVE.test(c) || /申请(?:数量|数|总数)/.test(c)) && !/结转|办结|答复/.test(c)) {
      const k = counts[0];
      const from = Math.min(firstIndex(c, RECEIVE) ?? app.index, app.index, k.start);
      out.push({ quantity: "applications", how: "count", value: k.value, start: from, end: Math.max(k.end, app.index + app[0].length) });
    } else if (counts.every((k) => k.value === 0) && !otherYear) {
      const denied = deniedApplications(c);
      if (denied) out.push(denied);
    }
  } else if (
    !review &&
    usableCount &&
    !OTHER_OBJECT.test(c) &&
    ctx.appsNearby &&
    OBJECTLESS_RECEIPT.test(c.slice(0, counts[0].start)) &&
    !/结转|办结|答复/.test(c)
  ) {
    // 全年共受理6件 under 依申请公开: the applications received.
    const k = counts[0];
    const v = RECEIVE.exec(c)!;
    ctx.appContext = true;
    out.push({ quantity: "applications", how: "count", value: k.value, start: v.index, end: k.end });
  }
  // 结转下年度继续办理 is table 三's own row label: the applications carried forward, whatever else
  // the sentence says (因情况复杂需延期答复的，结转下一年度继续办理6件).
  const carriedForwardLabel = /结转(?:至|到)?下一?年度?继续办理/.test(c);
  if ((isApp || ctx.appContext || carriedForwardLabel) && !review && usableCount && !outcome && !OTHER_OBJECT.test(c) && !out.length) {
    const k = counts[0];
    const pick = (re: RegExp, q: Quantity) => {
      const m = re.exec(c);
      if (m && !out.length) out.push({ quantity: q, how: "count", value: k.value, start: Math.min(m.index, k.start), end: Math.max(k.end, m.index + m[0].length) });
    };
    pick(/(?:上一?年度?|去年)结转/, "carriedOver");
    pick(/结转(?:至|到)?下(?:一)?年度?|转入下(?:一)?年度?/, "carriedForward");
    pick(/办结|答复|办理完毕|处理完毕/, "handled");
  }

  // Table 四: 行政复议, 行政诉讼.
  if (review && (ctx.section === 4 || disclosureNearby || DISCLOSURE.test(c)) && !OUTCOME.test(c) && !otherYear) {
    // Inside a litigation group (复议后起诉), neither 复议 nor 诉讼 names a total.
    const plain = groupsBlanked;
    const r = /行政复议|复议/.exec(plain);
    const l = /行政诉讼|诉讼|起诉/.exec(plain);
    const topics: Array<[RegExpExecArray, Quantity]> = [];
    if (r) topics.push([r, "reconsideration"]);
    // 未经复议直接起诉 / 复议后起诉 name one of the two litigation groups: not the total.
    if (l && !hasGroup) topics.push([l, "litigation"]);
    if (counts.length === 1 && !COMPARE.test(c) && !/其中|占/.test(c)) {
      const k = counts[0];
      const each = k.value === 0 || /各/.test(c.slice(0, k.start)) || topics.length === 1;
      if (each) for (const [m, q] of topics) out.push({ quantity: q, how: "count", value: k.value, start: Math.min(m.index, k.start), end: Math.max(k.end, m.index + m[0].length) });
    } else if (counts.length === 0) {
      for (const m of c.matchAll(NEG)) {
        // The negation denies what follows it, up to a turn (未发生行政复议，但…).
        const turn = TURN.exec(c.slice(m.index!));
        const after = c.slice(m.index!, m.index! + Math.min(40, turn ? turn.index : 40));
        const hits = topics.filter(([t]) => t.index >= m.index! && t.index < m.index! + after.length);
        if (!hits.length) continue;
        const last = Math.max(...hits.map(([t]) => t.index + t[0].length));
        for (const [, q] of hits) out.push({ quantity: q, how: "none", value: 0, start: m.index!, end: last });
        break;
      }
    }
  }

  // Table 二: 规章 and 规范性文件 made this year, and in force.
  if (counts.length === 1 && !otherYear && !COMPARE.test(c) && !/其中|占/.test(c)) {
    const found = documentCount(c, counts[0]);
    if (found) out.push(found);
  }

  // Table 二: decisions on 行政处罚 / 行政强制 / 行政许可; 行政事业性收费 (none only).
  const t2 = T2_TOPICS.filter(([re]) => re.test(c));
  if (t2.length === 1) ctx.t2Topic = t2[0][1];
  else if (t2.length > 1) ctx.t2Topic = undefined;
  const topic = t2.length === 1 ? t2[0][1] : t2.length === 0 && /处理决定/.test(c) ? ctx.t2Topic : undefined;
  if (topic && !/申请|受理|项目|清单/.test(c) && (!/事项/.test(c) || /处理决定/.test(c)) && !otherYear) {
    const decisions = counts.filter((k) => /[件个宗起次]$/.test(c.slice(k.start, k.end)) && !/项$/.test(c.slice(k.start, k.end)));
    if (decisions.length === 1 && counts.length === 1 && !COMPARE.test(c) && !PART.test(c)) {
      const k = decisions[0];
      const m = (t2.length ? t2[0][0] : /处理决定/).exec(c)!;
      out.push({ quantity: topic, how: "count", value: k.value, start: Math.min(m.index, k.start), end: Math.max(k.end, m.index + m[0].length) });
    } else if (counts.length === 0 && t2.length === 1) {
      for (const m of c.matchAll(NEG)) {
        const t = t2[0][0].exec(c)!;
        if (t.index < m.index! || t.index - m.index! > 12) continue;
        out.push({ quantity: topic, how: "none", value: 0, start: m.index!, end: t.index + t[0].length });
        break;
      }
    }
  }
  if (/行政事业性收费/.test(c) && counts.length === 0 && !/信息处理费|事项|项目/.test(c) && !otherYear) {
    const t = /行政事业性收费/.exec(c)!;
    for (const m of c.matchAll(NEG)) {
      if (t.index < m.index! || t.index - m.index! > 12) continue;
      out.push({ quantity: "fees", how: "none", value: 0, start: m.index!, end: t.index + t[0].length });
      break;
    }
  }
  return out;
}

/**
 * The applications a negation denies in a clause: "没有收到政府信息公开申请" denies those received;
 * "没有上年结转的申请" those carried over, "无结转下年度的申请" those carried forward. A negation
 * whose noun is qualified by anything else (没有不予公开的申请, 未收到网上申请) denies a part: none.
 */
function deniedApplications(c: string): Found | undefined {
  for (const m of c.matchAll(NEG)) {
    const at = m.index!;
    const after = c.slice(at, at + 32);
    const noun = APP_NOUN.exec(after);
    if (!noun) continue;
    const end = at + noun.index + noun[0].length;
    const gap = c.slice(at + m[0].length, at + noun.index);
    if (/结转(?:至|到)?下一?年度?|转入下一?年度?/.test(gap)) return { quantity: "carriedForward", how: "none", value: 0, start: at, end };
    // 上年无结转申请: "last year" may stand before the negation.
    const lastYear = /(?:上一?年度?|去年)$/.exec(c.slice(Math.max(0, at - 4), at));
    if (/结转/.test(gap) && (lastYear || /^(?:上一?年度?|去年)/.test(gap))) {
      return { quantity: "carriedOver", how: "none", value: 0, start: lastYear ? at - lastYear[0].length : at, end };
    }
    if (gap.replace(APP_GAP_WORDS, "") !== "") return undefined;
    return { quantity: "applications", how: "none", value: 0, start: at, end };
  }
  return undefined;
}

// 规章 and 规范性文件: 规章制度 (internal rules) are not 规章.
const DOCUMENT_KINDS: Array<[RegExp, "rules" | "normative"]> = [
  [/规范性文件/, "normative"],
  [/规章(?!制度)/, "rules"],
];
const MAKE = /制发|制定|出台|印发/;
// Other things done to documents: a count with one of them is not of those made or in force.
const OTHER_DOCUMENT_VERBS = /清理|审查|审核|备案|公开|公布|解读|废止|失效|修订|修改|征求|报送|梳理|宣传|合法性/;

/** "本年度制发规范性文件2件", "现行有效的规范性文件共5件": one document kind, one count. */
function documentCount(c: string, k: Count): Found | undefined {
  // A whole area's documents (全县现行有效规范性文件) are not the body's own table.
  if (/全(?:县|市|区|省|州|旗)|各(?:乡镇|部门|单位|街道|级)/.test(c)) return undefined;
  const kinds = DOCUMENT_KINDS.map(([re, kind]) => [re.exec(c), kind] as const).filter(([m]) => m);
  if (kinds.length !== 1 || !/件|份|个$/.test(c.slice(k.start, k.end))) return undefined;
  const [m, kind] = kinds[0];
  const valid = /现行有效/.exec(c);
  if (valid) {
    // 清理后现行有效…: what is left in force after a clean-up; any other verb is another count.
    if (/制发|制定|出台|印发/.test(c) || OTHER_DOCUMENT_VERBS.test(c.replace(/(?:清理|梳理|审查)后/g, ""))) return undefined;
    const start = Math.min(valid.index, m!.index, k.start);
    return { quantity: kind === "rules" ? "rulesValid" : "normativeValid", how: "count", value: k.value, start, end: Math.max(k.end, m!.index + m![0].length) };
  }
  const make = MAKE.exec(c);
  if (!make || make.index > m!.index || OTHER_DOCUMENT_VERBS.test(c)) return undefined;
  return { quantity: kind === "rules" ? "rulesMade" : "normativeMade", how: "count", value: k.value, start: Math.min(make.index, k.start), end: Math.max(k.end, m!.index + m![0].length) };
}

/**
 * A clause listing several counts ("作出行政许可决定12件、行政处罚决定30件") is read part by part
 * (split at 、) when every part holds exactly one count; otherwise as a whole.
 */
function clauseParts(c: string): Array<[number, string]> {
  if (countsIn(c).length < 2 || !c.includes("、")) return [[0, c]];
  const parts = [...c.matchAll(/[^、]+、?/g)].map((m) => [m.index!, m[0]] as [number, string]);
  return parts.every(([, p]) => countsIn(p).length === 1) ? parts : [[0, c]];
}

function firstIndex(s: string, re: RegExp): number | undefined {
  const m = re.exec(s);
  return m ? m.index : undefined;
}

const cache = new WeakMap<ReportModel, ProseStatement[]>();

/** Every statement the prose makes about a table quantity, in document order (cached per model). */
export function proseStatements(model: ReportModel): ProseStatement[] {
  let out = cache.get(model);
  if (!out) {
    out = readStatements(model);
    cache.set(model, out);
  }
  return out;
}

function readStatements(model: ReportModel): ProseStatement[] {
  const out: ProseStatement[] = [];
  const year = model.year?.value;
  let prevSection: number | undefined;
  let prevSentence = "";
  for (const run of proseRuns(model)) {
    // The sentence before (possibly a sub-heading of the same section) gives context.
    if (run.section !== prevSection) prevSentence = "";
    prevSection = run.section;
    // TOPIC_ANY holds no sentence end: a run without a topic word has no sentence with one.
    const topical = TOPIC_ANY.test(run.text);
    for (const s of run.text.matchAll(/[^。！？!?；;]+[。！？!?；;]?/g)) {
      const base = s.index!;
      if (!topical || !TOPIC_ANY.test(s[0])) {
        prevSentence = s[0];
        continue;
      }
      // Same-length folding: full-width digits and punctuation, traditional characters.
      // A breakdown in brackets (其中自然人5件，法人2件) is not the sentence's statement: blanked
      // (same length), so its counts and commas do not split or crowd the clause around it.
      const sentence = toSimplified(foldWidth(s[0])).replace(/[（(][^（）()]{1,60}[）)]/g, (m) => (countsIn(m).length ? "\u3000".repeat(m.length) : m));
      const disclosureNearby = DISCLOSURE.test(sentence) || DISCLOSURE.test(toSimplified(prevSentence.slice(-60)));
      const appsNearby = APPLICATIONS_TOPIC.test(sentence) || APPLICATIONS_TOPIC.test(toSimplified(prevSentence.slice(-60)));
      const ctx: ClauseCtx = { appContext: false, appsNearby, section: run.section, year };
      // Clauses: split at ，,：: (a clause "无" after a colon denies the clause before it).
      const clauses = [...sentence.matchAll(/[^，,：:]+[，,：:]?/g)];
      for (let i = 0; i < clauses.length; i++) {
        const cl = clauses[i];
        let text = cl[0];
        const next = clauses[i + 1]?.[0];
        let denied = false;
        if (/[：:]$/.test(text) && next && /^\s*(无|没有|无此情况|零|0)\s*[。；;，,]?\s*$/.test(next)) {
          denied = true;
          i++;
        }
        const found = clauseParts(text).flatMap(([off, part]) =>
          clauseStatements(part, ctx, disclosureNearby).map((f) => ({ ...f, start: f.start + off, end: f.end + off })),
        );
        if (denied && !found.length) {
          // "…情况：无": the quantity the clause names, denied.
          text = text.replace(/[：:]$/, "");
          const probe = clauseStatements(`无${text}`, { ...ctx }, disclosureNearby);
          for (const f of probe) found.push({ ...f, start: Math.max(0, f.start - 1), end: f.end - 1 });
          const colonEnd = cl[0].length + next!.replace(/[\s。；;，,]+$/, "").length;
          for (const f of found) f.end = Math.max(f.end, colonEnd);
        }
        for (const f of found) {
          const a = base + cl.index! + f.start;
          const b = base + cl.index! + f.end;
          const start = toSource(run.pieces, a, false);
          const end = toSource(run.pieces, b, true);
          out.push({ quantity: f.quantity, how: f.how, value: f.value, start, end, text: model.text.slice(start, end) });
        }
      }
      prevSentence = sentence;
    }
  }
  return out;
}
