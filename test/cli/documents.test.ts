// HTML, Word and PDF reports through the built CLI: a folder of every form is linted with the same
// findings; a corrupt .docx or .pdf is a fatal error for that file only (exit 2, the others still
// linted, no stack trace); --stdin honours --stdin-filename's extension; --fix leaves these files
// untouched; --print-model shows the plain-text rendering that DOCX/PDF positions refer to.
import { describe, it, expect, beforeAll } from "vitest";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(__dirname, "../..");
const bin = join(root, "bin/reportlint.js");
const forms = join(root, "fixtures/formats/report");

beforeAll(() => {
  if (!existsSync(join(root, "dist/cli.cjs"))) {
    const b = spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: root, encoding: "utf8" });
    if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
  }
});

function run(args: string[], opts: { cwd?: string; input?: Buffer } = {}) {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd ?? root, encoding: "utf8", env, input: opts.input, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; message: string; line: number; column: number; fatal?: boolean; place?: string }>;
  report?: { format: string; organization?: string; year?: number };
}
const json = (stdout: string) => JSON.parse(stdout) as JsonResult[];
const rules = (r: JsonResult) => r.messages.map((m) => m.ruleId);

function tmp(): string {
  return mkdtempSync(join(tmpdir(), "reportlint-docs-"));
}

describe("documents through the CLI", () => {
  it("a folder holding the report as .txt, .html, .docx and .pdf: every file linted, the same rules each", () => {
    const dir = tmp();
    for (const name of ["report.txt", "report.html", "report.docx", "report.pdf"]) copyFileSync(join(forms, name), join(dir, name));
    const r = run(["-f", "json", dir]);
    expect(r.code).toBe(1);
    const results = json(r.stdout);
    expect(results.map((x) => x.filePath.split("/").pop()).sort()).toEqual(["report.docx", "report.html", "report.pdf", "report.txt"]);
    const txt = results.find((x) => x.filePath.endsWith(".txt"))!;
    expect(rules(txt)).toHaveLength(8);
    for (const x of results) {
      expect(rules(x)).toEqual(rules(txt));
      expect(x.report).toMatchObject({ organization: "东湖街道办事处", year: 2021 });
    }
    expect(results.map((x) => x.report?.format).sort()).toEqual(["docx", "html", "pdf", "text"]);
    expect(results.find((x) => x.filePath.endsWith(".docx"))!.messages[0].place).toBe("段落 1");
  });

  it("a corrupt .docx and a corrupt .pdf: a clear fatal message each, exit 2, the good report still linted", () => {
    const dir = tmp();
    writeFileSync(join(dir, "broken.docx"), Buffer.from("PK\u0003\u0004 this is not really a zip"));
    writeFileSync(join(dir, "broken.pdf"), Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog"));
    copyFileSync(join(root, "fixtures/examples/qinghe-town-2022.txt"), join(dir, "good.txt"));
    const r = run(["-f", "json", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain("    at ");
    const results = json(r.stdout);
    const docx = results.find((x) => x.filePath.endsWith("broken.docx"))!;
    const pdf = results.find((x) => x.filePath.endsWith("broken.pdf"))!;
    expect(docx.messages).toHaveLength(1);
    expect(docx.messages[0]).toMatchObject({ fatal: true, ruleId: null });
    expect(docx.messages[0].message).toMatch(/Word|docx/);
    expect(pdf.messages).toHaveLength(1);
    expect(pdf.messages[0]).toMatchObject({ fatal: true, ruleId: null });
    expect(pdf.messages[0].message).toMatch(/PDF/);
    expect(results.find((x) => x.filePath.endsWith("good.txt"))!.messages).toEqual([]);
  });

  it("a hostile page (markup nested thousands deep) stops that file only: the other report is still linted", () => {
    const dir = tmp();
    writeFileSync(join(dir, "deep.html"), "<div>".repeat(5000) + "x");
    copyFileSync(join(root, "fixtures/examples/qinghe-town-2022.txt"), join(dir, "good.txt"));
    for (const threads of ["0", "2"]) {
      const r = spawnSync(process.execPath, [bin, "-f", "json", dir], { encoding: "utf8", env: { ...process.env, REPORTLINT_THREADS: threads } });
      const results = json(r.stdout);
      // The page is either read (a worker thread has more stack) or reported as unreadable (exit 2);
      // never the end of the run.
      const deep = results.find((x) => x.filePath.endsWith("deep.html"))!;
      expect(deep.messages.length).toBeGreaterThan(0);
      if (deep.messages[0].fatal) expect(r.status).toBe(2);
      else expect(r.status).toBe(1);
      expect(results.find((x) => x.filePath.endsWith("good.txt"))!.messages).toEqual([]);
      expect(r.stderr).not.toContain("    at ");
    }
  });

  it("--stdin --fix with a .docx, .pdf or .html name is refused before anything is written to stdout", () => {
    for (const name of ["report.docx", "report.pdf", "report.html"]) {
      const r = run(["--fix", "--stdin", "--stdin-filename", name], { input: readFileSync(join(forms, name)) });
      expect(r.code, name).toBe(2);
      expect(r.stdout, name).toBe("");
      expect(r.stderr).toMatch(/--fix/);
    }
  });

  it("--stdin takes the format from --stdin-filename's extension", () => {
    for (const name of ["report.docx", "report.pdf", "report.html"]) {
      const r = run(["-f", "json", "--stdin", "--stdin-filename", `x/${name}`], { input: readFileSync(join(forms, name)) });
      expect(r.code, name + r.stderr).toBe(1);
      expect(rules(json(r.stdout)[0]), name).toHaveLength(8);
    }
    // Without a name, the same bytes are not text: a fatal message, not garbage findings.
    const r = run(["-f", "json", "--stdin"], { input: readFileSync(join(forms, "report.docx")) });
    expect(r.code).toBe(2);
    expect(json(r.stdout)[0].messages[0].fatal).toBe(true);
  });

  it("--fix reports but never writes an HTML, Word or PDF file", () => {
    const dir = tmp();
    const files = ["report.html", "report.docx", "report.pdf"].map((n) => {
      copyFileSync(join(forms, n), join(dir, n));
      return join(dir, n);
    });
    const before = files.map((f) => [readFileSync(f).toString("base64"), statSync(f).mtimeMs]);
    const r = run(["--fix", "-f", "json", dir]);
    expect(r.code).toBe(1);
    expect(files.map((f) => [readFileSync(f).toString("base64"), statSync(f).mtimeMs])).toEqual(before);
  });

  it("--print-model of a .docx shows the numbered plain-text rendering with places, then the model", () => {
    const r = run(["--print-model", join(forms, "report.docx")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/DOCX 文件的纯文本呈现/);
    expect(r.stdout).toMatch(/^ *1 │ 东湖街道办事处 2021 年政府信息公开工作报告 {2}\[段落 1\]$/m);
    expect(r.stdout).toMatch(/\[表 1 第 1 行 第 1 列\]/);
  });
});
