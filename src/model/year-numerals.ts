// A year as reports write it: 2022, ２０２２ (full-width digits) or 二〇二二 / 二零二二 (Chinese
// numerals, as in signature dates and some titles). Every form is four UTF-16 code units long.

const CN_DIGITS = "〇一二三四五六七八九";

/**
 * Source for a year between 1900 and 2099 in any of the three forms, without anchors or groups:
 * embed it in a larger expression. Chinese-numeral years start with 一九 or 二〇/二零 so that a run
 * of numerals like 一二三四 is no year.
 */
export const WRITTEN_YEAR = "(?:19|20)\\d\\d|(?:１９|２０)[０-９]{2}|一九[〇零一二三四五六七八九]{2}|二[〇零][〇零一二三四五六七八九]{2}";

/** Characters that continue a number: a year must not start or end inside one. */
export const NUMERAL_CHAR = "[\\d０-９〇零一二三四五六七八九]";

/** The value of a year matched by WRITTEN_YEAR (2022 for "２０２２" and "二〇二二"); NaN otherwise. */
export function yearValue(written: string): number {
  if (written.length !== 4) return NaN;
  let value = 0;
  for (const ch of written) {
    const code = ch.charCodeAt(0);
    let d = -1;
    if (code >= 48 && code <= 57) d = code - 48;
    else if (code >= 0xff10 && code <= 0xff19) d = code - 0xff10;
    else if (ch === "零") d = 0;
    else d = CN_DIGITS.indexOf(ch);
    if (d < 0) return NaN;
    value = value * 10 + d;
  }
  return value;
}
