// End-to-end tests of the built CLI (dist/cli.cjs through bin/reportlint.js): exit codes, every
// formatter, configuration errors, stdin, ignore files, encodings and bad input.
import { describe, it, expect, beforeAll } from "vitest";
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, writeFileSync, readFileSync, mkdirSync, statSync, symlinkSync, readdirSync } from "node:fs";
import { encodeGb18030 } from "../support/gb18030.js";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(__dirname, "../..");
const bin = join(root, "bin/reportlint.js");
const clean = join(root, "fixtures/examples/qinghe-town-2022.txt");
const cleanText = readFileSync(clean, "utf8");

beforeAll(() => {
  // CI builds before testing; a developer running one test file may not have.
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

function tmp(): string {
  return mkdtempSync(join(tmpdir(), "reportlint-cli-"));
}

/** A report missing section 六 (reported at its last line). */
const missingSix = cleanText.slice(0, cleanText.indexOf("六、其他需要报告的事项")).trimEnd() + "\n";
const missingSixLines = missingSix.trimEnd().split("\n").length;

function json(stdout: string) {
  return JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string | null; severity: number; message: string; line: number; column: number; endLine: number; endColumn: number; fatal?: boolean }>; errorCount: number; warningCount: number }>;
}

describe("basics", () => {
  it("--version and --help exit 0", () => {
    const v = run(["--version"]);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const h = run(["--help"]);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain("--format");
    expect(h.stdout).toContain("--print-model");
  });

  it("--help is in Chinese by default, with no English heading or description; --locale en is all English", () => {
    const zh = run(["--help"]).stdout;
    expect(zh).toContain("选项：");
    expect(zh).toContain("显示帮助信息");
    expect(zh).toContain("[字符串] [默认: \"stylish\"]");
    // English words left are option names, values, file names and format names only.
    const words = zh.replace(/\n\s+/g, "").replace(/--?[\w-]+|\.[a-z]+|[\w.-]+\.(md|json)|docs\/\S+|\w+=\w+|'[^']*'|"[^"]*"/g, "").match(/[A-Za-z]{3,}/g) ?? [];
    expect(words.filter((w) => !/^(reportlint|stylish|json|compact|unix|sarif|github|junit|checkstyle|gitlab|html|csv|txt|md|docx|pdf|HTML|Word|PDF|LSP|true|false|gb)$/.test(w))).toEqual([]);
    const en = run(["--help", "--locale", "en"]).stdout;
    expect(en).toContain("Options:");
    expect(en).toContain("Show help");
    // Chinese only in the name of the document the tool checks.
    expect(en.replace("政府信息公开工作年度报告", "")).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("a clean report: exit 0 and no output", () => {
    const r = run([clean]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("");
    expect(r.code).toBe(0);
  });

  it("no files named: exit 2 with a hint", () => {
    const r = run([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--help/);
  });

  it("an unknown option: exit 2, no stack trace", () => {
    const r = run(["--frobnicate", clean]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/frobnicate/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("formatters and exit codes", () => {
  const dir = tmp();
  const bad = join(dir, "bad.txt");
  writeFileSync(bad, missingSix);

  it("stylish: grouped per file, with the rule id and a summary; exit 1", () => {
    const r = run([bad], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("bad.txt");
    expect(r.stdout).toContain("required-sections");
    expect(r.stdout).toContain("缺少第六部分");
    expect(r.stdout).toMatch(/✖/);
    expect(r.stdout).not.toMatch(/\x1b\[/); // not a terminal: no colour
  });

  it("json: ESLint-compatible with exact positions", () => {
    const r = run(["-f", "json", bad], { cwd: dir });
    expect(r.code).toBe(1);
    const [res] = json(r.stdout);
    expect(res.filePath).toBe(bad);
    expect(res.errorCount).toBe(1);
    expect(res.messages[0]).toMatchObject({ ruleId: "required-sections", severity: 2, line: missingSixLines, column: 1 });
    expect(res.messages[0].endLine).toBe(missingSixLines);
  });

  it("compact and unix: one line per problem", () => {
    const c = run(["-f", "compact", bad], { cwd: dir });
    expect(c.stdout).toMatch(new RegExp(`bad\\.txt: line ${missingSixLines}, col 1, Error - .*\\(required-sections\\)`));
    const u = run(["-f", "unix", bad], { cwd: dir });
    expect(u.stdout).toMatch(new RegExp(`bad\\.txt:${missingSixLines}:1: .*\\[Error/required-sections\\]`));
  });

  it("an unknown formatter: exit 2", () => {
    const r = run(["-f", "nope", bad], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nope");
  });

  it("--rule lowers to a warning: exit 0; --max-warnings 0 makes it 1", () => {
    const w = run(["--rule", "required-sections: warn", bad], { cwd: dir });
    expect(w.code).toBe(0);
    expect(w.stdout).toContain("required-sections");
    const m = run(["--rule", "required-sections: warn", "--max-warnings", "0", bad], { cwd: dir });
    expect(m.code).toBe(1);
    const q = run(["--rule", "required-sections: warn", "--quiet", bad], { cwd: dir });
    expect(q.stdout).toBe("");
    expect(q.code).toBe(0);
  });

  it("--rule and --ignore-pattern repeat, one value each, and do not swallow the files", () => {
    const r = run(["--rule", "required-sections: warn", "--rule", "required-sections: off", "--ignore-pattern", "x/**", "--ignore-pattern", "y/**", "-f", "json", bad], { cwd: dir });
    expect(r.code).toBe(0);
    expect(json(r.stdout)[0].messages).toEqual([]); // the last --rule wins, and bad.txt was linted
  });

  it("--rule off silences the rule", () => {
    const r = run(["--rule", "required-sections: off", "-f", "json", bad], { cwd: dir });
    expect(r.code).toBe(0);
    expect(json(r.stdout)[0].messages).toEqual([]);
  });

  it("--color forces ANSI colour; NO_COLOR is honoured", () => {
    expect(run(["--color", bad], { cwd: dir }).stdout).toMatch(/\x1b\[/);
    expect(run([bad], { cwd: dir, env: { NO_COLOR: "1" } }).stdout).not.toMatch(/\x1b\[/);
  });

  it("--locale en", () => {
    const r = run(["--locale", "en", "-f", "json", bad], { cwd: dir });
    expect(json(r.stdout)[0].messages[0].message).toMatch(/^Section 六 .* is missing/);
  });

  it("-o writes the output to a file", () => {
    const out = join(dir, "out", "result.json");
    const r = run(["-f", "json", "-o", out, bad], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(json(readFileSync(out, "utf8"))[0].errorCount).toBe(1);
  });
});

describe("stdin", () => {
  it("lints standard input with --stdin-filename", () => {
    const r = run(["--stdin", "--stdin-filename", "报告.txt", "-f", "json"], { input: missingSix });
    expect(r.code).toBe(1);
    const [res] = json(r.stdout);
    expect(res.filePath.endsWith("报告.txt")).toBe(true);
    expect(res.messages[0].ruleId).toBe("required-sections");
  });
  it("lints standard input without a file name", () => {
    const r = run(["--stdin", "-f", "json"], { input: cleanText });
    expect(r.code).toBe(0);
    expect(json(r.stdout)[0].filePath).toBe("<stdin>");
  });
});

describe("configuration", () => {
  it("a config file up the tree applies; the nearest wins", () => {
    const dir = tmp();
    mkdirSync(join(dir, "a/b"), { recursive: true });
    writeFileSync(join(dir, ".reportlintrc.json"), JSON.stringify({ rules: { "required-sections": "warn" } }));
    writeFileSync(join(dir, "a/b/.reportlintrc.json"), JSON.stringify({ rules: { "required-sections": "off" } }));
    writeFileSync(join(dir, "a/r.txt"), missingSix);
    writeFileSync(join(dir, "a/b/r.txt"), missingSix);
    const res = json(run(["-f", "json", "a"], { cwd: dir }).stdout);
    const byName = Object.fromEntries(res.map((r) => [r.filePath.slice(dir.length + 1), r]));
    expect(byName["a/r.txt"].warningCount).toBe(1);
    expect(byName["a/b/r.txt"].messages).toEqual([]);
  });

  it("invalid JSON: exit 2 naming the file", () => {
    const dir = tmp();
    writeFileSync(join(dir, ".reportlintrc.json"), '{ "rules": { ');
    writeFileSync(join(dir, "r.txt"), cleanText);
    const r = run(["r.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(".reportlintrc.json");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("an unknown rule and a bad severity: exit 2 saying which", () => {
    const dir = tmp();
    writeFileSync(join(dir, "r.txt"), cleanText);
    writeFileSync(join(dir, ".reportlintrc.json"), JSON.stringify({ rules: { "no-such-rule": "error" } }));
    const a = run(["r.txt"], { cwd: dir });
    expect(a.code).toBe(2);
    expect(a.stderr).toContain("no-such-rule");
    writeFileSync(join(dir, ".reportlintrc.json"), JSON.stringify({ rules: { "required-sections": "loud" } }));
    const b = run(["r.txt"], { cwd: dir });
    expect(b.code).toBe(2);
    expect(b.stderr).toContain("loud");
  });

  it("a bad --rule: exit 2", () => {
    const r = run(["--rule", "required-sections: sometimes", clean]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("sometimes");
  });

  it("--config overrides the lookup; --no-config-lookup ignores config files", () => {
    const dir = tmp();
    writeFileSync(join(dir, "r.txt"), missingSix);
    writeFileSync(join(dir, ".reportlintrc.json"), JSON.stringify({ rules: { "required-sections": "off" } }));
    writeFileSync(join(dir, "other.json"), JSON.stringify({ rules: { "required-sections": "warn" } }));
    expect(json(run(["-f", "json", "r.txt"], { cwd: dir }).stdout)[0].messages).toEqual([]);
    expect(json(run(["-f", "json", "-c", "other.json", "r.txt"], { cwd: dir }).stdout)[0].warningCount).toBe(1);
    expect(json(run(["-f", "json", "--no-config-lookup", "r.txt"], { cwd: dir }).stdout)[0].errorCount).toBe(1);
  });

  it("--print-config shows every enabled rule with its severity", () => {
    const r = run(["--print-config", clean]);
    expect(r.code).toBe(0);
    const config = JSON.parse(r.stdout);
    expect(Object.keys(config.rules)).toContain("required-sections");
  });

  it("rule links: the installed pages by default, settings.docsBaseUrl when a configuration sets it", () => {
    const dir = tmp();
    writeFileSync(join(dir, "r.txt"), missingSix);
    const rules = (stdout: string) => JSON.parse(stdout).runs[0].tool.driver.rules as Array<{ id: string; helpUri?: string }>;
    const installed = rules(run(["-f", "sarif", "r.txt"], { cwd: dir }).stdout);
    expect(installed[0].helpUri).toBe(pathToFileURL(join(root, "docs/rules", `${installed[0].id}.md`)).href);
    expect(existsSync(fileURLToPath(installed[0].helpUri!))).toBe(true);
    writeFileSync(join(dir, ".reportlintrc.json"), JSON.stringify({ settings: { docsBaseUrl: "https://docs.example.gov.cn/reportlint/rules" } }));
    const published = run(["-f", "sarif", "r.txt"], { cwd: dir }).stdout;
    expect(rules(published)[0].helpUri).toBe(`https://docs.example.gov.cn/reportlint/rules/${installed[0].id}.md`);
    expect(JSON.parse(published).runs[0].tool.driver.informationUri).toBe("https://docs.example.gov.cn/reportlint/rules/");
    expect(published).not.toMatch(/github\.com\/reportlint/);
  });

  it("--init writes a starter config, then refuses to overwrite it", () => {
    const dir = tmp();
    expect(run(["--init"], { cwd: dir }).code).toBe(0);
    expect(existsSync(join(dir, ".reportlintrc.json"))).toBe(true);
    const again = run(["--init"], { cwd: dir });
    expect(again.code).toBe(2);
    // A clear message about the existing (valid) file, not a configuration error; in English with --locale en.
    expect(again.stderr).toBe("reportlint: 此文件夹已有配置文件 .reportlintrc.json，未覆盖（请直接编辑它，或删除后再运行 --init）\n");
    const againEn = run(["--init", "--locale", "en"], { cwd: dir });
    expect(againEn.code).toBe(2);
    expect(againEn.stderr).toBe("reportlint: .reportlintrc.json already configures reportlint here; not overwriting it (edit it, or delete it and run --init again)\n");
    expect(run(["--init", "--locale", "en"], { cwd: tmp() }).stdout).toBe("Wrote .reportlintrc.json\n");
    writeFileSync(join(dir, "r.txt"), cleanText);
    expect(run(["r.txt"], { cwd: dir }).code).toBe(0);
  });
});

describe("files, ignores and bad input", () => {
  it("a missing path is fatal (exit 2) but the other files are still linted", () => {
    const r = run(["-f", "json", "no/such/file.txt", clean]);
    expect(r.code).toBe(2);
    const res = json(r.stdout);
    expect(res).toHaveLength(2);
    expect(res.find((x) => x.filePath.endsWith("file.txt"))!.messages[0].fatal).toBe(true);
    expect(res.find((x) => x.filePath === clean)!.messages).toEqual([]);
  });

  it("a binary file: a clear fatal message, the others still linted", () => {
    const dir = tmp();
    writeFileSync(join(dir, "scan.txt"), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0, 255, 254]));
    writeFileSync(join(dir, "ok.txt"), cleanText);
    const r = run(["-f", "json", "."], { cwd: dir });
    expect(r.code).toBe(2);
    const res = json(r.stdout);
    const scan = res.find((x) => x.filePath.endsWith("scan.txt"))!;
    expect(scan.messages[0].message).toMatch(/^无法读取文件：文件似乎是二进制文件/);
    expect(res.find((x) => x.filePath.endsWith("ok.txt"))!.messages).toEqual([]);
  });

  it("an empty file is linted (no sections), not a crash", () => {
    const dir = tmp();
    writeFileSync(join(dir, "empty.txt"), "");
    const r = run(["-f", "json", "empty.txt"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(json(r.stdout)[0].messages[0]).toMatchObject({ ruleId: "required-sections", line: 1, column: 1 });
  });

  it("GB18030 and UTF-16 files are decoded", () => {
    const dir = tmp();
    // GB18030 bytes of the clean report, made with the platform's encoder via iconv-free means:
    // UTF-16LE with BOM is written directly; GB18030 is checked through --encoding round trip below.
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(missingSix, "utf16le")]);
    writeFileSync(join(dir, "u16.txt"), utf16);
    const r = run(["-f", "json", "u16.txt"], { cwd: dir });
    expect(json(r.stdout)[0].messages[0]).toMatchObject({ ruleId: "required-sections", line: missingSixLines });
  });

  it("a folder with no reports: exit 2 with a message", () => {
    const dir = tmp();
    writeFileSync(join(dir, "photo.jpg"), "x");
    const r = run(["-f", "json", "."], { cwd: dir });
    expect(r.code).toBe(2);
    expect(json(r.stdout)[0].messages[0].message).toMatch(/^此文件夹中没有报告文件（/);
    expect(json(run(["-f", "json", "--locale", "en", "."], { cwd: dir }).stdout)[0].messages[0].message).toMatch(/^no report files \(/);
  });

  it("a folder's README and Word's ~$ lock files are not reports; named explicitly, a README is linted", () => {
    const dir = tmp();
    mkdirSync(join(dir, "reports"));
    writeFileSync(join(dir, "reports", "README.md"), "# 各乡镇报告\n");
    writeFileSync(join(dir, "reports", "~$报告.docx"), "x");
    writeFileSync(join(dir, "reports", "报告.txt"), missingSix);
    for (const args of [["reports"], ["reports/*"]]) {
      const r = run(["-f", "json", ...args], { cwd: dir });
      expect(json(r.stdout).map((x) => x.filePath.split("/").pop()), args.join(" ")).toEqual(["报告.txt"]);
    }
    const r = run(["-f", "json", "reports/README.md"], { cwd: dir });
    expect(json(r.stdout).map((x) => x.filePath.split("/").pop())).toEqual(["README.md"]);
  });

  it("a symlink loop inside a folder does not hang", () => {
    const dir = tmp();
    mkdirSync(join(dir, "d"));
    writeFileSync(join(dir, "d/r.txt"), cleanText);
    symlinkSync(join(dir, "d"), join(dir, "d/loop"));
    const r = run(["-f", "json", "d"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(json(r.stdout)).toHaveLength(1);
  });

  it(".reportlintignore, ignorePatterns and --ignore-pattern skip files in folders", () => {
    const dir = tmp();
    mkdirSync(join(dir, "old"));
    mkdirSync(join(dir, "drafts"));
    writeFileSync(join(dir, "r.txt"), cleanText);
    writeFileSync(join(dir, "old/r.txt"), missingSix);
    writeFileSync(join(dir, "drafts/r.txt"), missingSix);
    writeFileSync(join(dir, ".reportlintignore"), "old/\n");
    const a = run(["-f", "json", "."], { cwd: dir });
    expect(json(a.stdout).map((r) => r.filePath.slice(dir.length + 1)).sort()).toEqual(["drafts/r.txt", "r.txt"]);
    const b = run(["-f", "json", "--ignore-pattern", "drafts/**", "."], { cwd: dir });
    expect(json(b.stdout).map((r) => r.filePath.slice(dir.length + 1))).toEqual(["r.txt"]);
    expect(b.code).toBe(0);
  });
});

describe("print-model", () => {
  it("shows the sections it found, and JSON with -f json", () => {
    const r = run(["--print-model", clean]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("青禾镇人民政府");
    expect(r.stdout).toContain("六、其他需要报告的事项");
    const j = run(["--print-model", clean, "-f", "json"]);
    expect(j.code).toBe(0);
    const model = JSON.parse(j.stdout);
    expect(model.sections).toHaveLength(6);
  });
});

describe("--fix and --fix-dry-run", () => {
  // Two fixable problems: 工作报告 in the title (report-title) and a doubled 工作 (duplicate-phrase).
  const fixable = cleanText.replace("政府信息公开工作年度报告", "政府信息公开工作报告").replace("坚持以公开为常态", "坚持坚持以公开为常态");
  const fixed = cleanText;

  it("--fix-dry-run writes nothing and shows the fixed text in JSON", () => {
    const dir = tmp();
    writeFileSync(join(dir, "r.txt"), fixable);
    const r = run(["--fix-dry-run", "-f", "json", "r.txt"], { cwd: dir });
    expect(readFileSync(join(dir, "r.txt"), "utf8")).toBe(fixable);
    const [res] = JSON.parse(r.stdout);
    expect(res.output).toBe(fixed);
    expect(res.messages).toEqual([]);
    expect(r.code).toBe(0);
  });

  it("--fix writes the fixed file atomically; a second --fix changes nothing", () => {
    const dir = tmp();
    writeFileSync(join(dir, "r.txt"), fixable);
    expect(run(["--fix", "r.txt"], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, "r.txt"), "utf8")).toBe(fixed);
    expect(run(["--fix", "r.txt"], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, "r.txt"), "utf8")).toBe(fixed);
    expect(readdirSync(dir)).toEqual(["r.txt"]); // no temporary file left behind
  });

  it("keeps CRLF line ends, a UTF-8 BOM and UTF-16", () => {
    const dir = tmp();
    const crlf = "\ufeff" + fixable.replace(/\n/g, "\r\n");
    writeFileSync(join(dir, "crlf.txt"), crlf);
    writeFileSync(join(dir, "u16.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixable, "utf16le")]));
    expect(run(["--fix", "crlf.txt", "u16.txt"], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, "crlf.txt"), "utf8")).toBe("\ufeff" + fixed.replace(/\n/g, "\r\n"));
    expect(readFileSync(join(dir, "u16.txt"))).toEqual(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixed, "utf16le")]));
  });

  it("refuses to write a GB18030 file back, leaving it byte for byte as it was (exit 2)", () => {
    const dir = tmp();
    const bytes = encodeGb18030(fixable);
    writeFileSync(join(dir, "gbk.txt"), bytes);
    const r = run(["--fix", "-f", "json", "gbk.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, "gbk.txt"))).toEqual(bytes);
    const [res] = JSON.parse(r.stdout);
    expect(res.messages[0].message).toMatch(/gb18030/);
    expect(res.messages.some((m: { ruleId: string }) => m.ruleId === "report-title")).toBe(true);
  });

  it("refuses a read-only file with a clear message, and still fixes the others (exit 2)", () => {
    const dir = tmp();
    writeFileSync(join(dir, "ro.txt"), fixable);
    writeFileSync(join(dir, "rw.txt"), fixable);
    chmodSync(join(dir, "ro.txt"), 0o444);
    const r = run(["--fix", "-f", "json", "ro.txt", "rw.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, "ro.txt"), "utf8")).toBe(fixable);
    expect(statSync(join(dir, "ro.txt")).mode & 0o777).toBe(0o444);
    expect(readFileSync(join(dir, "rw.txt"), "utf8")).toBe(fixed);
    const [ro] = JSON.parse(r.stdout);
    expect(ro.messages[0]).toMatchObject({ fatal: true, message: expect.stringMatching(/^未写入修复：文件是只读的/) });
    expect(readdirSync(dir).sort()).toEqual(["ro.txt", "rw.txt"]);
  });

  it("a refused GB18030 --fix says why in the run's language and offers no --fix in the summary", () => {
    const dir = tmp();
    writeFileSync(join(dir, "gbk.txt"), encodeGb18030(fixable));
    const zh = run(["--fix", "gbk.txt"], { cwd: dir });
    expect(zh.code).toBe(2);
    expect(zh.stdout).toContain("未写入修复：修复无法以 gb18030 编码写回；请先将文件转换为 UTF-8，或用 --fix-dry-run 查看修复");
    expect(zh.stdout).not.toMatch(/not fixed|--fix 选项自动修复/);
    const en = run(["--fix", "--locale", "en", "gbk.txt"], { cwd: dir });
    expect(en.stdout).toContain("not fixed: fixes cannot be written back in gb18030");
    expect(en.stdout).not.toMatch(/未写入|potentially fixable/);
    // Without --fix too: fixes that cannot be written are not counted as fixable.
    const plain = run(["gbk.txt"], { cwd: dir });
    expect(plain.stdout).toContain("report-title");
    expect(plain.stdout).not.toContain("--fix");
    writeFileSync(join(dir, "utf8.txt"), fixable);
    expect(run(["utf8.txt"], { cwd: dir }).stdout).toContain("可以使用 `--fix` 选项自动修复");
  });

  it("an unreadable file is reported in the run's language only", () => {
    const dir = tmp();
    writeFileSync(join(dir, "bin.txt"), Buffer.from([0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0, 7, 8, 0, 0, 0, 0, 0]));
    const zh = json(run(["-f", "json", "bin.txt"], { cwd: dir }).stdout)[0].messages[0].message;
    expect(zh).toMatch(/^无法读取文件：/);
    expect(zh).not.toMatch(/[A-Za-z]{4,}/);
    const en = json(run(["-f", "json", "--locale", "en", "bin.txt"], { cwd: dir }).stdout)[0].messages[0].message;
    expect(en).toMatch(/^cannot read the file: /);
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("GB18030 files are read and linted", () => {
    const dir = tmp();
    writeFileSync(join(dir, "gbk.txt"), encodeGb18030(missingSix));
    const [res] = JSON.parse(run(["-f", "json", "gbk.txt"], { cwd: dir }).stdout);
    expect(res.messages[0]).toMatchObject({ ruleId: "required-sections", line: missingSixLines });
  });

  it("--fix on standard input prints the fixed text", () => {
    const r = run(["--stdin", "--fix"], { input: fixable });
    expect(r.stdout).toBe(fixed);
    expect(r.code).toBe(0);
  });
});

describe("--cache", () => {
  // A hit is seen by planting a marker in the stored message: only a cached result can show it.
  const plant = (cacheFile: string) => writeFileSync(cacheFile, readFileSync(cacheFile, "utf8").replace(/"message":"[^"]*"/, '"message":"FROM-CACHE"'));

  it("reuses the stored messages of an unchanged file; a changed file, config or option lints again", () => {
    const dir = tmp();
    writeFileSync(join(dir, "r.txt"), missingSix);
    const first = run(["--cache", "-f", "json", "r.txt"], { cwd: dir });
    expect(first.code).toBe(1);
    const cacheFile = join(dir, ".reportlintcache");
    expect(existsSync(cacheFile)).toBe(true);
    plant(cacheFile);
    expect(run(["--cache", "-f", "json", "r.txt"], { cwd: dir }).stdout).toContain("FROM-CACHE");
    // Without --cache the cache is not read.
    expect(run(["-f", "json", "r.txt"], { cwd: dir }).stdout).not.toContain("FROM-CACHE");
    // Another locale (another configuration) misses.
    expect(run(["--cache", "--locale", "en", "-f", "json", "r.txt"], { cwd: dir }).stdout).not.toContain("FROM-CACHE");
    plant(cacheFile);
    writeFileSync(join(dir, ".reportlintrc.json"), JSON.stringify({ rules: { "required-sections": "warn" } }));
    const reconfigured = json(run(["--cache", "--locale", "en", "-f", "json", "r.txt"], { cwd: dir }).stdout);
    expect(JSON.stringify(reconfigured)).not.toContain("FROM-CACHE");
    expect(reconfigured[0].messages.find((m) => m.ruleId === "required-sections")?.severity).toBe(1);
    plant(cacheFile);
    writeFileSync(join(dir, "r.txt"), missingSix + "\n");
    expect(run(["--cache", "--locale", "en", "-f", "json", "r.txt"], { cwd: dir }).stdout).not.toContain("FROM-CACHE");
  });

  it("--cache-location names the file, or a folder to hold .reportlintcache; a corrupt cache is rewritten", () => {
    const dir = tmp();
    writeFileSync(join(dir, "r.txt"), cleanText);
    expect(run(["--cache", "--cache-location", "c.json", "r.txt"], { cwd: dir }).code).toBe(0);
    expect(existsSync(join(dir, "c.json"))).toBe(true);
    expect(run(["--cache", "--cache-location", "caches/", "r.txt"], { cwd: dir }).code).toBe(0);
    expect(existsSync(join(dir, "caches", ".reportlintcache"))).toBe(true);
    writeFileSync(join(dir, "c.json"), "{ not json");
    const r = run(["--cache", "--cache-location", "c.json", "r.txt"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(JSON.parse(readFileSync(join(dir, "c.json"), "utf8")).reportlintCache).toBe(1);
  });

  it("--fix does not store a file it changed, and fixes a file whose cached messages have fixes", () => {
    const dir = tmp();
    writeFileSync(join(dir, "r.txt"), cleanText.replace("政府信息公开工作", "政府信息公开工作工作"));
    run(["--cache", "r.txt"], { cwd: dir });
    expect(run(["--cache", "--fix", "r.txt"], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, "r.txt"), "utf8")).toBe(cleanText);
    expect(Object.keys(JSON.parse(readFileSync(join(dir, ".reportlintcache"), "utf8")).files)).toEqual([]);
  });
});
