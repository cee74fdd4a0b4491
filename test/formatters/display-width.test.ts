// Display widths: the fast paths for CJK ideographs and fullwidth forms answer what the East Asian
// Width table does for every code point they cover.
import { describe, it, expect } from "vitest";
import { eastAsianWidth } from "get-east-asian-width";
import { codePointWidth, displayWidth } from "../../src/formatters/display-width.js";

describe("codePointWidth", () => {
  it("agrees with the East Asian Width table on the ideographs and fullwidth forms", () => {
    // What codePointWidth answers without its fast paths: no column for marks and format characters, else the table.
    const slow = (cp: number) => (/^[\p{Mn}\p{Me}\p{Cf}]$/u.test(String.fromCodePoint(cp)) ? 0 : eastAsianWidth(cp));
    const differ: number[] = [];
    for (const [from, to] of [[0x4e00, 0x9fff], [0xff01, 0xff60]]) {
      for (let cp = from; cp <= to; cp++) if (codePointWidth(cp) !== slow(cp)) differ.push(cp);
    }
    expect(differ).toEqual([]);
  });

  it("gives ASCII one column, controls and combining marks none, CJK two", () => {
    expect(displayWidth("ab")).toBe(2);
    expect(displayWidth("\u0007\u0301")).toBe(0);
    expect(displayWidth("年度报告（一）")).toBe(14);
    expect(displayWidth("ｱ")).toBe(1); // halfwidth katakana, outside the fast paths
  });
});
