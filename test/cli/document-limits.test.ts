// Hostile documents in a batch, end to end through the built CLI: each bomb fails its own file with
// a clear message naming the limit (exit 2), and every good file beside it keeps its results.
// The bombs are written by the test, small on disk.
import { describe, it, expect, beforeAll } from "vitest";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { deflateRawSync, deflateSync, crc32 } from "node:zlib";

const root = resolve(__dirname, "../..");
const bin = join(root, "bin/reportlint.js");
const good = ["report.docx", "report.pdf", "report.html", "report.txt"];

beforeAll(() => {
  if (!existsSync(join(root, "dist/render-worker.js"))) {
    const b = spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: root, encoding: "utf8" });
    if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
  }
});

/** A zip archive of deflated entries (local headers, central directory, end record). */
function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text);
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc32(data), 16);
    dir.writeUInt32LE(packed.length, 20);
    dir.writeUInt32LE(data.length, 24);
    dir.writeUInt16LE(nameBytes.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    central.push(dir, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dirBytes, end]);
}

/** A .docx whose one paragraph is a single run of `chars` characters. */
function docxWithRun(chars: number): Buffer {
  const w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  return zip({
    "[Content_Types].xml":
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "_rels/.rels":
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    "word/document.xml": `<?xml version="1.0"?><w:document xmlns:w="${w}"><w:body><w:p><w:r><w:t>${"报".repeat(chars)}</w:t></w:r></w:p></w:body></w:document>`,
  });
}

/** A PDF of `pages` empty pages in one flat page list, with a correct cross-reference table. */
function pdfWithPages(pages: number): Buffer {
  const objects = ["<< /Type /Catalog /Pages 2 0 R >>", `<< /Type /Pages /Count ${pages} /Kids [${Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(" ")}] >>`];
  for (let i = 0; i < pages; i++) objects.push("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
  return pdf(objects);
}

/** A one-page PDF whose content stream is `inflated` bytes of spaces, Flate-compressed. */
function pdfWithStream(inflated: number): Buffer {
  const packed = deflateSync(Buffer.alloc(inflated, 0x20), { level: 9 });
  return pdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
    `<< /Length ${packed.length} /Filter /FlateDecode >>\nstream\n${packed.toString("latin1")}\nendstream`,
  ]);
}

/** Objects (latin1 text) → a PDF with a correct cross-reference table. */
function pdf(objects: string[]): Buffer {
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

interface JsonResult {
  filePath: string;
  messages: Array<{ fatal?: boolean; message: string; ruleId: string | null }>;
}

function lint(dir: string, args: string[]): { code: number | null; results: JsonResult[]; stderr: string } {
  const r = spawnSync(process.execPath, [bin, "-f", "json", "--locale", "en", ...args], { cwd: dir, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, results: JSON.parse(r.stdout) as JsonResult[], stderr: r.stderr };
}

const fatals = (r: JsonResult) => r.messages.filter((m) => m.fatal).map((m) => m.message);

describe("document limits: a bomb fails its own file, the batch keeps its results", () => {
  it("a 128 MiB text run in a small .docx, a 10 MB web page over the memory cap, a PDF of 20,000 pages and one whose stream inflates to 96 MiB, among good files", { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "reportlint-limits-"));
    for (const f of good) copyFileSync(join(root, "fixtures/formats/report", f), join(dir, f));
    const docxBomb = docxWithRun((128 * 1024 * 1024) / 3);
    expect(docxBomb.length).toBeLessThan(1024 * 1024);
    writeFileSync(join(dir, "bomb.docx"), docxBomb);
    writeFileSync(join(dir, "huge.html"), `<html><body>${"<p>公开</p>".repeat((10 * 1024 * 1024) / 14)}</body></html>`);
    writeFileSync(join(dir, "pages.pdf"), pdfWithPages(20_000));
    const streamBomb = pdfWithStream(96 * 1024 * 1024);
    expect(streamBomb.length).toBeLessThan(1024 * 1024);
    writeFileSync(join(dir, "stream.pdf"), streamBomb);

    // Alone, each good file's results: the reference the batch must reproduce.
    const alone = new Map(good.map((f) => [f, lint(dir, ["--limit", "memory=128", f])]));
    const batch = lint(dir, ["--limit", "memory=128", "."]);

    expect(batch.code).toBe(2);
    expect(batch.stderr).not.toContain("    at ");
    expect(batch.results).toHaveLength(good.length + 4);
    for (const f of good) {
      const r = batch.results.find((x) => x.filePath.endsWith(f))!;
      expect(fatals(r)).toEqual([]);
      expect(r.messages.length).toBeGreaterThan(0);
      expect(r.messages).toEqual(alone.get(f)!.results[0].messages);
    }
    const fatalOf = (name: string) => fatals(batch.results.find((x) => x.filePath.endsWith(name))!);
    expect(fatalOf("bomb.docx")).toEqual([expect.stringMatching(/too large once unzipped \(128 MiB, limit 64 MiB\).*--limit inflated=/)]);
    expect(fatalOf("huge.html")).toEqual([expect.stringMatching(/needs more memory than the limit \(128 MiB\).*--limit memory=/)]);
    expect(fatalOf("pages.pdf")).toEqual([expect.stringMatching(/too many pages \(20000, limit 2000\).*--limit pages=/)]);
    expect(fatalOf("stream.pdf")).toEqual([expect.stringMatching(/compressed stream of the PDF is too large once inflated \(more than 64 MiB\).*--limit inflated=/)]);
  });

  it("a file that takes longer than the time limit fails alone, the others keep their results", { timeout: 30_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "reportlint-limits-"));
    for (const f of ["report.pdf", "report.txt"]) copyFileSync(join(root, "fixtures/formats/report", f), join(dir, f));
    const r = lint(dir, ["--limit", "seconds=0.001", "report.pdf", "report.txt"]);
    expect(r.code).toBe(2);
    expect(fatals(r.results[0])).toEqual([expect.stringMatching(/took longer than 0\.001 s.*--limit seconds=/)]);
    expect(fatals(r.results[1])).toEqual([]);
    expect(r.results[1].messages.length).toBeGreaterThan(0);
    // With a time limit it can meet, the same file is read.
    expect(fatals(lint(dir, ["report.pdf"]).results[0])).toEqual([]);
  });

  it("raising a limit lets the file be read; a bad --limit is a usage error", { timeout: 30_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "reportlint-limits-"));
    writeFileSync(join(dir, "pages.pdf"), pdfWithPages(30));
    const low = lint(dir, ["--limit", "pages=10", "pages.pdf"]);
    expect(fatals(low.results[0])).toEqual([expect.stringContaining("too many pages (30, limit 10)")]);
    const high = lint(dir, ["--limit", "pages=100", "pages.pdf"]);
    // Read now: its pages have no text, which is its own message.
    expect(fatals(high.results[0])).toEqual([expect.stringContaining("no text layer")]);
    const bad = spawnSync(process.execPath, [bin, "--limit", "sizes=3", "pages.pdf"], { cwd: dir, encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--limit");
  });
});
