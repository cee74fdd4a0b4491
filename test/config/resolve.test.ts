import { describe, it, expect } from "vitest";
import { closestNames, matchesFiles, resolveConfig } from "../../src/config/resolve.js";
import { validateAgainstSchema } from "../../src/config/validate-options.js";
import { ConfigError } from "../../src/config/errors.js";
import { registry } from "./helpers.js";

describe("resolveConfig (config data without files, as lintText uses it)", () => {
  const base = { filePath: "/p/report.md", basePath: "/p", registry };

  it("no data → the recommended preset; extends: [] → nothing but what is listed", () => {
    expect(resolveConfig(undefined, base)).toEqual({ rules: { "required-sections": [2], "max-len": [1] }, settings: {}, locale: "zh" });
    expect(resolveConfig({ extends: [], rules: { "opt-in": 1 } }, base).rules).toEqual({ "opt-in": [1] });
  });

  it("a bare severity keeps earlier options; cliRules come last", () => {
    const data = { rules: { "max-len": ["error", { max: 100 }] }, overrides: [{ files: "*.md", rules: { "max-len": "warn" } }] };
    expect(resolveConfig(data, base).rules["max-len"]).toEqual([1, { max: 100 }]);
    expect(resolveConfig(data, { ...base, cliRules: { "max-len": "off" } }).rules["max-len"]).toBeUndefined();
  });

  it("rejects a file path in extends (only the loader can follow it)", () => {
    expect(() => resolveConfig({ extends: "./base.json" }, base)).toThrowError(ConfigError);
  });
});

describe("helpers", () => {
  it("matchesFiles: globs are relative to the base folder; files outside it never match", () => {
    expect(matchesFiles("/p/a/草稿/x.md", ["a/草稿/**"], "/p")).toBe(true);
    expect(matchesFiles("/p/a/x.md", "*.md", "/p")).toBe(true);
    expect(matchesFiles("/q/x.md", "*.md", "/p")).toBe(false);
  });

  it("closestNames suggests near misses only", () => {
    expect(closestNames("rule", ["extends", "rules", "settings"])).toEqual(["rules"]);
    expect(closestNames("requried-sections", ["required-sections", "max-len"])).toEqual(["required-sections"]);
    expect(closestNames("zzz", ["extends", "rules"])).toEqual([]);
  });

  it("validateAgainstSchema names the type with an article", () => {
    expect(validateAgainstSchema("x", { type: "integer" })).toEqual({ en: '(options) must be an integer (got "x")', zh: '选项必须是整数（给出的是字符串 "x"）' });
    expect(validateAgainstSchema(1, { type: ["string", "null"] })).toEqual({ en: "(options) must be a string or null (got number 1)", zh: "选项必须是字符串或空值 null（给出的是数字 1）" });
  });

  it("validateAgainstSchema says each kind of problem in Chinese too, with the option's path as written", () => {
    const schema = {
      type: "object",
      properties: { year: { type: "integer", minimum: 2008, maximum: 2100 }, mode: { enum: ["a", "b"] }, words: { type: "array", items: { type: "string", minLength: 1 }, maxItems: 2 } },
      required: ["mode"],
      additionalProperties: false,
    } as const;
    const zh = (value: unknown) => validateAgainstSchema(value, schema)?.zh;
    expect(zh({})).toBe("缺少必填项 mode");
    expect(zh({ mode: "c" })).toBe('mode 只能是 "a" 或 "b"（给出的是 "c"）');
    expect(zh({ mode: "a", year: 2007 })).toBe("year 不能小于 2008（给出的是 2007）");
    expect(zh({ mode: "a", year: 2101 })).toBe("year 不能大于 2100（给出的是 2101）");
    expect(zh({ mode: "a", words: [""] })).toBe("words[0] 至少要有 1 个字符");
    expect(zh({ mode: "a", words: ["x", "y", "z"] })).toBe("words 最多只能有 2 项");
    expect(zh({ mode: "a", wordz: [] })).toBe("未知的选项「wordz」（可用的选项：year、mode、words）");
    expect(zh([])).toBe("选项必须是对象（给出的是数组）");
    // The English stays as it was.
    expect(validateAgainstSchema({ mode: "a", wordz: [] }, schema)?.en).toBe('unknown option "wordz" (known: year, mode, words)');
  });
});
