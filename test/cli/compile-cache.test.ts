// The launcher's code cache (bin/reportlint.js): on Node 20 it keeps V8's compiled code of
// dist/cli.cjs in a cache folder. It must never change what a run prints or returns: a missing,
// damaged or stale cache, or a folder that cannot be written, only costs compile time.
// (Node ≥ 22.1 uses Node's own compile cache instead; the hand-made one is tested where it runs.)
import { describe, it, expect, beforeAll } from "vitest";
import { spawnSync } from "node:child_process";
import module from "node:module";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
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

function run(args: string[], cache: string) {
  const env: Record<string, string | undefined> = { ...process.env, REPORTLINT_COMPILE_CACHE: cache };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8", env });
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
});
