// Character classes shared by the text rules. Pure, no regex per character where it matters.

/** A Han character (CJK unified ideographs, extension A, compatibility ideographs). */
export function isHan(ch: string | undefined): boolean {
  if (ch === undefined || ch.length === 0) return false;
  return isHanCode(ch.charCodeAt(0));
}

/** isHan for a UTF-16 unit (no one-character string to make in a loop over a text). */
export function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007; // 〇
}

/** Full-width (CJK) punctuation and brackets. */
export function isCjkPunct(ch: string | undefined): boolean {
  if (ch === undefined || ch.length === 0) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x3000 && c <= 0x303f && c !== 0x3007) || (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) || (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65) || c === 0x2014 || c === 0x2026 || (c >= 0x2018 && c <= 0x201f);
}

/** White space as pasted from Word and web pages (not line breaks). */
export function isHSpace(ch: string | undefined): boolean {
  return ch === " " || ch === "\t" || ch === "\u3000" || ch === "\u00a0" || ch === "\u2002" || ch === "\u2003" || ch === "\u2009" || ch === "\u200b" || ch === "\ufeff";
}

/** isHSpace for a UTF-16 unit (no one-character string to make in a loop over a text). */
export function isHSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0 || c === 0x2002 || c === 0x2003 || c === 0x2009 || c === 0x200b || c === 0xfeff;
}

export function isAsciiDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

/** ASCII or full-width digit. */
export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= "0" && ch <= "9") || (ch >= "０" && ch <= "９"));
}

/** Latin letter, including letters with diacritics (pinyin tone marks). */
export function isLatin(ch: string | undefined): boolean {
  if (ch === undefined || ch.length === 0) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** Fold full-width ASCII to half-width, one character for one (offsets survive). */
export function foldWidthChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  if (c === 0x3000) return " ";
  return ch;
}

/** Fold full-width digits and round brackets to ASCII, length preserved (cheap: few matches). */
export function foldDigitsAndBrackets(s: string): string {
  return s.replace(/[\uff10-\uff19\uff08\uff09]/g, foldWidthChar);
}

/** Fold full-width ASCII in a string, length preserved. */
export function foldWidthKeep(s: string): string {
  return s.replace(/[\uff01-\uff5e\u3000]/g, foldWidthChar);
}
