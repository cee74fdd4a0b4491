// A PDF's compressed streams, measured before pdf.js reads them: pdf.js inflates a stream whole
// into memory outside the JavaScript heap (so the reading thread's memory cap does not see it),
// and a 1 MB file whose one stream inflates to 1 GiB took 17 s and 2 GB. zlib inflates each
// Flate stream here with a cap on its output, which stops at the cap instead of spending the memory.
import { formatBytes, limitError, type DocumentLimits } from "./limits.js";

/** Throws the `inflated` limit's error when one of the PDF's Flate streams inflates beyond it. */
export function checkPdfStreams(bytes: Uint8Array, limits: Pick<DocumentLimits, "inflated">): void {
  // Loaded here, not at the top: a run of text files never needs zlib (nor the stream module it loads).
  const { inflateSync } = process.getBuiltinModule("node:zlib");
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buf.toString("latin1");
  const keyword = /(?<!end)stream(\r\n|\n|\r)/g;
  for (let m = keyword.exec(text); m; m = keyword.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf("endstream", start);
    if (end < 0) break;
    keyword.lastIndex = end + 9;
    // The stream's dictionary: from its object's start to the keyword.
    const dict = text.slice(Math.max(0, text.lastIndexOf(" obj", m.index)), m.index);
    if (!/\/(FlateDecode|Fl)\b/.test(dict)) continue;
    try {
      inflateSync(buf.subarray(start, end), { maxOutputLength: limits.inflated, finishFlush: 2 /* Z_SYNC_FLUSH: tolerate a truncated stream */ });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE")
        throw limitError(
          `PDF 中的压缩数据解压后过大（超过 ${formatBytes(limits.inflated)}）`,
          `a compressed stream of the PDF is too large once inflated (more than ${formatBytes(limits.inflated)})`,
          "inflated",
        );
      // Anything else (damaged data, a predictor pdf.js handles): pdf.js decides.
    }
  }
}
