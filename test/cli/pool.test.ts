// Worker threads (src/cli/pool.ts): when they are used, and that a run on workers gives exactly the
// output of a run in one thread (same files, same order, same messages, same report summaries).
import { describe, it, expect, beforeAll } from "vitest";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { workerCount, MIN_FILES_FOR_WORKERS, MIN_CORES_FOR_WORKERS } from "../../src/cli/pool.js";

const root = resolve(__dirname, "../..");

describe("workerCount", () => {
  it("one thread for short runs and on fewer than 4 cores; cores − 1 workers (at most 8) otherwise", () => {
    expect(MIN_CORES_FOR_WORKERS).toBe(4);
    expect(workerCount(5000, {}, 2)).toBe(0);
    expect(workerCount(MIN_FILES_FOR_WORKERS - 1, {}, 16)).toBe(0);
    expect(workerCount(MIN_FILES_FOR_WORKERS, {}, 4)).toBe(3);
    expect(workerCount(5000, {}, 32)).toBe(8);
  });

  it("REPORTLINT_THREADS decides on any machine; 0, 1 or nonsense means one thread", () => {
    expect(workerCount(3, { REPORTLINT_THREADS: "2" }, 2)).toBe(2);
    expect(workerCount(5000, { REPORTLINT_THREADS: "0" }, 32)).toBe(0);
    expect(workerCount(5000, { REPORTLINT_THREADS: "1" }, 32)).toBe(0);
    expect(workerCount(5000, { REPORTLINT_THREADS: "many" }, 32)).toBe(0);
    expect(workerCount(5000, { REPORTLINT_THREADS: "" }, 32)).toBe(8);
  });
});

describe("a run on worker threads", () => {
  beforeAll(() => {
    if (!existsSync(join(root, "dist/worker.js"))) {
      const b = spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: root, encoding: "utf8" });
      if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
    }
  });

  function run(args: string[], threads: string, cwd: string) {
    const env: Record<string, string | undefined> = { ...process.env, REPORTLINT_THREADS: threads };
    delete env.FORCE_COLOR;
    const r = spawnSync(process.execPath, [join(root, "bin/reportlint.js"), ...args], { cwd, encoding: "utf8", env, maxBuffer: 64 << 20 });
    if (r.error) throw r.error;
    return r;
  }

  it("gives the one-thread output exactly, unreadable files and a config's rules included", () => {
    const dir = mkdtempSync(join(tmpdir(), "reportlint-pool-"));
    mkdirSync(join(dir, "reports"));
    for (const name of readdirSync(join(root, "fixtures/formats/report"))) copyFileSync(join(root, "fixtures/formats/report", name), join(dir, "reports", name));
    for (const name of readdirSync(join(root, "fixtures/examples"))) copyFileSync(join(root, "fixtures/examples", name), join(dir, "reports", name));
    writeFileSync(join(dir, "reports", "broken.pdf"), "%PDF-1.7 not really");
    writeFileSync(join(dir, ".reportlintrc.json"), JSON.stringify({ rules: { "duplicate-phrase": "off" }, locale: "en" }));
    const one = run(["-f", "json", "reports"], "0", dir);
    const workers = run(["-f", "json", "reports"], "2", dir);
    expect(one.status).toBe(2);
    expect(workers.status).toBe(one.status);
    expect(workers.stderr).toBe("");
    const results = JSON.parse(workers.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string | null; message: string }> }>;
    expect(results).toHaveLength(11);
    // The config applied in the workers: its rule is off and its locale is English.
    expect(results.flatMap((r) => r.messages.map((m) => m.ruleId))).not.toContain("duplicate-phrase");
    expect(results.find((r) => r.filePath.endsWith("report.txt"))!.messages[0].message).toMatch(/^The title/);
    expect(workers.stdout).toBe(one.stdout);
    // The default formatter takes the run's locale from the first file's config in both modes.
    expect(run(["reports"], "2", dir).stdout).toBe(run(["reports"], "0", dir).stdout);
  });
});
