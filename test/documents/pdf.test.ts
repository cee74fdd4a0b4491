// The PDF front-end: PDFs written by scripts/render/pdf.mjs (non-embedded STSong-Light with
// UniGB-UCS2-H, so the bundled CMaps are needed) are read back into the plain-text rendering.
import { describe, it, expect, vi, afterEach } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderPdf } from "../../src/documents/pdf.js";
import { getDocumentProxy } from "unpdf";
import { fileURLToPath } from "node:url";

const CMAPS = fileURLToPath(new URL("../../data/cmaps/", import.meta.url));
import { documentError } from "../support/document-error.js";
import { lintRendered } from "../../src/core/document.js";
// @ts-expect-error plain JS module without types
import { toPdf, toScanPdf, toEncryptedPdf } from "../../scripts/render/pdf.mjs";

type Cell = { text: string; colspan: number; rowspan: number };
const p = (text: string, extra: Record<string, unknown> = {}) => ({ kind: "paragraph", text, ...extra });
const c = (text: string, colspan = 1): Cell => ({ text, colspan, rowspan: 1 });
const table = (...rows: (string | Cell)[][]) => ({ kind: "table", rows: rows.map((r) => r.map((x) => (typeof x === "string" ? c(x) : x))) });

const pdf = (blocks: unknown[], options?: unknown): Uint8Array => toPdf(blocks, options);
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");
/** How many lines of text the PDF draws (one Tj per line or cell). */
const shows = (bytes: Uint8Array) => latin1(bytes).match(/ Tj /g)?.length ?? 0;

async function rendering(blocks: unknown[], options?: unknown): Promise<string> {
  return (await renderPdf(pdf(blocks, options))).text;
}


const LONG =
  "本机关严格落实政府信息公开工作要求，坚持以公开为常态、不公开为例外，围绕重点领域持续推进决策、执行、管理、服务、结果公开，全年通过门户网站主动公开各类政府信息，及时回应社会关切，保障人民群众的知情权、参与权和监督权。";

describe("toPdf (scripts/render/pdf.mjs)", () => {
  it("is deterministic and its cross-reference table points at its objects", () => {
    const blocks = [p(LONG), table(["信息内容", "本年制发件数"], ["规章", "0"])];
    const a = pdf(blocks);
    expect(Buffer.from(pdf(blocks)).equals(Buffer.from(a))).toBe(true);
    const s = latin1(a);
    const startxref = Number(/startxref\n(\d+)/.exec(s)![1]);
    expect(s.startsWith("xref\n", startxref)).toBe(true);
    const offsets = [...s.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets.length).toBeGreaterThan(5);
    offsets.forEach((o, i) => expect(s.startsWith(`${i + 1} 0 obj`, o)).toBe(true));
    expect(s).toContain("/BaseFont /STSong-Light /Encoding /UniGB-UCS2-H");
    expect(s).not.toContain("/FontFile");
  });
});

describe("renderPdf: text", () => {
  it("rebuilds paragraphs and table rows with tab-separated cells", async () => {
    const text = await rendering([
      p("二、主动公开政府信息情况"),
      table(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "0", "0", "3"], ["行政规范性文件", "2", "1", "12"]),
      p("三、收到和处理政府信息公开申请情况"),
    ]);
    expect(text).toBe(
      "二、主动公开政府信息情况\n\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t3\n行政规范性文件\t2\t1\t12\n\n三、收到和处理政府信息公开申请情况\n",
    );
  });

  it("puts empty and merged cells back on the table's grid", async () => {
    const text = await rendering([
      table([c("第二十条第（一）项"), c(""), c("")], ["信息内容", "本年制发件数", "现行有效件数"], ["规章", "0", "3"], [c("合计", 2), c(""), c("3")]),
    ]);
    expect(text).toBe("第二十条第（一）项\t\t\n信息内容\t本年制发件数\t现行有效件数\n规章\t0\t3\n合计\t\t3\n");
  });

  it("joins a paragraph wrapped over several lines, and keeps paragraphs and numbered headings apart", async () => {
    const bytes = pdf([p("一、总体情况"), p(LONG), p("（一）主动公开。" + LONG), p("（二）依申请公开。")]);
    expect(shows(bytes)).toBeGreaterThanOrEqual(10); // the long paragraphs really are wrapped
    expect((await renderPdf(bytes)).text).toBe(`一、总体情况\n\n${LONG}\n\n（一）主动公开。${LONG}\n\n（二）依申请公开。\n`);
  });

  it("keeps spaces typed next to Latin text and digits, and between words across a wrap", async () => {
    const words = "Open Government Information Annual Report of the Donghu Street Office for the year 2021 ".repeat(3).trim();
    const text = await rendering([p("东湖街道办事处 2021 年政府信息公开工作年度报告"), p(words)]);
    expect(text).toBe(`东湖街道办事处 2021 年政府信息公开工作年度报告\n\n${words}\n`);
  });

  it("removes the spaces pdf.js inserts between spaced-out Chinese characters, keeps a typed one", async () => {
    const bytes = pdf([p("政府信息公开工作年度报告", { letterSpacing: 0.5 }), p("全年主动公开信息 条。"), p(LONG)]);
    expect((await renderPdf(bytes)).text).toBe(`政府信息公开工作年度报告\n\n全年主动公开信息 条。\n\n${LONG}\n`);
  });

  it("reads a year in a spaced-out title as one number (2 0 2 1 → 2021); a table row's numbers stay in their cells", async () => {
    const bytes = pdf([p("东湖街道2021年政府信息公开工作年度报告", { letterSpacing: 0.2 }), p(LONG), table(["规章", "0", "1", "3"], ["行政许可", "2", "0", "5"])]);
    const text = (await renderPdf(bytes)).text;
    expect(text.split("\n")[0]).toBe("东湖街道2021年政府信息公开工作年度报告");
    expect(text).toContain("规章\t0\t1\t3");
  });
});

describe("renderPdf: pages", () => {
  // 45 paragraphs of two lines: three pages.
  const filler = Array.from({ length: 45 }, (_, i) => p(`${i + 1}.${LONG.slice(0, 50)}`));

  it("drops page-number footers and running headers, keeps a number in the body", async () => {
    for (const footer of [undefined, (n: number, t: number) => `第 ${n} 页 共 ${t} 页`, (n: number) => `- ${n} -`]) {
      const bytes = pdf([p("3"), ...filler], { footer, header: "东湖街道办事处文件" });
      const text = (await renderPdf(bytes)).text;
      expect(latin1(bytes).match(/\/Type \/Page /g)?.length).toBeGreaterThanOrEqual(3);
      expect(text.startsWith("3\n\n1.")).toBe(true);
      expect(text).not.toMatch(/—|页|- \d|文件/);
      // Nothing else is lost or added (a paragraph running onto the next page is split there).
      expect(text.replace(/\n/g, "")).toBe(["3", ...filler.map((b) => b.text)].join(""));
      expect(text.split("\n\n").length).toBeGreaterThanOrEqual(46);
    }
  });

  it("joins a paragraph that runs from one page onto the next, the page number between them dropped", async () => {
    const long = `${LONG.repeat(6)}此段在第二页结束。`;
    const bytes = pdf([...filler.slice(0, 15), p(long), p("二、主动公开政府信息情况")]);
    const rendered = await renderPdf(bytes);
    const paragraphs = rendered.text.split("\n\n");
    expect(paragraphs).toContain(long);
    // It did cross a page: its start is on page 1, its end on page 2.
    expect(rendered.placeAt!(rendered.text.indexOf(long))?.zh).toBe("第 1 页");
    const doc = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, cMapUrl: CMAPS, cMapPacked: true });
    const pageText = async (n: number) => ((await (await doc.getPage(n)).getTextContent()).items as Array<{ str?: string }>).map((i) => i.str ?? "").join("");
    expect(await pageText(1)).toContain(long.slice(0, 20));
    expect(await pageText(1)).not.toContain("此段在第二页结束");
    expect(await pageText(2)).toContain("此段在第二页结束");
    await doc.destroy();
    expect(paragraphs[paragraphs.length - 1].trim()).toBe("二、主动公开政府信息情况");
  });

  it("gives each line its page: a finding on page 2 says 第 2 页", async () => {
    const blocks = [...filler.slice(0, 28), p("我街道将进一步加强政府信息公开工作工作。")];
    const doc = await renderPdf(pdf(blocks));
    const line = doc.text.indexOf("工作工作");
    expect(doc.placeAt?.(line)).toEqual({ zh: "第 2 页", en: "page 2" });
    expect(doc.placeAt?.(0)).toEqual({ zh: "第 1 页", en: "page 1" });
    const messages = lintRendered(doc);
    const dup = messages.find((m) => m.ruleId === "duplicate-phrase");
    expect(dup?.place).toBe("第 2 页");
    expect(dup?.message).toMatch(/（第 2 页）$/);
    const en = lintRendered(doc, { locale: "en" }).find((m) => m.ruleId === "duplicate-phrase");
    expect(en?.message).toMatch(/\(page 2\)$/);
  });
});

describe("renderPdf: errors", () => {
  afterEach(() => vi.restoreAllMocks());

  it("a PDF without a text layer (a scan) is a DocumentError that says so", async () => {
    const e = await documentError(renderPdf(toScanPdf()));
    expect(e.zh).toMatch(/^该 PDF 没有文字层（可能是扫描件），无法检查；请提供可复制文字的 PDF 或 Word 文件/);
    expect(e.message).toMatch(/no text layer/);
  });

  it("corrupt and truncated files are DocumentErrors, not crashes", async () => {
    const garbage = new TextEncoder().encode("this is not a PDF at all\n".repeat(20));
    expect((await documentError(renderPdf(garbage))).zh).toMatch(/^无法读取 PDF 文件/);
    const good = pdf([p(LONG)]);
    expect((await documentError(renderPdf(good.slice(0, 60)))).zh).toMatch(/^无法读取 PDF 文件/);
    expect((await documentError(renderPdf(good.slice(0, good.length >> 1)))).zh).toMatch(/^无法读取 PDF 文件/);
    expect((await documentError(renderPdf(new Uint8Array(0)))).zh).toMatch(/^无法读取 PDF 文件/);
  });

  it("a password-protected PDF is a DocumentError that says so", async () => {
    const e = await documentError(renderPdf(toEncryptedPdf()));
    expect(e.zh).toMatch(/^该 PDF 有密码保护/);
  });

  it("needs the bundled CMaps: without them the non-embedded Chinese font gives no text", async () => {
    const bytes = pdf([p("政府信息公开工作年度报告")]);
    expect((await renderPdf(bytes)).text).toBe("政府信息公开工作年度报告\n");
    const empty = mkdtempSync(join(tmpdir(), "no-cmaps-"));
    await documentError(renderPdf(bytes, { cMapDir: empty }));
  });

  it("pdf.js prints nothing while reading (not even for a missing CMap)", async () => {
    const spies = [vi.spyOn(console, "log"), vi.spyOn(console, "warn"), vi.spyOn(console, "error"), vi.spyOn(console, "info")];
    const write = vi.spyOn(process.stderr, "write");
    const out = vi.spyOn(process.stdout, "write");
    const empty = mkdtempSync(join(tmpdir(), "no-cmaps-"));
    await renderPdf(pdf([p("政府信息公开")])).catch(() => undefined);
    await renderPdf(pdf([p("政府信息公开")]), { cMapDir: empty }).catch(() => undefined);
    await renderPdf(toScanPdf()).catch(() => undefined);
    for (const s of [...spies, write, out]) expect(s).not.toHaveBeenCalled();
  });
});
