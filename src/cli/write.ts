// Writing a fixed file back: atomically (a temporary file in the same folder, then rename), in the
// file's own encoding with its byte-order mark, keeping its permissions. A file whose encoding
// cannot be written back exactly is refused, never damaged.
import { open, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Decoded } from "../decode/index.js";

export class UnwritableEncodingError extends Error {}

export function encode(text: string, decoded: Pick<Decoded, "encoding" | "bom">): Buffer {
  switch (decoded.encoding) {
    case "utf-8":
      return Buffer.concat([decoded.bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, "utf8")]);
    case "utf-16le":
      return Buffer.concat([decoded.bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, "utf16le")]);
    case "utf-16be": {
      const le = Buffer.from(text, "utf16le");
      return Buffer.concat([decoded.bom ? Buffer.from([0xfe, 0xff]) : Buffer.alloc(0), le.swap16()]);
    }
    default:
      // Node has no GB18030 encoder; writing UTF-8 instead would change the file's encoding.
      throw new UnwritableEncodingError(`fixes cannot be written back in ${decoded.encoding}; convert the file to UTF-8 first, or use --fix-dry-run to see them`);
  }
}

export async function writeAtomically(filePath: string, bytes: Buffer): Promise<void> {
  const mode = (await stat(filePath)).mode;
  const temp = join(dirname(filePath), `.${basename(filePath)}.reportlint-${process.pid}-${Date.now()}.tmp`);
  const handle = await open(temp, "wx", mode & 0o777);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, filePath);
  } catch (err) {
    await unlink(temp).catch(() => {});
    throw err;
  }
}
