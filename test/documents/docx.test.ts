// The DOCX front-end: .docx files written by scripts/render/docx.mjs are read back (mammoth → HTML →
// the HTML walker) into the plain-text rendering, with places 段落 N / 表 T 第 R 行 第 C 列.
import { describe, it, expect } from "vitest";
import JSZip from "jszip";
import { renderDocx } from "../../src/documents/docx.js";
import { documentError } from "../support/document-error.js";
import { lintRendered } from "../../src/core/document.js";
// @ts-expect-error plain JS module without types
import { toDocx } from "../../scripts/render/docx.mjs";

type Cell = { text: string; colspan: number; rowspan: number };
const p = (text: string, extra: Record<string, unknown> = {}) => ({ kind: "paragraph", text, ...extra });
const c = (text: string, colspan = 1, rowspan = 1): Cell => ({ text, colspan, rowspan });
const table = (...rows: (string | Cell)[][]) => ({ kind: "table", rows: rows.map((r) => r.map((x) => (typeof x === "string" ? c(x) : x))) });

const docx = (blocks: unknown[]): Promise<Uint8Array> => toDocx(blocks);


/** The place (zh) of the first rendered occurrence of `needle`. */
function placeOf(doc: Awaited<ReturnType<typeof renderDocx>>, needle: string): string | undefined {
  const at = doc.text.indexOf(needle);
  expect(at, needle).toBeGreaterThanOrEqual(0);
  return doc.placeAt!(at)?.zh;
}

const REPORT = [
  p("东湖街道办事处 2021 年政府信息公开工作年度报告"),
  p("", { empty: true }),
  p("二、主动公开政府信息情况"),
  table(
    [c("第二十条第（一）项", 4), "", "", ""],
    ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
    ["规章", "0", "0", "0"],
    ["规范性文件", "无", "无", "无"],
  ),
  p("全年主动公开信息 条。"),
];

describe("toDocx (scripts/render/docx.mjs)", () => {
  it("is deterministic: the same blocks give the same bytes", async () => {
    const a = await docx(REPORT);
    const b = await docx(REPORT);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const zip = await JSZip.loadAsync(a);
    expect(Object.keys(zip.files).sort()).toEqual(["[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml", "word/styles.xml"]);
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain('<w:gridSpan w:val="4"/>');
  });

  it("writes merged cells as w:gridSpan and w:vMerge restart/continue", async () => {
    const zip = await JSZip.loadAsync(await docx([table([c("说明", 1, 2), c("申请人情况", 2)], ["", "自然人", "法人"], ["合计", "1", "2"])]));
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain('<w:vMerge w:val="restart"/>');
    expect(xml).toContain("<w:vMerge/>");
    expect(xml).toContain('<w:gridSpan w:val="2"/>');
  });
});

describe("renderDocx", () => {
  it("renders paragraphs as lines and tables as tab-separated rows", async () => {
    const doc = await renderDocx(await docx(REPORT));
    expect(doc.format).toBe("docx");
    expect(doc.original).toBeUndefined();
    expect(doc.text.split("\n").filter(Boolean)).toEqual([
      "东湖街道办事处 2021 年政府信息公开工作年度报告",
      "二、主动公开政府信息情况",
      "第二十条第（一）项\t\t\t",
      "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
      "规章\t0\t0\t0",
      "规范性文件\t无\t无\t无",
      "全年主动公开信息 条。",
    ]);
  });

  it("keeps merged cells in the grid (mammoth: gridSpan → colspan, vMerge → rowspan), covered positions empty", async () => {
    const blocks = [
      table(
        [c("说明", 1, 3), c("申请人情况", 3), "", ""],
        ["", c("自然人", 1, 2), c("法人或其他组织", 2), ""],
        ["", "", "商业企业", "科研机构"],
        ["一、本年新收", "3", "1", "0"],
      ),
    ];
    const doc = await renderDocx(await docx(blocks));
    expect(doc.text.split("\n").filter(Boolean)).toEqual(["说明\t申请人情况\t\t", "\t自然人\t法人或其他组织\t", "\t\t商业企业\t科研机构", "一、本年新收\t3\t1\t0"]);
    expect(placeOf(doc, "法人或其他组织")).toBe("表 1 第 2 行 第 3 列");
    expect(placeOf(doc, "科研机构")).toBe("表 1 第 3 行 第 4 列");
  });

  it("names a row whose first cells are covered by a vertical merge by its own number, not the row above", async () => {
    const doc = await renderDocx(await docx([table([c("说明", 1, 3), c("申请人情况", 2), ""], ["", "自然人", "法人"], ["", "3", "1"])]));
    const rows = doc.text.split("\n").filter(Boolean);
    expect(rows).toEqual(["说明\t申请人情况\t", "\t自然人\t法人", "\t3\t1"]);
    let at = doc.text.indexOf(rows[1]);
    expect(doc.placeAt!(at)?.zh).toBe("表 1 第 2 行 第 1 列");
    expect(doc.placeAt!(at + 1)?.zh).toBe("表 1 第 2 行 第 2 列");
    at = doc.text.indexOf(rows[2]);
    expect(doc.placeAt!(at)?.zh).toBe("表 1 第 3 行 第 1 列");
  });

  it("names the paragraph (empty ones counted) and the table cell of every line", async () => {
    const doc = await renderDocx(await docx([...REPORT, table(["甲", "1"], ["乙", "2"]), p("东湖街道办事处")]));
    expect(placeOf(doc, "东湖街道办事处 2021")).toBe("段落 1");
    expect(placeOf(doc, "二、主动公开")).toBe("段落 3");
    expect(placeOf(doc, "本年废止件数")).toBe("表 1 第 2 行 第 3 列");
    expect(placeOf(doc, "全年主动")).toBe("段落 4");
    expect(placeOf(doc, "乙")).toBe("表 2 第 2 行 第 1 列");
    expect(doc.text.trimEnd().endsWith("东湖街道办事处")).toBe(true);
    expect(doc.placeAt!(doc.text.trimEnd().length - 1)).toEqual({ zh: "段落 5", en: "paragraph 5" });
  });

  it("appends the place to findings, in Chinese and in English", async () => {
    const doc = await renderDocx(await docx(REPORT));
    const zh = lintRendered(doc);
    const cell = zh.find((m) => m.ruleId === "numeric-cell")!;
    expect(cell.place).toBe("表 1 第 4 行 第 2 列");
    expect(cell.message).toMatch(/（表 1 第 4 行 第 2 列）$/);
    const placeholder = zh.find((m) => m.ruleId === "template-placeholder")!;
    expect(placeholder.place).toBe("段落 4");
    // Line and column refer to the rendering.
    const lines = doc.text.split("\n");
    expect(lines[placeholder.line - 1].slice(placeholder.column - 1, placeholder.endColumn - 1)).toBe("公开信息 条");
    const en = lintRendered(doc, { locale: "en" });
    expect(en.find((m) => m.ruleId === "numeric-cell")!.place).toBe("table 1, row 4, column 2");
    expect(en.find((m) => m.ruleId === "template-placeholder")!.message).toMatch(/\(paragraph 4\)$/);
  });

  it("turns mammoth's messages into short, deduplicated notes", async () => {
    const zip = await JSZip.loadAsync(await docx([p("二、甲"), p("三、乙"), p("四、丙")]));
    const xml = (await zip.file("word/document.xml")!.async("string")).replace(/w:val="Heading2"/g, 'w:val="FancyHeading"');
    zip.file("word/document.xml", xml, { date: new Date(0) });
    const doc = await renderDocx(await zip.generateAsync({ type: "uint8array" }));
    expect(doc.text.split("\n").filter(Boolean)).toEqual(["二、甲", "三、乙", "四、丙"]);
    // Three paragraphs in a style the file does not define: one note, not three.
    expect(doc.notes!.filter((n) => n.includes("FancyHeading"))).toHaveLength(1);
    expect(new Set(doc.notes).size).toBe(doc.notes!.length);
    for (const note of doc.notes!) {
      expect(note).toMatch(/^Word 转换提示/);
      expect(note).not.toContain("\n");
      expect(note.length).toBeLessThan(160);
    }
  });
});

describe("renderDocx: files it cannot read", () => {
  it("random bytes → DocumentError, Chinese first", async () => {
    const bytes = new Uint8Array(2048).map((_, i) => (i * 7919 + 13) % 251);
    const e = await documentError(renderDocx(bytes));
    expect(e.zh).toMatch(/^无法读取 Word 文档/);
    expect(e.message).toMatch(/not a valid \.docx file/);
  });

  it("a zip without word/document.xml → DocumentError", async () => {
    const zip = new JSZip();
    zip.file("hello.txt", "not a word document", { date: new Date(0) });
    const e = await documentError(renderDocx(await zip.generateAsync({ type: "uint8array" })));
    expect(e.message).toMatch(/word\/document\.xml/);
  });

  it("a truncated .docx → DocumentError", async () => {
    const bytes = await docx(REPORT);
    const e = await documentError(renderDocx(bytes.subarray(0, Math.floor(bytes.length / 2))));
    expect(e.zh).toMatch(/^无法读取 Word 文档/);
    expect(e.message).not.toMatch(/\n\s+at /);
  });

  it("an old binary .doc or an encrypted .docx (both OLE compound files) → DocumentError saying which", async () => {
    const ole = (stream: string) => {
      const bytes = new Uint8Array(1536);
      bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      bytes.set(Buffer.from(stream, "utf16le"), 1024);
      return bytes;
    };
    expect((await documentError(renderDocx(ole("WordDocument")))).zh).toMatch(/旧版 Word 文档（\.doc）/);
    expect((await documentError(renderDocx(ole("EncryptionInfo")))).zh).toMatch(/密码保护/);
  });
});
