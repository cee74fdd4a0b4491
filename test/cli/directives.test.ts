// End-to-end: inline disable directives through the built CLI, and the two flags
// --no-inline-config and --report-unused-disable-directives.
import { describe, it, expect, beforeAll } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(__dirname, "../..");
const bin = join(root, "bin/reportlint.js");
const cleanText = readFileSync(join(root, "fixtures/examples/qinghe-town-2022.txt"), "utf8");

beforeAll(() => {
  if (!existsSync(join(root, "dist/cli.cjs"))) {
    const b = spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: root, encoding: "utf8" });
    if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
  }
});

function run(args: string[], opts: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {}) {
  const env: Record<string, string | undefined> = { ...process.env, ...opts.env };
  delete env.FORCE_COLOR;
  if (!opts.env || !("NO_COLOR" in opts.env)) delete env.NO_COLOR;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd ?? root, input: opts.input, encoding: "utf8", env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonMessage {
  ruleId: string | null;
  severity: number;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}
function json(stdout: string) {
  return JSON.parse(stdout) as Array<{ filePath: string; messages: JsonMessage[]; errorCount: number; warningCount: number; output?: string }>;
}

const lines = cleanText.split("\n");
const prose = lines.findIndex((l) => l.startsWith("2022年，青禾镇"));
/** The clean report with one stray English word (stray-latin, a warning) on line prose + 1. */
function withStrayWord(extra: (l: string[]) => void = () => {}): string {
  const l = [...lines];
  l[prose] = l[prose].replace("坚持", "坚持 and ");
  extra(l);
  return l.join("\n");
}

/** A folder with no configuration of its own, holding one report. */
function folderWith(name: string, text: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), "reportlint-directives-"));
  const file = join(dir, name);
  writeFileSync(file, text);
  return { dir, file };
}

describe("inline directives in the CLI", () => {
  it("a disable-line comment silences the finding on its line; --no-inline-config brings it back", () => {
    const text = withStrayWord((l) => (l[prose] += "<!-- reportlint-disable-line stray-latin -- 专有名词 -->"));
    const { dir, file } = folderWith("报告.txt", text);
    const r = run(["-f", "json", file], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(json(r.stdout)[0].messages).toEqual([]);
    expect(r.code).toBe(0);

    const off = run(["-f", "json", "--no-inline-config", file], { cwd: dir });
    const msgs = json(off.stdout)[0].messages;
    expect(msgs.map((m) => [m.ruleId, m.line, m.column])).toEqual([["stray-latin", prose + 1, lines[prose].indexOf("坚持") + 4]]);
    expect(off.code).toBe(0); // a warning only
  });

  it("works for Markdown and for standard input", () => {
    const text = withStrayWord((l) => l.splice(prose, 0, "<!-- reportlint-disable-next-line stray-latin -->"));
    const { dir } = folderWith("报告.md", text);
    const r = run(["-f", "json", join(dir, "报告.md")], { cwd: dir });
    expect(json(r.stdout)[0].messages).toEqual([]);
    const s = run(["-f", "json", "--stdin", "--stdin-filename", "报告.txt"], { cwd: dir, input: text });
    expect(json(s.stdout)[0].messages).toEqual([]);
    expect(s.code).toBe(0);
  });

  it("--report-unused-disable-directives reports an unused directive as an error at the comment (exit 1)", () => {
    const comment = "<!-- reportlint-disable-next-line contact-info -->";
    const text = withStrayWord((l) => l.splice(prose, 0, comment));
    const { dir, file } = folderWith("报告.txt", text);
    const quiet = run(["-f", "json", file], { cwd: dir });
    expect(json(quiet.stdout)[0].messages.map((m) => m.ruleId)).toEqual(["stray-latin"]);
    expect(quiet.code).toBe(0);

    const r = run(["-f", "json", "--report-unused-disable-directives", file], { cwd: dir });
    const [result] = json(r.stdout);
    expect(result.messages[0]).toEqual({
      ruleId: null,
      messageId: "unusedDisable",
      severity: 2,
      message: "未使用的 reportlint-disable 指令（规则「contact-info」没有报告问题）",
      line: prose + 1,
      column: 1,
      endLine: prose + 1,
      endColumn: comment.length + 1,
    });
    expect(result.errorCount).toBe(1);
    expect(r.code).toBe(1);

    const en = run(["--report-unused-disable-directives", "--locale", "en", "-f", "unix", file], { cwd: dir });
    expect(en.stdout).toContain(`报告.txt:${prose + 1}:1: Unused reportlint-disable directive (no problems were reported from 'contact-info')`);
  });

  it("an unknown rule in a directive is an error (exit 1)", () => {
    const { dir, file } = folderWith("报告.txt", cleanText.replace("一、总体情况", "一、总体情况<!-- reportlint-disable-line no-such-rule -->"));
    const r = run(["-f", "json", file], { cwd: dir });
    expect(json(r.stdout)[0].messages.map((m) => [m.ruleId, m.severity, m.message])).toContainEqual([null, 2, "reportlint 指令中的规则「no-such-rule」不存在"]);
    expect(r.code).toBe(1);
  });

  it("--fix leaves a disabled fixable problem alone", () => {
    // duplicate-phrase is fixable: 安排安排 → 安排.
    const l = [...lines];
    l[prose] = l[prose].replace("坚持", "坚持坚持");
    l[prose + 2] = l[prose + 2].replace("围绕", "围绕围绕") + "<!-- reportlint-disable-line duplicate-phrase -->";
    const { dir, file } = folderWith("报告.txt", l.join("\n"));
    const without = run(["--fix-dry-run", "--no-inline-config", "-f", "json", file], { cwd: dir });
    expect(json(without.stdout)[0].output!.split("\n")[prose + 2]).not.toContain("围绕围绕");
    const r = run(["--fix", file], { cwd: dir });
    expect(r.code).toBe(0);
    const fixed = readFileSync(file, "utf8").split("\n");
    expect(fixed[prose]).toBe(lines[prose]);
    expect(fixed[prose + 2]).toContain("围绕围绕");
  });

  it("--help lists both options", () => {
    const h = run(["--help"]);
    expect(h.stdout).toContain("--no-inline-config");
    expect(h.stdout).toContain("--report-unused-disable-directives");
  });
});
