// reportlint as a unified (remark) plugin: the same findings as the CLI's -f json on the same
// Markdown file, reported as vfile messages at the vfile's positions; the source is linted, not a
// tree that another plugin changed; the built plugin loads no part of unified.
import { describe, it, expect, beforeAll } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import { VFile } from "vfile";
import type { Root } from "mdast";
import reportlint from "../../src/unified.js";
import { ConfigError } from "../../src/index.js";
import { errorText } from "../../src/core/bilingual.js";

const root = resolve(__dirname, "../..");
const bin = join(root, "bin/reportlint.js");
const gfmText = readFileSync(join(root, "fixtures/numbers/gfm-2021.md"), "utf8");
/** An error (the title), a fixable warning (a doubled word, after a character outside the BMP: two UTF-16 units), a text/table mismatch. */
const defective = gfmText
  .replace("工作年度报告", "工作报告")
  .replace("认真贯彻落实《", "认真贯彻落实工作工作《")
  .replace("结转下年度1件", "结转下年度3件")
  .replace("荷花乡人民政府认真", "荷花乡人民政府𠀀认真");

beforeAll(() => {
  if (!existsSync(join(root, "dist/cli.cjs"))) {
    const b = spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: root, encoding: "utf8" });
    if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
  }
});

interface CliMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: { range: [number, number]; text: string };
}

function cliJson(file: string, args: string[] = []): CliMessage[] {
  const r = spawnSync(process.execPath, [bin, "-f", "json", "--no-config-lookup", ...args, file], { encoding: "utf8" });
  return JSON.parse(r.stdout)[0].messages;
}

function write(text: string | Buffer, name = "报告.md"): string {
  const file = join(mkdtempSync(join(tmpdir(), "reportlint-unified-")), name);
  writeFileSync(file, text);
  return file;
}

/** The vfile messages as the CLI's JSON fields. */
function asCli(file: VFile) {
  return file.messages.map((m) => ({
    ruleId: m.ruleId ?? null,
    severity: m.fatal ? 2 : 1,
    message: m.reason,
    line: m.place && "start" in m.place ? m.place.start.line : undefined,
    column: m.place && "start" in m.place ? m.place.start.column : undefined,
    endLine: m.place && "end" in m.place ? m.place.end.line : undefined,
    endColumn: m.place && "end" in m.place ? m.place.end.column : undefined,
  }));
}

/** Parse and run the pipeline (a linting pipeline has no compiler, so not `process`). */
async function lint(processor: { parse(file: VFile): unknown; run(tree: never, file: VFile): Promise<unknown> }, file: VFile | string): Promise<VFile> {
  const vfile = typeof file === "string" ? new VFile(file) : file;
  await processor.run(processor.parse(vfile) as never, vfile);
  return vfile;
}

const strip = (messages: CliMessage[]) => messages.map(({ ruleId, severity, message, line, column, endLine, endColumn }) => ({ ruleId, severity, message, line, column, endLine, endColumn }));

describe("reportlint/unified", () => {
  it("reports the CLI's findings as vfile messages, with rule id, source, severity, docs link and fix", async () => {
    const path = write(defective);
    const expected = cliJson(path);
    expect(expected.map((m) => m.ruleId)).toEqual(["report-title", "duplicate-phrase", "text-table-consistency"]);
    for (const pipeline of [unified().use(remarkParse).use(reportlint), unified().use(remarkParse).use(remarkGfm).use(reportlint)]) {
      const file = await lint(pipeline, new VFile({ path, value: readFileSync(path, "utf8") }));
      expect(asCli(file)).toEqual(strip(expected));
      const [title, doubled] = file.messages;
      expect(title).toMatchObject({ source: "reportlint", ruleId: "report-title", fatal: true, file: path, url: expect.stringMatching(/report-title/) });
      // vfile's actual/expected: the text the fix replaces (the second 工作), and its replacement.
      const fix = expected[1].fix!;
      expect(doubled).toMatchObject({ fatal: false, actual: "工作", expected: [""], fix });
      expect(String(file).slice(fix.range[0], fix.range[1])).toBe("工作");
      // Offsets into the file's text, as the fix's.
      const start = (doubled.place as { start: { offset: number } }).start.offset;
      expect(String(file).slice(start, start + 4)).toBe("工作工作");
    }
  });

  it("positions are the vfile's: the same line and column remark gives the same text (UTF-16, after a byte-order mark)", async () => {
    const path = write(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(defective)]));
    const processor = unified().use(remarkParse).use(reportlint);
    const file = new VFile({ path, value: readFileSync(path, "utf8") });
    const tree = processor.parse(file) as Root;
    await processor.run(tree, file);
    expect(asCli(file)).toEqual(strip(cliJson(path)));
    // remark's own positions of the paragraph holding the doubled word (after 𠀀, two UTF-16 units) agree.
    const paragraph = tree.children.find((n) => n.type === "paragraph" && n.children[0].type === "text" && n.children[0].value.includes("工作工作"));
    const text = paragraph?.type === "paragraph" && paragraph.children[0].type === "text" ? paragraph.children[0] : undefined;
    const at = text!.value.indexOf("工作工作");
    const doubled = file.messages.find((m) => m.ruleId === "duplicate-phrase")!;
    expect(doubled.place).toMatchObject({ start: { line: text!.position!.start.line, column: text!.position!.start.column + at, offset: text!.position!.start.offset! + at } });
  });

  it("lints the source text, not a tree that an earlier plugin changed", async () => {
    const path = write(defective);
    const value = readFileSync(path, "utf8");
    // Drops every heading and table, and rewrites every text node: the report's structure is gone from the tree.
    const rewrite = () => (tree: Root) => {
      tree.children = tree.children.filter((n) => n.type !== "heading" && n.type !== "table");
      const visit = (node: { type: string; value?: string; children?: unknown[] }) => {
        if (node.type === "text") node.value = "已改写";
        node.children?.forEach((c) => visit(c as typeof node));
      };
      visit(tree);
    };
    const changed = await lint(unified().use(remarkParse).use(remarkGfm).use(rewrite).use(reportlint), new VFile({ path, value }));
    const plain = await lint(unified().use(remarkParse).use(remarkGfm).use(reportlint), new VFile({ path, value }));
    expect(asCli(changed)).toEqual(asCli(plain));
    expect(changed.messages.length).toBe(3);
  });

  it("takes a configuration object (rules, settings, locale) and allowInlineConfig; a bad one fails when the pipeline is set up", async () => {
    const path = write(defective);
    const value = readFileSync(path, "utf8");
    const options = { rules: { "duplicate-phrase": "off", "text-table-consistency": "error" }, locale: "en" as const, settings: { reportYear: 2021 } };
    const file = await lint(unified().use(remarkParse).use(reportlint, options), new VFile({ path, value }));
    const configFile = write(JSON.stringify(options), ".reportlintrc.json");
    expect(asCli(file)).toEqual(strip(cliJson(path, ["--config", configFile])));
    expect(file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([["report-title", true], ["text-table-consistency", true]]);
    expect(file.messages[0].reason).toMatch(/title/i);

    const withComment = `<!-- reportlint-disable report-title -->\n${value}`;
    const obeyed = await lint(unified().use(remarkParse).use(reportlint), new VFile({ path, value: withComment }));
    expect(obeyed.messages.map((m) => m.ruleId)).toEqual(["duplicate-phrase", "text-table-consistency"]);
    const ignored = await lint(unified().use(remarkParse).use(reportlint, { allowInlineConfig: false }), new VFile({ path, value: withComment }));
    expect(ignored.messages.map((m) => m.ruleId)).toEqual(["report-title", "duplicate-phrase", "text-table-consistency"]);

    await expect(lint(unified().use(remarkParse).use(reportlint, { rules: { "no-such-rule": "error" } }), value)).rejects.toThrow(ConfigError);
    await expect(lint(unified().use(remarkParse).use(reportlint, { ignorePatterns: ["x"] } as never), value)).rejects.toThrow(/ignorePatterns does not apply/);
    // Each refusal has its Chinese text besides the English message (errorText shows it by default).
    const refusals: unknown[] = [[], { ignorePatterns: ["x"] }, { allowInlineConfig: "yes" }, { reportUnusedDisableDirectives: "loud" }, { rules: { "no-such-rule": "error" } }];
    for (const options of refusals) {
      let thrown: unknown;
      try {
        reportlint(options as never);
      } catch (err) {
        thrown = err;
      }
      expect(thrown, JSON.stringify(options)).toBeInstanceOf(ConfigError);
      expect(errorText(thrown, "en")).not.toMatch(/[\u4e00-\u9fff]/);
      expect(errorText(thrown, "zh")).toMatch(/[\u4e00-\u9fff]/);
      expect(errorText(thrown, "zh").replace(/"[^"]*"|「[^」]*」|\([^)]*\)/g, "")).not.toMatch(/\b[A-Za-z]{4,} [a-z]{3,}\b/);
    }
  });

  it("a file without its source text is not linted, and says so", async () => {
    const processor = unified().use(remarkParse).use(reportlint);
    const withText = new VFile({ value: defective });
    const tree = processor.parse(withText);
    const file = new VFile({ path: "built-in-code.md" });
    await processor.run(tree, file);
    expect(file.messages.map((m) => [m.ruleId, m.fatal, m.reason])).toEqual([[undefined, false, expect.stringContaining("没有 Markdown 原文")]]);
    const en = new VFile({ path: "built-in-code.md" });
    await unified().use(remarkParse).use(reportlint, { locale: "en" }).run(tree, en);
    expect(en.messages.map((m) => m.reason)).toEqual([expect.stringContaining("no Markdown source")]);
    // An empty file is linted: it is a report with nothing in it.
    const empty = await lint(processor, new VFile({ path: "empty.md", value: "" }));
    expect(empty.messages.some((m) => m.fatal)).toBe(true);
  });

  it("the built plugin (reportlint/unified) imports nothing of unified, vfile or remark", async () => {
    const seen = new Set<string>();
    const bare = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, "utf8");
      for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+)["']/g)) {
        if (m[1].startsWith("./")) {
          if (m[1].endsWith(".js")) visit(join(file, "..", m[1]));
        } else bare.add(m[1]);
      }
    };
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    visit(join(root, pkg.exports["./unified"].default));
    expect(seen.size).toBeGreaterThan(1);
    expect([...bare].filter((s) => !s.startsWith("node:"))).not.toContainEqual(expect.stringMatching(/unified|vfile|remark|mdast|micromark-util/));
    // And it runs from the package's own export, in a plain Node process.
    const script = `import reportlint from "reportlint/unified"; const t = reportlint(); const msgs = []; t(null, { value: ${JSON.stringify(defective)}, toString() { return this.value; }, message: (reason, o) => { const m = { reason, ...o }; msgs.push(m); return m; } }); console.log(JSON.stringify(msgs.map((m) => m.ruleId)));`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual(["report-title", "duplicate-phrase", "text-table-consistency"]);
  });
});
