import { describe, it, expect } from "vitest";
import { github, escapeData, escapeProperty } from "../../src/formatters/github.js";
import { getFormatter } from "../../src/formatters/index.js";
import { MISSING, UNREADABLE, ciContext, ciResults } from "../fixtures/ci-results.js";

describe("github formatter", () => {
  it("is registered as -f github", () => {
    expect(getFormatter("github")).toBe(github);
  });

  it("prints one workflow command per problem, error or warning, with the full position", () => {
    expect(github(ciResults(), ciContext()).split("\n")).toEqual([
      `::error file=年度 报告/2023年 政府信息公开.md,line=12,col=1,endLine=12,endColumn=9,title=required-sections::${MISSING}`,
      "::warning file=年度 报告/2023年 政府信息公开.md,line=3,col=5,endLine=3,endColumn=9,title=duplicate-phrase::" +
        "词语“安排安排”重复: 100%25, <表三> & \"引号\" 'x'%0D%0A第二行",
      "::error file=坏 文件.txt,line=1,col=1,endLine=1,endColumn=1,title=reportlint::无法读取文件 cannot read the file: permission denied",
      "::error file=/srv/外部/报告.md,line=1,col=3,endLine=2,endColumn=1,title=report-title::标题缺少年份",
    ]);
  });

  it("escapes data and properties as GitHub documents", () => {
    expect(escapeData("a%b\r\nc:d,e")).toBe("a%25b%0D%0Ac:d,e");
    expect(escapeProperty("a%b\r\nc:d,e")).toBe("a%25b%0D%0Ac%3Ad%2Ce");
    // % first, so an escape is never escaped twice.
    expect(escapeData("%0A")).toBe("%250A");
    expect(escapeData("a\u001b[31mb\tc")).toBe("a[31mb\tc");
    const [line] = github([{ ...ciResults()[0]!, filePath: "/work/proj/a,b:c.md" }], ciContext()).split("\n");
    expect(line).toMatch(/^::error file=a%2Cb%3Ac\.md,line=12,/);
  });

  it("leaves out positions it does not have, and prints nothing for clean files", () => {
    const results = ciResults().slice(2, 3);
    results[0]!.messages = [{ ...results[0]!.messages[0]!, line: 0, column: 0, endLine: 0, endColumn: 0 }];
    expect(github(results, ciContext())).toBe(`::error file=坏 文件.txt,title=reportlint::${UNREADABLE}`);
    expect(github(ciResults().slice(1, 2), ciContext())).toBe("");
    expect(github([], ciContext())).toBe("");
  });
});
