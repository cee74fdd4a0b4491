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
    expect(validateAgainstSchema("x", { type: "integer" })).toBe('(options) must be an integer (got "x")');
    expect(validateAgainstSchema(1, { type: ["string", "null"] })).toBe("(options) must be a string or null (got number 1)");
  });
});
