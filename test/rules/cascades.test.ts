// One cause, one finding: reports whose tables or text stop early, a table missing, a table with its
// header only (fixtures/cascades, cut from the invented 青禾镇 report of fixtures/examples). Every
// rule of the recommended preset runs, and the complete list of findings is checked: the cause once,
// by the rule whose job it is, with what follows from it in its message.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { lintText } from "../../src/core/linter.js";

const read = (name: string) => readFileSync(new URL(`../../fixtures/cascades/${name}`, import.meta.url), "utf8");
const lint = (name: string, atEnd = false) =>
  lintText(read(name), { filePath: name, config: atEnd ? { rules: { "table-structure": ["error", { reportTruncatedAtEnd: true }] } } : {} }).map(
    (m) => `${m.ruleId} ${m.severity} ${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.message}`,
  );

describe("one cause, one finding (every recommended rule)", () => {
  it("table 三 cut after （二） and the report goes on: the truncation once", () => {
    expect(lint("t3-cut-report-goes-on.txt")).toEqual([expect.stringMatching(/^table-structure 2 44:2-44:44 表三在「（二）部分公开」之后中断，缺少其后的 21 行：.*等 21 行$/)]);
  });
  it("the row the table stops at is short of values too: said in the same finding", () => {
    expect(lint("t3-cut-midrow.txt")).toEqual([expect.stringMatching(/^table-structure 2 44:2-44:36 表三在「（二）部分公开」之后中断，缺少其后的 21 行：.*；该行本身也不完整：只找到 3 个数值（应为 7 个）/)]);
  });
  it("the text ends inside a table: nothing by default (a saved page), one finding with reportTruncatedAtEnd naming the sections not reached", () => {
    for (const name of ["text-ends-in-t2.txt", "text-ends-in-t3.txt", "text-ends-midrow.txt"]) expect(lint(name), name).toEqual([]);
    expect(lint("text-ends-in-t2.txt", true)).toEqual([
      "table-structure 2 24:1-24:14 文本在表二中结束（「行政规范性文件」之后），缺少其后的 4 行：「行政许可」「行政处罚」「行政强制」「行政事业性收费」；其后的第三、四、五、六部分也不在文本中",
    ]);
    expect(lint("text-ends-in-t3.txt", true)).toEqual([expect.stringMatching(/^table-structure 2 45:10-45:32 文本在表三中结束（「1.属于国家秘密」之后），缺少其后的 20 行：.*；其后的第四、五、六部分也不在文本中$/)]);
    expect(lint("text-ends-midrow.txt", true)).toEqual([
      expect.stringMatching(/^table-structure 2 44:2-44:36 文本在表三中结束（「（二）部分公开」之后），缺少其后的 21 行：.*；该行本身也不完整：只找到 3 个数值（应为 7 个）.*；其后的第四、五、六部分也不在文本中$/),
    ]);
  });
  it("section 三 in prose only: the missing table once", () => {
    expect(lint("no-table-3.txt")).toEqual(["table-structure 2 36:1-36:18 第三部分「三、收到和处理政府信息公开申请情况」中没有表三（收到和处理政府信息公开申请情况表）"]);
  });
  it("section 三 empty and section 四 gone: the missing table (not also an empty section) and the missing section", () => {
    expect(lint("t3-and-t4-gone.txt")).toEqual([
      "table-structure 2 36:1-36:18 第三部分「三、收到和处理政府信息公开申请情况」中没有表三（收到和处理政府信息公开申请情况表）",
      "required-sections 2 38:1-38:15 缺少第四部分「四、政府信息公开行政复议、行政诉讼情况」，应位于「五、存在的主要问题及改进情况」之前",
    ]);
  });
  it("table 三 with its header only: one finding over the header", () => {
    expect(lint("t3-header-only.txt")).toEqual([expect.stringMatching(/^table-structure 2 38:1-40:30 表三：缺少 25 行：一、本年新收政府信息公开申请数量、/)]);
  });
  it("table 四 with its header only: the missing table, said as a header without values", () => {
    expect(lint("t4-header-only.txt")).toEqual([
      "table-structure 2 67:1-67:20 第四部分「四、政府信息公开行政复议、行政诉讼情况」中没有表四（政府信息公开行政复议、行政诉讼情况表）：只有表头，没有数值",
    ]);
  });
  it("table 三 without its header rows: its rows are found by their labels, nothing to report", () => {
    expect(lint("t3-header-lost.txt")).toEqual([]);
  });
});
