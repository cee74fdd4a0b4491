// A check of the LSP framing (`Content-Length: n\r\n\r\n` + n bytes) in front of the protocol
// library's reader. The library, given a header without Content-Length or with a negative or huge
// one, reports an error and goes on waiting: the server stays alive but never answers again. Once
// the framing is lost nothing after it can be trusted, so the server says why and exits instead
// (the editor's client restarts it).
import { Transform, type TransformCallback } from "node:stream";

/** The largest message accepted: far above any report an editor sends, far below what exhausts memory. */
export const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;
/** The largest header block (real ones are two short lines). */
const MAX_HEADER_BYTES = 8 * 1024;
const HEADER_END = Buffer.from("\r\n\r\n");

/**
 * Passes the bytes through unchanged while they are well framed; calls `onInvalid` (once, then
 * passes nothing more) at the first header that is not.
 */
export class FramingGuard extends Transform {
  #header = Buffer.alloc(0);
  /** Bytes of the current message's body still to pass; -1 while reading a header. */
  #bodyLeft = -1;
  #failed = false;

  constructor(private readonly onInvalid: (reason: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    let data = chunk;
    while (data.length > 0 && !this.#failed) {
      if (this.#bodyLeft >= 0) {
        const n = Math.min(this.#bodyLeft, data.length);
        this.push(data.subarray(0, n));
        this.#bodyLeft -= n;
        data = data.subarray(n);
        if (this.#bodyLeft === 0) this.#bodyLeft = -1;
        continue;
      }
      const header = Buffer.concat([this.#header, data]);
      const end = header.indexOf(HEADER_END);
      if (end < 0) {
        if (header.length > MAX_HEADER_BYTES) this.#fail(`a header longer than ${MAX_HEADER_BYTES} bytes`);
        else this.#header = header;
        break;
      }
      const length = contentLength(header.subarray(0, end).toString("ascii"));
      if (typeof length === "string") {
        this.#fail(length);
        break;
      }
      this.push(header.subarray(0, end + HEADER_END.length));
      this.#header = Buffer.alloc(0);
      this.#bodyLeft = length;
      data = header.subarray(end + HEADER_END.length);
      if (length === 0) this.#bodyLeft = -1;
    }
    done();
  }

  #fail(reason: string): void {
    this.#failed = true;
    this.#header = Buffer.alloc(0);
    this.onInvalid(reason);
  }
}

/** The Content-Length of a header block, or why it has none that can be used. */
function contentLength(block: string): number | string {
  let value: string | undefined;
  for (const line of block.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon <= 0) return `a header line that is not "Name: value" (${JSON.stringify(line.slice(0, 80))})`;
    if (line.slice(0, colon).trim().toLowerCase() === "content-length") value = line.slice(colon + 1).trim();
  }
  if (value === undefined) return "a header without Content-Length";
  if (!/^\d+$/.test(value)) return `a Content-Length that is not a byte count (${JSON.stringify(value.slice(0, 40))})`;
  const length = Number(value);
  if (length > MAX_MESSAGE_BYTES) return `a Content-Length of ${value} bytes, more than the ${MAX_MESSAGE_BYTES} accepted`;
  return length;
}
