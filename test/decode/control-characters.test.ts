import { describe, expect, it } from "vitest";
import { decode, DecodeError } from "../../src/decode/index.js";

const report = "青禾镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n2022年，青禾镇推进政务公开。\n".repeat(20);

describe("decode: stray control characters are text, binary stays binary", () => {
  it("UTF-8 text with a few NULs decodes, the NULs kept for the rule", () => {
    const bytes = Buffer.from(report.replace("总体情况", "总体\u0000情况").replace("推进", "推\u0000\u0000进"), "utf8");
    const d = decode(bytes);
    expect(d.encoding).toBe("utf-8");
    expect(d.text.match(/\u0000/g)).toHaveLength(3);
  });

  it("UTF-16 with a NUL character decodes", () => {
    const text = report.replace("总体情况", "总体\u0000情况");
    const d = decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    expect(d.text).toBe(text);
  });

  it("bytes with many NULs, or NULs and invalid UTF-8, are binary", () => {
    expect(() => decode(Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0, 255, 254]))).toThrow(DecodeError);
    expect(() => decode(Buffer.concat([Buffer.from(report, "utf8"), Buffer.from([0, 0xff, 0xfe, 0x80])]))).toThrow(/binary/);
    const sparse = Buffer.from(report, "utf8");
    for (let i = 0; i < sparse.length; i += 64) sparse[i] = 0;
    expect(() => decode(sparse)).toThrow(/binary/);
  });
});
