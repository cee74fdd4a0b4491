import { describe, it, expect } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { ConfigLoader, parseCliRule, type ConfigLoaderOptions } from "../../src/config/load.js";
import { ConfigError } from "../../src/config/errors.js";
import { makeTree, registry, writeFiles } from "./helpers.js";

function loader(cwd: string, opts: Partial<ConfigLoaderOptions> = {}): ConfigLoader {
  return new ConfigLoader({ cwd, useConfigLookup: true, registry, ...opts });
}

/** The ConfigError a promise rejects with (fails the test if it resolves or throws something else). */
async function configError(p: Promise<unknown>): Promise<ConfigError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ConfigError);
  const e = err as ConfigError;
  // Nothing of a parser's or cosmiconfig's shape leaks into the message.
  expect(e.message).not.toMatch(/\n\s+at |JSON Error in|YAML Error in/);
  return e;
}

const RECOMMENDED = { "required-sections": [2], "max-len": [1] };

describe("discovery", () => {
  it("uses the recommended preset when no config exists anywhere up to the root", async () => {
    const root = makeTree({ "a/b/report.md": "" });
    const { resolved, configPath } = await loader(root).forFile(path.join(root, "a/b/report.md"));
    expect(configPath).toBeUndefined();
    expect(resolved).toEqual({ rules: RECOMMENDED, settings: {}, locale: "zh" });
  });

  it("finds the nearest config from the file's folder upward, without merging the farther one", async () => {
    const root = makeTree({
      ".reportlintrc.json": { rules: { "max-len": "off" }, settings: { organization: "甲市人民政府" } },
      "a/b/.reportlintrc.yaml": "rules:\n  max-len: error\nsettings:\n  county: 乙县\n",
    });
    const l = loader(root);
    const deep = await l.forFile(path.join(root, "a/b/c/d/report.md"));
    expect(deep.configPath).toBe(path.join(root, "a/b/.reportlintrc.yaml"));
    expect(deep.resolved.rules["max-len"]).toEqual([2]);
    expect(deep.resolved.settings).toEqual({ county: "乙县" });

    const shallow = await l.forFile(path.join(root, "a/report.md"));
    expect(shallow.configPath).toBe(path.join(root, ".reportlintrc.json"));
    expect(shallow.resolved.rules["max-len"]).toBeUndefined();
    expect(shallow.resolved.settings).toEqual({ organization: "甲市人民政府" });
  });

  it("resolves relative file paths against cwd", async () => {
    const root = makeTree({ "docs/.reportlintrc.json": { locale: "en" } });
    const { configPath, resolved } = await loader(root).forFile("docs/report.md");
    expect(configPath).toBe(path.join(root, "docs/.reportlintrc.json"));
    expect(resolved.locale).toBe("en");
  });

  const kinds: Array<[string, string]> = [
    [".reportlintrc", '{ "rules": { "max-len": "error" } }'],
    [".reportlintrc", "rules:\n  max-len: error\n"],
    [".reportlintrc.json", '{ "rules": { "max-len": "error" } }'],
    [".reportlintrc.yaml", "rules:\n  max-len: error\n"],
    [".reportlintrc.yml", "rules: { max-len: error }\n"],
    [".reportlintrc.cjs", 'module.exports = { rules: { "max-len": "error" } };\n'],
    [".reportlintrc.mjs", 'export default { rules: { "max-len": "error" } };\n'],
    [".reportlintrc.js", 'module.exports = { rules: { "max-len": "error" } };\n'],
    ["reportlint.config.mjs", 'export default { rules: { "max-len": "error" } };\n'],
    ["reportlint.config.cjs", 'module.exports = { rules: { "max-len": "error" } };\n'],
    ["reportlint.config.js", 'module.exports = { rules: { "max-len": "error" } };\n'],
    ["package.json", JSON.stringify({ name: "x", reportlint: { rules: { "max-len": "error" } } })],
  ];
  for (const [name, content] of kinds) {
    const flavour = name === ".reportlintrc" ? (content.startsWith("{") ? " (JSON)" : " (YAML)") : "";
    it(`reads ${name}${flavour}`, async () => {
      const root = makeTree({ [name]: content });
      const { configPath, resolved } = await loader(root).forFile(path.join(root, "sub/report.md"));
      expect(configPath).toBe(path.join(root, name));
      expect(resolved.rules).toEqual({ "required-sections": [2], "max-len": [2] });
    });
  }

  it("skips a package.json without a reportlint key and keeps searching upward", async () => {
    const root = makeTree({ ".reportlintrc.json": { locale: "en" }, "pkg/package.json": { name: "pkg" } });
    const { configPath } = await loader(root).forFile(path.join(root, "pkg/report.md"));
    expect(configPath).toBe(path.join(root, ".reportlintrc.json"));
  });

  it("prefers a dedicated config file to a package.json key in the same folder", async () => {
    const root = makeTree({ ".reportlintrc.json": { locale: "en" }, "package.json": { name: "x", reportlint: { locale: "zh" } } });
    const { configPath, resolved } = await loader(root).forFile(path.join(root, "report.md"));
    expect(configPath).toBe(path.join(root, ".reportlintrc.json"));
    expect(resolved.locale).toBe("en");
  });

  it("treats an empty config file as an empty config (recommended rules) and stops there", async () => {
    const root = makeTree({ ".reportlintrc.json": { rules: { "max-len": "off" } }, "sub/.reportlintrc.yaml": "# nothing yet\n" });
    const { configPath, resolved } = await loader(root).forFile(path.join(root, "sub/report.md"));
    expect(configPath).toBe(path.join(root, "sub/.reportlintrc.yaml"));
    expect(resolved.rules).toEqual(RECOMMENDED);
  });

  it("searches each folder once: later files in the folder and in sibling folders reuse the answer", async () => {
    const root = makeTree({ ".reportlintrc.json": { locale: "en" }, "a/x.md": "", "b/y.md": "" });
    const l = loader(root);
    expect((await l.forFile(path.join(root, "a/x.md"))).resolved.locale).toBe("en");
    // Were the folders searched again, these would now find nothing.
    fs.rmSync(path.join(root, ".reportlintrc.json"));
    expect((await l.forFile(path.join(root, "a/other.md"))).resolved.locale).toBe("en");
    expect((await l.forFile(path.join(root, "b/y.md"))).configPath).toBe(path.join(root, ".reportlintrc.json"));
    // A new loader (a new run) sees the change.
    expect((await loader(root).forFile(path.join(root, "a/x.md"))).configPath).toBeUndefined();
  });

  it("handles a batch of 1,000 files in 40 folders concurrently", async () => {
    const files: Record<string, object> = { ".reportlintrc.json": { rules: { "max-len": "error" } } };
    for (let i = 0; i < 40; i += 2) files[`d${i}/.reportlintrc.json`] = { rules: { "max-len": "off" } };
    const root = makeTree(files);
    const l = loader(root);
    const paths = Array.from({ length: 1000 }, (_, i) => path.join(root, `d${i % 40}`, `r${i}.md`));
    const started = performance.now();
    const results = await Promise.all(paths.map((p) => l.forFile(p)));
    expect(performance.now() - started).toBeLessThan(5000);
    results.forEach((r, i) => expect(r.resolved.rules["max-len"]).toEqual(i % 2 === 0 ? undefined : [2]));
  });
});

describe("--config and --no-config-lookup", () => {
  it("--config replaces discovery for every file; a relative path is relative to cwd", async () => {
    const root = makeTree({
      ".reportlintrc.json": { locale: "en" },
      "configs/strict.yaml": "extends: reportlint:strict\nsettings:\n  reportYear: 2024\n",
    });
    const { configPath, resolved } = await loader(root, { configFile: "configs/strict.yaml" }).forFile(path.join(root, "report.md"));
    expect(configPath).toBe(path.join(root, "configs/strict.yaml"));
    expect(resolved).toEqual({ rules: { "required-sections": [2], "max-len": [1], "opt-in": [2] }, settings: { reportYear: 2024 }, locale: "zh" });
  });

  it("--no-config-lookup ignores config files: recommended, or only --config", async () => {
    const root = makeTree({ ".reportlintrc.json": { locale: "en" }, "other.json": { rules: { "max-len": "off" } } });
    const none = await loader(root, { useConfigLookup: false }).forFile(path.join(root, "report.md"));
    expect(none.configPath).toBeUndefined();
    expect(none.resolved).toEqual({ rules: RECOMMENDED, settings: {}, locale: "zh" });
    const only = await loader(root, { useConfigLookup: false, configFile: path.join(root, "other.json") }).forFile(path.join(root, "report.md"));
    expect(only.configPath).toBe(path.join(root, "other.json"));
    expect(only.resolved.rules).toEqual({ "required-sections": [2] });
  });

  it("--config naming a missing file, a folder or an unsupported type is a ConfigError", async () => {
    const root = makeTree({ "conf/x": "", "c.toml": "" });
    const missing = await configError(loader(root, { configFile: "nope.json" }).forFile(path.join(root, "r.md")));
    expect(missing.filePath).toBe(path.join(root, "nope.json"));
    expect(missing.message).toMatch(/no such config file/);
    const folder = await configError(loader(root, { configFile: "conf" }).forFile(path.join(root, "r.md")));
    expect(folder.message).toMatch(/folder/);
    const toml = await configError(loader(root, { configFile: "c.toml" }).forFile(path.join(root, "r.md")));
    expect(toml.message).toMatch(/unsupported config file type "\.toml"/);
  });

  it("--rule settings apply last, over the config and its overrides", async () => {
    const root = makeTree({
      ".reportlintrc.json": { rules: { "max-len": ["error", { max: 100 }] }, overrides: [{ files: ["*.md"], rules: { "max-len": "off" } }] },
    });
    const cliRules = { ...parseCliRule("max-len: warn"), ...parseCliRule("opt-in: 2") };
    const { resolved } = await loader(root, { cliRules }).forFile(path.join(root, "r.md"));
    expect(resolved.rules).toEqual({ "required-sections": [2], "max-len": [1, { max: 100 }], "opt-in": [2] });
  });

  it("an invalid --rule is a ConfigError when the loader is made", () => {
    expect(() => loader("/", { cliRules: { "no-such-rule": "error" } })).toThrowError(/--rule: unknown rule "no-such-rule"/);
    expect(() => loader("/", { cliRules: { "max-len": ["warn", { max: 0 }] } })).toThrowError(/--rule: rule "max-len": invalid options: max must be ≥ 1/);
  });
});

describe("extends", () => {
  it("builds on a preset; extends: [] starts from no rules", async () => {
    const root = makeTree({ "s/.reportlintrc.json": { extends: "reportlint:strict" }, "e/.reportlintrc.json": { extends: [], rules: { "opt-in": "warn" } } });
    const l = loader(root);
    expect((await l.forFile(path.join(root, "s/r.md"))).resolved.rules).toEqual({ "required-sections": [2], "max-len": [1], "opt-in": [2] });
    expect((await l.forFile(path.join(root, "e/r.md"))).resolved.rules).toEqual({ "opt-in": [1] });
  });

  it("loads a relative path from the naming config's folder and merges: extended first, then this one", async () => {
    const root = makeTree({
      "shared/base.yaml": [
        "extends: reportlint:strict",
        "rules:",
        "  max-len: [error, { max: 120 }]",
        "ignorePatterns: [归档/]",
        "settings:",
        "  organization: 甲市人民政府",
        "  reportYear: 2023",
        "locale: en",
      ].join("\n"),
      "project/.reportlintrc.json": {
        extends: ["../shared/base.yaml"],
        rules: { "max-len": "warn", "opt-in": "off" },
        ignorePatterns: ["*.bak.md"],
        settings: { reportYear: 2024 },
      },
    });
    const { resolved, ignorePatterns } = await loader(root).forFile(path.join(root, "project/r.md"));
    expect(resolved).toEqual({
      // A bare severity keeps the options set by the extended config.
      rules: { "required-sections": [2], "max-len": [1, { max: 120 }] },
      settings: { organization: "甲市人民政府", reportYear: 2024 },
      locale: "en",
    });
    // The extended config's patterns apply relative to the project's config, as in ESLint.
    expect(ignorePatterns).toEqual([{ patterns: ["归档/", "*.bak.md"], baseDir: path.join(root, "project") }]);
  });

  it("follows a chain of extends, each path relative to the file that names it", async () => {
    const root = makeTree({
      ".reportlintrc.json": { extends: "./configs/a.json" },
      "configs/a.json": { extends: "./nested/b.json", settings: { county: "乙县" } },
      "configs/nested/b.json": { extends: [], rules: { "opt-in": "error" } },
    });
    const { resolved } = await loader(root).forFile(path.join(root, "r.md"));
    expect(resolved).toEqual({ rules: { "opt-in": [2] }, settings: { county: "乙县" }, locale: "zh" });
  });

  it("detects a cycle", async () => {
    const root = makeTree({ ".reportlintrc.json": { extends: "./a.json" }, "a.json": { extends: "./b.json" }, "b.json": { extends: "./a.json" } });
    const err = await configError(loader(root).forFile(path.join(root, "r.md")));
    expect(err.message).toBe("extends cycle: a.json → b.json → a.json");
    expect(err.filePath).toBe(path.join(root, "b.json"));
  });

  it("resolves a file extended from many places once: a diamond 20 levels deep", async () => {
    // Each level names the next twice: followed path by path, that is 2^20 files to read.
    const files: Record<string, object> = { ".reportlintrc.json": { extends: ["./c1.json", "./c1.json"] } };
    for (let i = 1; i < 20; i++) files[`c${i}.json`] = { extends: [`./c${i + 1}.json`, `./c${i + 1}.json`], settings: { [`k${i}`]: i } };
    files["c20.json"] = { extends: [], rules: { "opt-in": "error" }, settings: { county: "乙县" } };
    const root = makeTree(files);
    const l = loader(root);
    const loaded = await l.loadedConfigFor(path.join(root, "r.md"));
    expect(loaded?.layers.length).toBe(21);
    const { resolved } = await l.forFile(path.join(root, "r.md"));
    expect(resolved.rules).toEqual({ "opt-in": [2] });
    expect(resolved.settings).toMatchObject({ county: "乙县", k1: 1, k19: 19 });
  });

  it("a file extended twice counts where it was named last", async () => {
    const root = makeTree({
      ".reportlintrc.json": { extends: ["./base.json", "./mid.json", "./base.json"] },
      "base.json": { extends: [], settings: { county: "甲县" } },
      "mid.json": { extends: [], settings: { county: "乙县", organization: "乙县人民政府" } },
    });
    const { resolved } = await loader(root).forFile(path.join(root, "r.md"));
    expect(resolved.settings).toEqual({ county: "甲县", organization: "乙县人民政府" });
  });

  it("extends naming a file that is not a config names the file and the problem, never what it holds", async () => {
    const cases: Record<string, string> = {
      "secret.txt": "s3cret-token-value\n",
      "accounts.yaml": "admin: hunter2\nbackup: s3cret-token-value\n",
      "list.yaml": "- s3cret-token-value\n",
      "value.json": '"s3cret-token-value"',
      "number.json": "424242",
    };
    for (const [name, content] of Object.entries(cases)) {
      const root = makeTree({ ".reportlintrc.json": { extends: `./${name}` }, [name]: content });
      const err = await configError(loader(root).forFile(path.join(root, "r.md")));
      expect(err.message, name).toMatch(/^(not a reportlint config|unsupported config file type)/);
      expect(err.message, name).not.toMatch(/s3cret|hunter2|admin|backup|424242/);
      if (!name.endsWith(".txt")) expect(err.filePath, name).toBe(path.join(root, name));
    }
  });

  it("detects a config that extends itself", async () => {
    const root = makeTree({ ".reportlintrc.json": { extends: "./.reportlintrc.json" } });
    const err = await configError(loader(root).forFile(path.join(root, "r.md")));
    expect(err.message).toMatch(/^extends cycle: /);
  });

  it("names a missing extended file, from the config that names it", async () => {
    const root = makeTree({ ".reportlintrc.json": { extends: ["reportlint:recommended", "./missing.json"] } });
    const err = await configError(loader(root).forFile(path.join(root, "r.md")));
    expect(err.message).toBe('extends "./missing.json": no such file (missing.json)');
    expect(err.filePath).toBe(path.join(root, ".reportlintrc.json"));
  });

  it("reports an unknown preset and a broken extended file with the right file", async () => {
    const root = makeTree({ "p/.reportlintrc.json": { extends: "reportlint:all" }, "q/.reportlintrc.json": { extends: "./base.json" }, "q/base.json": { rules: { nope: 2 } } });
    const l = loader(root);
    const preset = await configError(l.forFile(path.join(root, "p/r.md")));
    expect(preset.message).toBe('unknown preset "reportlint:all" in extends (known: reportlint:recommended, reportlint:strict)');
    const inner = await configError(l.forFile(path.join(root, "q/r.md")));
    expect(inner.message).toBe('unknown rule "nope"');
    expect(inner.filePath).toBe(path.join(root, "q/base.json"));
  });
});

describe("overrides and settings", () => {
  const files = {
    "reports/.reportlintrc.json": {
      rules: { "max-len": ["warn", { max: 100 }] },
      settings: { organization: "甲市人民政府", reportYear: 2024, allowPlaces: ["甲市"] },
      overrides: [
        { files: ["草稿/**"], excludedFiles: ["草稿/定稿/**"], rules: { "required-sections": "off" }, settings: { reportYear: 2025 } },
        { files: "*.draft.md", rules: { "max-len": "error" } },
      ],
    },
  };

  it("applies an override when its globs (relative to the config's folder) match", async () => {
    const root = makeTree(files);
    const l = loader(root);
    const draft = await l.forFile(path.join(root, "reports/草稿/2024.md"));
    expect(draft.resolved.rules).toEqual({ "max-len": [1, { max: 100 }] });
    expect(draft.resolved.settings).toEqual({ organization: "甲市人民政府", reportYear: 2025, allowPlaces: ["甲市"] });

    const final = await l.forFile(path.join(root, "reports/草稿/定稿/2024.md"));
    expect(final.resolved.rules["required-sections"]).toEqual([2]);
    expect(final.resolved.settings.reportYear).toBe(2024);

    // "草稿/**" has a slash, so it is anchored to the config's folder.
    const nested = await l.forFile(path.join(root, "reports/sub/草稿/2024.md"));
    expect(nested.resolved.rules["required-sections"]).toEqual([2]);

    // A glob without a slash matches the file name in any folder below.
    const byName = await l.forFile(path.join(root, "reports/sub/x.draft.md"));
    expect(byName.resolved.rules["max-len"]).toEqual([2, { max: 100 }]);
  });

  it("--print-config shows enabled rules with effective options, settings, locale and the config path", async () => {
    const root = makeTree(files);
    const printed = await loader(root).printableConfig(path.join(root, "reports/草稿/2024.md"));
    expect(printed).toEqual({
      configPath: path.join(root, "reports/.reportlintrc.json"),
      locale: "zh",
      settings: { organization: "甲市人民政府", reportYear: 2025, allowPlaces: ["甲市"] },
      rules: { "max-len": [1, { max: 100 }] },
    });
    const plain = await loader(makeTree()).printableConfig("r.md");
    expect(plain).toEqual({ locale: "zh", settings: {}, rules: { "required-sections": [2], "max-len": [1, { max: 80 }] } });
  });
});

describe("broken configs", () => {
  async function errorFor(name: string, content: string | object): Promise<{ err: ConfigError; configPath: string }> {
    const root = makeTree({ [name]: content });
    const err = await configError(loader(root).forFile(path.join(root, "r.md")));
    return { err, configPath: path.join(root, name) };
  }

  it("unknown rule: names the rule, suggests a near one, and points at the config file", async () => {
    const { err, configPath } = await errorFor(".reportlintrc.json", { rules: { "max-length": "error" } });
    expect(err.message).toBe('unknown rule "max-length" (did you mean "max-len"?)');
    expect(err.filePath).toBe(configPath);
  });

  it("unknown rule inside an override says where", async () => {
    const { err } = await errorFor(".reportlintrc.json", { overrides: [{ files: "*.md", rules: { nope: "warn" } }] });
    expect(err.message).toBe('overrides[0].rules: unknown rule "nope"');
  });

  it("bad severity", async () => {
    const { err, configPath } = await errorFor(".reportlintrc.yaml", "rules:\n  max-len: warning\n");
    expect(err.message).toBe('rule "max-len": invalid severity "warning"; use "off", "warn", "error", 0, 1 or 2');
    expect(err.filePath).toBe(configPath);
    const three = await errorFor(".reportlintrc.json", { rules: { "max-len": 3 } });
    expect(three.err.message).toMatch(/invalid severity 3/);
  });

  it("a YAML alias bomb and a cyclic alias are rejected, naming the file", async () => {
    // Nine values at each of nine levels: 9^9 (387 million) once the aliases are expanded.
    const lines = ["settings:", "  organization: 甲市人民政府", "  a0: &a0 [x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 10; i++) lines.push(`  a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(", ")}]`);
    const bomb = await errorFor(".reportlintrc.yaml", lines.join("\n") + "\n");
    expect(bomb.err.message).toBe("invalid YAML: aliases expand to more than 100000 values");
    expect(bomb.err.filePath).toBe(bomb.configPath);
    const cycle = await errorFor(".reportlintrc.yml", "settings: &s\n  organization: 甲市人民政府\n  self: *s\n");
    expect(cycle.err.message).toBe("invalid YAML: an alias refers to a value that contains it (a cycle)");
    expect(cycle.err.filePath).toBe(cycle.configPath);
  });

  it("YAML aliases that stay small are fine", async () => {
    const root = makeTree({ ".reportlintrc.yaml": "settings:\n  organization: &org 甲市人民政府\n  county: *org\n" });
    const { resolved } = await loader(root).forFile(path.join(root, "r.md"));
    expect(resolved.settings).toMatchObject({ organization: "甲市人民政府", county: "甲市人民政府" });
  });

  it("bad JSON: the parser's message with line and column", async () => {
    const { err, configPath } = await errorFor(".reportlintrc.json", '{\n  "rules": {\n    "max-len": "warn",\n  }\n}\n');
    expect(err.message).toBe("invalid JSON at line 4, column 3: Expected double-quoted property name");
    expect(err.filePath).toBe(configPath);
    const truncated = await errorFor(".reportlintrc", '{\n  "rules": ');
    expect(truncated.err.message).toBe("invalid JSON at line 2, column 12: unexpected end of the file");
    // V8 quotes the text instead of giving a position for some mistakes: keep just the token.
    const token = await errorFor(".reportlintrc.json", '{"a": tru}');
    expect(token.err.message).toBe("invalid JSON: Unexpected token '}'");
  });

  it("bad JSON in package.json", async () => {
    const { err, configPath } = await errorFor("package.json", '{ "name": "x", }');
    expect(err.message).toMatch(/^invalid JSON at line 1, column 16: /);
    expect(err.filePath).toBe(configPath);
  });

  it("bad YAML: the parser's reason with line and column", async () => {
    const { err, configPath } = await errorFor(".reportlintrc.yml", "rules:\n  max-len: warn\n locale: en\n");
    expect(err.message).toMatch(/^invalid YAML at line 3, column \d+: /);
    expect(err.filePath).toBe(configPath);
  });

  it("a JavaScript config that throws or exports nothing", async () => {
    const throws = await errorFor("reportlint.config.mjs", 'throw new Error("boom");\n');
    expect(throws.err.message).toBe("cannot load the config: boom");
    expect(throws.err.filePath).toBe(throws.configPath);
    const syntax = await errorFor(".reportlintrc.mjs", "export default { rules: { ;\n");
    expect(syntax.err.message).toMatch(/^cannot load the config/);
    const noDefault = await errorFor(".reportlintrc.mjs", "export const config = {};\n");
    expect(noDefault.err.message).toMatch(/exports no config/);
  });

  it("unknown top-level key: names it and lists the valid keys", async () => {
    const { err, configPath } = await errorFor(".reportlintrc.json", { rule: { "max-len": "off" } });
    expect(err.message).toBe('unknown key "rule" in the config (did you mean "rules"?); valid keys are: extends, plugins, rules, overrides, ignorePatterns, settings, locale');
    expect(err.filePath).toBe(configPath);
  });

  it("cosmiconfig's $import is an unknown key too", async () => {
    const { err } = await errorFor(".reportlintrc.json", { $import: "./other.json" });
    expect(err.message).toMatch(/^unknown key "\$import"/);
  });

  it("wrong types", async () => {
    // English as before; the Chinese text (shown by default) says the same, keys and values as written.
    const cases: Array<[object | string, RegExp, string]> = [
      [{ rules: [] }, /^"rules" must be an object mapping rule ids .* \(got an array\)$/, '"rules" 必须是对象，把规则 id 对应到严重级别或 [严重级别, 选项]（给出的是数组）'],
      ["- a\n- b\n", /^not a reportlint config: a config must be an object \(got an array\)$/, '这不是 reportlint 配置：配置必须是对象（给出的是数组）'],
      [{ extends: 3 }, /^"extends" must be a non-empty string or a list of non-empty strings \(got number 3\)$/, '"extends" 必须是非空字符串，或由非空字符串组成的列表（给出的是数字 3）'],
      [{ overrides: {} }, /^"overrides" must be a list/, '"overrides" 必须是由 { files, rules?, settings? } 对象组成的列表（给出的是对象）'],
      [{ overrides: [{ rules: {} }] }, /^"overrides\[0\]" needs "files"/, '"overrides[0]" 缺少 "files"（一个通配符或通配符列表）'],
      [{ overrides: [{ files: [] }] }, /^"overrides\[0\]\.files" must list at least one glob$/, '"overrides[0].files" 至少要列出一个通配符'],
      [{ overrides: [{ files: "*.md", rule: {} }] }, /^unknown key "rule" in overrides\[0\] \(did you mean "rules"\?\); valid keys are: files, excludedFiles, rules, settings$/, 'overrides[0] 中有未知的键「rule」（是否应为「rules」？）；可用的键：files、excludedFiles、rules、settings'],
      [{ ignorePatterns: [1] }, /^"ignorePatterns" must be/, '"ignorePatterns" 必须是非空字符串，或由非空字符串组成的列表（给出的是数组）'],
      [{ settings: [] }, /^settings must be an object \(got an array\)$/, 'settings 必须是对象（给出的是数组）'],
      [{ settings: { reportYear: "2024" } }, /^settings\.reportYear must be an integer \(got "2024"\)$/, 'settings.reportYear 必须是整数（给出的是字符串 "2024"）'],
      [{ settings: { formatYear: 2020 } }, /^settings\.formatYear must be one of 2019, 2021 \(got 2020\)$/, 'settings.formatYear 只能是 2019 或 2021（给出的是 2020）'],
      [{ settings: { allowPlaces: "甲市" } }, /^settings\.allowPlaces must be an array/, 'settings.allowPlaces 必须是数组（给出的是字符串 "甲市"）'],
      [{ locale: "fr" }, /^"locale" must be "zh" or "en" \(got string "fr"\)$/, '"locale" 只能是 "zh" 或 "en"（给出的是字符串 "fr"）'],
      [{ rules: { "max-len": [] } }, /^rule "max-len": expected a severity or \[severity, options\], got an array of 0$/, '规则「max-len」：应写严重级别或 [严重级别, 选项]，给出的却是 0 项的数组'],
    ];
    for (const [content, expected, zh] of cases) {
      const name = typeof content === "string" ? ".reportlintrc.yaml" : ".reportlintrc.json";
      const { err, configPath } = await errorFor(name, content);
      expect(err.message, JSON.stringify(content)).toMatch(expected);
      expect(err.zh, JSON.stringify(content)).toBe(zh);
      expect(err.filePath).toBe(configPath);
    }
  });

  it("options failing the rule's schema, and options for a rule that takes none", async () => {
    const bad = await errorFor(".reportlintrc.json", { rules: { "max-len": ["error", { max: "80" }] } });
    expect(bad.err.message).toBe('rule "max-len": invalid options: max must be an integer (got "80")');
    const extra = await errorFor(".reportlintrc.json", { rules: { "max-len": ["error", { maximum: 80 }] } });
    expect(extra.err.message).toBe('rule "max-len": invalid options: unknown option "maximum" (known: max)');
    const none = await errorFor(".reportlintrc.json", { rules: { "required-sections": ["error", {}] } });
    expect(none.err.message).toBe('rule "required-sections" takes no options');
    expect([bad.err.zh, extra.err.zh, none.err.zh]).toEqual([
      '规则「max-len」的选项无效：max 必须是整数（给出的是字符串 "80"）',
      "规则「max-len」的选项无效：未知的选项「maximum」（可用的选项：max）",
      "规则「required-sections」不接受选项",
    ]);
  });

  it("is reported for every file under the broken config, also when asked concurrently", async () => {
    const root = makeTree({ ".reportlintrc.json": "{" });
    const l = loader(root);
    const settled = await Promise.allSettled([l.forFile(path.join(root, "a.md")), l.forFile(path.join(root, "b.md"))]);
    for (const s of settled) expect(s.status === "rejected" && s.reason instanceof ConfigError).toBe(true);
  });

  it("a broken config in an override that matches no file is still an error (checked on load)", async () => {
    const root = makeTree({ ".reportlintrc.json": { overrides: [{ files: "*.never", rules: { "max-len": ["warn", { max: -1 }] } }] } });
    const err = await configError(loader(root).forFile(path.join(root, "r.md")));
    expect(err.message).toBe('overrides[0].rules: rule "max-len": invalid options: max must be ≥ 1 (got -1)');
  });
});

describe("parseCliRule", () => {
  it("accepts a bare severity, a number, JSON, and an unquoted severity first in an array", () => {
    expect(parseCliRule("max-len: warn")).toEqual({ "max-len": "warn" });
    expect(parseCliRule("  max-len:0 ")).toEqual({ "max-len": 0 });
    expect(parseCliRule('max-len: ["error", {"max": 100}]')).toEqual({ "max-len": ["error", { max: 100 }] });
    expect(parseCliRule('max-len: [warn, {"max": 100}]')).toEqual({ "max-len": ["warn", { max: 100 }] });
    expect(parseCliRule("max-len: [off]")).toEqual({ "max-len": ["off"] });
  });

  it("rejects bad syntax with a ConfigError that says what to write", () => {
    expect(() => parseCliRule("max-len")).toThrowError(/missing ":"/);
    expect(() => parseCliRule("max-len:")).toThrowError(/no setting after "max-len:"/);
    expect(() => parseCliRule(": error")).toThrowError(/is not a rule id/);
    expect(() => parseCliRule("max-len: [error, {max: 1}]")).toThrowError(/cannot parse the setting/);
    expect(() => parseCliRule("max-len: warning")).toThrowError(ConfigError);
  });
});

describe(".reportlintrc.example.json", () => {
  it("loads cleanly with the real rule registry and uses every key", async () => {
    const { rules } = await import("../../rules/index.js");
    const realRegistry = new Map(rules.map((r) => [r.meta.id, r] as const));
    const examplePath = path.resolve(import.meta.dirname, "../../.reportlintrc.example.json");
    const example = JSON.parse(fs.readFileSync(examplePath, "utf8"));
    expect(Object.keys(example).sort()).toEqual(["extends", "ignorePatterns", "locale", "overrides", "plugins", "rules", "settings"]);

    const root = makeTree();
    writeFiles(root, { "草稿/r.md": "" });
    const l = new ConfigLoader({ cwd: root, configFile: examplePath, useConfigLookup: true, registry: realRegistry });
    const main = await l.forFile(path.join(root, "r.md"));
    expect(main.resolved.rules["required-sections"]).toEqual([2]);
    expect(main.resolved.settings.formatYear).toBe(2021);
    expect(main.ignorePatterns[0].patterns).toEqual(example.ignorePatterns);
    // The override's globs are relative to the example's folder, not this temporary one.
    const draft = await l.forFile(path.join(path.dirname(examplePath), "草稿/r.md"));
    expect(draft.resolved.rules["required-sections"]).toEqual([1]);
  });
});

describe("JavaScript configs", () => {
  it("must export a plain object (a Promise of one is awaited)", async () => {
    const fn = makeTree({ "reportlint.config.mjs": "export default () => ({});\n" });
    const err = await configError(loader(fn).forFile(path.join(fn, "r.md")));
    expect(err.message).toBe("not a reportlint config: a config must be an object (got a function)");
    const later = makeTree({ "reportlint.config.mjs": 'export default Promise.resolve({ locale: "en" });\n' });
    expect((await loader(later).forFile(path.join(later, "r.md"))).resolved.locale).toBe("en");
  });
});
