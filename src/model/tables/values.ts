// Cell values (spec §6): what a table cell says, read without judging it. Rules decide what is a
// defect (a unit where none belongs, a sign outside 本年增/减, a decimal in a count …).
import type { CellValue } from "../types.js";

/** Units and measure words accepted after a number: longest first. */
const UNITS = ["万元", "人次", "件次", "元", "万", "件", "条", "项", "个", "次", "人", "份", "宗", "起"];

/** Units of money among UNITS ("万" is read as 万元, spec §6). */
export const MONEY_UNITS: ReadonlySet<string> = new Set(["元", "万元", "万"]);

/** Measure words among UNITS: "6件" is the count 6 (spec §6: strip the measure word). */
export const MEASURE_WORDS: ReadonlySet<string> = new Set(UNITS.filter((u) => !MONEY_UNITS.has(u)));

/** Cells that say "not applicable" (counted as 0 by the rules, reported by numeric-cell). */
const NOT_APPLICABLE = new Set(["/", "\\", "-", "--", "—", "——", "―", "–", "−", "不适用", "不適用", "／"]);

const NONE = new Set(["无", "無"]);

function isPad(c: number): boolean {
  return c === 9 || c === 32 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0xfeff || c === 10 || c === 13;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Full-width digits and ASCII punctuation folded; U+3000 to space. */
function fold(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += " ";
    else out += s[i];
  }
  return out;
}

function trimPads(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isPad(s.charCodeAt(a))) a++;
  while (b > a && isPad(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}

function skipSpaces(s: string, i: number): number {
  while (i < s.length && isPad(s.charCodeAt(i))) i++;
  return i;
}

/**
 * Parse a cell as written. Handles, per spec §6:
 * "0", "０", padding (TAB, U+3000, U+00A0), "" (blank), "无" (none), "/", "-", "—", "不适用" (na),
 * "251000元", "518 万元", "170万", "6件" (number + unit), "-8", "+1036", "减4", "增3" (signed; 减/增
 * recorded in signWord), decimals, thousands separators "1,234". Anything else is text.
 * The value is the number as written: "170万" is { value: 170, unit: "万" }, not 1700000.
 */
/** First characters a value can start with (after padding). */
const VALUE_START = new Set([..."0123456789０１２３４５６７８９+-−－增减減无無/／\\—―–不"]);

export function parseCellValue(raw: string): CellValue {
  // Fast path for prose and labels: a value is short and starts with a digit, a sign or a mark.
  let a = 0;
  while (a < raw.length && isPad(raw.charCodeAt(a))) a++;
  if (a < raw.length && (raw.length - a > 40 || !VALUE_START.has(raw[a]))) return { kind: "text", text: trimPads(raw) };
  const t = trimPads(fold(raw));
  if (t === "") return { kind: "blank" };
  if (NONE.has(t)) return { kind: "none" };
  if (NOT_APPLICABLE.has(t)) return { kind: "na", text: t };

  let i = 0;
  let sign = 1;
  let signWord: string | undefined;
  const first = t[0];
  if (first === "增" || first === "减" || first === "減") {
    signWord = first === "增" ? "增" : "减";
    sign = signWord === "减" ? -1 : 1;
    i = skipSpaces(t, 1);
  } else if (first === "+" || first === "-" || first === "−") {
    sign = first === "+" ? 1 : -1;
    i = 1;
  }
  // Digits, optional thousands groups ",ddd", optional decimals.
  const numStart = i;
  let digits = "";
  while (i < t.length && isDigit(t.charCodeAt(i))) digits += t[i++];
  if (digits === "") return { kind: "text", text: trimPads(raw) };
  while (
    t[i] === "," &&
    isDigit(t.charCodeAt(i + 1)) &&
    isDigit(t.charCodeAt(i + 2)) &&
    isDigit(t.charCodeAt(i + 3)) &&
    !isDigit(t.charCodeAt(i + 4)) &&
    i - numStart <= 64
  ) {
    digits += t.slice(i + 1, i + 4);
    i += 4;
  }
  if (t[i] === "." && isDigit(t.charCodeAt(i + 1))) {
    digits += ".";
    i++;
    while (i < t.length && isDigit(t.charCodeAt(i))) digits += t[i++];
  }
  i = skipSpaces(t, i);
  let unit: string | undefined;
  if (i < t.length) {
    const rest = t.slice(i);
    unit = UNITS.find((u) => rest === u);
    if (!unit) return { kind: "text", text: trimPads(raw) };
  }
  const value = sign * Number(digits);
  if (!Number.isFinite(value)) return { kind: "text", text: trimPads(raw) };
  const out: CellValue = { kind: "number", value: value === 0 ? 0 : value };
  if (unit) out.unit = unit;
  if (signWord) out.signWord = signWord;
  return out;
}

/** True for the kinds that occupy a value cell (number, 无, n/a). */
export function isValueKind(v: CellValue): boolean {
  return v.kind === "number" || v.kind === "none" || v.kind === "na";
}
