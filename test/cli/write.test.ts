import { describe, it, expect, afterAll, vi } from "vitest";
import { skipTitle } from "../support/skip.js";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// open() is wrapped so that one test can make a write fail as a full disk does.
vi.mock("node:fs/promises", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs/promises")>();
  return { ...real, open: vi.fn(real.open) };
});
const fsp = await import("node:fs/promises");
const { writeAtomically, NotWritableError } = await import("../../src/cli/write.js");

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "rl-write-")));
  dirs.push(d);
  return d;
}
const leftovers = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"));
const isRoot = process.getuid?.() === 0;

describe("writeAtomically", () => {
  it("replaces the bytes and keeps the mode, whatever the umask", async () => {
    const dir = tempDir();
    const file = path.join(dir, "报告.txt");
    fs.writeFileSync(file, "old");
    fs.chmodSync(file, 0o664);
    const umask = process.umask(0o077);
    try {
      await writeAtomically(file, Buffer.from("new"));
    } finally {
      process.umask(umask);
    }
    expect(fs.readFileSync(file, "utf8")).toBe("new");
    expect(fs.statSync(file).mode & 0o777).toBe(0o664);
    expect(leftovers(dir)).toEqual([]);
  });

  it("refuses a read-only file and leaves it as it was", async () => {
    const dir = tempDir();
    const file = path.join(dir, "r.txt");
    fs.writeFileSync(file, "old");
    fs.chmodSync(file, 0o444);
    await expect(writeAtomically(file, Buffer.from("new"))).rejects.toThrow(NotWritableError);
    await expect(writeAtomically(file, Buffer.from("new"))).rejects.toThrow(/read-only/);
    expect(fs.readFileSync(file, "utf8")).toBe("old");
    expect(fs.statSync(file).mode & 0o777).toBe(0o444);
    expect(leftovers(dir)).toEqual([]);
  });

  it("writes through a symbolic link to its target; the link stays a link", async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "real"));
    const target = path.join(dir, "real", "r.txt");
    fs.writeFileSync(target, "old");
    const link = path.join(dir, "link.txt");
    fs.symlinkSync(path.join("real", "r.txt"), link);
    await writeAtomically(link, Buffer.from("new"));
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(target, "utf8")).toBe("new");
    expect(leftovers(dir)).toEqual([]);
    expect(leftovers(path.join(dir, "real"))).toEqual([]);
  });

  it("keeps a hard link: both names show the fixed text", async () => {
    const dir = tempDir();
    const file = path.join(dir, "a.txt");
    const other = path.join(dir, "b.txt");
    fs.writeFileSync(file, "old old old");
    fs.linkSync(file, other);
    await writeAtomically(file, Buffer.from("new"));
    expect(fs.readFileSync(other, "utf8")).toBe("new");
    expect(fs.statSync(file).ino).toBe(fs.statSync(other).ino);
  });

  it.skipIf(!isRoot)(skipTitle(isRoot, "run as root, keeps another user's file theirs", "not running as root, so no other user's file can be written"), async () => {
    const dir = tempDir();
    const file = path.join(dir, "r.txt");
    fs.writeFileSync(file, "old");
    fs.chownSync(file, 4321, 4322);
    fs.chmodSync(file, 0o640);
    await writeAtomically(file, Buffer.from("new"));
    const st = fs.statSync(file);
    expect([st.uid, st.gid, st.mode & 0o777]).toEqual([4321, 4322, 0o640]);
    expect(fs.readFileSync(file, "utf8")).toBe("new");
  });

  it("a write that fails (a full disk) leaves the file as it was and no temporary file", async () => {
    const dir = tempDir();
    const file = path.join(dir, "r.txt");
    fs.writeFileSync(file, "old");
    const realOpen = (await vi.importActual<typeof import("node:fs/promises")>("node:fs/promises")).open;
    vi.mocked(fsp.open).mockImplementationOnce(async (...args: Parameters<typeof realOpen>) => {
      const handle = await realOpen(...args);
      handle.writeFile = async () => {
        throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      };
      return handle;
    });
    await expect(writeAtomically(file, Buffer.from("new"))).rejects.toThrow(/ENOSPC/);
    expect(fs.readFileSync(file, "utf8")).toBe("old");
    expect(leftovers(dir)).toEqual([]);
  });
});
