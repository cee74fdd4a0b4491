// Townships are not parsed up front: a stem is looked up in the file's text, through the tokens
// that end in its last character (see Gazetteer in src/gazetteer/index.ts). These tests pin the
// edges of that search: token boundaries, line ends, the first and last lines, shared stems,
// county names among the tokens, hash collisions, and the switch to a full index.
import { describe, expect, it } from "vitest";
import { hasName, hasTownship, lookup, maxStemLength, parseGazetteer, placePath, resolveName, townshipHomes, type Gazetteer } from "../../src/gazetteer/index.js";
import { loadGazetteer } from "../../src/gazetteer/load.js";

const paths = (g: Gazetteer, name: string): string[] => lookup(g, name).map(placePath);
const homes = (g: Gazetteer, name: string): string[] => townshipHomes(g, name).map(placePath);

/** Two stems with the same hash and the same last character (the hash reads backwards, × 31). */
const A = "青禾山";
const B = String.fromCharCode("青".charCodeAt(0) - 31, "禾".charCodeAt(0) + 1) + "山";

const LINES = [
  "reportlint-gazetteer 1",
  '# {"source":"test","version":"0.0.0","edition":2000}',
  "91 青山省",
  "9101 青禾市",
  // The first county: 湖 is a suffix of 东湖 and a prefix of 湖东; 东湖 is both a 镇 and a 乡.
  `910101 东湖区 ~镇 湖 东湖 湖东 青禾 ${A} ~乡 东湖 红河县`,
  // 东湖 right before a newline, as a 街道.
  "910102 西岭县 ~镇 北乡 ~街道 东湖",
  "910103 空县",
  "9102 红河市",
  "910201 红河县 ~镇 红河 青禾 ~苏木 巴音",
  "92 金城市",
  "9201 市辖区",
  // The last county, its last stem at the very end of the text (no newline after it).
  "920101 中和区 ~镇 北乡 ~街道 中和 青禾",
];
const TEXT = LINES.join("\n");

describe("township lookups in the text", () => {
  const g = parseGazetteer(TEXT);

  it("finds a stem in every county that has it, in file order", () => {
    expect(paths(g, "青禾镇")).toEqual(["青山省青禾市东湖区青禾镇", "青山省红河市红河县青禾镇"]);
    expect(homes(g, "青禾乡")).toEqual(["青山省青禾市东湖区青禾镇", "青山省红河市红河县青禾镇", "金城市中和区青禾街道"]);
    expect(paths(g, "北乡镇")).toEqual(["青山省青禾市西岭县北乡镇", "金城市中和区北乡镇"]);
  });

  it("matches whole tokens only: a stem inside a longer one is not found", () => {
    expect(paths(g, "湖镇")).toEqual(["青山省青禾市东湖区湖镇"]);
    expect(paths(g, "东湖镇")).toEqual(["青山省青禾市东湖区东湖镇"]);
    expect(paths(g, "湖东镇")).toEqual(["青山省青禾市东湖区湖东镇"]);
    expect(lookup(g, "东镇")).toEqual([]); // the end of 湖东
    expect(lookup(g, "禾镇")).toEqual([]); // the end of 青禾
    expect(lookup(g, "青镇")).toEqual([]); // the start of 青禾
    expect(lookup(g, "湖东湖镇")).toEqual([]);
    expect(hasTownship(g, "", 2)).toBe(false);
  });

  it("reads a stem's suffix from the nearest marker before it; one stem may have two", () => {
    expect(homes(g, "东湖镇")).toEqual(["青山省青禾市东湖区东湖镇", "青山省青禾市东湖区东湖乡", "青山省青禾市西岭县东湖街道"]);
    expect(paths(g, "东湖乡")).toEqual(["青山省青禾市东湖区东湖乡"]);
    expect(paths(g, "巴音苏木")).toEqual(["青山省红河市红河县巴音苏木"]);
    expect(lookup(g, "巴音镇")).toEqual([]);
  });

  it("finds a stem right before a newline and at the very end of the text", () => {
    expect(paths(g, "东湖街道")).toEqual(["青山省青禾市西岭县东湖街道"]);
    expect(paths(g, "青禾街道")).toEqual(["金城市中和区青禾街道"]);
    const withNewline = parseGazetteer(TEXT + "\n");
    expect(paths(withNewline, "青禾街道")).toEqual(["金城市中和区青禾街道"]);
  });

  it("finds the first county's first stem and the last county's", () => {
    expect(paths(g, "湖镇")).toEqual(["青山省青禾市东湖区湖镇"]);
    expect(paths(g, "中和街道")).toEqual(["金城市中和区中和街道"]);
    expect(lookup(g, "中和区")[0]).toMatchObject({ level: "county", code: "920101" });
  });

  it("does not take a code or a province, city or county name for a township, nor a township for a county", () => {
    expect(lookup(g, "东湖区镇")).toEqual([]);
    expect(lookup(g, "红河市镇")).toEqual([]);
    expect(lookup(g, "青山省镇")).toEqual([]);
    expect(lookup(g, "910101镇")).toEqual([]);
    expect(lookup(g, "~镇镇")).toEqual([]);
    // 红河县 is also a 乡 of 东湖区: the name is both.
    expect(paths(g, "红河县乡")).toEqual(["青山省青禾市东湖区红河县乡"]);
    expect(lookup(g, "红河县").map((p) => p.level)).toEqual(["county"]);
    expect(lookup(g, "空县")[0]).toMatchObject({ level: "county", code: "910103" });
  });

  it("tells apart two stems with the same hash", () => {
    expect(paths(g, A + "镇")).toEqual(["青山省青禾市东湖区" + A + "镇"]);
    expect(lookup(g, B + "镇")).toEqual([]);
    const both = parseGazetteer(TEXT.replace("~苏木 巴音", `~苏木 巴音 ${B}`));
    expect(paths(both, A + "镇")).toEqual(["青山省青禾市东湖区" + A + "镇"]);
    expect(paths(both, B + "苏木")).toEqual(["青山省红河市红河县" + B + "苏木"]);
    expect(lookup(both, B + "镇")).toEqual([]);
  });

  it("makes one place per township, shared by its parents' lookups", () => {
    const [hu] = lookup(g, "湖镇");
    const [donghu] = lookup(g, "东湖镇");
    // Two 镇 of one county are two places (each with its own name).
    expect(hu).not.toBe(donghu);
    expect(donghu.name).toBe("东湖镇");
    expect(hu.parent).toBe(lookup(g, "东湖区")[0]);
    expect(lookup(g, "湖镇")[0]).toBe(hu);
    expect(townshipHomes(g, "湖乡")[0]).toBe(hu);
    expect(resolveName(g, "东湖区湖镇人民政府")!.places).toEqual([hu]);
  });

  it("resolveName tries no name longer than the longest (a 街道 found as a shorter 镇)", () => {
    // 青禾山镇 is as long as the longest name (4): 青禾山街道 (5) is not read as it.
    expect(resolveName(g, "青禾山街道")).toBeNull();
    expect(resolveName(g, "东湖区青禾山街道")).toMatchObject({ end: 3 });
    expect(resolveName(g, "青禾山乡")!.places.map(placePath)).toEqual(["青山省青禾市东湖区青禾山镇"]);
    expect(resolveName(g, "湖东苏木")!.places.map(placePath)).toEqual(["青山省青禾市东湖区湖东镇"]);
    // A long string (past the point where every length is tried) reads the same.
    const long = "东湖区湖东镇人民政府" + "办公室".repeat(30);
    expect(resolveName(g, long)).toMatchObject({ end: 6 });
    expect(resolveName(g, long)!.places.map(placePath)).toEqual(["青山省青禾市东湖区湖东镇"]);
  });

  it("bounds the stems that end in a character (for findPlaceMentions)", () => {
    expect(maxStemLength(g, "湖".charCodeAt(0))).toBeGreaterThanOrEqual(2);
    expect(maxStemLength(g, "禾".charCodeAt(0))).toBeGreaterThanOrEqual(2);
    expect(maxStemLength(g, "山".charCodeAt(0))).toBeGreaterThanOrEqual(3);
    expect(maxStemLength(g, "我".charCodeAt(0))).toBe(0);
    expect(g.maxNameLength).toBe(4); // 红河县乡, 巴音苏木, 东湖街道 …
  });

  it("gives the same answers after switching to a full index (many characters asked for)", () => {
    const fresh = parseGazetteer(TEXT);
    const before = ["湖镇", "东湖镇", "东湖乡", "东湖街道", "青禾镇", "青禾街道", "巴音苏木", A + "镇", "红河县乡", "东镇"].map((n) => paths(fresh, n));
    // Ask for stems ending in 200 characters that end none.
    for (let c = 0x4e00; c < 0x4e00 + 200; c++) expect(hasTownship(fresh, String.fromCharCode(c), 0)).toBe(false);
    const other = parseGazetteer(TEXT);
    for (let c = 0x4e00; c < 0x4e00 + 200; c++) maxStemLength(other, c);
    for (const h of [fresh, other]) {
      expect(["湖镇", "东湖镇", "东湖乡", "东湖街道", "青禾镇", "青禾街道", "巴音苏木", A + "镇", "红河县乡", "东镇"].map((n) => paths(h, n))).toEqual(before);
      expect(hasName(h, "北乡镇")).toBe(true);
      expect(lookup(h, B + "镇")).toEqual([]);
    }
  });

  it("checks every suffix marker, the last line's too", () => {
    expect(() => parseGazetteer(TEXT.replace("~街道 中和", "~街 中和"))).toThrow(/line 12: unknown suffix "~街"/);
    expect(() => parseGazetteer(TEXT + " ~村")).toThrow(/line 12: unknown suffix "~村"/);
    expect(() => parseGazetteer(TEXT.replace("~苏木 巴音", "~苏木\n"))).not.toThrow();
    // A line that is no county's holds no markers: a comment is skipped.
    expect(() => parseGazetteer(TEXT.replace("92 金城市", "# ~村 comment\n92 金城市"))).not.toThrow();
  });
});

describe("lazy lookups in the committed gazetteer", () => {
  const g = loadGazetteer();

  it("finds the first township of the file and the last one (right before a newline)", () => {
    // 110101 东城区 ~街道 东华门 …
    expect(lookup(g, "东华门街道").map(placePath)).toEqual(["北京市东城区东华门街道"]);
    // … 659011 新星市 ~镇 二道湖 骆驿 黄田 / 659012 白杨市 (the last county, without townships).
    expect(lookup(g, "黄田镇").map(placePath)).toContain("新疆维吾尔自治区新星市黄田镇");
    expect(lookup(g, "白杨市").map(placePath)).toEqual(["新疆维吾尔自治区白杨市"]);
    expect(lookup(g, "白杨市镇")).toEqual([]);
  });

  it("finds a stem shared by many counties, each once, and no token that merely contains it", () => {
    const chengguan = lookup(g, "城关镇");
    expect(chengguan).toHaveLength(88);
    expect(new Set(chengguan.map(placePath)).size).toBe(88);
    expect(new Set(chengguan).size).toBe(88);
    // 关镇 ends 城关 (and others), no township is called just 关镇.
    expect(lookup(g, "关镇")).toEqual([]);
  });
});
