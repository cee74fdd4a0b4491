import { describe, it, expect, afterAll } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { LintCache, hashConfig, hashContent, resolveCacheLocation, CacheWriteError, DEFAULT_CACHE_FILE } from "../../src/cli/cache.js";
import type { LintMessage, ResolvedConfig } from "../../src/core/types.js";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "rl-cache-")));
  dirs.push(d);
  return d;
}

const env = { version: "0.1.0", ruleIds: ["required-sections", "numeric-cell"] };
const config: ResolvedConfig = { rules: { "required-sections": [2], "numeric-cell": [1, { reportBlank: false }] }, settings: { reportYear: 2024 }, locale: "zh" };
const message: LintMessage = { ruleId: "required-sections", messageId: "missing", severity: 2, message: "缺少第五部分", line: 3, column: 1, endLine: 3, endColumn: 5 };
const fixable: LintMessage = { ...message, ruleId: "numeric-cell", severity: 1, fix: { range: [4, 6], text: "0" } };

/** A cache with one file linted and saved, read back as the next run would. */
async function savedCache(dir: string, messages: LintMessage[] = [message]) {
  const location = path.join(dir, DEFAULT_CACHE_FILE);
  const file = path.join(dir, "报告.txt");
  const bytes = Buffer.from("一、总体情况\n");
  const first = await LintCache.load(location, env);
  expect(first.set(file, hashContent(bytes), hashConfig(config), { messages })).toBe(true);
  await first.save();
  return { location, file, bytes, next: await LintCache.load(location, env) };
}

describe("hashContent / hashConfig", () => {
  it("hash the bytes with sha-256, and the config independently of key order", () => {
    expect(hashContent(Buffer.from("abc"))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const reordered: ResolvedConfig = { locale: "zh", settings: { reportYear: 2024 }, rules: { "numeric-cell": [1, { reportBlank: false }], "required-sections": [2] } };
    expect(hashConfig(reordered)).toBe(hashConfig(config));
    expect(hashConfig({ ...config, locale: "en" })).not.toBe(hashConfig(config));
    expect(hashConfig(config, { encoding: "gb18030" })).not.toBe(hashConfig(config));
  });

  it("a plugin's package and version are part of the config's hash (a new version may report differently)", () => {
    const withPlugin = { ...config, plugins: { gd: "reportlint-plugin-gd@1.0.0" } };
    expect(hashConfig(withPlugin)).not.toBe(hashConfig(config));
    expect(hashConfig({ ...config, plugins: { gd: "reportlint-plugin-gd@1.1.0" } })).not.toBe(hashConfig(withPlugin));
    // The registry a config with plugins carries is not hashed (its ids are in `rules`).
    expect(hashConfig({ ...withPlugin, registry: new Map() })).toBe(hashConfig(withPlugin));
  });
});

describe("LintCache", () => {
  it("a hit: the same bytes and config give the stored messages (fixes included)", async () => {
    const { file, bytes, next } = await savedCache(tempDir(), [message, fixable]);
    expect(next.get(file, hashContent(bytes), hashConfig(config))?.messages).toEqual([message, fixable]);
    // The path is the key, however it is spelt.
    expect(next.get(path.join(path.dirname(file), ".", "报告.txt"), hashContent(bytes), hashConfig(config))?.messages).toEqual([message, fixable]);
  });

  it("a file with no problems is stored too (an empty list, not a miss)", async () => {
    const { file, bytes, next } = await savedCache(tempDir(), []);
    expect(next.get(file, hashContent(bytes), hashConfig(config))?.messages).toEqual([]);
  });

  it("a miss when the file's content changed", async () => {
    const { file, next } = await savedCache(tempDir());
    expect(next.get(file, hashContent(Buffer.from("一、总体情况 \n")), hashConfig(config))).toBeUndefined();
    expect(next.get(path.join(path.dirname(file), "other.txt"), hashContent(Buffer.from("一、总体情况\n")), hashConfig(config))).toBeUndefined();
  });

  it("a miss when the config changed (a rule, its options, settings or locale)", async () => {
    const { file, bytes, next } = await savedCache(tempDir());
    const changed: ResolvedConfig[] = [
      { ...config, rules: { "required-sections": [1], "numeric-cell": [1, { reportBlank: false }] } },
      { ...config, rules: { "required-sections": [2], "numeric-cell": [1, { reportBlank: true }] } },
      { ...config, rules: { "required-sections": [2] } },
      { ...config, settings: { reportYear: 2023 } },
      { ...config, locale: "en" },
    ];
    for (const c of changed) expect(next.get(file, hashContent(bytes), hashConfig(c))).toBeUndefined();
  });

  it("a miss for every file when reportlint's version or its rule set changed", async () => {
    const { location, file, bytes } = await savedCache(tempDir());
    const newVersion = await LintCache.load(location, { ...env, version: "0.2.0" });
    expect(newVersion.get(file, hashContent(bytes), hashConfig(config))).toBeUndefined();
    const newRule = await LintCache.load(location, { ...env, ruleIds: [...env.ruleIds, "contact-info"] });
    expect(newRule.get(file, hashContent(bytes), hashConfig(config))).toBeUndefined();
    // The order the registry lists its rules in does not matter.
    const reordered = await LintCache.load(location, { ...env, ruleIds: [...env.ruleIds].reverse() });
    expect(reordered.get(file, hashContent(bytes), hashConfig(config))?.messages).toEqual([message]);
  });

  it("fixed results and fatal results are not stored, and drop an older entry", async () => {
    const { location, file, bytes, next } = await savedCache(tempDir());
    const h = hashContent(bytes);
    expect(next.set(file, h, hashConfig(config), { messages: [], output: "一、总体情况\n" })).toBe(false);
    expect(next.get(file, h, hashConfig(config))).toBeUndefined();
    expect(next.set(path.join(path.dirname(file), "b.txt"), h, hashConfig(config), { messages: [{ ...message, fatal: true }] })).toBe(false);
    expect(next.size).toBe(0);
    await next.save();
    expect((await LintCache.load(location, env)).size).toBe(0);
  });

  it("a corrupt, foreign or unreadable cache file is ignored, and rewritten on save", async () => {
    const dir = tempDir();
    const location = path.join(dir, DEFAULT_CACHE_FILE);
    const file = path.join(dir, "r.txt");
    for (const junk of ["{\"reportlintCache\": 1, \"files\": {", "null", "[]", '{"reportlintCache": 99, "files": {}}', "\u0000\u0001binary", '{"reportlintCache":1,"environment":"x","files":{"a":{}}}']) {
      fs.writeFileSync(location, junk);
      const cache = await LintCache.load(location, env);
      expect(cache.size).toBe(0);
      expect(cache.get(file, hashContent("x"), hashConfig(config))).toBeUndefined();
      await cache.save();
      const rewritten = JSON.parse(fs.readFileSync(location, "utf8"));
      expect(rewritten).toMatchObject({ reportlintCache: 1, files: {} });
    }
    // A folder where the file should be: load still works (empty); save says why it failed.
    const folder = path.join(dir, "a-folder");
    fs.mkdirSync(folder);
    const cache = await LintCache.load(folder, env);
    expect(cache.size).toBe(0);
    cache.set(file, hashContent("x"), hashConfig(config), { messages: [] });
    await expect(cache.save()).rejects.toThrowError(CacheWriteError);
    await expect(cache.save()).rejects.toThrowError(/^cannot write the cache /);
    await expect(cache.save()).rejects.toMatchObject({ zh: expect.stringMatching(/^无法写入缓存 /) });
  });

  it("an entry of the wrong shape is dropped, the others kept", async () => {
    const { location, file, bytes } = await savedCache(tempDir());
    const data = JSON.parse(fs.readFileSync(location, "utf8"));
    data.files["/elsewhere/x.txt"] = { content: 1 };
    fs.writeFileSync(location, JSON.stringify(data));
    const cache = await LintCache.load(location, env);
    expect(cache.size).toBe(1);
    expect(cache.get(file, hashContent(bytes), hashConfig(config))?.messages).toEqual([message]);
  });

  it("an entry whose messages or summary have the wrong types is dropped (a later run never trips on it)", async () => {
    const { location, file, bytes } = await savedCache(tempDir());
    const data = JSON.parse(fs.readFileSync(location, "utf8"));
    const good = data.files[file];
    const bad = [
      { ...good, messages: [null] },
      { ...good, messages: ["text"] },
      { ...good, messages: [{ ...message, line: "3" }] },
      { ...good, messages: [{ ...message, message: 42 }] },
      { ...good, messages: [{ ...message, severity: 3 }] },
      { ...good, messages: [{ ...message, ruleId: 7 }] },
      { ...good, messages: [{ ...fixable, fix: { range: [1], text: "0" } }] },
      { ...good, messages: [{ ...message, fatal: "yes" }] },
      { ...good, report: "2021" },
      { ...good, report: { format: "text", year: "2021" } },
    ];
    for (const entry of bad) {
      fs.writeFileSync(location, JSON.stringify({ ...data, files: { [file]: entry } }));
      const cache = await LintCache.load(location, env);
      expect(cache.size, JSON.stringify(entry)).toBe(0);
      expect(cache.get(file, hashContent(bytes), hashConfig(config))).toBeUndefined();
    }
  });

  it("saves atomically: the old file is replaced by a rename, no temporary file is left", async () => {
    const dir = tempDir();
    const { location, file, next } = await savedCache(dir);
    const before = fs.readFileSync(location, "utf8");
    // A hard link keeps the old file's inode: a rename leaves it alone, writing in place would not.
    const link = path.join(dir, "old-cache-link");
    fs.linkSync(location, link);
    next.set(file, hashContent("changed"), hashConfig(config), { messages: [] });
    await next.save();
    expect(fs.readFileSync(link, "utf8")).toBe(before);
    expect(fs.readFileSync(location, "utf8")).not.toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual([DEFAULT_CACHE_FILE, "old-cache-link"]);
  });

  it("does not write when nothing changed; creates the cache's folder when needed", async () => {
    const dir = tempDir();
    const untouched = await LintCache.load(path.join(dir, DEFAULT_CACHE_FILE), env);
    await untouched.save();
    expect(fs.readdirSync(dir)).toEqual([]);
    const nested = path.join(dir, "a", "b", "cache.json");
    const cache = await LintCache.load(nested, env);
    cache.set(path.join(dir, "r.txt"), hashContent("x"), hashConfig(config), { messages: [message] });
    await cache.save();
    expect((await LintCache.load(nested, env)).get(path.join(dir, "r.txt"), hashContent("x"), hashConfig(config))?.messages).toEqual([message]);
  });

  it("returns copies: changing what get() returned does not change the cache", async () => {
    const { file, bytes, next } = await savedCache(tempDir());
    next.get(file, hashContent(bytes), hashConfig(config))!.messages[0].severity = 1;
    expect(next.get(file, hashContent(bytes), hashConfig(config))!.messages[0].severity).toBe(2);
  });
});

describe("resolveCacheLocation", () => {
  it("defaults to .reportlintcache in cwd; a folder (existing, or ending in a slash) holds that file", async () => {
    const cwd = tempDir();
    fs.mkdirSync(path.join(cwd, "caches"));
    expect(await resolveCacheLocation(undefined, cwd)).toBe(path.join(cwd, ".reportlintcache"));
    expect(await resolveCacheLocation("caches", cwd)).toBe(path.join(cwd, "caches", ".reportlintcache"));
    expect(await resolveCacheLocation("new-folder/", cwd)).toBe(path.join(cwd, "new-folder", ".reportlintcache"));
    expect(await resolveCacheLocation("my.cache", cwd)).toBe(path.join(cwd, "my.cache"));
    expect(await resolveCacheLocation("/abs/my.cache", cwd)).toBe(path.resolve("/abs/my.cache"));
  });
});
