import { describe, it, expect } from "vitest";
import { createProgress, isCI, progressText, shouldShowProgress } from "../../src/cli/progress.js";

/** A terminal that records what is written, and a clock the test moves. */
function fakeTerminal(options: { isTTY?: boolean; columns?: number } = {}) {
  const writes: string[] = [];
  const stream = { write: (s: string) => void writes.push(s), isTTY: options.isTTY ?? true, columns: options.columns };
  let time = 1_000_000;
  const clock = { now: () => time, advance: (ms: number) => void (time += ms) };
  /** What the line shows now, as a terminal draws it: \r moves to column 0, text overwrites. */
  const screen = () => {
    let line = "";
    let cursor = 0;
    for (const w of writes) {
      for (const part of w.split(/(\r)/)) {
        if (part === "\r") cursor = 0;
        else if (part) {
          line = line.slice(0, cursor) + part + line.slice(cursor + part.length);
          cursor += part.length;
        }
      }
    }
    return line;
  };
  return { stream, writes, clock, screen };
}

describe("progress on the terminal", () => {
  it("draws 已检查 done/total · seconds on one line with \\r", () => {
    const t = fakeTerminal();
    const p = createProgress({ total: 40, stream: t.stream, env: {}, now: t.clock.now });
    expect(p.enabled).toBe(true);
    t.clock.advance(150);
    p.tick("a.txt");
    expect(t.writes).toEqual(["\r已检查 1/40 · 0 s"]);
    t.clock.advance(12_000);
    p.tick("b.txt");
    expect(t.screen()).toBe("已检查 2/40 · 12 s");
    expect(t.writes.every((w) => w.startsWith("\r") && !w.includes("\n"))).toBe(true);
  });

  it("speaks English with locale en", () => {
    const t = fakeTerminal();
    const p = createProgress({ total: 480, stream: t.stream, env: {}, now: t.clock.now, locale: "en" });
    t.clock.advance(12_500);
    p.advance(120);
    expect(t.screen()).toBe("Checked 120/480 · 12 s");
    expect(progressText(3, 9, 61_999, "zh")).toBe("已检查 3/9 · 61 s");
  });

  it("redraws at most about ten times a second, but always shows the last file", () => {
    const t = fakeTerminal();
    const p = createProgress({ total: 100, stream: t.stream, env: {}, now: t.clock.now });
    for (let i = 0; i < 99; i++) {
      t.clock.advance(10); // 100 files a second
      p.tick();
    }
    // 99 ticks over 990 ms: a redraw every 100 ms at most.
    expect(t.writes.length).toBeGreaterThanOrEqual(9);
    expect(t.writes.length).toBeLessThanOrEqual(11);
    t.clock.advance(1);
    p.tick();
    expect(t.screen()).toBe("已检查 100/100 · 0 s");
  });

  it("done() clears the line, once; ticks after it draw nothing", () => {
    const t = fakeTerminal();
    const p = createProgress({ total: 50, stream: t.stream, env: {}, now: t.clock.now });
    p.tick();
    const before = t.writes.length;
    p.done();
    expect(t.writes.length).toBe(before + 1);
    expect(t.writes.at(-1)).toMatch(/^\r +\r$/);
    expect(t.screen().trim()).toBe("");
    p.done();
    t.clock.advance(1000);
    p.tick();
    expect(t.writes.length).toBe(before + 1);
  });

  it("done() without any tick writes nothing", () => {
    const t = fakeTerminal();
    createProgress({ total: 50, stream: t.stream, env: {}, now: t.clock.now }).done();
    expect(t.writes).toEqual([]);
  });

  it("a shorter line overwrites a longer one completely", () => {
    const t = fakeTerminal();
    const p = createProgress({ total: 1000, stream: t.stream, env: {}, now: t.clock.now, locale: "en" });
    t.clock.advance(100_000);
    p.advance(999);
    expect(t.screen()).toBe("Checked 999/1000 · 100 s");
    // A clock that goes back (a test clock, a system clock change) gives a shorter line.
    t.clock.advance(-99_000);
    p.tick();
    // 23 characters over 24: the last one is blanked, not left showing the old "s".
    expect(t.screen()).toBe("Checked 1000/1000 · 1 s ");
  });

  it("cuts the line to the terminal width", () => {
    const t = fakeTerminal({ columns: 10 });
    const p = createProgress({ total: 480, stream: t.stream, env: {}, now: t.clock.now, locale: "en" });
    p.advance(120);
    expect(t.screen()).toBe("Checked 1");
  });

  it("never shows when stderr is not a terminal, in CI, on a dumb terminal, or for few files", () => {
    const cases: Array<[string, { isTTY?: boolean }, Record<string, string>, number, number | undefined]> = [
      ["piped", { isTTY: false }, {}, 100, undefined],
      ["CI=true", {}, { CI: "true" }, 100, undefined],
      ["CI=1", {}, { CI: "1" }, 100, undefined],
      ["TERM=dumb", {}, { TERM: "dumb" }, 100, undefined],
      ["30 files", {}, {}, 30, undefined],
      ["threshold 100", {}, {}, 100, 100],
    ];
    for (const [name, tty, env, total, threshold] of cases) {
      const t = fakeTerminal(tty);
      const p = createProgress({ total, stream: t.stream, env, now: t.clock.now, threshold });
      p.tick();
      p.done();
      expect({ name, writes: t.writes, enabled: p.enabled }).toEqual({ name, writes: [], enabled: false });
    }
  });

  it("shows when CI is false or 0, and for more than the threshold", () => {
    for (const env of [{ CI: "false" }, { CI: "0" }, { CI: "" }, { TERM: "xterm-256color" }]) {
      expect(shouldShowProgress({ total: 31, stream: { write() {}, isTTY: true }, env })).toBe(true);
    }
    expect(shouldShowProgress({ total: 6, stream: { write() {}, isTTY: true }, env: {}, threshold: 5 })).toBe(true);
    expect(isCI({ CI: "FALSE" })).toBe(false);
    expect(isCI({ CI: "woodpecker" })).toBe(true);
  });
});

describe("progress in a CLI run (runCli in-process)", () => {
  async function lintFolder(count: number, io: { stderrIsTTY: boolean; env?: Record<string, string | undefined> }) {
    const { mkdtempSync, writeFileSync, readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const { runCli } = await import("../../src/cli/run.js");
    await import("../../src/frontends/all.js");
    const dir = mkdtempSync(join(tmpdir(), "reportlint-progress-"));
    const report = readFileSync(join(__dirname, "../../fixtures/examples/qinghe-town-2022.txt"), "utf8");
    for (let i = 0; i < count; i++) writeFileSync(join(dir, `r${String(i).padStart(3, "0")}.txt`), report);
    let stdout = "";
    let stderr = "";
    const code = await runCli(["-f", "json", dir], {
      stdout: (s) => void (stdout += s),
      stderr: (s) => void (stderr += s),
      readStdin: async () => Buffer.alloc(0),
      cwd: dir,
      // REPORTLINT_THREADS=0: one thread, so the run never depends on dist/worker.js here.
      env: { REPORTLINT_THREADS: "0", ...io.env },
      stdoutIsTTY: false,
      stderrIsTTY: io.stderrIsTTY,
      stderrColumns: 80,
    });
    return { code, stdout, stderr };
  }

  it("a run of more than 30 files on a terminal shows 已检查 n/total on stderr and clears it; stdout stays clean JSON", async () => {
    const r = await lintFolder(35, { stderrIsTTY: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/已检查 \d+\/35/);
    expect(r.stderr.endsWith("\r") || /\r\x1b\[K$|\r +\r$/.test(r.stderr)).toBe(true);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(35);
  });

  it("nothing on stderr when stderr is not a terminal, in CI, or for a short run", async () => {
    expect((await lintFolder(35, { stderrIsTTY: false })).stderr).toBe("");
    expect((await lintFolder(35, { stderrIsTTY: true, env: { CI: "true" } })).stderr).toBe("");
    expect((await lintFolder(5, { stderrIsTTY: true })).stderr).toBe("");
  });
});
