// bytes → text. Knows encodings only. Order: BOM, BOM-less UTF-16 (by NUL pattern, or Chinese-heavy
// text read as 16-bit units), strict UTF-8,
// then GB18030 (a superset of GBK; never the 'gbk' label, which garbles four-byte characters).
// Stray control characters (a few NULs) stay in the text for the control-characters rule.
import { BilingualError, type Bilingual } from "../core/bilingual.js";

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export interface Decoded {
  text: string;
  encoding: Encoding;
  bom: boolean;
}

export class DecodeError extends BilingualError {
  constructor(text: Bilingual) {
    super(text);
    this.name = "DecodeError";
  }
}

const SAMPLE = 4096;

/** Guess BOM-less UTF-16 from where NUL bytes fall in the first few KB (ASCII-heavy text). */
function sniffUtf16(bytes: Uint8Array): Encoding | null {
  const n = Math.min(bytes.length - (bytes.length % 2), SAMPLE);
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return "utf-16le";
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return "utf-16be";
  return null;
}

/** A code unit of ordinary report text: CJK, its punctuation, full-width forms, printable ASCII, line breaks. */
function isReportUnit(u: number): boolean {
  return (
    (u >= 0x4e00 && u <= 0x9fff) || (u >= 0x3000 && u <= 0x303f) || (u >= 0xff00 && u <= 0xffef) || (u >= 0x20 && u <= 0x7e) ||
    u === 0x09 || u === 0x0a || u === 0x0d || (u >= 0x2010 && u <= 0x2027) || (u >= 0x2460 && u <= 0x24ff) || u === 0x00b7 || u === 0x00d7 || (u >= 0x3400 && u <= 0x4dbf)
  );
}

/**
 * Guess BOM-less UTF-16 of Chinese-heavy text, which has too few NULs for sniffUtf16: the sample
 * read as 16-bit units is almost all CJK and report punctuation, and some units are below U+0100
 * (a line break, a digit: a NUL byte at the right place). GB18030 text never has NUL bytes, so it
 * never passes the second test; the first keeps binary data out. Called only for bytes that are
 * not UTF-8.
 */
function sniffCjkUtf16(bytes: Uint8Array): Encoding | null {
  const n = Math.min(bytes.length - (bytes.length % 2), SAMPLE);
  if (n < 8) return null;
  let best: Encoding | null = null;
  let bestScore = 0;
  for (const encoding of ["utf-16le", "utf-16be"] as const) {
    let report = 0;
    let low = 0;
    for (let i = 0; i < n; i += 2) {
      const u = encoding === "utf-16le" ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1];
      if (isReportUnit(u)) report++;
      if (u < 0x100 && u !== 0) low++;
    }
    const score = report / (n / 2);
    if (low > 0 && score >= 0.9 && score > bestScore) {
      best = encoding;
      bestScore = score;
    }
  }
  return best;
}

// A text export or a copy-paste leaves a few NUL or other control characters in otherwise valid
// text: up to this many NULs in the sample (and at most 1 in 200 bytes) are not taken for binary.
// The control-characters rule reports them.
const STRAY_NULS = 16;

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  let nul = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) nul++;
    else if (b < 8 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  if (nul > STRAY_NULS || nul * 200 > n) return true;
  // A few NULs: text only when the whole file is strict UTF-8 (binary data hardly ever is).
  if (nul > 0 && !isUtf8(bytes)) return true;
  return n > 0 && (control + nul) / n > 0.1;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Decode a file's bytes; throws DecodeError with a message fit for the user. */
export function decode(bytes: Uint8Array, forced?: string): Decoded {
  if (forced) {
    try {
      const text = new TextDecoder(forced, { fatal: true }).decode(bytes);
      return { text: text.replace(/^\ufeff/, ""), encoding: forced as Encoding, bom: text.startsWith("\ufeff") };
    } catch (err) {
      if (err instanceof RangeError) throw new DecodeError({ zh: `未知的编码「${forced}」`, en: `unknown encoding "${forced}"` });
      throw new DecodeError({ zh: `文件不是有效的 ${forced} 文本`, en: `the file is not valid ${forced}` });
    }
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictDecode("utf-8", bytes.subarray(3), true), encoding: "utf-8", bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: strictDecode("utf-16le", bytes.subarray(2), true), encoding: "utf-16le", bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: strictDecode("utf-16be", bytes.subarray(2), true), encoding: "utf-16be", bom: true };
  // Valid UTF-8 with a stray NUL stays UTF-8 (ASCII pairs read as 16-bit units look like CJK).
  const utf16 = sniffUtf16(bytes) ?? (bytes.includes(0) && !isUtf8(bytes) ? sniffCjkUtf16(bytes) : null);
  if (utf16) return { text: strictDecode(utf16, bytes, false), encoding: utf16, bom: false };
  if (looksBinary(bytes)) throw new DecodeError({ zh: "文件似乎是二进制文件，不是文本报告", en: "the file looks binary (not a text report)" });
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8", bom: false };
  } catch {
    try {
      return { text: new TextDecoder("gb18030", { fatal: true }).decode(bytes), encoding: "gb18030", bom: false };
    } catch {
      throw new DecodeError({ zh: "文件既不是 UTF-8、UTF-16，也不是 GB18030 文本；请用 --encoding 指定编码", en: "the file is neither UTF-8, UTF-16 nor GB18030 text; pass --encoding to name its encoding" });
    }
  }
}

/** Decode in the encoding a byte-order mark (bom) or the bytes' pattern named; the message says which. */
function strictDecode(encoding: Encoding, bytes: Uint8Array, bom: boolean): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const odd = encoding !== "utf-8" && bytes.length % 2 === 1;
    const why = odd ? ` (it has an odd number of bytes: cut off, or not ${encoding})` : "";
    const seen = bom ? `starts with a ${encoding} byte-order mark` : `looks like ${encoding} without a byte-order mark`;
    const seenZh = bom ? `以 ${encoding} 字节顺序标记开头` : `看似无字节顺序标记的 ${encoding}`;
    throw new DecodeError({
      zh: `文件${seenZh}，但不是有效的 ${encoding} 文本${odd ? `（字节数为奇数：文件不完整，或不是 ${encoding}）` : ""}；请用 --encoding 指定编码`,
      en: `the file ${seen} but is not valid ${encoding}${why}; pass --encoding to name its encoding`,
    });
  }
}

