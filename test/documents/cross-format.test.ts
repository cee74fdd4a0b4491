// Issue 7's acceptance: one report, written once (fixtures/formats/source.txt), rendered by
// scripts/render-formats.mjs into .txt (UTF-8, GBK, UTF-16 LE with BOM, UTF-16 BE without), .md,
// .html, .docx and .pdf, gives the same findings in every form — the same rules on the same cells —
// and the committed renderings are what the script writes today.
import { describe, it, expect } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import "../../src/frontends/all.js";
import { lintText } from "../../src/core/linter.js";
import { lintRendered } from "../../src/core/document.js";
import { SourceCode } from "../../src/core/source-code.js";
import { decode } from "../../src/decode/index.js";
import { documentFormatForPath, renderDocument } from "../../src/documents/index.js";
import type { LintMessage } from "../../src/core/types.js";

const dir = join(__dirname, "../../fixtures/formats/report");
const FORMS = ["report.txt", "report.gbk.txt", "report.utf16le.txt", "report.utf16be.txt", "report.md", "report.html", "report.docx", "report.pdf"];

interface Finding {
  rule: string | null;
  messageId?: string;
  /** The offending text, as the user sees it (white space and markup removed). */
  text: string;
}

/** Lint one form as the CLI does; returns its findings and the text their positions refer to. */
async function lintForm(name: string): Promise<{ messages: LintMessage[]; source: string; encoding?: string }> {
  const bytes = readFileSync(join(dir, name));
  const docFormat = documentFormatForPath(name);
  if (docFormat) {
    const doc = await renderDocument(docFormat, bytes);
    return { messages: lintRendered(doc, { filePath: name }), source: doc.original?.text ?? doc.text };
  }
  const decoded = decode(bytes);
  return { messages: lintText(decoded.text, { filePath: name }), source: decoded.text, encoding: decoded.encoding };
}

function findings(messages: LintMessage[], source: string): Finding[] {
  const code = new SourceCode(source);
  return messages.map((m) => {
    const start = code.offsetAt({ line: m.line, column: m.column });
    const end = code.offsetAt({ line: m.endLine, column: m.endColumn });
    const text = source
      .slice(start, end)
      .replace(/<[^>]*>/g, "")
      .replace(/&nbsp;|[\s\u00a0\u3000|]/g, "");
    return { rule: m.ruleId, messageId: m.messageId, text };
  });
}

describe("one report in every form gives the same findings", async () => {
  const expected = await lintForm("report.txt");
  const expectedFindings = findings(expected.messages, expected.source);

  it("the plain-text form has the defects the source was written with", () => {
    expect(expectedFindings.map((f) => f.rule)).toEqual([
      "report-title",
      "duplicate-phrase",
      "template-placeholder",
      "no-contradiction",
      "format-version",
      "numeric-cell",
      "table-arithmetic",
      "required-sections",
    ]);
    // The cells: the row of 无 in table 二, the wrong 总计 5 in table 三.
    expect(expectedFindings.find((f) => f.rule === "numeric-cell")?.text).toBe("无无无");
    expect(expectedFindings.find((f) => f.rule === "table-arithmetic")?.text).toBe("5");
  });

  it.each(FORMS.slice(1))("%s: same rules, same messages, same offending text", async (name) => {
    const { messages, source, encoding } = await lintForm(name);
    if (name.includes("gbk")) expect(encoding).toBe("gb18030");
    if (name.includes("utf16le")) expect(encoding).toBe("utf-16le");
    if (name.includes("utf16be")) expect(encoding).toBe("utf-16be");
    expect(findings(messages, source)).toEqual(expectedFindings);
    expect(messages.every((m) => m.line >= 1 && m.column >= 1 && (m.endLine > m.line || m.endColumn >= m.column))).toBe(true);
  });

  it("DOCX and PDF findings name their place; HTML findings are at lines of the HTML source", async () => {
    const docx = await lintForm("report.docx");
    expect(docx.messages.map((m) => m.place)).toContain("表 1 第 4 行 第 2 列");
    expect(docx.messages.find((m) => m.ruleId === "report-title")?.place).toBe("段落 1");
    const pdf = await lintForm("report.pdf");
    expect(pdf.messages.find((m) => m.ruleId === "required-sections")?.place).toBe("第 2 页");
    const html = await lintForm("report.html");
    const title = html.messages.find((m) => m.ruleId === "report-title")!;
    expect(html.source.split("\n")[title.line - 1]).toContain("东湖街道办事处 2021 年政府信息公开工作报告");
    // A message naming another line of the report names the HTML source's line.
    const contradiction = html.messages.find((m) => m.ruleId === "no-contradiction")!;
    const line = Number(/第 (\d+) 行/.exec(contradiction.message)![1]);
    expect(html.source.split("\n")[line - 1]).toContain("本年新收政府信息公开申请数量");
  });
});

describe("the renderings are reproducible", () => {
  it("scripts/render-formats.mjs writes the committed bytes again", () => {
    const out = mkdtempSync(join(tmpdir(), "reportlint-formats-"));
    execFileSync(process.execPath, [join(__dirname, "../../scripts/render-formats.mjs"), join(__dirname, "../../fixtures/formats/source.txt"), out], { stdio: "pipe" });
    const written = readdirSync(out).sort();
    expect(written).toEqual([...FORMS].sort());
    for (const name of written) expect(readFileSync(join(out, name)).equals(readFileSync(join(dir, name))), name).toBe(true);
  });
});
