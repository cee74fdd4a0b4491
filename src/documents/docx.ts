// Word (.docx) → the plain-text rendering: mammoth turns the document into HTML (tables keep their
// merged cells: gridSpan → colspan, vMerge → rowspan), then the HTML walker renders it, recording
// for every line the place a person finds it in Word — 段落 N (the Nth paragraph of the body
// outside tables, empty ones counted) or 表 T 第 R 行 第 C 列 (grid row and column). Positions of
// findings refer to the rendering; the place is what the user reads.
import mammoth from "mammoth";
import { DocumentError } from "./index.js";
import { renderHtml } from "./html.js";
import type { RenderedDocument } from "./rendering.js";
import { DEFAULT_LIMITS, formatBytes, limitError, type DocumentLimits } from "./limits.js";

const NOT_DOCX = { zh: "无法读取 Word 文档（不是有效的 .docx 文件，可能已损坏或不完整）", en: "not a valid .docx file (damaged or truncated?)" };

/** Bytes of a .docx → its rendering with places. Throws DocumentError for anything that is not a readable .docx. */
export async function renderDocx(bytes: Uint8Array, limits: DocumentLimits = DEFAULT_LIMITS): Promise<RenderedDocument> {
  checkSignature(bytes);
  checkInflatedSize(bytes, limits);
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    // mammoth's Node build reads `buffer`, its browser build (the web page) `arrayBuffer`; both unzip the bytes as they are.
    const input = { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), arrayBuffer: bytes };
    result = await mammoth.convertToHtml(input, {
      ignoreEmptyParagraphs: false,
      // Images are counted, not read: an empty src spares base64-encoding every picture.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: "" })),
    });
  } catch (err) {
    throw openError(err);
  }
  const rendered = renderHtml(result.value, { places: true });
  const notes = summarize(result.messages, countImages(result.value));
  return { format: "docx", text: rendered.text, placeAt: rendered.placeAt, map: rendered.map, ...(notes.length ? { notes } : {}) };
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Recognize what the bytes are before handing them to mammoth, for a message that says what to do. */
function checkSignature(bytes: Uint8Array): void {
  if (OLE.every((b, i) => bytes[i] === b)) {
    // A compound file: an encrypted .docx (EncryptionInfo stream) or an old binary Word document.
    const names = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 1 << 20))).toString("utf16le");
    if (names.includes("EncryptionInfo") || names.includes("EncryptedPackage"))
      throw new DocumentError({ zh: "该 Word 文档有密码保护，无法读取；请提供未加密的文件", en: "The Word document is password-protected and cannot be read; provide an unencrypted file" });
    throw new DocumentError({
      zh: "这是旧版 Word 文档（.doc），不是 .docx；请在 Word 中另存为 .docx 后再检查",
      en: "This is an old binary Word document (.doc), not a .docx; save it as .docx in Word and check that",
    });
  }
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
  if (!zip) throw new DocumentError({ zh: `${NOT_DOCX.zh}：文件不是 zip 压缩包`, en: `${NOT_DOCX.en}: the file is not a zip archive` });
}

/**
 * The sizes the archive's central directory declares for its XML parts, summed, against the limit:
 * a zip bomb (a 130 KB .docx holding one 128 MiB text run) is refused before anything is unzipped.
 * An archive that lies about its sizes is caught by the memory limit of the reading thread.
 */
function checkInflatedSize(bytes: Uint8Array, limits: DocumentLimits): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: 22 bytes plus a comment of up to 64 KiB, at the end.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) return; // not readable as a zip: mammoth says so
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let n = 0; n < entries && at + 46 <= bytes.length && view.getUint32(at, true) === 0x02014b50; n++) {
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    // Only the XML parts are unzipped and parsed (pictures are counted, not read).
    const name = Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString("latin1");
    // 0xFFFFFFFF: the size is in a ZIP64 field, so 4 GiB or more — no report's part is that large.
    if (/\.(xml|rels)$/i.test(name)) total += size === 0xffffffff ? 2 ** 32 : size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  if (total > limits.inflated)
    throw limitError(
      `Word 文档解压后过大（${formatBytes(total)}，上限 ${formatBytes(limits.inflated)}）`,
      `the Word document is too large once unzipped (${formatBytes(total)}, limit ${formatBytes(limits.inflated)})`,
      "inflated",
    );
}

function openError(err: unknown): DocumentError {
  const detail = err instanceof Error ? err.message : String(err);
  if (/main document part|word\/document\.xml/i.test(detail))
    return new DocumentError({ zh: "无法读取 Word 文档（压缩包中没有 word/document.xml，不是 Word 文档）", en: "not a valid .docx file: the archive has no word/document.xml" });
  return new DocumentError({ zh: `${NOT_DOCX.zh}：${detail.split("\n")[0]}`, en: `${NOT_DOCX.en}: ${detail.split("\n")[0]}` });
}

function countImages(html: string): number {
  return html.match(/<img\b/g)?.length ?? 0;
}

/** Mammoth's messages, short and without repeats, plus a count of images (their text is not read). */
function summarize(messages: { type: string; message: string }[], images: number): string[] {
  const notes: string[] = [];
  if (images) notes.push(`${images} 张图片未检查（图片中的文字无法读取） ${images} image${images > 1 ? "s" : ""} not checked (text in images cannot be read)`);
  const seen = new Map<string, number>();
  for (const m of messages) {
    // "Unrecognised paragraph style: 'Heading 1' (Style ID: Heading1)" → one note per kind and name.
    const text = m.message.split("\n")[0].replace(/\s*\(Style ID: [^)]*\)/, "").slice(0, 120);
    seen.set(text, (seen.get(text) ?? 0) + 1);
  }
  for (const [text, n] of seen) notes.push(`Word 转换提示 mammoth: ${text}${n > 1 ? ` (×${n})` : ""}`);
  return notes.slice(0, 10);
}
