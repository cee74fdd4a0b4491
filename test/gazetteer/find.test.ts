import { describe, expect, it } from "vitest";
import { findPlaceMentions, type PlaceMention } from "../../src/gazetteer/find.js";
import { placePath } from "../../src/gazetteer/index.js";
import { small } from "./fixture.js";

const g = small();
const find = (text: string): Array<[string, number, number, PlaceMention["ambiguous"] | "chained"]> =>
  findPlaceMentions(g, text).map((m) => [m.name, m.start, m.end, m.chained ? "chained" : m.ambiguous]);

describe("findPlaceMentions", () => {
  it("finds names at their suffix, with offsets", () => {
    expect(find("今年，青禾镇和东湖街道完成公开。")).toEqual([
      ["青禾镇", 3, 6, null],
      ["东湖街道", 7, 11, null],
    ]);
  });

  it("takes the longest name ending at the suffix", () => {
    // 湖区 is no name, 东湖区 is.
    expect(find("按照东湖区要求")).toEqual([["东湖区", 2, 5, null]]);
  });

  it("skips two-character names unless a parent comes just before", () => {
    expect(find("在禾县开展")).toEqual([]);
    expect(find("青禾市禾县")).toEqual([
      ["青禾市", 0, 3, null],
      ["禾县", 3, 5, "chained"],
    ]);
  });

  it("chains a name to its parent and keeps only the homes inside it", () => {
    const ms = findPlaceMentions(g, "西岭县北乡镇");
    expect(ms.map((m) => [m.name, m.chained])).toEqual([
      ["西岭县", false],
      ["北乡镇", true],
    ]);
    expect(ms[1].homes.map(placePath)).toEqual(["青山省青禾市西岭县北乡镇"]);
    expect(findPlaceMentions(g, "北乡镇")[0].homes).toHaveLength(2);
  });

  it("a township after a county that has none of that name is 'misplaced' (renamed since)", () => {
    expect(find("西岭县青禾镇")).toEqual([
      ["西岭县", 0, 3, null],
      ["青禾镇", 3, 6, "misplaced"],
    ]);
  });

  it("a longer name swallows a shorter one ending inside it; a partial overlap keeps the first", () => {
    // 大新市 (a county) at 市, then 大新市镇 (its township) at 镇.
    expect(find("，大新市镇")).toEqual([["大新市镇", 1, 5, null]]);
    // 河西市 at 市, then 西市镇 (禾县) overlapping it: 河西市 stays.
    expect(find("，河西市镇")).toEqual([["河西市", 1, 4, null]]);
  });

  it("compound after the suffix: 镇村, 乡镇, 乡村, 市场, 区域", () => {
    expect(find("平安镇村建设")).toEqual([["平安镇", 0, 3, "compound"]]);
    expect(find("白石乡村振兴")).toEqual([["白石乡", 0, 3, "compound"]]);
    expect(find("东湖区域")).toEqual([["东湖区", 0, 3, "compound"]]);
    expect(find("青禾市场")).toEqual([["青禾市", 0, 3, "compound"]]);
    // 青禾市政府 (and 西岭县城): still the same place.
    expect(find("青禾市政府")).toEqual([["青禾市", 0, 3, null]]);
    expect(find("西岭县城")).toEqual([["西岭县", 0, 3, null]]);
  });

  it("split: a 3-character name ending in a common noun, after a character that may end a word", () => {
    expect(find("湖北乡镇企业")).toEqual([["北乡镇", 1, 4, "split"]]);
    expect(find("努力在北乡镇形成")).toEqual([["北乡镇", 3, 6, null]]);
    expect(find("，北乡镇")).toEqual([["北乡镇", 1, 4, null]]);
    expect(find("北乡镇")).toEqual([["北乡镇", 0, 3, null]]);
    // With a modifier it is a phrase wherever it stands (新城镇 "new towns") …
    expect(find("在新城镇建设中")).toEqual([["新城镇", 1, 4, "split"]]);
    // … unless an administration word follows.
    expect(find("新城镇人民政府")).toEqual([["新城镇", 0, 3, null]]);
  });

  it("common: a name of ten or more townships, after a character that may end a word", () => {
    expect(find("支持城关镇改造")).toEqual([["城关镇", 2, 5, "common"]]);
    expect(find("2022年，城关镇认真落实")).toEqual([["城关镇", 6, 9, null]]);
    expect(find("支持城关镇党委")).toEqual([["城关镇", 2, 5, null]]);
  });

  it("a chained name is never ambiguous", () => {
    expect(find("远一县城关镇改造")).toEqual([
      ["远一县", 0, 3, null],
      ["城关镇", 3, 6, "chained"],
    ]);
  });

  it("does not cross punctuation or Latin text", () => {
    expect(find("东湖，区")).toEqual([]);
    expect(find("abc青禾镇")).toEqual([["青禾镇", 3, 6, null]]);
  });

  it("reads the traditional suffixes 鎮 鄉 縣 區", () => {
    expect(find("西岭縣北乡鎮")).toEqual([
      ["西岭县", 0, 3, null],
      ["北乡镇", 3, 6, "chained"],
    ]);
  });

  it("scans a part of the text with offsets into the whole", () => {
    const text = "开头青禾镇。东湖街道结尾";
    expect(findPlaceMentions(g, text, 6, 10).map((m) => [m.name, m.start, m.end])).toEqual([["东湖街道", 6, 10]]);
  });

  it("provinces only at 省 (context for chains)", () => {
    expect(find("青山省青禾市")).toEqual([
      ["青山省", 0, 3, null],
      ["青禾市", 3, 6, "chained"],
    ]);
  });
});
