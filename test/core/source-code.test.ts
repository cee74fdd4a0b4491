import { describe, it, expect } from "vitest";
import { SourceCode } from "../../src/core/source-code.js";

describe("SourceCode", () => {
  it("counts lines over \\n, \\r\\n and a lone \\r", () => {
    const s = new SourceCode("a\nb\r\nc\rd");
    expect(s.lineCount).toBe(4);
    expect([1, 2, 3, 4].map((l) => s.lineText(l))).toEqual(["a", "b", "c", "d"]);
    expect(s.positionAt(s.text.indexOf("d"))).toEqual({ line: 4, column: 1 });
  });

  it("gives columns in UTF-16 code units (an astral character counts 2)", () => {
    const s = new SourceCode("𠀀镇名\n第二行");
    expect(s.positionAt(s.text.indexOf("镇"))).toEqual({ line: 1, column: 3 });
    expect(s.positionAt(s.text.indexOf("名") + 1)).toEqual({ line: 1, column: 5 });
  });

  it("maps positions back to offsets and refuses positions outside the text", () => {
    const s = new SourceCode("一二\r\n三");
    expect(s.offsetAt({ line: 2, column: 1 })).toBe(4);
    expect(s.offsetAt({ line: 1, column: 3 })).toBe(2); // end of line 1 (before \r\n)
    expect(s.offsetAt({ line: 1, column: 4 })).toBe(-1);
    expect(s.offsetAt({ line: 3, column: 1 })).toBe(-1);
    expect(s.offsetAt({ line: 0, column: 1 })).toBe(-1);
  });

  it("handles empty text and a trailing newline", () => {
    expect(new SourceCode("").positionAt(0)).toEqual({ line: 1, column: 1 });
    const s = new SourceCode("x\n");
    expect(s.lineCount).toBe(2);
    expect(s.positionAt(2)).toEqual({ line: 2, column: 1 });
  });
});
