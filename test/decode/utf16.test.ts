import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { decode } from "../../src/decode/index.js";
import { encode } from "../../src/cli/write.js";

const root = path.resolve(__dirname, "../..");
const examples = fs
  .readdirSync(path.join(root, "fixtures/examples"))
  .filter((f) => f.endsWith(".txt") || f.endsWith(".md"))
  .map((f) => fs.readFileSync(path.join(root, "fixtures/examples", f), "utf8"));

// Chinese-heavy paragraphs: full-width punctuation and few ASCII characters, so few NUL bytes in UTF-16.
const chineseHeavy = [
  "一、总体情况\n本机关坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开。\n",
  "（一）主动公开情况。全年主动公开政府信息１２３条，其中政策文件２０条。\n二、主动公开政府信息情况\n",
  "五、存在的主要问题及改进情况\n政务公开工作仍存在一些不足：公开内容不够全面，解读形式较为单一。下一步，我们将进一步加强培训。\n",
];

describe("decode: UTF-16 without a byte-order mark", () => {
  const texts = [...chineseHeavy, ...chineseHeavy.map((t) => t.repeat(40)), ...examples];
  for (const encoding of ["utf-16le", "utf-16be"] as const) {
    it(`Chinese-heavy reports in ${encoding} are read as ${encoding}, exactly`, () => {
      texts.forEach((text, i) => {
        const d = decode(encode(text, { encoding, bom: false }));
        expect({ i, encoding: d.encoding, bom: d.bom }).toEqual({ i, encoding, bom: false });
        expect(d.text).toBe(text);
      });
    });
  }

  it("a file --fix wrote back (BOM-less UTF-16) reads back the same way", () => {
    for (const encoding of ["utf-16le", "utf-16be"] as const) {
      const fixed = chineseHeavy[1].replace("１２３", "123");
      expect(decode(encode(fixed, { encoding, bom: false }))).toEqual({ text: fixed, encoding, bom: false });
    }
  });

  it("UTF-8 and GB18030 text are not taken for UTF-16, even with a stray NUL", () => {
    for (const text of chineseHeavy) {
      const withNul = text.repeat(10).replace("情况", "情\u0000况");
      expect(decode(Buffer.from(withNul, "utf8")).encoding).toBe("utf-8");
    }
    expect(decode(Buffer.from("report 2021 annual summary of public information\n".repeat(20) + "a\u0000", "utf8")).encoding).toBe("utf-8");
    const gb = new Uint8Array([0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdc, 0xcc, 0xe5, 0xc7, 0xe9, 0xbf, 0xf6, 0x0a]); // 一、总体情况\n
    expect(decode(gb).encoding).toBe("gb18030");
  });

  it("an odd-length UTF-16 file without a byte-order mark is not said to have one", () => {
    const bytes = Buffer.concat([Buffer.from("Annual report 2021\n".repeat(20), "utf16le"), Buffer.from([0x41])]);
    expect(() => decode(bytes)).toThrow(/looks like utf-16le without a byte-order mark but is not valid utf-16le \(it has an odd number of bytes/);
    expect(() => decode(bytes)).not.toThrow(/starts with/);
    const withBom = Buffer.concat([Buffer.from([0xff, 0xfe]), bytes]);
    expect(() => decode(withBom)).toThrow(/starts with a utf-16le byte-order mark but is not valid utf-16le \(it has an odd number of bytes/);
  });
});
