// Dates in prose: garbled forms left when 年, 月 or 日 were lost (20211月1日, 202311日, 12月31止),
// and plain year mentions. Pure and linear; offsets relative to the string given.
import { isDigit } from "./chars.js";

export interface GarbledDate {
  start: number;
  end: number;
  text: string;
  /** What was lost. */
  lost: "年" | "年、月" | "月" | "日";
  /** The date or year it most likely stands for, written properly (年月日, 年度), when one reading is clear. */
  reading?: string;
}

const digitValue = (ch: string): number => (ch >= "０" && ch <= "９" ? ch.charCodeAt(0) - 0xff10 : ch.charCodeAt(0) - 48);

function readDigits(s: string, i: number): string {
  let j = i;
  let ascii = true;
  while (j < s.length && j - i < 12 && isDigit(s[j])) {
    if (s.charCodeAt(j) > 0x7f) ascii = false;
    j++;
  }
  if (ascii) return s.slice(i, j); // the usual case: no string made per digit
  let out = "";
  for (let k = i; k < j; k++) out += String(digitValue(s[k]));
  return out;
}

const ANY_DIGIT = /[0-9０-９]/;

function skipSpaces(s: string, i: number): number {
  let j = i;
  while (j < s.length && j - i < 3 && (s[j] === " " || s[j] === "\u3000" || s[j] === "\u00a0")) j++;
  return j;
}

const validMonth = (m: number): boolean => m >= 1 && m <= 12;
const validDay = (d: number): boolean => d >= 1 && d <= 31;

/** "1231" → 12月31日, "11" → 1月1日; undefined when no split or more than one is valid. */
export function splitMonthDay(rest: string): { month: number; day: number } | undefined {
  const found: Array<{ month: number; day: number }> = [];
  for (let k = 1; k <= 2 && k < rest.length; k++) {
    if (rest.length - k > 2) continue;
    const month = Number(rest.slice(0, k));
    const day = Number(rest.slice(k));
    if (validMonth(month) && validDay(day)) found.push({ month, day });
  }
  return found.length === 1 ? found[0] : undefined;
}

// After a day written without 日: the words that end a date in a period or deadline.
const AFTER_DAY = "止起至到前—–-~～。，,；;)）";

/**
 * Garbled dates in a line of prose: the year run into the month (20211月1日 → 2021年1月1日), the
 * year run into month and day (202311日, 20231231日), 年…日 without 月 (2021年1231日), and a day
 * without 日 before 止, 起, 至 … (12月31止).
 */
export function findGarbledDates(s: string): GarbledDate[] {
  const out: GarbledDate[] = [];
  if (!ANY_DIGIT.test(s)) return out; // every garbled date starts with a digit
  for (let i = 0; i < s.length; i++) {
    if (!isDigit(s[i]) || (i > 0 && isDigit(s[i - 1]))) continue;
    const digits = readDigits(s, i);
    const dEnd = i + digits.length;
    // Part of a longer number, a decimal, a time, a code: 3.5月, 0955-…, No.2021…
    if (i > 0 && (s[i - 1] === "." || s[i - 1] === "-" || s[i - 1] === "/" || s[i - 1] === "〔" || /[A-Za-z]/.test(s[i - 1]))) continue;
    const k = skipSpaces(s, dEnd);
    const isYear = /^(?:19|20)\d\d/.test(digits);
    if (isYear && digits.length === 4 && s[k] === "度" && isYearDu(s, i, k)) {
      // 2020度: 年 lost before 度 (2020年度).
      out.push({ start: i, end: k + 1, text: s.slice(i, k + 1), lost: "年", reading: `${digits}年度` });
      i = k;
      continue;
    }
    if (isYear && digits.length >= 5 && digits.length <= 6 && s[k] === "月") {
      // 20211月1日: 年 lost between year and month.
      const month = Number(digits.slice(4));
      let p = skipSpaces(s, k + 1);
      const day = readDigits(s, p);
      if (!day || day.length > 2) continue;
      p = skipSpaces(s, p + day.length);
      const end = s[p] === "日" ? p + 1 : p;
      const ok = validMonth(month) && validDay(Number(day));
      out.push({ start: i, end, text: s.slice(i, end), lost: "年", reading: ok ? `${digits.slice(0, 4)}年${month}月${Number(day)}日` : undefined });
      i = end - 1;
      continue;
    }
    if (isYear && digits.length >= 6 && digits.length <= 8 && s[k] === "日") {
      // 202311日, 20231231日: 年 and 月 lost.
      const md = splitMonthDay(digits.slice(4));
      out.push({ start: i, end: k + 1, text: s.slice(i, k + 1), lost: "年、月", reading: md ? `${digits.slice(0, 4)}年${md.month}月${md.day}日` : undefined });
      i = k;
      continue;
    }
    if (isYear && digits.length === 4 && s[k] === "年") {
      // 2021年1231日: 月 lost.
      const p = skipSpaces(s, k + 1);
      const rest = readDigits(s, p);
      const q = skipSpaces(s, p + rest.length);
      if (rest.length >= 2 && rest.length <= 4 && s[q] === "日" && !/[月]/.test(s.slice(p, q))) {
        const md = splitMonthDay(rest);
        out.push({ start: i, end: q + 1, text: s.slice(i, q + 1), lost: "月", reading: md ? `${digits}年${md.month}月${md.day}日` : undefined });
        i = q;
      }
      continue;
    }
    if (digits.length <= 2 && s[k] === "月" && validMonth(Number(digits))) {
      // 12月31止: 日 lost after the day.
      const p = skipSpaces(s, k + 1);
      const day = readDigits(s, p);
      if (!day || day.length > 2 || !validDay(Number(day))) continue;
      const q = p + day.length;
      const next = s[skipSpaces(s, q)];
      if (next === "日" || next === "号" || isDigit(next)) continue;
      if (next !== undefined && !AFTER_DAY.includes(next)) continue;
      // The year before the month belongs to the date: 2021年12月31止.
      let start = i;
      const before = s.slice(Math.max(0, i - 6), i);
      const y = /((?:19|20)\d\d)[ \u3000]?年[ \u3000]?$/.exec(before);
      if (y) start = i - (before.length - y.index);
      out.push({ start, end: q, text: s.slice(start, q), lost: "日", reading: `${s.slice(start, q)}日` });
      i = q - 1;
    }
  }
  return out;
}

/**
 * Whether "2020度" at s[i..k] is a year that lost its 年 rather than a measure (用电2020度): the
 * words around are not about electricity, and 度 is followed by the words a year adverbial
 * comes before (2020度政府信息公开…, 2020度，我镇…, 2020度报告) rather than by 电.
 */
function isYearDu(s: string, i: number, k: number): boolean {
  if (/[电热温]/.test(s.slice(Math.max(0, i - 8), i)) || s[i - 1] === "约" || s[i - 1] === "为") return false;
  const next = s[k + 1];
  if (next === undefined) return false;
  if ("，,、".includes(next)) {
    // "2020度，我镇…": the year opens its clause.
    return i === 0 || /[\s（(【\[《，,。；;：:、]/.test(s[i - 1]) || /(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)[ \u3000]*$/.test(s.slice(Math.max(0, i - 8), i));
  }
  return /[\u4e00-\u9fff]/.test(next) && !/[电数]/.test(next);
}

/** A date written in full: 2023年2月30日, 2023-02-30, 2023/2/30 (whether or not it exists). */
export interface FullDate {
  start: number;
  end: number;
  text: string;
  year: number;
  month: number;
  day: number;
}

// The numeric form takes one separator twice and is not part of a longer code (索引号 …/2023-00012).
const FULL_DATE = /(?<![\d/\-.A-Za-z])((?:19|20)\d\d)[ \u3000]*(?:年[ \u3000]*(\d{1,2})[ \u3000]*月[ \u3000]*(\d{1,2})[ \u3000]*[日号]|([-/.])(\d{1,2})\4(\d{1,2})(?![\d.]))/g;

/** Full dates in a string (ASCII digits). */
export function fullDates(s: string): FullDate[] {
  const out: FullDate[] = [];
  FULL_DATE.lastIndex = 0;
  for (let m = FULL_DATE.exec(s); m; m = FULL_DATE.exec(s)) {
    const month = Number(m[2] ?? m[5]);
    const day = Number(m[3] ?? m[6]);
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], year: Number(m[1]), month, day });
  }
  return out;
}

/** Whether the date exists in the calendar (2月29日 only in a leap year). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!validMonth(month) || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}

export interface YearMention {
  start: number;
  end: number;
  year: number;
}

/** 4-digit years followed by 年 (2021年, 2021 年度) in a string; full-width digits folded. */
export function yearMentions(s: string): YearMention[] {
  const out: YearMention[] = [];
  for (let i = 0; i + 4 <= s.length; i++) {
    if (!isDigit(s[i]) || (i > 0 && isDigit(s[i - 1]))) continue;
    const d = readDigits(s, i);
    if (d.length !== 4 || !/^(?:19|20)\d\d$/.test(d)) {
      i += d.length - 1;
      continue;
    }
    const k = skipSpaces(s, i + 4);
    if (s[k] === "年") out.push({ start: i, end: i + 4, year: Number(d) });
    i += 3;
  }
  return out;
}
