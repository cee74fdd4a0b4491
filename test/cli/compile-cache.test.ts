// The launcher's code cache (bin/reportlint.js): on Node 20 it keeps V8's compiled code of
// dist/cli.cjs in a cache folder. It must never change what a run prints or returns: a missing,
// damaged or stale cache, or a folder that cannot be written, only costs compile time.
// (Node ≥ 22.1 uses Node's own compile cache instead; the hand-made one is tested where it runs.)
import { describe, it, expect, beforeAll } from "vitest";
import { spawnSync } from "node:child_process";
import module from "node:module";
import { chmodSync, chownSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(__dirname, "../..");
const bin = join(root, "bin/reportlint.js");
const defective = join(root, "fixtures/examples/donghu-street-2021.txt");
const handMade = typeof (module as { enableCompileCache?: unknown }).enableCompileCache !== "function";

beforeAll(() => {
  if (!existsSync(join(root, "dist/cli.cjs"))) {
    const b = spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: root, encoding: "utf8" });
    if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
  }
});

function run(args: string[], cache: string, options: { bin?: string; input?: string } = {}) {
  const env: Record<string, string | undefined> = { ...process.env, REPORTLINT_COMPILE_CACHE: cache };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const r = spawnSync(process.execPath, [options.bin ?? bin, ...args], { cwd: root, encoding: "utf8", env, input: options.input });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const folder = () => mkdtempSync(join(tmpdir(), "reportlint-compile-cache-"));
const caches = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".bin")) : []);

describe.runIf(handMade)("the launcher's code cache (Node 20)", () => {
  const uncached = () => run(["-f", "json", defective], "0");

  it("is written by a lint run, read by the next, and never changes the output", () => {
    const dir = folder();
    const expected = uncached();
    expect(expected.code).toBe(1);
    const first = run(["-f", "json", defective], dir);
    expect(caches(dir)).toHaveLength(1);
    const file = join(dir, caches(dir)[0]);
    const written = statSync(file).mtimeMs;
    const second = run(["-f", "json", defective], dir);
    for (const r of [first, second]) expect(r).toEqual(expected);
    // Accepted, so not written again.
    expect(statSync(file).mtimeMs).toBe(written);
  });

  it("REPORTLINT_COMPILE_CACHE=0 writes nothing", () => {
    const before = caches(join(tmpdir(), "0"));
    expect(uncached().code).toBe(1);
    expect(existsSync(join(root, "0"))).toBe(false);
    expect(caches(join(tmpdir(), "0"))).toEqual(before);
  });

  it("is not written by a run that lints nothing (--version), so a later lint run writes it", () => {
    const dir = folder();
    expect(run(["--version"], dir)).toMatchObject({ code: 0, stderr: "" });
    expect(caches(dir)).toHaveLength(0);
    run([defective], dir);
    expect(caches(dir)).toHaveLength(1);
  });

  it("a damaged cache is ignored and replaced; the run is unchanged", () => {
    const dir = folder();
    const expected = uncached();
    run([defective], dir);
    const file = join(dir, caches(dir)[0]);
    const garbage = Buffer.from("not a code cache".repeat(100));
    writeFileSync(file, garbage);
    expect(run(["-f", "json", defective], dir)).toEqual(expected);
    expect(readFileSync(file).equals(garbage)).toBe(false);
    // A cache truncated to nothing, too.
    writeFileSync(file, "");
    expect(run(["-f", "json", defective], dir)).toEqual(expected);
  });

  it("caches of an earlier build of this installation are removed when a new one is written; other installations' stay", () => {
    const dir = folder();
    run([defective], dir);
    const current = caches(dir)[0];
    // cli-<node>-<arch>-<installation>-<size>-<time>.bin
    const installation = current.split("-").slice(0, 4).join("-");
    const stale = join(dir, `${installation}-1-1.bin`);
    const otherInstallation = join(dir, `cli-${process.version}-${process.arch}-0-1-1.bin`);
    const otherNode = join(dir, "cli-v0.0.0-x64-0-1-1.bin");
    for (const f of [stale, otherInstallation, otherNode]) writeFileSync(f, "old");
    // Damage the current one so that the next run writes a fresh cache.
    writeFileSync(join(dir, current), "");
    run([defective], dir);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(otherInstallation)).toBe(true);
    expect(existsSync(otherNode)).toBe(true);
    expect(existsSync(join(dir, current))).toBe(true);
  });

  it("a cache folder that cannot be made (a file is in the way) costs nothing but time", () => {
    const dir = folder();
    const blocked = join(dir, "file");
    writeFileSync(blocked, "x");
    const expected = uncached();
    expect(run(["-f", "json", defective], join(blocked, "cache"))).toEqual(expected);
  });

  it("a cache whose data was changed is not run (its checksum fails): the run is unchanged and the cache replaced", () => {
    const dir = folder();
    const expected = uncached();
    run([defective], dir);
    const file = join(dir, caches(dir)[0]);
    const good = readFileSync(file);
    // Flip bytes all over the data (V8 itself would run such a cache, or crash on it).
    const bad = Buffer.from(good);
    for (let i = 64; i < bad.length; i += 997) bad[i] ^= 0x5a;
    writeFileSync(file, bad);
    expect(run(["-f", "json", defective], dir)).toEqual(expected);
    const rewritten = readFileSync(file);
    expect(rewritten.equals(bad)).toBe(false);
    expect(rewritten.subarray(0, 8).toString()).toBe("rlcache1");
  });

  it("a cache in a folder others may write to, or another user's, is neither read nor written", () => {
    const expected = uncached();
    const open = folder();
    chmodSync(open, 0o777);
    const planted = join(open, "planted.bin");
    writeFileSync(planted, "x");
    expect(run(["-f", "json", defective], open)).toEqual(expected);
    expect(caches(open)).toEqual(["planted.bin"]);
    if (process.getuid?.() === 0) {
      const foreign = folder();
      chownSync(foreign, 65534, 65534);
      expect(run(["-f", "json", defective], foreign)).toEqual(expected);
      expect(caches(foreign)).toEqual([]);
    }
    // A link in place of the folder.
    const target = folder();
    const link = join(folder(), "link");
    symlinkSync(target, link);
    expect(run(["-f", "json", defective], link)).toEqual(expected);
    expect(caches(target)).toEqual([]);
  });

  it("a rebuilt bundle of the same size and time runs its own code, not the cache of the old one", () => {
    // A copy of the installed package, so that dist/cli.cjs can be changed without touching ours.
    const pkg = folder();
    for (const part of ["bin", "dist", "data", "package.json"]) cpSync(join(root, part), join(pkg, part), { recursive: true });
    const copyBin = join(pkg, "bin/reportlint.js");
    const dir = folder();
    run([defective], dir, { bin: copyBin });
    expect(caches(dir)).toHaveLength(1);
    const cli = join(pkg, "dist/cli.cjs");
    const { atime, mtime } = statSync(cli);
    const source = readFileSync(cli, "utf8");
    // The version --version prints (src/cli/run.ts: VERSION), changed to another of the same length.
    const version = /VERSION="([0-9.]+)"/.exec(source)![1];
    const other = version.replace(/^\d/, (d) => String((Number(d) + 1) % 10));
    writeFileSync(cli, source.replace(`VERSION="${version}"`, `VERSION="${other}"`));
    utimesSync(cli, atime, mtime);
    expect(statSync(cli).size).toBe(Buffer.byteLength(source));
    expect(run(["--version"], dir, { bin: copyBin }).stdout.trim()).toBe(other);
  });

  it("a run on standard input writes the cache too (editors lint through --stdin)", () => {
    const dir = folder();
    const r = run(["--stdin", "--stdin-filename", "r.txt"], dir, { input: readFileSync(defective, "utf8") });
    expect(r.code).toBe(1);
    expect(caches(dir)).toHaveLength(1);
  });
});
