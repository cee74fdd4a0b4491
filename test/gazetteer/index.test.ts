import { describe, expect, it } from "vitest";
import { ancestor, cityOf, contains, hasName, lookup, parseGazetteer, placePath, resolveName, samePlace, townshipHomes, townshipStem, type Place } from "../../src/gazetteer/index.js";
import { SMALL, small } from "./fixture.js";

const paths = (ps: readonly Place[]): string[] => ps.map(placePath);

describe("parseGazetteer", () => {
  it("reads provinces, cities, counties and townships grouped by suffix", () => {
    const g = small();
    expect(g.meta).toMatchObject({ source: "test", version: "0.0.0", edition: 2000 });
    expect(g.provinces.map((p) => p.name)).toEqual(["青山省", "金城市", "远山省"]);
    expect(g.counties.map((c) => c.code).slice(0, 4)).toEqual(["910101", "910102", "910103", "919001"]);
    expect(paths(lookup(g, "北乡镇"))).toEqual(["青山省青禾市东湖区北乡镇", "青山省青禾市西岭县北乡镇"]);
    expect(paths(lookup(g, "白石乡"))).toEqual(["青山省青禾市东湖区白石乡"]);
    expect(paths(lookup(g, "白石镇"))).toEqual(["青山省红河市白石镇"]);
    expect(paths(lookup(g, "巴音苏木"))).toEqual(["青山省青禾市西岭县巴音苏木"]);
    expect(lookup(g, "东湖街道")[0]).toMatchObject({ level: "township", name: "东湖街道", code: "910101" });
    expect(lookup(g, "青禾市")[0]).toMatchObject({ level: "city", code: "9101" });
    expect(g.maxNameLength).toBe(4);
  });

  it("does not index pseudo cities (市辖区, 县, 省直辖县级行政区划)", () => {
    const g = small();
    for (const name of ["市辖区", "县", "省直辖县级行政区划"]) expect(lookup(g, name)).toEqual([]);
    expect(lookup(g, "中和区")[0].parent).toMatchObject({ name: "市辖区", pseudo: true });
  });

  it("finds names by level and by stem", () => {
    const g = small();
    expect(hasName(g, "东湖街道")).toBe(true);
    expect(hasName(g, "东湖镇")).toBe(true); // 金城市中和区
    expect(hasName(g, "东湖乡")).toBe(false);
    expect(hasName(g, "东湖区")).toBe(true);
    expect(hasName(g, "东湖")).toBe(false);
    // A 乡 made a 镇 (or a 镇 a 街道) keeps its stem: every suffix is a possible home.
    expect(paths(townshipHomes(g, "东湖乡"))).toEqual(["青山省青禾市东湖区东湖街道", "金城市中和区东湖镇"]);
    expect(townshipHomes(g, "东湖区")).toEqual([]);
    expect(townshipStem("东湖街道")).toBe("东湖");
    expect(townshipStem("巴音苏木")).toBe("巴音");
    expect(townshipStem("东湖区")).toBeNull();
  });

  it("makes each township place once", () => {
    const g = small();
    expect(lookup(g, "青禾镇")[0]).toBe(lookup(g, "青禾镇")[0]);
    expect(samePlace(lookup(g, "青禾镇")[0], townshipHomes(g, "青禾乡")[0])).toBe(true);
  });

  it("rejects what is not its format", () => {
    expect(() => parseGazetteer("hello\n")).toThrow(/not a reportlint gazetteer/);
    expect(() => parseGazetteer("reportlint-gazetteer 1\n11 x\n")).toThrow(/metadata/);
    expect(() => parseGazetteer(SMALL.replace("9101 青禾市", "9201 青禾市"))).toThrow(/line 4: city outside its province/);
    expect(() => parseGazetteer(SMALL.replace("910102 西岭县", "990102 西岭县"))).toThrow(/county outside its city/);
    expect(() => parseGazetteer(SMALL.replace("~苏木", "~村"))).toThrow(/unknown suffix/);
    expect(() => parseGazetteer(SMALL.replace("920201 北岭县 ~乡 北岭", "920201 北岭县 北岭"))).toThrow(/before a suffix group/);
    expect(() => parseGazetteer(SMALL.replace("9202 县", "920 县"))).toThrow(/bad code/);
  });
});

describe("places", () => {
  it("ancestor, contains, placePath", () => {
    const g = small();
    const town = lookup(g, "青禾镇")[0];
    const county = lookup(g, "东湖区")[0];
    expect(ancestor(town, "city")?.name).toBe("青禾市");
    expect(ancestor(town, "province")?.name).toBe("青山省");
    expect(ancestor(county, "township")).toBeNull();
    expect(contains(county, town)).toBe(true);
    expect(contains(town, town)).toBe(true);
    expect(contains(town, county)).toBe(false);
    // Pseudo cities are left out of the path.
    expect(placePath(lookup(g, "中和街道")[0])).toBe("金城市中和区中和街道");
    expect(placePath(lookup(g, "红河镇")[0])).toBe("青山省红河市红河镇");
  });

  it("cityOf: the 地级 city; a municipality for 市辖区 / 县; the county itself under 省直辖县级行政区划", () => {
    const g = small();
    expect(cityOf(lookup(g, "青禾镇")[0])?.name).toBe("青禾市");
    expect(cityOf(lookup(g, "中和街道")[0])?.name).toBe("金城市");
    expect(cityOf(lookup(g, "北岭乡")[0])).toBe(cityOf(lookup(g, "中和街道")[0]));
    expect(cityOf(lookup(g, "红河镇")[0])?.name).toBe("红河市");
    expect(cityOf(lookup(g, "青山省")[0])).toBeNull();
  });
});

describe("resolveName", () => {
  it("reads the chain of names at the start of an organisation", () => {
    const g = small();
    expect(resolveName(g, "西岭县北乡镇人民政府")).toMatchObject({ end: 6 });
    expect(paths(resolveName(g, "西岭县北乡镇人民政府")!.places)).toEqual(["青山省青禾市西岭县北乡镇"]);
    expect(paths(resolveName(g, "青禾市东湖区人民政府办公室")!.places)).toEqual(["青山省青禾市东湖区"]);
    expect(paths(resolveName(g, "青山省青禾市")!.places)).toEqual(["青山省青禾市"]);
  });

  it("keeps every home of a shared name", () => {
    expect(paths(resolveName(small(), "北乡镇政府")!.places)).toEqual(["青山省青禾市东湖区北乡镇", "青山省青禾市西岭县北乡镇"]);
  });

  it("stops at a name outside the previous one (the county stands)", () => {
    const r = resolveName(small(), "西岭县青禾镇");
    expect(paths(r!.places)).toEqual(["青山省青禾市西岭县"]);
    expect(r!.end).toBe(3);
  });

  it("finds a township by stem when its suffix changed", () => {
    expect(paths(resolveName(small(), "东湖区青禾乡人民政府")!.places)).toEqual(["青山省青禾市东湖区青禾镇"]);
  });

  it("null when the string does not start with a known name", () => {
    expect(resolveName(small(), "某县卫生健康局")).toBeNull();
    expect(resolveName(small(), "")).toBeNull();
  });
});
