// The file-level Node API (src/api/reportlint.ts) against the built CLI: the same files give the
// same -f json text, the same --print-config, the same formatted output; bad input throws with a
// clear message; fixes are written back as --fix writes them.
import { describe, it, expect, beforeAll } from "vitest";
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ReportLint, NoFilesFoundError, OutputFixesError, ConfigError, PreviousError, type ReportLintResult } from "../../src/index.js";
import { encodeGb18030 } from "../support/gb18030.js";

const root = resolve(__dirname, "../..");
const bin = join(root, "bin/reportlint.js");
const examples = join(root, "fixtures/examples");
const cleanText = readFileSync(join(examples, "qinghe-town-2022.txt"), "utf8");
const gfmText = readFileSync(join(root, "fixtures/numbers/gfm-2021.md"), "utf8");

beforeAll(() => {
  if (!existsSync(join(root, "dist/cli.cjs"))) {
    const b = spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: root, encoding: "utf8" });
    if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
  }
});

function cli(args: string[], cwd: string, input?: string) {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, input, encoding: "utf8", env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), "reportlint-api-"));
}

/** A Markdown report with an error (the title), a fixable warning (a doubled word) and a text/table mismatch. */
const defectiveMarkdown = gfmText.replace("工作年度报告", "工作报告").replace("认真贯彻落实《", "认真贯彻落实工作工作《").replace("结转下年度1件", "结转下年度3件");
/** A plain-text report missing section 六, with a doubled word. */
const defectiveText = cleanText.slice(0, cleanText.indexOf("六、其他需要报告的事项")).replace("政府信息公开工作仍存在", "政府信息公开工作工作仍存在").trimEnd() + "\n";

/** A folder of reports: the examples, and the two above in sub-folders, one with its own config. */
function project(): string {
  const dir = tmp();
  for (const name of ["donghu-street-2021.txt", "qinghe-town-2022.txt"]) writeFileSync(join(dir, name), readFileSync(join(examples, name)));
  mkdirSync(join(dir, "md"));
  writeFileSync(join(dir, "md", "荷花乡-2021.md"), defectiveMarkdown);
  mkdirSync(join(dir, "strict"));
  writeFileSync(join(dir, "strict", ".reportlintrc.json"), JSON.stringify({ rules: { "duplicate-phrase": "error", "no-empty-section": "off" }, locale: "en" }));
  writeFileSync(join(dir, "strict", "report.txt"), defectiveText);
  return dir;
}

describe("ReportLint.lintFiles", () => {
  it("gives exactly the objects `-f json` prints, for the examples and real-like reports with configs", async () => {
    const dir = project();
    for (const patterns of [[examples], ["."], ["md/荷花乡-2021.md", "strict"], ["**/*.txt"]]) {
      const results = await new ReportLint({ cwd: dir }).lintFiles(patterns);
      const r = cli(["-f", "json", ...patterns], dir);
      expect(r.stderr).toBe("");
      expect(JSON.stringify(results)).toBe(r.stdout.trimEnd());
    }
    // The folder's findings are real: errors, warnings, a fix, a config that applies to one folder only.
    const results = await new ReportLint({ cwd: dir }).lintFiles(".");
    expect(results.map((r) => r.filePath.slice(dir.length + 1))).toEqual(["donghu-street-2021.txt", "md/荷花乡-2021.md", "qinghe-town-2022.txt", "strict/report.txt"]);
    const md = results[1];
    expect(md.messages.map((m) => [m.ruleId, m.severity, m.line, m.column])).toEqual([
      ["report-title", 2, 1, 21],
      ["duplicate-phrase", 1, 5, 20],
      ["text-table-consistency", 1, 9, 38],
    ]);
    const strict = results[3];
    expect(strict.messages.find((m) => m.ruleId === "duplicate-phrase")).toMatchObject({ severity: 2, message: expect.stringMatching(/[A-Za-z]/) });
    expect(strict.messages.some((m) => m.ruleId === "no-empty-section")).toBe(false);
  });

  it("with the CLI's options: fix (as --fix-dry-run), overrideConfig rules and locale, overrideConfigFile, no config lookup", async () => {
    const dir = project();
    const cases: Array<[ConstructorParameters<typeof ReportLint>[0], string[]]> = [
      [{ fix: true }, ["--fix-dry-run"]],
      [{ overrideConfig: { rules: { "duplicate-phrase": "off", "report-title": ["warn"] }, locale: "en" } }, ["--rule", "duplicate-phrase: off", "--rule", 'report-title: ["warn"]', "--locale", "en"]],
      [{ overrideConfigFile: "strict/.reportlintrc.json" }, ["--config", "strict/.reportlintrc.json"]],
      [{ overrideConfigFile: true }, ["--no-config-lookup"]],
      [{ configLookup: false, locale: "en" }, ["--no-config-lookup", "--locale", "en"]],
    ];
    for (const [options, args] of cases) {
      const results = await new ReportLint({ cwd: dir, ...options }).lintFiles(["."]);
      expect(JSON.stringify(results), args.join(" ")).toBe(cli(["-f", "json", ...args, "."], dir).stdout.trimEnd());
    }
    const fixed = await new ReportLint({ cwd: dir, fix: true }).lintFiles("strict/report.txt");
    expect(fixed[0].output).toBe(defectiveText.replace("工作工作仍存在", "工作仍存在"));
    // Nothing was written.
    expect(readFileSync(join(dir, "strict/report.txt"), "utf8")).toBe(defectiveText);
  });

  it("encoding, limits, previous and cache as --encoding, --limit, --previous and --cache (the same cache file)", async () => {
    const dir = project();
    writeFileSync(join(dir, "gbk.txt"), encodeGb18030(defectiveText));
    writeFileSync(join(dir, "page.html"), readFileSync(join(root, "fixtures/formats/report/report.html")));
    const cases: Array<[ConstructorParameters<typeof ReportLint>[0], string[], string[]]> = [
      [{ encoding: "gb18030" }, ["--encoding", "gb18030"], ["gbk.txt"]],
      [{ limits: { bytes: 1000 } }, ["--limit", "bytes=1000"], ["page.html", "qinghe-town-2022.txt"]],
      [{ previous: "donghu-street-2021.txt" }, ["--previous", "donghu-street-2021.txt"], ["qinghe-town-2022.txt"]],
    ];
    for (const [options, args, files] of cases) {
      const results = await new ReportLint({ cwd: dir, ...options }).lintFiles(files);
      expect(JSON.stringify(results), args.join(" ")).toBe(cli(["-f", "json", ...args, ...files], dir).stdout.trimEnd());
    }
    const limited = await new ReportLint({ cwd: dir, limits: { bytes: 1000 } }).lintFiles("page.html");
    expect(limited[0].messages).toEqual([expect.objectContaining({ fatal: true })]);

    const cacheLocation = join(dir, "cache", "lint.cache");
    mkdirSync(join(dir, "cache"));
    const uncached = JSON.stringify(await new ReportLint({ cwd: dir }).lintFiles("."));
    expect(JSON.stringify(await new ReportLint({ cwd: dir, cache: true, cacheLocation }).lintFiles("."))).toBe(uncached);
    expect(existsSync(cacheLocation)).toBe(true);
    const stored = readFileSync(cacheLocation, "utf8");
    // The CLI reads the API's cache and prints the same; its entries, keyed alike, stay as they were.
    expect(cli(["-f", "json", "--cache", "--cache-location", cacheLocation, "."], dir).stdout.trimEnd()).toBe(uncached);
    expect(readFileSync(cacheLocation, "utf8")).toBe(stored);
    expect(JSON.stringify(await new ReportLint({ cwd: dir, cache: true, cacheLocation }).lintFiles("."))).toBe(uncached);
  });

  it("on worker threads (REPORTLINT_THREADS, as the CLI) gives the same results, overrideConfig included", async () => {
    const dir = project();
    const options = { cwd: dir, overrideConfig: { rules: { "duplicate-phrase": "off" } } };
    const oneThread = await new ReportLint(options).lintFiles(".");
    expect(oneThread.some((r) => r.messages.some((m) => m.ruleId === "duplicate-phrase"))).toBe(false);
    const before = process.env.REPORTLINT_THREADS;
    process.env.REPORTLINT_THREADS = "2";
    try {
      expect(JSON.stringify(await new ReportLint(options).lintFiles("."))).toBe(JSON.stringify(oneThread));
    } finally {
      if (before === undefined) delete process.env.REPORTLINT_THREADS;
      else process.env.REPORTLINT_THREADS = before;
    }
  });

  it("applies .reportlintignore, ignorePatterns and the configs' ignorePatterns; an ignored file named explicitly is a warning", async () => {
    const dir = project();
    writeFileSync(join(dir, ".reportlintignore"), "md/\n");
    writeFileSync(join(dir, "strict", ".reportlintrc.json"), JSON.stringify({ ignorePatterns: ["report.txt"] }));
    const api = new ReportLint({ cwd: dir, ignorePatterns: ["donghu-*"] });
    const results = await api.lintFiles(".");
    expect(JSON.stringify(results)).toBe(cli(["-f", "json", "--ignore-pattern", "donghu-*", "."], dir).stdout.trimEnd());
    expect(results.map((r) => r.filePath.slice(dir.length + 1))).toEqual(["qinghe-town-2022.txt"]);
    const named = await api.lintFiles("md/荷花乡-2021.md");
    expect(named[0].messages).toEqual([expect.objectContaining({ ruleId: null, severity: 1, message: expect.stringContaining("ignore") })]);
    expect(await api.isPathIgnored("md/荷花乡-2021.md")).toBe(true);
    expect(await api.isPathIgnored("strict/report.txt")).toBe(true);
    expect(await api.isPathIgnored("donghu-street-2021.txt")).toBe(true);
    expect(await api.isPathIgnored("qinghe-town-2022.txt")).toBe(false);
    expect(await api.isPathIgnored("node_modules/x/report.txt")).toBe(true);
    const all = new ReportLint({ cwd: dir, ignore: false });
    expect(await all.isPathIgnored("md/荷花乡-2021.md")).toBe(false);
    expect(await all.lintFiles(".")).toHaveLength(4);
  });

  it("reads Word, PDF and web pages as the CLI does", async () => {
    const dir = join(root, "fixtures/formats/report");
    const results = await new ReportLint({ cwd: dir }).lintFiles(["report.docx", "report.pdf", "report.html"]);
    expect(JSON.stringify(results)).toBe(cli(["-f", "json", "report.docx", "report.pdf", "report.html"], dir).stdout.trimEnd());
    expect(results.map((r) => r.report?.format)).toEqual(["docx", "pdf", "html"]);
  });

  it("throws for a path or glob that names no report, a broken config, a bad `previous`; never a half-result", async () => {
    const dir = project();
    const api = new ReportLint({ cwd: dir });
    await expect(api.lintFiles(["qinghe-town-2022.txt", "missing.txt"])).rejects.toThrow(NoFilesFoundError);
    await expect(api.lintFiles("nothing/**/*.md")).rejects.toThrow(/没有与「nothing\/\*\*\/\*\.md」匹配的报告文件/);
    await expect(new ReportLint({ cwd: dir, locale: "en" }).lintFiles("nothing/**/*.md")).rejects.toThrow(/no report files match the pattern "nothing\/\*\*\/\*\.md"/);
    mkdirSync(join(dir, "empty"));
    await expect(api.lintFiles("empty")).rejects.toThrow(/此文件夹中没有报告文件/);
    await expect(api.lintFiles([])).rejects.toThrow(TypeError);
    // Without errorOnUnmatchedPattern, as the CLI: a fatal result, the other files linted.
    const lenient = await new ReportLint({ cwd: dir, errorOnUnmatchedPattern: false }).lintFiles(["missing.txt", "qinghe-town-2022.txt"]);
    expect(lenient.map((r) => [r.filePath.slice(dir.length + 1), r.fatalErrorCount])).toEqual([["missing.txt", 1], ["qinghe-town-2022.txt", 0]]);

    writeFileSync(join(dir, "strict", ".reportlintrc.json"), '{ "rules": { "no-such-rule": "error" } }');
    const broken = api.lintFiles(".");
    await expect(broken).rejects.toThrow(ConfigError);
    await expect(broken).rejects.toThrow(/no-such-rule/);
    await expect(new ReportLint({ cwd: dir, previous: "nowhere.txt" }).lintFiles("qinghe-town-2022.txt")).rejects.toThrow(PreviousError);
  });

  it("an unreadable file is a result with a fatal message, and the others are still linted", async () => {
    const dir = project();
    writeFileSync(join(dir, "broken.txt"), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x00, 0x00]));
    const results = await new ReportLint({ cwd: dir }).lintFiles(".");
    expect(JSON.stringify(results)).toBe(cli(["-f", "json", "."], dir).stdout.trimEnd());
    const broken = results.find((r) => r.filePath.endsWith("broken.txt"))!;
    expect(broken.messages).toEqual([expect.objectContaining({ fatal: true, severity: 2, ruleId: null })]);
    expect(results).toHaveLength(5);
  });

  it("rejects bad options with a clear message", () => {
    expect(() => new ReportLint({ cwd: "." , fixx: true } as never)).toThrow(/unknown option "fixx"/);
    expect(() => new ReportLint({ locale: "fr" } as never)).toThrow(/"locale" must be "zh" or "en"/);
    expect(() => new ReportLint({ encoding: "klingon" })).toThrow(/unknown encoding "klingon"/);
    expect(() => new ReportLint({ limits: { pages: -1 } })).toThrow(/limit "pages" must be a positive number/);
    expect(() => new ReportLint({ overrideConfig: { rules: { "no-such-rule": "error" } } })).toThrow(ConfigError);
    expect(() => new ReportLint({ overrideConfig: { rules: { "no-such-rule": "error" } } })).toThrow(/overrideConfig\.rules/);
    expect(() => new ReportLint({ overrideConfig: { settings: {} } as never })).toThrow(/"settings" is not supported/);
  });
});

describe("ReportLint.lintText", () => {
  it("is `--stdin --stdin-filename`: the name picks the config and the format", async () => {
    const dir = project();
    const api = new ReportLint({ cwd: dir });
    for (const [text, name] of [
      [defectiveMarkdown, "md/new.md"],
      [defectiveText, "strict/new.txt"],
      [defectiveMarkdown, undefined],
    ] as const) {
      const results = await api.lintText(text, name ? { filePath: name } : {});
      const r = cli(["-f", "json", "--stdin", ...(name ? ["--stdin-filename", name] : [])], dir, text);
      // The CLI names standard input <stdin>; the API, as ESLint's, <text>.
      expect(JSON.stringify(results)).toBe(r.stdout.trimEnd().replace('"<stdin>"', '"<text>"'));
    }
    const [md] = await api.lintText(defectiveMarkdown, { filePath: "md/new.md" });
    expect(md.report?.format).toBe("markdown");
    const [strict] = await api.lintText(defectiveText, { filePath: "strict/new.txt" });
    expect(strict.messages.find((m) => m.ruleId === "duplicate-phrase")?.severity).toBe(2);
  });

  it("takes a Word file's bytes; a Word or PDF file given as a string is refused", async () => {
    const bytes = readFileSync(join(root, "fixtures/formats/report/report.docx"));
    const api = new ReportLint({ cwd: join(root, "fixtures/formats/report") });
    const [result] = await api.lintText(bytes, { filePath: "report.docx" });
    expect(JSON.stringify([result])).toBe(JSON.stringify(await api.lintFiles("report.docx")));
    await expect(api.lintText("text", { filePath: "report.docx" })).rejects.toThrow(/DOCX file is bytes, not text/);
  });

  it("with fix, gives the fixed text and writes nothing", async () => {
    const dir = project();
    const [result] = await new ReportLint({ cwd: dir, fix: true }).lintText(defectiveText, { filePath: "strict/report.txt" });
    expect(result.output).toBe(defectiveText.replace("工作工作仍存在", "工作仍存在"));
    expect(readFileSync(join(dir, "strict/report.txt"), "utf8")).toBe(defectiveText);
  });
});

describe("ReportLint.outputFixes", () => {
  it("writes as --fix does: the file's encoding, BOM and line ends; a file that cannot be written is named, the others are still written", async () => {
    const dir = tmp();
    const crlf = defectiveText.replace(/\n/g, "\r\n");
    writeFileSync(join(dir, "utf8-bom.txt"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf)]));
    writeFileSync(join(dir, "utf16.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(defectiveText, "utf16le")]));
    writeFileSync(join(dir, "gbk.txt"), encodeGb18030(defectiveText));
    writeFileSync(join(dir, "read-only.txt"), defectiveText);
    chmodSync(join(dir, "read-only.txt"), 0o444);
    // The same files fixed by the CLI, for comparison.
    const cliDir = tmp();
    for (const name of ["utf8-bom.txt", "utf16.txt"]) writeFileSync(join(cliDir, name), readFileSync(join(dir, name)));
    cli(["--fix", "."], cliDir);

    const results = await new ReportLint({ cwd: dir, fix: true }).lintFiles(".");
    expect(results.every((r) => typeof r.output === "string")).toBe(true);
    const error = await ReportLint.outputFixes(results).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputFixesError);
    expect((error as OutputFixesError).failures.map((f) => [f.filePath.slice(dir.length + 1), f.message])).toEqual([
      ["gbk.txt", expect.stringMatching(/gb18030/)],
      ["read-only.txt", expect.stringMatching(/read-only/)],
    ]);
    for (const name of ["utf8-bom.txt", "utf16.txt"]) expect(readFileSync(join(dir, name))).toEqual(readFileSync(join(cliDir, name)));
    expect(readFileSync(join(dir, "utf16.txt")).subarray(2).toString("utf16le")).toBe(defectiveText.replace("工作工作仍存在", "工作仍存在"));
    expect(readFileSync(join(dir, "gbk.txt"))).toEqual(encodeGb18030(defectiveText));
    expect(readFileSync(join(dir, "read-only.txt"), "utf8")).toBe(defectiveText);
    // Results without output (clean, or not fixed) write nothing.
    await expect(ReportLint.outputFixes(await new ReportLint({ cwd: dir }).lintFiles("utf16.txt"))).resolves.toBeUndefined();
  });

  it("refuses to write an HTML, Word or PDF file, and a result without a real path", async () => {
    const results = [
      { filePath: join(tmp(), "page.html"), output: "x" },
      { filePath: "<text>", output: "x" },
    ];
    const error = (await ReportLint.outputFixes(results).catch((e: unknown) => e)) as OutputFixesError;
    expect(error.failures.map((f) => f.message)).toEqual([expect.stringMatching(/never written/), expect.stringMatching(/not an absolute file path/)]);
  });
});

describe("calculateConfigForFile, loadFormatter, getErrorResults", () => {
  it("calculateConfigForFile is what --print-config prints", async () => {
    const dir = project();
    for (const file of ["strict/report.txt", "md/荷花乡-2021.md"]) {
      expect(await new ReportLint({ cwd: dir }).calculateConfigForFile(file)).toEqual(JSON.parse(cli(["--print-config", file], dir).stdout));
    }
    const overridden = await new ReportLint({ cwd: dir, overrideConfig: { rules: { "report-title": "off" } } }).calculateConfigForFile("md/x.md");
    expect(overridden.rules["report-title"]).toBeUndefined();
  });

  it("loadFormatter(name).format gives the CLI's output for the same files", async () => {
    const dir = project();
    const api = new ReportLint({ cwd: dir });
    const results = await api.lintFiles(".");
    for (const name of ["stylish", "json", "compact", "unix", "csv", "checkstyle", "sarif", "github", "gitlab", "junit", "html"]) {
      const formatter = await api.loadFormatter(name);
      const output = await formatter.format(results);
      expect(output.endsWith("\n") ? output : `${output}\n`, name).toBe(cli(["-f", name, "--no-color", "."], dir).stdout);
    }
    await expect(api.loadFormatter("nope")).rejects.toThrow(/unknown format "nope"/);
    // A custom formatter file, found as -f finds it, gets the JSON result objects and the rules' meta.
    writeFileSync(join(dir, "counts.mjs"), 'export default (results, context) => results.map((r) => `${r.messages.length} ${typeof context.rulesMeta["report-title"]}`).join("\\n");\n');
    const custom = await (await api.loadFormatter("./counts.mjs")).format(results);
    expect(custom).toBe(results.map((r) => `${r.messages.length} object`).join("\n"));
    // The source that stylish shows stays out of JSON.
    expect(Object.keys(results[0])).not.toContain("source");
    expect(results[0].source).toBe(readFileSync(join(dir, "donghu-street-2021.txt"), "utf8"));
  });

  it("getErrorResults keeps the results with errors, with their errors only", async () => {
    const dir = project();
    const results = await new ReportLint({ cwd: dir }).lintFiles(".");
    const errors = ReportLint.getErrorResults(results);
    expect(errors.map((r) => r.filePath)).toEqual(results.filter((r) => r.errorCount > 0).map((r) => r.filePath));
    for (const r of errors) {
      expect(r.messages.length).toBeGreaterThan(0);
      expect(r.messages.every((m) => m.severity === 2)).toBe(true);
      expect([r.errorCount, r.warningCount]).toEqual([r.messages.length, 0]);
    }
    const md = errors.find((r: ReportLintResult) => r.filePath.endsWith(".md"))!;
    expect(md.messages.map((m) => m.ruleId)).toEqual(["report-title"]);
  });
});
