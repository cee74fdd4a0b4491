// The little of Node's Buffer that the core uses outside Node (injected into the browser bundle by
// scripts/build.mjs): Buffer.from(bytes) to sniff a file's head as Latin-1 or UTF-16LE text.
class BytesView extends Uint8Array {
  override toString(encoding?: string): string {
    if (encoding === "latin1" || encoding === "binary") {
      let s = "";
      for (const b of this) s += String.fromCharCode(b);
      return s;
    }
    return new TextDecoder(encoding === "utf16le" || encoding === "ucs2" ? "utf-16le" : "utf-8").decode(this);
  }
}

export const Buffer = {
  from(data: ArrayBufferLike | ArrayLike<number>, byteOffset?: number, length?: number): BytesView {
    if (data instanceof ArrayBuffer) return new BytesView(data, byteOffset ?? 0, length ?? data.byteLength - (byteOffset ?? 0));
    return BytesView.from(data as ArrayLike<number>) as BytesView;
  },
  isBuffer: (x: unknown): boolean => x instanceof BytesView,
};
