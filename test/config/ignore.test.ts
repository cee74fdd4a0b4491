import { describe, it, expect } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { IgnoreMatcher } from "../../src/config/ignore.js";
import { ConfigLoader } from "../../src/config/load.js";
import { ConfigError } from "../../src/config/errors.js";
import { makeTree, registry } from "./helpers.js";

describe("IgnoreMatcher", () => {
  it("always ignores node_modules/ and .git/, even without any ignore file", async () => {
    const root = makeTree();
    const m = await IgnoreMatcher.create({ cwd: root });
    expect(m.ignores(path.join(root, "node_modules/pkg/report.md"))).toBe(true);
    expect(m.ignores(path.join(root, "sub/node_modules/report.md"))).toBe(true);
    expect(m.ignores(path.join(root, ".git/report.md"))).toBe(true);
    expect(m.ignores(path.join(root, "node_modules"), undefined, { isDirectory: true })).toBe(true);
    expect(m.ignores(path.join(root, "reports/2024.md"))).toBe(false);
    expect(m.ignores(path.join(root, "node_modules_old/2024.md"))).toBe(false);
  });

  it("reads .reportlintignore from cwd in .gitignore syntax (folders, globs, negation, comments, BOM)", async () => {
    const root = makeTree({ ".reportlintignore": "\uFEFF# 不检查的文件\n归档/\n*.bak.md\n!重要.bak.md\n/根目录.md\n" });
    const m = await IgnoreMatcher.create({ cwd: root });
    expect(m.ignores(path.join(root, "归档/2020.md"))).toBe(true);
    expect(m.ignores(path.join(root, "a/归档/2020.md"))).toBe(true);
    expect(m.ignores(path.join(root, "归档"), undefined, { isDirectory: true })).toBe(true);
    expect(m.ignores(path.join(root, "x/2024.bak.md"))).toBe(true);
    expect(m.ignores(path.join(root, "重要.bak.md"))).toBe(false);
    expect(m.ignores(path.join(root, "根目录.md"))).toBe(true);
    expect(m.ignores(path.join(root, "sub/根目录.md"))).toBe(false);
    expect(m.ignores(path.join(root, "2024.md"))).toBe(false);
    // Relative paths are taken from cwd.
    expect(m.ignores("归档/2020.md")).toBe(true);
  });

  it("applies --ignore-pattern relative to cwd, after the ignore file (so it can re-include)", async () => {
    const root = makeTree({ ".reportlintignore": "草稿/\n" });
    const m = await IgnoreMatcher.create({ cwd: root, ignorePatterns: ["*.tmp.md", "!草稿/"] });
    expect(m.ignores(path.join(root, "a/b.tmp.md"))).toBe(true);
    expect(m.ignores(path.join(root, "草稿"), undefined, { isDirectory: true })).toBe(false);
    expect(m.ignores(path.join(root, "b.md"))).toBe(false);
  });

  it("applies a config's ignorePatterns relative to the config's folder, before the cwd's sources", async () => {
    const root = makeTree({ ".reportlintignore": "!keep.old.md\n" });
    const m = await IgnoreMatcher.create({ cwd: root });
    const fromConfig = { patterns: ["*.old.md", "build/"], baseDir: path.join(root, "reports") };
    expect(m.ignores(path.join(root, "reports/a.old.md"), fromConfig)).toBe(true);
    expect(m.ignores(path.join(root, "reports/build/x.md"), [fromConfig])).toBe(true);
    // Outside the config's folder its patterns say nothing.
    expect(m.ignores(path.join(root, "other/a.old.md"), fromConfig)).toBe(false);
    expect(m.ignores(path.join(root, "reports/keep.old.md"), fromConfig)).toBe(false);
    expect(m.ignores(path.join(root, "reports/a.old.md"))).toBe(false);
  });

  it("leaves files outside cwd to the config patterns (the cwd's ignore file does not reach them)", async () => {
    const outside = makeTree();
    const root = makeTree({ ".reportlintignore": "*.md\n" });
    const m = await IgnoreMatcher.create({ cwd: root });
    expect(m.ignores(path.join(outside, "a.md"))).toBe(false);
    expect(m.ignores(path.join(outside, "a.md"), { patterns: ["a.md"], baseDir: outside })).toBe(true);
  });

  it("an unreadable ignore file is a ConfigError naming it", async () => {
    const root = makeTree();
    fs.mkdirSync(path.join(root, ".reportlintignore"));
    const err = await IgnoreMatcher.create({ cwd: root }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).filePath).toBe(path.join(root, ".reportlintignore"));
  });

  it("works end to end with ConfigLoader: the config's ignorePatterns, the ignore file and --ignore-pattern", async () => {
    const root = makeTree({
      ".reportlintrc.json": { ignorePatterns: ["归档/"] },
      ".reportlintignore": "*.bak.md\n",
      "归档/2019.md": "",
      "2024.bak.md": "",
      "tmp/x.md": "",
      "2024.md": "",
    });
    const loader = new ConfigLoader({ cwd: root, useConfigLookup: true, registry });
    const m = await IgnoreMatcher.create({ cwd: root, ignorePatterns: ["tmp/"] });
    const check = async (rel: string) => {
      const file = path.join(root, rel);
      return m.ignores(file, await loader.ignorePatternsFor(file));
    };
    expect(await check("归档/2019.md")).toBe(true);
    expect(await check("2024.bak.md")).toBe(true);
    expect(await check("tmp/x.md")).toBe(true);
    expect(await check("2024.md")).toBe(false);
    expect((await loader.forFile(path.join(root, "2024.md"))).ignorePatterns).toEqual([{ patterns: ["归档/"], baseDir: root }]);
  });
});
