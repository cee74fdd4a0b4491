// Writing a fixed file back: atomically (a temporary file beside it, then rename), in the file's own
// encoding with its byte-order mark, keeping its mode and owner, through symbolic links. A file
// whose encoding cannot be written back exactly, or that may not be written, is refused, never damaged.
import { constants } from "node:fs";
import { access, open, realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Decoded } from "../decode/index.js";
import { BilingualError } from "../core/bilingual.js";

export class UnwritableEncodingError extends BilingualError {}

/** False for an encoding --fix cannot write back (GB18030: Node has no encoder for it). */
export function canEncode(decoded: Pick<Decoded, "encoding">): boolean {
  return decoded.encoding === "utf-8" || decoded.encoding === "utf-16le" || decoded.encoding === "utf-16be";
}

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
      throw new UnwritableEncodingError({
        zh: `修复无法以 ${decoded.encoding} 编码写回；请先将文件转换为 UTF-8，或用 --fix-dry-run 查看修复`,
        en: `fixes cannot be written back in ${decoded.encoding}; convert the file to UTF-8 first, or use --fix-dry-run to see them`,
      });
  }
}

/** A file --fix may not write: read-only, or not the user's to write. The file is left as it is. */
export class NotWritableError extends BilingualError {}

/**
 * Write the fixed bytes of `filePath` as an editor would:
 * - through a symbolic link, to the file it points to (the link stays a link);
 * - refused (NotWritableError) when the file is read-only (no write bit, even for root) or the
 *   user may not write it;
 * - atomically (a temporary file beside the target, then a rename) with the target's mode and,
 *   where the process may set it, its owner and group; where the rename could not keep them
 *   (another user's file in a folder we may write to) or the file has other hard links (a rename
 *   would break them), the bytes are written in place instead, which keeps the inode, its owner,
 *   mode and links;
 * - the temporary file is removed on every failure (a full disk, a failed rename).
 */
export async function writeAtomically(filePath: string, bytes: Buffer): Promise<void> {
  const target = await realpath(filePath);
  const info = await stat(target);
  if (!info.isFile()) throw new NotWritableError({ zh: "不是普通文件", en: "not a regular file" });
  if ((info.mode & 0o222) === 0) throw new NotWritableError({ zh: "文件是只读的（没有写权限）；请先改为可写再修复", en: "the file is read-only (no write permission); make it writable to fix it" });
  try {
    await access(target, constants.W_OK);
  } catch {
    throw new NotWritableError({ zh: "没有权限（您不能写入此文件）", en: "permission denied (you may not write this file)" });
  }
  const uid = process.getuid?.();
  const gid = process.getgid?.();
  const sameOwner = uid === undefined || (info.uid === uid && info.gid === gid);
  if (info.nlink > 1 || (!sameOwner && uid !== 0)) return writeInPlace(target, bytes);
  const temp = join(dirname(target), `.${basename(target)}.reportlint-${process.pid}-${Date.now()}.tmp`);
  let created = false;
  try {
    const handle = await open(temp, "wx", 0o600);
    created = true;
    try {
      // The umask narrowed the mode open() set: set it again, and the owner when it is not ours (root).
      await handle.chmod(info.mode & 0o7777);
      if (!sameOwner) await handle.chown(info.uid, info.gid);
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (err) {
    if (created) await unlink(temp).catch(() => {});
    throw err;
  }
}

/** Overwrite the file's own bytes: keeps its inode (hard links, owner, mode); not atomic. */
async function writeInPlace(target: string, bytes: Buffer): Promise<void> {
  const handle = await open(target, "r+");
  try {
    await handle.truncate(0);
    await handle.write(bytes, 0, bytes.length, 0);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
