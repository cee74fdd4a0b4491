import { describe, it, expect } from "vitest";
import { csv, csvField, neutralizeFormula } from "../../src/formatters/csv.js";
import { getFormatter } from "../../src/formatters/index.js";
import type { LintResult } from "../../src/core/types.js";
import { CLEAN_PATH, TRICKY, ciContext, ciResults } from "../fixtures/ci-results.js";
import { CWD, message, result } from "./fixtures.js";

/** An RFC 4180 reader: CRLF records, quoted fields with "" for a quote and line breaks inside. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"' && field === "") {
      quoted = true;
      i++;
    } else if (c === ",") {
      record.push(field);
      field = "";
      i++;
    } else if (c === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i += 2;
    } else {
      if (c === '"' || c === "\r" || c === "\n") throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
      field += c;
      i++;
    }
  }
  if (quoted) throw new Error("unterminated quote");
  if (field !== "" || record.length > 0) throw new Error("last record without CRLF");
  return records;
}

function table(results: LintResult[] = ciResults(), overrides = {}): string[][] {
  const out = csv(results, ciContext(overrides));
  expect(out.startsWith("\uFEFF")).toBe(true);
  return parseCsv(out.slice(1));
}

const HEADER_ZH = ["文件", "单位", "年度", "格式", "行", "列", "结束行", "结束列", "位置", "严重程度", "规则", "问题", "原文"];

describe("csv formatter", () => {
  it("is registered as -f csv", () => {
    expect(getFormatter("csv")).toBe(csv);
  });

  it("starts with a UTF-8 BOM, ends every record with CRLF and has a Chinese header", () => {
    const out = csv(ciResults(), ciContext());
    const bytes = Buffer.from(out, "utf8");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(out.endsWith("\r\n")).toBe(true);
    // Outside quoted fields every line break is CRLF.
    expect(out.replace(/"(?:[^"]|"")*"/g, "")).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
    expect(table()[0]).toEqual(HEADER_ZH);
    // Chinese survives a round trip through the bytes, as a spreadsheet reads them.
    expect(new TextDecoder("utf-8").decode(bytes)).toContain("缺少第四部分");
  });

  it("writes one row per finding, none for a clean file, one for an unreadable file", () => {
    const rows = table().slice(1);
    // ciResults: two findings, a clean file, a fatal file, a file outside cwd with one finding.
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.length === HEADER_ZH.length)).toBe(true);
    expect(rows.some((r) => r[0]!.includes(CLEAN_PATH.split("/").pop()!))).toBe(false);
    const fatal = rows.find((r) => r[0] === "坏 文件.txt")!;
    expect(fatal.slice(4, 8)).toEqual(["", "", "", ""]); // no position
    expect(fatal[9]).toBe("错误");
    expect(fatal[10]).toBe("");
    expect(fatal[11]).toContain("无法读取文件");
    expect(fatal[3]).toBe("text"); // from the extension when the file could not be read
  });

  it("fills file, organisation, year, format, positions, place, severity, rule, message and the offending text", () => {
    const source = "标题\n2022年，本镇认真落实工作工作要求。\n";
    const r = result(
      [message({ ruleId: "duplicate-phrase", severity: 1, message: "「工作」重复", line: 2, column: 13, endLine: 2, endColumn: 17, place: "段落 2" })],
      { source, report: { format: "docx", organization: "青禾镇人民政府", year: 2022 } },
    );
    const rows = table([r]);
    expect(rows[1]).toEqual(["reports/2023年报.md", "青禾镇人民政府", "2022", "docx", "2", "13", "2", "17", "段落 2", "警告", "duplicate-phrase", "「工作」重复", "工作工作"]);
  });

  it("quotes fields with quotes, commas and line breaks (RFC 4180) and keeps them intact", () => {
    const rows = table();
    const tricky = rows.find((r) => r[10] === "duplicate-phrase")!;
    // TRICKY holds “ ” , " ' CR LF and a BEL; the control character is dropped, the rest kept.
    expect(tricky[11]).toBe(TRICKY.replace("\u0007", ""));
    const out = csv(ciResults(), ciContext());
    expect(out).toContain('""引号""');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("a\nb")).toBe('"a\nb"');
    expect(csvField("plain 文本")).toBe("plain 文本");
  });

  it("neutralises cells a spreadsheet would read as a formula with a leading apostrophe", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(neutralizeFormula(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    expect(neutralizeFormula("总计=5")).toBe("总计=5");
    const r = result([message({ message: '=HYPERLINK("http://evil.example","点击")', line: 1, column: 1, endLine: 1, endColumn: 6 })], {
      filePath: `${CWD}/@报告.txt`,
      source: "-1+2 是表中的数\n",
      report: { format: "text", organization: "+某单位" },
    });
    const row = table([r])[1]!;
    expect(row[0]).toBe("'@报告.txt");
    expect(row[1]).toBe("'+某单位");
    expect(row[11]).toBe(`'=HYPERLINK("http://evil.example","点击")`);
    expect(row[12]).toBe("'-1+2 ");
    // Numbers the formatter writes are plain.
    expect(row[4]).toBe("1");
  });

  it("uses English headers and severities with locale en", () => {
    const rows = table(ciResults(), { locale: "en" });
    expect(rows[0]).toEqual(["file", "organization", "year", "format", "line", "column", "end line", "end column", "place", "severity", "rule", "message", "text"]);
    expect(new Set(rows.slice(1).map((r) => r[9]))).toEqual(new Set(["error", "warning"]));
  });

  it("writes only the header for no findings", () => {
    expect(csv([], ciContext())).toBe("\uFEFF" + HEADER_ZH.join(",") + "\r\n");
    expect(csv([result([])], ciContext())).toBe("\uFEFF" + HEADER_ZH.join(",") + "\r\n");
  });

  it("orders a file's rows by position", () => {
    const r = result([message({ line: 9 }), message({ line: 2, column: 5 }), message({ line: 2, column: 1 })]);
    expect(table([r]).slice(1).map((row) => `${row[4]}:${row[5]}`)).toEqual(["2:1", "2:5", "9:1"]);
  });
});
