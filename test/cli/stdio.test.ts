// Output of the built CLI to pipes and files, which src/cli/stdio.ts writes without Node's streams:
// complete, in order, and a reader that stops early (`reportlint … | head`) ends the run quietly.
import { describe, it, expect, beforeAll } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(__dirname, "../..");
const bin = join(root, "bin/reportlint.js");
const defective = join(root, "fixtures/examples/donghu-street-2021.txt");

beforeAll(() => {
  if (!existsSync(join(root, "dist/cli.cjs"))) {
    const b = spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: root, encoding: "utf8" });
    if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
  }
});

/** A folder of `n` copies of a report with findings: JSON output far larger than a pipe's buffer. */
function manyReports(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), "reportlint-stdio-"));
  for (let i = 0; i < n; i++) copyFileSync(defective, join(dir, `r${i}.txt`));
  return dir;
}

const env = () => {
  const e: Record<string, string | undefined> = { ...process.env, REPORTLINT_THREADS: "0" };
  delete e.FORCE_COLOR;
  return e;
};

describe("CLI output to pipes and files", () => {
  it("writes the whole output to a file, as to a pipe", () => {
    const dir = manyReports(100);
    const piped = spawnSync(process.execPath, [bin, "-f", "json", dir], { encoding: "utf8", env: env(), maxBuffer: 1 << 28 });
    expect(piped.status).toBe(1);
    expect(Buffer.byteLength(piped.stdout)).toBeGreaterThan(4 * 65536); // four pipe buffers
    const file = join(dir, "out.json");
    const fd = openSync(file, "w");
    const toFile = spawnSync(process.execPath, [bin, "-f", "json", dir], { stdio: ["ignore", fd, "pipe"], encoding: "utf8", env: env() });
    closeSync(fd);
    expect(toFile.status).toBe(1);
    expect(readFileSync(file, "utf8")).toBe(piped.stdout);
    expect(JSON.parse(piped.stdout)).toHaveLength(100);
  });

  it("stops quietly when the reader goes away", async () => {
    const dir = manyReports(100);
    const child = spawn(process.execPath, [bin, "-f", "json", dir], { stdio: ["ignore", "pipe", "pipe"], env: env() });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    // Read the first chunk, then close the pipe: later writes fail with EPIPE.
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(stderr).toBe("");
    expect(code).toBe(1);
  });
});
