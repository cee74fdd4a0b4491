// End-to-end tests of last year's report on the command line (dist/cli.cjs: run `npm run build`
// first): --previous FILE, --previous FOLDER, year folders, standard input, errors, --cache and
// worker threads. The reports are the invented pairs of fixtures/cross-year/.
import { describe, it, expect, beforeAll } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(__dirname, "../..");
const bin = join(root, "bin/reportlint.js");
const fx = "fixtures/cross-year";
const CROSS_YEAR = ["carryover-consistency", "valid-documents-continuity", "copied-previous-report"];

beforeAll(() => {
  if (!existsSync(join(root, "dist/cli.cjs"))) {
    const b = spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: root, encoding: "utf8" });
    if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
  }
});

function run(args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string> } = {}) {
  const env: Record<string, string | undefined> = { ...process.env, ...opts.env };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [bin, "--no-config-lookup", ...args], { cwd: opts.cwd ?? root, input: opts.input, encoding: "utf8", env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; message: string; line: number; column: number; severity: number }>;
}

/** Per file (path relative to cwd): the cross-year findings as "line:column ruleId". */
function crossYear(stdout: string, cwd = root): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const r of JSON.parse(stdout) as JsonResult[]) {
    const rel = r.filePath.startsWith(cwd) ? r.filePath.slice(cwd.length + 1) : r.filePath;
    out[rel] = r.messages.filter((m) => CROSS_YEAR.includes(m.ruleId ?? "")).map((m) => `${m.line}:${m.column} ${m.ruleId}`);
  }
  return out;
}

function messagesOf(stdout: string, rule: string): string[] {
  return (JSON.parse(stdout) as JsonResult[]).flatMap((r) => r.messages.filter((m) => m.ruleId === rule).map((m) => m.message));
}

const BROKEN_TABS = ["7:1 copied-previous-report", "24:13 valid-documents-continuity", "42:19 carryover-consistency", "42:27 carryover-consistency"];
const BROKEN_GFM = ["7:1 copied-previous-report", "25:21 valid-documents-continuity", "44:25 carryover-consistency", "44:41 carryover-consistency"];

describe("--previous FILE", () => {
  it("a broken report against last year's: the cross-year findings, naming last year's file", () => {
    const r = run([`${fx}/tabs/2023-broken.txt`, "--previous", `${fx}/tabs/2022.txt`, "-f", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expect(crossYear(r.stdout)).toEqual({ [`${fx}/tabs/2023-broken.txt`]: BROKEN_TABS });
    expect(messagesOf(r.stdout, "carryover-consistency")[0]).toContain(`上年报告（${fx}/tabs/2022.txt）`);
  });

  it("a consistent report against last year's: nothing to report, exit 0", () => {
    const r = run([`${fx}/gfm/2023-consistent.md`, "--previous", `${fx}/gfm/2022.md`, "-f", "json"]);
    expect(crossYear(r.stdout)).toEqual({ [`${fx}/gfm/2023-consistent.md`]: [] });
    expect(r.code).toBe(0);
  });

  it("the flattenings of the two years may differ (Markdown this year, tab rows last year)", () => {
    const r = run([`${fx}/gfm/2023-broken.md`, "--previous", `${fx}/tabs/2022.txt`, "-f", "json"]);
    expect(crossYear(r.stdout)).toEqual({ [`${fx}/gfm/2023-broken.md`]: BROKEN_GFM });
  });

  it("without a previous report the cross-year rules are silent", () => {
    const r = run([`${fx}/tabs/2023-broken.txt`, "-f", "json"]);
    expect(crossYear(r.stdout)).toEqual({ [`${fx}/tabs/2023-broken.txt`]: [] });
    expect(r.code).toBe(0);
  });

  it("works with --stdin", () => {
    const input = readFileSync(join(root, fx, "gfm/2023-broken.md"), "utf8");
    const r = run(["--stdin", "--stdin-filename", "report.md", "--previous", `${fx}/gfm/2022.md`, "-f", "json"], { input });
    expect(crossYear(r.stdout)).toEqual({ "report.md": BROKEN_GFM });
    expect(r.code).toBe(1);
  });

  it("a missing file: exit 2 with a clear message, nothing linted", () => {
    const r = run([`${fx}/tabs/2023-broken.txt`, "--previous", "no-such-report.txt"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("reportlint: 无法读取上年报告 no-such-report.txt：文件不存在\n");
    expect(run([`${fx}/tabs/2023-broken.txt`, "--previous", "no-such-report.txt", "--locale", "en"]).stderr).toBe("reportlint: cannot read the previous report no-such-report.txt: no such file\n");
  });

  it("a file for several reports: exit 2, pointing to a folder or year folders", () => {
    const r = run([`${fx}/tabs/2023-broken.txt`, `${fx}/tabs/2023-consistent.txt`, "--previous", `${fx}/tabs/2022.txt`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--previous 文件只能用于一份报告（本次 2 份）");
  });

  it("--previous without a value is a usage error", () => {
    const r = run([`${fx}/tabs/2023-broken.txt`, "--previous"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--previous 需要一个值");
  });
});

describe("--previous FOLDER", () => {
  it("each report is matched to the file of the same organisation in the folder", () => {
    const r = run([`${fx}/tabs/2023-broken.txt`, `${fx}/gfm/2023-broken.md`, `${fx}/tree/2023/xiling.txt`, "--previous", `${fx}/tree/2022`, "-f", "json"]);
    expect(crossYear(r.stdout)).toEqual({
      [`${fx}/tabs/2023-broken.txt`]: BROKEN_TABS,
      [`${fx}/gfm/2023-broken.md`]: BROKEN_GFM,
      // 西岭乡 has no report in the folder.
      [`${fx}/tree/2023/xiling.txt`]: [],
    });
    expect(messagesOf(r.stdout, "valid-documents-continuity")[0]).toContain(`上年报告（${fx}/tree/2022/donghu.txt）`);
  });
});

describe("year folders", () => {
  it("reports/2023/x is compared with the report of the same organisation in reports/2022/", () => {
    const r = run([`${fx}/tree/2023`, "-f", "json"]);
    expect(crossYear(r.stdout)).toEqual({
      // Matched by organisation (东湖街道办事处), not by file name.
      [`${fx}/tree/2023/东湖街道办事处年报.txt`]: BROKEN_TABS,
      [`${fx}/tree/2023/xiling.txt`]: [],
    });
    expect(messagesOf(r.stdout, "copied-previous-report")[0]).toContain(`上年报告（${fx}/tree/2022/donghu.txt）`);
  });

  it("the same in worker threads", () => {
    const r = run([`${fx}/tree/2023`, "-f", "json"], { env: { REPORTLINT_THREADS: "2" } });
    expect(crossYear(r.stdout)).toEqual({ [`${fx}/tree/2023/东湖街道办事处年报.txt`]: BROKEN_TABS, [`${fx}/tree/2023/xiling.txt`]: [] });
  });

  it("two reports of the same organisation last year: no match, silent", () => {
    const dir = mkdtempSync(join(tmpdir(), "reportlint-previous-"));
    mkdirSync(join(dir, "2022"));
    mkdirSync(join(dir, "2023年"));
    cpSync(join(root, fx, "tabs/2022.txt"), join(dir, "2022/a.txt"));
    cpSync(join(root, fx, "gfm/2022.md"), join(dir, "2022/b.md"));
    cpSync(join(root, fx, "tabs/2023-broken.txt"), join(dir, "2023年/report.txt"));
    const r = run(["2023年", "-f", "json"], { cwd: dir });
    expect(crossYear(r.stdout, dir)).toEqual({ "2023年/report.txt": [] });
    // With one of them gone, the other matches (a folder named 2023年 counts as a year folder too).
    writeFileSync(join(dir, "2022/b.md"), "# 另一机关2022年政府信息公开工作年度报告\n");
    const again = run(["2023年", "-f", "json"], { cwd: dir });
    expect(crossYear(again.stdout, dir)).toEqual({ "2023年/report.txt": BROKEN_TABS });
  });

  it("a folder named as a year without the year before beside it: silent", () => {
    const dir = mkdtempSync(join(tmpdir(), "reportlint-previous-"));
    mkdirSync(join(dir, "2021"));
    mkdirSync(join(dir, "2023"));
    cpSync(join(root, fx, "tabs/2022.txt"), join(dir, "2021/a.txt"));
    cpSync(join(root, fx, "tabs/2023-broken.txt"), join(dir, "2023/report.txt"));
    const r = run(["2023", "-f", "json"], { cwd: dir });
    expect(crossYear(r.stdout, dir)).toEqual({ "2023/report.txt": [] });
  });
});

describe("--cache", () => {
  it("a changed previous report is not served from the cache", () => {
    const dir = mkdtempSync(join(tmpdir(), "reportlint-previous-"));
    cpSync(join(root, fx, "tabs/2022.txt"), join(dir, "last.txt"));
    cpSync(join(root, fx, "tabs/2023-broken.txt"), join(dir, "report.txt"));
    const first = run(["report.txt", "--previous", "last.txt", "--cache", "-f", "json"], { cwd: dir });
    expect(crossYear(first.stdout, dir)).toEqual({ "report.txt": BROKEN_TABS });
    // Last year's report now agrees with this year's table 二 (7 → 9 would need 5 → 7 in force).
    writeFileSync(join(dir, "last.txt"), readFileSync(join(dir, "last.txt"), "utf8").replace("行政规范性文件\t2\t1\t5", "行政规范性文件\t2\t1\t7"));
    const second = run(["report.txt", "--previous", "last.txt", "--cache", "-f", "json"], { cwd: dir });
    expect(crossYear(second.stdout, dir)).toEqual({ "report.txt": BROKEN_TABS.filter((m) => !m.includes("valid-documents-continuity")) });
  });
});
