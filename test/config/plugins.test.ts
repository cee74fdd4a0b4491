// Plugins and shareable configs named in a config: package names as ESLint writes them, packages
// found from the naming config's folder, their rules validated, linted and printed like built-in ones.
import { describe, it, expect } from "vitest";
import path from "node:path";
import { ConfigLoader, type ConfigLoaderOptions } from "../../src/config/load.js";
import { ConfigError } from "../../src/config/errors.js";
import { normalizePackageName, shortName, PLUGIN_PREFIX, CONFIG_PREFIX } from "../../src/config/package-names.js";
import { registryWithPlugins } from "../../src/config/plugins.js";
import { lintText, defaultRegistry } from "../../src/core/linter.js";
import { resolveConfig } from "../../src/config/resolve.js";
import { makeTree, registry } from "./helpers.js";

function loader(cwd: string, opts: Partial<ConfigLoaderOptions> = {}): ConfigLoader {
  return new ConfigLoader({ cwd, useConfigLookup: true, registry, ...opts });
}

async function configError(p: Promise<unknown>): Promise<ConfigError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ConfigError);
  expect((err as Error).message).not.toMatch(/\n\s+at /);
  return err as ConfigError;
}

/** A CommonJS plugin module whose rule `no-word` reports each occurrence of options.word (default "甲"). */
function cjsPlugin(extra = ""): string {
  return `module.exports = {
  meta: { name: "x", version: "9.9.9" },
  rules: {
    "no-word": {
      meta: {
        type: "problem",
        docs: { description: "不写某字", descriptionEn: "a word not to write", url: "https://example.org/no-word" },
        defaultSeverity: "warn",
        messages: { found: { zh: "不应出现「{{word}}」", en: "do not write {{word}}" } },
        schema: { type: "object", properties: { word: { type: "string", minLength: 1 } }, additionalProperties: false },
        defaultOptions: { word: "甲" },
      },
      create(context) {
        const text = context.sourceCode.text;
        const word = context.options.word;
        for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
          context.report({ messageId: "found", data: { word }, loc: { start: i, end: i + word.length } });
        }
      },
    },
  },
  configs: { recommended: { plugins: ["x"], extends: [], rules: { "x/no-word": "error" } } ${extra} },
};
`;
}

const pkg = (name: string, extra: object = {}) => ({ name, version: "1.0.0", main: "index.js", ...extra });

describe("package names (as ESLint's eslintrc)", () => {
  it.each([
    ["guangdong", "reportlint-plugin-guangdong", "guangdong"],
    ["reportlint-plugin-guangdong", "reportlint-plugin-guangdong", "guangdong"],
    ["@org", "@org/reportlint-plugin", "@org"],
    ["@org/reportlint-plugin", "@org/reportlint-plugin", "@org"],
    ["@org/x", "@org/reportlint-plugin-x", "@org/x"],
    ["@org/reportlint-plugin-x", "@org/reportlint-plugin-x", "@org/x"],
  ])("plugin %s → %s, rules prefixed %s/", (name, full, short) => {
    expect(normalizePackageName(name, PLUGIN_PREFIX)).toBe(full);
    expect(shortName(full, PLUGIN_PREFIX)).toBe(short);
  });

  it.each([
    ["x", "reportlint-config-x"],
    ["reportlint-config-x", "reportlint-config-x"],
    ["@org", "@org/reportlint-config"],
    ["@org/reportlint-config", "@org/reportlint-config"],
    ["@org/x", "@org/reportlint-config-x"],
    ["@org/reportlint-config-x", "@org/reportlint-config-x"],
  ])("shareable config %s → %s", (name, full) => {
    expect(normalizePackageName(name, CONFIG_PREFIX)).toBe(full);
  });
});

describe("plugins", () => {
  it("loads a plugin from the config file's folder: its rule is configurable, validated and printed", async () => {
    const root = makeTree({
      "project/.reportlintrc.json": { plugins: ["x"], rules: { "x/no-word": ["error", { word: "乙" }] } },
      "project/node_modules/reportlint-plugin-x/package.json": pkg("reportlint-plugin-x"),
      "project/node_modules/reportlint-plugin-x/index.js": cjsPlugin(),
    });
    // cwd elsewhere: the package is found from the config's folder, not from cwd.
    const l = loader(path.join(root, "elsewhere"));
    const file = path.join(root, "project/r.txt");
    const { resolved } = await l.forFile(file);
    expect(resolved.rules["x/no-word"]).toEqual([2, { word: "乙" }]);
    expect(resolved.plugins).toEqual({ x: "reportlint-plugin-x@9.9.9" });
    const messages = lintText("一乙二乙", { filePath: file, resolved }).filter((m) => m.ruleId === "x/no-word");
    expect(messages.map((m) => [m.line, m.column, m.endColumn, m.severity, m.message])).toEqual([
      [1, 2, 3, 2, "不应出现「乙」"],
      [1, 4, 5, 2, "不应出现「乙」"],
    ]);
    const printed = await l.printableConfig(file);
    expect(printed.plugins).toEqual({ x: "reportlint-plugin-x@9.9.9" });
    expect(printed.rules["x/no-word"]).toEqual([2, { word: "乙" }]);
    const meta = await l.rulesMeta();
    expect(meta["x/no-word"].docs.url).toBe("https://example.org/no-word");
  });

  it("the recommended preset does not turn a plugin's rules on; the plugin's configs do", async () => {
    const root = makeTree({
      "a/.reportlintrc.json": { plugins: ["x"] },
      "b/.reportlintrc.json": { extends: ["plugin:x/recommended"] },
      "node_modules/reportlint-plugin-x/package.json": pkg("reportlint-plugin-x"),
      "node_modules/reportlint-plugin-x/index.js": cjsPlugin(),
    });
    const l = loader(root);
    expect((await l.forFile(path.join(root, "a/r.txt"))).resolved.rules["x/no-word"]).toBeUndefined();
    const b = (await l.forFile(path.join(root, "b/r.txt"))).resolved;
    expect(b.rules).toEqual({ "x/no-word": [2] });
    expect(lintText("甲", { filePath: "r.txt", resolved: b }).map((m) => m.ruleId)).toEqual(["x/no-word"]);
  });

  it("loads scoped plugins and ES modules that export only an import entry", async () => {
    const esm = `export const rules = { "no-word": { meta: { docs: { description: "d" }, messages: { m: { zh: "丙", en: "c" } } }, create(ctx) { const i = ctx.sourceCode.text.indexOf("丙"); if (i >= 0) ctx.report({ messageId: "m", loc: { start: i, end: i + 1 } }); } } };\n`;
    const root = makeTree({
      ".reportlintrc.json": { plugins: ["@org", "@org/y"], rules: { "@org/no-word": "warn", "@org/y/no-word": "error" } },
      "node_modules/@org/reportlint-plugin/package.json": { name: "@org/reportlint-plugin", version: "2.0.0", type: "module", exports: { ".": { import: "./index.js" } } },
      "node_modules/@org/reportlint-plugin/index.js": esm,
      "node_modules/@org/reportlint-plugin-y/package.json": { name: "@org/reportlint-plugin-y", version: "3.0.0", type: "module", exports: "./main.js" },
      "node_modules/@org/reportlint-plugin-y/main.js": esm,
    });
    const { resolved } = await loader(root).forFile(path.join(root, "r.txt"));
    expect(resolved.plugins).toEqual({ "@org": "@org/reportlint-plugin@2.0.0", "@org/y": "@org/reportlint-plugin-y@3.0.0" });
    const messages = lintText("一丙", { filePath: "r.txt", resolved });
    expect(messages.map((m) => [m.ruleId, m.severity, m.column])).toEqual([
      ["@org/no-word", 1, 2],
      ["@org/y/no-word", 2, 2],
    ]);
  });

  it("a missing plugin names the config file and the package", async () => {
    const root = makeTree({ ".reportlintrc.json": { plugins: ["nowhere"] } });
    const e = await configError(loader(root).forFile(path.join(root, "r.txt")));
    expect(e.filePath).toBe(path.join(root, ".reportlintrc.json"));
    expect(e.message).toMatch(/plugin "nowhere": cannot find the package reportlint-plugin-nowhere from /);
  });

  it("a plugin that throws while loading, or has the wrong shape, is a ConfigError naming the package", async () => {
    const root = makeTree({
      "a/.reportlintrc.json": { plugins: ["throws"] },
      "b/.reportlintrc.json": { plugins: ["shapeless"] },
      "c/.reportlintrc.json": { plugins: ["nocreate"] },
      "d/.reportlintrc.json": { plugins: ["nomessages"] },
      "node_modules/reportlint-plugin-throws/index.js": 'throw new TypeError("boom\\nsecond line");\n',
      "node_modules/reportlint-plugin-shapeless/index.js": "module.exports = 42;\n",
      "node_modules/reportlint-plugin-nocreate/index.js": 'module.exports = { rules: { r: { meta: { docs: { description: "d" }, messages: { m: { zh: "z", en: "e" } } } } } };\n',
      "node_modules/reportlint-plugin-nomessages/index.js": 'module.exports = { rules: { r: { meta: { docs: { description: "d" } }, create() {} } } };\n',
    });
    const l = loader(root);
    const cases: Array<[string, RegExp]> = [
      ["a", /^plugin "throws" \(reportlint-plugin-throws\): cannot load the plugin: boom$/],
      ["b", /^plugin "shapeless" \(reportlint-plugin-shapeless\): not a valid plugin: a plugin must export an object/],
      ["c", /^plugin "nocreate" \(reportlint-plugin-nocreate\): not a valid plugin: rules\["r"\] has no create\(context\) function$/],
      ["d", /^plugin "nomessages" \(reportlint-plugin-nomessages\): not a valid plugin: rules\["r"\]: meta.messages must map/],
    ];
    for (const [dir, message] of cases) {
      const e = await configError(l.forFile(path.join(root, dir, "r.txt")));
      expect(e.message, dir).toMatch(message);
      expect(e.filePath).toBe(path.join(root, dir, ".reportlintrc.json"));
    }
  });

  it("plugin rule names are checked like built-in ones: unknown rules, bad options, a plugin not loaded", async () => {
    const root = makeTree({
      "a/.reportlintrc.json": { plugins: ["x"], rules: { "x/no-wrod": "error" } },
      "b/.reportlintrc.json": { plugins: ["x"], rules: { "x/no-word": ["error", { wrod: "乙" }] } },
      "c/.reportlintrc.json": { rules: { "x/no-word": "error" } },
      "d/.reportlintrc.json": { extends: ["plugin:x/strict"] },
      "node_modules/reportlint-plugin-x/index.js": cjsPlugin(),
    });
    const l = loader(root);
    expect((await configError(l.forFile(path.join(root, "a/r.txt")))).message).toBe('unknown rule "x/no-wrod" (did you mean "x/no-word"?)');
    expect((await configError(l.forFile(path.join(root, "b/r.txt")))).message).toBe('rule "x/no-word": invalid options: unknown option "wrod" (known: word)');
    expect((await configError(l.forFile(path.join(root, "c/r.txt")))).message).toBe(`unknown rule "x/no-word" (no plugin "x" is loaded: name it in the config's "plugins")`);
    expect((await configError(l.forFile(path.join(root, "d/r.txt")))).message).toBe('extends "plugin:x/strict": the plugin reportlint-plugin-x has no config "strict" (it has: recommended)');
    // The same in Chinese, the text a Chinese run shows.
    const zh = async (dir: string) => (await configError(l.forFile(path.join(root, dir, "r.txt")))).zh;
    expect(await zh("a")).toBe("未知的规则「x/no-wrod」（是否应为「x/no-word」？）");
    expect(await zh("b")).toBe("规则「x/no-word」的选项无效：未知的选项「wrod」（可用的选项：word）");
    expect(await zh("c")).toBe('未知的规则「x/no-word」（未加载插件「x」：请在配置的 "plugins" 中列出它）');
    expect(await zh("d")).toBe("extends「plugin:x/strict」：插件 reportlint-plugin-x 中没有配置「strict」（它有：recommended）");
  });

  it("a config may set the rules of a plugin that a config it extends loads", async () => {
    const root = makeTree({
      ".reportlintrc.json": { extends: ["./base.json"], rules: { "x/no-word": ["warn", { word: "丁" }] } },
      "base.json": { plugins: ["x"], extends: [] },
      "node_modules/reportlint-plugin-x/index.js": cjsPlugin(),
    });
    const { resolved } = await loader(root).forFile(path.join(root, "r.txt"));
    expect(resolved.rules).toEqual({ "x/no-word": [1, { word: "丁" }] });
  });

  it("--rule sets a plugin rule when the config loads the plugin, and is an error when none does", async () => {
    const root = makeTree({
      "a/.reportlintrc.json": { plugins: ["x"], extends: [] },
      "node_modules/reportlint-plugin-x/index.js": cjsPlugin(),
    });
    const l = loader(root, { cliRules: { "x/no-word": ["error", { word: "戊" }] } });
    expect((await l.forFile(path.join(root, "a/r.txt"))).resolved.rules).toEqual({ "x/no-word": [2, { word: "戊" }] });
    const e = await configError(l.forFile(path.join(root, "b/r.txt")));
    expect(e.message).toBe(`--rule: unknown rule "x/no-word" (no plugin "x" is loaded: name it in the config's "plugins")`);
  });

  it("a directive may name a plugin rule of the file's config, and not one of a plugin not loaded", async () => {
    const root = makeTree({
      ".reportlintrc.json": { extends: ["plugin:x/recommended"] },
      "node_modules/reportlint-plugin-x/index.js": cjsPlugin(),
    });
    const { resolved } = await loader(root).forFile(path.join(root, "r.txt"));
    const text = "<!-- reportlint-disable-next-line x/no-word -->\n甲\n甲\n";
    expect(lintText(text, { filePath: "r.txt", resolved }).map((m) => [m.ruleId, m.line])).toEqual([["x/no-word", 3]]);
    const unknown = lintText("<!-- reportlint-disable-next-line y/no-word -->\n乙\n", { filePath: "r.txt", resolved });
    expect(unknown.map((m) => [m.ruleId, m.severity, m.line])).toEqual([[null, 2, 1]]);
    expect(unknown[0].message).toMatch(/y\/no-word/);
  });

  it("a plugin's config resolves its own extends from the plugin's folder", async () => {
    const root = makeTree({
      ".reportlintrc.json": { extends: ["plugin:x/recommended"] },
      "node_modules/reportlint-plugin-x/index.js": cjsPlugin(`, withBase: { extends: ["./base.json"], plugins: ["x"] }`).replace('configs: { recommended: { plugins: ["x"], extends: [],', 'configs: { recommended: { extends: ["./base.json"], plugins: ["x"],'),
      "node_modules/reportlint-plugin-x/base.json": { extends: [], settings: { county: "乙县" } },
    });
    const { resolved } = await loader(root).forFile(path.join(root, "r.txt"));
    expect(resolved.settings).toEqual({ county: "乙县" });
    expect(resolved.rules).toEqual({ "x/no-word": [2] });
  });

  it("two copies of one plugin id are an error naming both", async () => {
    const root = makeTree({
      ".reportlintrc.json": { plugins: ["x"], extends: ["./sub/base.json"] },
      "sub/base.json": { plugins: ["x"] },
      "node_modules/reportlint-plugin-x/index.js": cjsPlugin(),
      "sub/node_modules/reportlint-plugin-x/index.js": cjsPlugin(),
    });
    const e = await configError(loader(root).forFile(path.join(root, "r.txt")));
    const [top, sub] = [path.join(root, "node_modules/reportlint-plugin-x/index.js"), path.join(root, "sub/node_modules/reportlint-plugin-x/index.js")];
    expect(e.message).toBe(`plugin "x" is loaded from two places: ${top} (named in ${path.join(root, ".reportlintrc.json")}) and ${sub} (named in ${path.join(root, "sub/base.json")}); install one copy`);
    expect(e.zh).toBe(`插件「x」从两处加载：${top}（由 ${path.join(root, ".reportlintrc.json")} 列出）和 ${sub}（由 ${path.join(root, "sub/base.json")} 列出）；请只安装一份`);
  });

  it("the language server's guard applies to plugins as to JavaScript configs", async () => {
    const root = makeTree({
      ".reportlintrc.json": { plugins: ["x"] },
      "node_modules/reportlint-plugin-x/index.js": cjsPlugin(),
    });
    const asked: string[] = [];
    const l = loader(root, { mayRunJavaScript: { check: async (p) => (asked.push(p), false), whyNot: "not in the workspace" } });
    const e = await configError(l.forFile(path.join(root, "r.txt")));
    expect(e.message).toBe('plugin "x" (reportlint-plugin-x): not in the workspace');
    expect(asked).toEqual([path.join(root, "node_modules/reportlint-plugin-x/index.js")]);
  });

  it("registryWithPlugins lets a plugin's rules be linted without a config file", () => {
    const plugin = {
      rules: {
        "no-word": {
          meta: { docs: { description: "d" }, messages: { m: { zh: "不应出现", en: "no" } } },
          create(ctx: { sourceCode: { text: string }; report: (d: object) => void }) {
            const i = ctx.sourceCode.text.indexOf("甲");
            if (i >= 0) ctx.report({ messageId: "m", loc: { start: i, end: i + 1 } });
          },
        },
      },
    };
    const reg = registryWithPlugins(defaultRegistry, { x: plugin });
    const messages = lintText("一甲", { registry: reg, config: { plugins: ["x"], extends: [], rules: { "x/no-word": "error" } } });
    expect(messages.map((m) => [m.ruleId, m.column])).toEqual([["x/no-word", 2]]);
    expect(() => resolveConfig({ plugins: ["y"] }, { filePath: "r.txt", registry: reg })).toThrowError(/plugin "y" is not loaded/);
  });
});

describe("shareable configs", () => {
  it.each([
    ["x", "reportlint-config-x"],
    ["reportlint-config-x", "reportlint-config-x"],
    ["@org", "@org/reportlint-config"],
    ["@org/reportlint-config", "@org/reportlint-config"],
    ["@org/x", "@org/reportlint-config-x"],
  ])("extends %s loads the package %s from the extending file's folder", async (ref, packageName) => {
    const root = makeTree({
      "project/.reportlintrc.json": { extends: [ref] },
      [`project/node_modules/${packageName}/package.json`]: pkg(packageName, { main: "config.json" }),
      [`project/node_modules/${packageName}/config.json`]: { extends: [], rules: { "max-len": ["error", { max: 40 }] } },
    });
    const { resolved } = await loader(root).forFile(path.join(root, "project/r.txt"));
    expect(resolved.rules).toEqual({ "max-len": [2, { max: 40 }] });
  });

  it("a shareable config's own extends and plugins are resolved from its location", async () => {
    const root = makeTree({
      "project/.reportlintrc.json": { extends: "gd" },
      "project/node_modules/reportlint-config-gd/package.json": pkg("reportlint-config-gd"),
      "project/node_modules/reportlint-config-gd/index.js": 'module.exports = { extends: ["./base.yaml", "plugin:x/recommended"], settings: { organization: "某局" } };\n',
      "project/node_modules/reportlint-config-gd/base.yaml": "extends: []\nsettings:\n  county: 乙县\n",
      // Installed only inside the shareable config's own node_modules: found from there.
      "project/node_modules/reportlint-config-gd/node_modules/reportlint-plugin-x/index.js": cjsPlugin(),
    });
    const { resolved } = await loader(root).forFile(path.join(root, "project/r.txt"));
    expect(resolved.settings).toEqual({ county: "乙县", organization: "某局" });
    expect(resolved.rules).toEqual({ "x/no-word": [2] });
  });

  it("a missing shareable config names the package, and hints at ./ when a file of that name is beside the config", async () => {
    const root = makeTree({ ".reportlintrc.json": { extends: "base.json" }, "base.json": { extends: [] } });
    const e = await configError(loader(root).forFile(path.join(root, "r.txt")));
    expect(e.message).toMatch(/^extends "base.json": cannot find the package reportlint-config-base.json from .*; to extend the file base.json beside this config, write "\.\/base.json"$/);
  });

  it("a JavaScript shareable config obeys the language server's guard", async () => {
    const root = makeTree({
      ".reportlintrc.json": { extends: "js" },
      "node_modules/reportlint-config-js/index.js": "module.exports = { extends: [] };\n",
    });
    const l = loader(root, { mayRunJavaScript: { check: async () => false, whyNot: "not in the workspace" } });
    expect((await configError(l.forFile(path.join(root, "r.txt")))).message).toBe("not in the workspace");
  });
});
