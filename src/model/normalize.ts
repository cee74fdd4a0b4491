// Label normalisation (spec §3 "Normalisation"): fold full-width forms, unify punctuation, drop
// padding, convert the traditional characters that occur in the official labels to simplified.
// Used wherever a label is compared with the official wording. One pass per string, no regex.

const FULLWIDTH_OFFSET = 0xfee0;

/** Fold full-width ASCII (！ to ～) to half-width, and U+3000 to a space. */
export function foldWidth(s: string): string {
  // Unchanged characters are copied a run at a time; a string with none to fold is returned as is.
  let out = "";
  let runStart = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += s.slice(runStart, i) + String.fromCharCode(c - FULLWIDTH_OFFSET);
    else if (c === 0x3000) out += s.slice(runStart, i) + " ";
    else continue;
    runStart = i + 1;
  }
  return runStart === 0 ? s : out + s.slice(runStart);
}

/**
 * Traditional → simplified for every character of every official label (tables and section
 * headings), plus a few that pasted pages use around them. Pairs are written traditional then
 * simplified. Characters whose traditional form is the same are not listed.
 */
const TRADITIONAL_PAIRS =
  "內内條条項项製制數数開开對对總总縂总規规範范減减處处決决許许務务罰罚強强彊强業业費费採采購购額额據据關关係系繫系爲为為为於于請请況况組组織织機机構构會会計计結结轉转辦办區区祇只衹只隻只這这屬属國国穩稳護护權权類类過过執执詢询無无沒没現现補补後后確确訪访舉举報报訴诉復复複复當当認认獲获繼继續续訟讼議议經经維维糾纠審审發发廢废單单萬万繳缴納纳體体動动問问題题進进與与門门網网臺台聯联號号頁页縣县鎮镇鄉乡務务權权禮礼應应義义書书來来時时當当員员並并這这說说從从滿满態态價价實实際际變变覽览檢检驗验";

const TRADITIONAL = new Map<string, string>();
for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2) TRADITIONAL.set(TRADITIONAL_PAIRS[i], TRADITIONAL_PAIRS[i + 1]);
/**
 * The same by character code (every pair is two BMP characters): SIMPLIFIED_CODE[traditional] is the
 * simplified character's code, 0 for a character that is not folded. A table, not a Map: it is read
 * for every character of every label and line.
 */
const SIMPLIFIED_CODE = new Uint16Array(0x10000);
for (const [traditional, simplified] of TRADITIONAL) SIMPLIFIED_CODE[traditional.charCodeAt(0)] = simplified.charCodeAt(0);

/** Traditional → simplified for label characters (see TRADITIONAL_PAIRS); other characters unchanged. */
export function toSimplified(s: string): string {
  // Characters kept are copied a run at a time; most text has nothing to fold.
  let out = "";
  let runStart = 0;
  for (let i = 0; i < s.length; i++) {
    const simplified = SIMPLIFIED_CODE[s.charCodeAt(i)];
    if (simplified === 0) continue;
    out += s.slice(runStart, i) + String.fromCharCode(simplified);
    runStart = i + 1;
  }
  return runStart === 0 ? s : out + s.slice(runStart);
}

function isDropped(c: number): boolean {
  // White space (TAB, LF, CR, space, U+00A0, U+3000, the U+2000 block, BOM) and Markdown emphasis.
  return (
    c <= 32 ||
    c === 0xa0 ||
    c === 0x3000 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0xfeff ||
    c === 0x2a /* * */ ||
    c === 0x23 /* # */ ||
    c === 0x5f /* _ */ ||
    c === 0x60 /* ` */
  );
}

const PINYIN = "abcdefghijklmnopqrstuvwxyzāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü";

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/**
 * Length of a pinyin gloss "(shù)" starting at s[i] (an opening bracket), or 0. Some converted
 * pages insert one after a character: 數(shù)據(jù) (corpus 010).
 */
function pinyinGloss(s: string, i: number): number {
  let j = i + 1;
  const limit = Math.min(s.length, i + 9);
  while (j < limit && PINYIN.includes(s[j])) j++;
  if (j === i + 1 || j >= s.length) return 0;
  const close = s.charCodeAt(j);
  return close === 0x29 || close === 0xff09 ? j - i + 1 : 0;
}

/**
 * A label reduced for comparison: widths folded, brackets unified to （）, 、，,. unified to 、,
 * quotes unified to ", colons to ：, white space and Markdown emphasis removed, traditional
 * label characters simplified, pinyin glosses "(shù)" after a character removed.
 */
export function normalizeLabel(s: string): string {
  // Characters kept as they are are copied a run at a time (s.slice), changed ones one by one: most
  // characters of a label or a line are kept, and a string made per character was most of the cost.
  let out = "";
  let runStart = 0;
  let lastHan = false;
  for (let i = 0; i < s.length; i++) {
    const raw = s.charCodeAt(i);
    let c = raw;
    if (c >= 0xff01 && c <= 0xff5e) c -= FULLWIDTH_OFFSET;
    if (isDropped(c)) {
      out += s.slice(runStart, i);
      runStart = i + 1;
      continue;
    }
    if ((c === 0x28 || c === 0xff08) && lastHan) {
      const skip = pinyinGloss(s, i);
      if (skip) {
        out += s.slice(runStart, i);
        i += skip - 1;
        runStart = i + 1;
        continue;
      }
    }
    const mapped = replacementOf(c);
    const code = mapped === undefined ? c : mapped.charCodeAt(0);
    lastHan = isHan(code);
    if (code === raw) continue; // kept: the run goes on
    out += s.slice(runStart, i) + (mapped ?? String.fromCharCode(c));
    runStart = i + 1;
  }
  return runStart === 0 ? s : out + s.slice(runStart);
}

/** What normalizeLabel writes for the (width-folded) character c, when not c itself. */
function replacementOf(c: number): string | undefined {
  switch (c) {
    case 0x28: // (
      return "（";
    case 0x29: // )
      return "）";
    case 0x2c: // ,
    case 0x2e: // .
    case 0xff0c: // ，(unreachable after folding, kept for clarity)
    case 0x3001: // 、
      return "、";
    case 0x201c: // “
    case 0x201d: // ”
    case 0x22: // "
      return '"';
    case 0x3a: // :
      return "：";
    default: {
      const simplified = SIMPLIFIED_CODE[c];
      return simplified === 0 ? undefined : String.fromCharCode(simplified);
    }
  }
}
