// Label normalisation (spec §3 "Normalisation"): fold full-width forms, unify punctuation, drop
// padding. Used wherever a label is compared with the official wording.

const FULLWIDTH_OFFSET = 0xfee0;

/** Fold full-width ASCII (！ to ～) to half-width, and U+3000 to a space. */
export function foldWidth(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - FULLWIDTH_OFFSET);
    else if (c === 0x3000) out += " ";
    else out += ch;
  }
  return out;
}

const DROP = /[\s\u3000\u00a0\u200b\ufeff*#_`]/g;

/**
 * A label reduced for comparison: widths folded, brackets unified to （）, 、，, unified to 、,
 * curly quotes unified to ", white space and Markdown emphasis removed.
 */
export function normalizeLabel(s: string): string {
  return foldWidth(s)
    .replace(DROP, "")
    .replace(/[()]/g, (b) => (b === "(" ? "（" : "）"))
    .replace(/[,，.．]/g, "、")
    .replace(/[“”]/g, "\"")
    .replace(/[:：]/g, "：");
}
