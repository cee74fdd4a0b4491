// Bad input, end to end through the built CLI: huge files, a huge line, a huge table, unreadable
// files, symlink loops and every kind of broken configuration. Each case: a clear message and no
// stack trace, the documented exit code (README "Exit codes": 0 clean, 1 lint errors, 2 fatal),
// the other files still linted, and nothing written (no --fix). Cases already in cli.test.ts
// (empty file, binary file, missing path, folder without reports, a loop inside a folder, invalid
// JSON, an unknown rule or bad severity in a config, a bad --rule severity, an unknown formatter)
// are not repeated here.
import { describe, it, expect, beforeAll } from "vitest";
import { skipTitle } from "../support/skip.js";
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(__dirname, "../..");
const bin = join(root, "bin/reportlint.js");
const cleanText = readFileSync(join(root, "fixtures/examples/qinghe-town-2022.txt"), "utf8");
const isRoot = process.getuid?.() === 0;

beforeAll(() => {
  if (!existsSync(join(root, "dist/cli.cjs"))) {
    const b = spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: root, encoding: "utf8" });
    if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
  }
});

function run(args: string[], opts: { cwd?: string } = {}) {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  // Output of a huge report can pass spawnSync's 1 MB default buffer.
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd ?? root, encoding: "utf8", env, maxBuffer: 512 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), "reportlint-bad-"));
}

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; severity: number; message: string; line: number; column: number; endLine: number; endColumn: number; fatal?: boolean }>;
  errorCount: number;
  warningCount: number;
}
function json(stdout: string): JsonResult[] {
  return JSON.parse(stdout) as JsonResult[];
}
const byName = (results: JsonResult[], name: string) => results.find((r) => r.filePath.endsWith(name))!;

/** No stack trace on stderr (a "    at fn (file:line)" frame). */
function noStack(stderr: string): void {
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stderr).not.toContain("    at ");
}

/** Bytes and mtime of files, to show a run wrote nothing. */
function snapshot(files: string[]): Array<{ file: string; bytes: string; mtimeMs: number }> {
  return files.map((file) => ({ file, bytes: readFileSync(file).toString("base64"), mtimeMs: statSync(file).mtimeMs }));
}

/** The example report with a fixable slip in it (duplicate-phrase): --fix would change it. */
const fixableText = cleanText.replace("主动公开", "主动公开公开");

/** The example report with `pad` as the body of section 一. */
function withBody(pad: string): string {
  const at = cleanText.indexOf("二、主动公开政府信息情况");
  return cleanText.slice(0, at) + pad + "\n\n" + cleanText.slice(at);
}

describe("huge input finishes, with JSON output and nothing written", () => {
  it("a 50 MB report", { timeout: 300_000 }, () => {
    const dir = tmp();
    const para = "全年主动公开政府信息312条，其中政策文件12条、财政信息20条，围绕乡村振兴、社会救助等重点领域及时公开。\n\n";
    const file = join(dir, "big.txt");
    writeFileSync(file, withBody(para.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(para)))));
    expect(statSync(file).size).toBeGreaterThan(50 * 1024 * 1024);
    const before = snapshot([file]);
    const r = run(["-f", "json", "big.txt"], { cwd: dir });
    noStack(r.stderr);
    expect(r.code).toBe(0);
    const res = json(r.stdout);
    expect(res).toHaveLength(1);
    expect(res[0].messages.filter((m) => m.fatal)).toEqual([]);
    expect(snapshot([file])).toEqual(before);
  });

  it("a report with one 1 MB line, a table of 10,000 rows, and a clean report beside them", { timeout: 120_000 }, () => {
    const dir = tmp();
    writeFileSync(join(dir, "line.txt"), withBody("政府信息公开工作年度报告本年度依申请公开情况良好".repeat(Math.ceil((1024 * 1024) / 72))));
    const lines = cleanText.split("\n");
    const at = lines.findIndex((l) => l.startsWith("规章\t"));
    const rows = Array.from({ length: 10_000 }, (_, i) => `行政规范性文件${i}\t1\t0\t3`);
    writeFileSync(join(dir, "rows.txt"), [...lines.slice(0, at + 1), ...rows, ...lines.slice(at + 1)].join("\n"));
    writeFileSync(join(dir, "clean.txt"), cleanText);
    writeFileSync(join(dir, "fixable.txt"), fixableText);
    const files = ["line.txt", "rows.txt", "clean.txt", "fixable.txt"].map((f) => join(dir, f));
    const before = snapshot(files);
    const r = run(["-f", "json", "."], { cwd: dir });
    noStack(r.stderr);
    expect(r.code).toBe(1); // the 10,000 rows break table 二's structure: lint errors, not fatal
    const res = json(r.stdout);
    expect(res).toHaveLength(4);
    for (const x of res) expect(x.messages.filter((m) => m.fatal)).toEqual([]);
    expect(byName(res, "rows.txt").errorCount).toBeGreaterThan(0);
    expect(byName(res, "clean.txt").messages).toEqual([]);
    expect(byName(res, "fixable.txt").messages.map((m) => m.ruleId)).toContain("duplicate-phrase");
    expect(snapshot(files)).toEqual(before);
  });
});

describe("files that cannot be read: a fatal entry, the others still linted (exit 2)", () => {
  // As root, chmod 000 does not stop reading, so there is nothing to test there.
  it.skipIf(isRoot)(skipTitle(!isRoot, "an unreadable file (chmod 000)", "running as root, which reads any file"), () => {
    const dir = tmp();
    writeFileSync(join(dir, "locked.txt"), cleanText);
    chmodSync(join(dir, "locked.txt"), 0o000);
    writeFileSync(join(dir, "ok.txt"), cleanText);
    const r = run(["-f", "json", "locked.txt", "ok.txt"], { cwd: dir });
    chmodSync(join(dir, "locked.txt"), 0o644);
    noStack(r.stderr);
    expect(r.code).toBe(2);
    const res = json(r.stdout);
    expect(byName(res, "locked.txt").messages[0]).toMatchObject({ fatal: true, severity: 2 });
    expect(byName(res, "locked.txt").messages[0].message).toBe("无法读取文件：没有权限");
    expect(byName(res, "ok.txt").messages).toEqual([]);
  });

  it.skipIf(isRoot)(skipTitle(!isRoot, "an unreadable folder (chmod 000) inside the folder linted", "running as root, which reads any folder"), () => {
    const dir = tmp();
    mkdirSync(join(dir, "locked"));
    writeFileSync(join(dir, "locked/r.txt"), cleanText);
    chmodSync(join(dir, "locked"), 0o000);
    writeFileSync(join(dir, "ok.txt"), cleanText);
    const r = run(["-f", "json", "."], { cwd: dir });
    chmodSync(join(dir, "locked"), 0o755);
    noStack(r.stderr);
    expect(r.code).toBe(2);
    const res = json(r.stdout);
    expect(byName(res, "ok.txt").messages).toEqual([]);
    expect(res.some((x) => x.messages.some((m) => m.fatal))).toBe(true);
  });

  it("a symlink loop named on the command line (a → b → a)", () => {
    const dir = tmp();
    symlinkSync(join(dir, "b.txt"), join(dir, "a.txt"));
    symlinkSync(join(dir, "a.txt"), join(dir, "b.txt"));
    writeFileSync(join(dir, "ok.txt"), fixableText);
    const before = snapshot([join(dir, "ok.txt")]);
    const r = run(["-f", "json", "a.txt", "ok.txt"], { cwd: dir });
    noStack(r.stderr);
    expect(r.code).toBe(2);
    const res = json(r.stdout);
    expect(res).toHaveLength(2);
    expect(byName(res, "a.txt").messages[0]).toMatchObject({ fatal: true });
    expect(byName(res, "a.txt").messages[0].message).toBe("符号链接循环");
    expect(byName(res, "ok.txt").messages.map((m) => m.ruleId)).toContain("duplicate-phrase");
    expect(snapshot([join(dir, "ok.txt")])).toEqual(before);
  });

  it("empty, binary, missing and good files together: each reported, the good ones linted", () => {
    const dir = tmp();
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "scan.txt"), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0, 255, 254]));
    writeFileSync(join(dir, "ok.txt"), cleanText);
    writeFileSync(join(dir, "fixable.txt"), fixableText);
    const files = ["empty.txt", "scan.txt", "ok.txt", "fixable.txt"].map((f) => join(dir, f));
    const before = snapshot(files);
    const r = run(["-f", "json", "empty.txt", "scan.txt", "gone.txt", "ok.txt", "fixable.txt"], { cwd: dir });
    noStack(r.stderr);
    expect(r.code).toBe(2);
    const res = json(r.stdout);
    expect(res).toHaveLength(5);
    expect(byName(res, "empty.txt").messages[0]).toMatchObject({ ruleId: "required-sections" });
    expect(byName(res, "scan.txt").messages[0]).toMatchObject({ fatal: true });
    expect(byName(res, "gone.txt").messages[0]).toMatchObject({ fatal: true });
    expect(byName(res, "ok.txt").messages).toEqual([]);
    expect(byName(res, "fixable.txt").messages.map((m) => m.ruleId)).toContain("duplicate-phrase");
    expect(snapshot(files)).toEqual(before);
  });
});

describe("a broken configuration of every kind: exit 2, the file and the fault named, no stack, nothing written even with --fix", () => {
  const cases: Array<{ name: string; file: string; content: string; says: RegExp }> = [
    { name: "invalid YAML", file: ".reportlintrc.yaml", content: "rules: [\n", says: /YAML/ },
    { name: "invalid YAML in an extension-less .reportlintrc", file: ".reportlintrc", content: "rules:\n  a: [b\n", says: /YAML|JSON/ },
    { name: "a CommonJS config that throws", file: ".reportlintrc.cjs", content: 'throw new Error("配置加载失败 kaboom");\n', says: /kaboom/ },
    { name: "an ES module config that throws", file: "reportlint.config.mjs", content: 'throw new Error("kaboom");\nexport default {};\n', says: /kaboom/ },
    { name: "a config that is an array", file: ".reportlintrc.json", content: "[1, 2]", says: /数组/ },
    { name: "a config that is a string", file: ".reportlintrc.json", content: '"error"', says: /必须是对象/ },
    { name: "an unknown key", file: ".reportlintrc.json", content: JSON.stringify({ rulez: {} }), says: /rulez/ },
    { name: "an unknown rule in overrides", file: ".reportlintrc.json", content: JSON.stringify({ overrides: [{ files: ["*.txt"], rules: { "no-such-rule": "warn" } }] }), says: /no-such-rule/ },
    { name: "a bad severity number", file: ".reportlintrc.json", content: JSON.stringify({ rules: { "required-sections": 3 } }), says: /严重级别 3 无效/ },
    { name: "options that do not fit the rule", file: ".reportlintrc.json", content: JSON.stringify({ rules: { "numeric-cell": ["warn", { nope: 1 }] } }), says: /nope/ },
    { name: "options of the wrong type", file: ".reportlintrc.json", content: JSON.stringify({ rules: { "duplicate-phrase": ["warn", { allow: "走访" }] } }), says: /allow/ },
    { name: "extends a missing file", file: ".reportlintrc.json", content: JSON.stringify({ extends: "./missing.json" }), says: /missing\.json/ },
    { name: "extends an unknown preset", file: ".reportlintrc.json", content: JSON.stringify({ extends: "reportlint:loose" }), says: /reportlint:loose/ },
    { name: "a bad reportlint key in package.json", file: "package.json", content: JSON.stringify({ name: "x", reportlint: { rules: { "required-sections": "loud" } } }), says: /loud/ },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const dir = tmp();
      writeFileSync(join(dir, c.file), c.content);
      writeFileSync(join(dir, "r.txt"), fixableText);
      const before = snapshot([join(dir, "r.txt")]);
      for (const args of [["r.txt"], ["--fix", "r.txt"]]) {
        const r = run(args, { cwd: dir });
        noStack(r.stderr);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain(c.file);
        expect(r.stderr).toMatch(c.says);
        expect(r.stderr).toMatch(/配置错误/);
      }
      expect(snapshot([join(dir, "r.txt")])).toEqual(before);
    });
  }

  it("--config naming a missing file", () => {
    const dir = tmp();
    writeFileSync(join(dir, "r.txt"), fixableText);
    const before = snapshot([join(dir, "r.txt")]);
    const r = run(["--fix", "-c", "nope.json", "r.txt"], { cwd: dir });
    noStack(r.stderr);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nope.json");
    expect(snapshot([join(dir, "r.txt")])).toEqual(before);
  });

  it("an unknown rule in --rule", () => {
    const dir = tmp();
    writeFileSync(join(dir, "r.txt"), fixableText);
    const before = snapshot([join(dir, "r.txt")]);
    for (const args of [["--rule", "no-such-rule: error", "r.txt"], ["--fix", "--rule", "no-such-rule: error", "r.txt"]]) {
      const r = run(args, { cwd: dir });
      noStack(r.stderr);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("no-such-rule");
      expect(r.stdout).toBe("");
    }
    expect(snapshot([join(dir, "r.txt")])).toEqual(before);
  });

  it("an unknown formatter with --fix writes nothing", () => {
    const dir = tmp();
    writeFileSync(join(dir, "r.txt"), fixableText);
    const before = snapshot([join(dir, "r.txt")]);
    const r = run(["--fix", "-f", "nope", "r.txt"], { cwd: dir });
    noStack(r.stderr);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nope");
    expect(snapshot([join(dir, "r.txt")])).toEqual(before);
  });
});
