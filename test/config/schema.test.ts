import { describe, it, expect } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import { rules } from "../../rules/index.js";
import { configSchema, CONFIG_SCHEMA_PATH } from "../../src/config/schema.js";
import { normalizeConfigData } from "../../src/config/resolve.js";
import { ConfigLoader } from "../../src/config/load.js";
import { ConfigError } from "../../src/config/errors.js";
import { makeTree } from "./helpers.js";

const root = path.resolve(import.meta.dirname, "../..");
const schemaFile = path.join(root, CONFIG_SCHEMA_PATH);
const registry = new Map(rules.map((r) => [r.meta.id, r] as const));
const examplePath = path.join(root, ".reportlintrc.example.json");
const example = JSON.parse(fs.readFileSync(examplePath, "utf8"));

// strict: the schema must use only draft-07 keywords, so that any validator reads it the same way.
const validate = new Ajv({ strict: true, allErrors: true }).compile(configSchema(rules));

function errorsOf(config: unknown): string[] {
  return validate(config) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`);
}

/** Does the config loader accept this config as written? */
function loaderAccepts(config: unknown): boolean {
  try {
    normalizeConfigData(config, registry, "test.json");
    return true;
  } catch (err) {
    if (err instanceof ConfigError) return false;
    throw err;
  }
}

describe("the config JSON Schema", () => {
  it("is committed and up to date (regenerate with `npm run build && node scripts/gen-config-schema.mjs`)", () => {
    expect(fs.readFileSync(schemaFile, "utf8")).toBe(JSON.stringify(configSchema(rules), null, 2) + "\n");
  });

  it("is draft-07 and has one property per registered rule, with that rule's options schema", () => {
    const schema = configSchema(rules) as any;
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(Object.keys(schema.definitions.rules.properties)).toEqual(rules.map((r) => r.meta.id));
    expect(schema.definitions.rules.additionalProperties).toBe(false);
    const numeric = rules.find((r) => r.meta.id === "numeric-cell")!;
    expect(schema.definitions.rules.properties["numeric-cell"].anyOf[2].items[1]).toEqual(numeric.meta.schema);
    expect(schema.definitions.extendsItem.anyOf[0].enum).toEqual(["reportlint:recommended", "reportlint:strict"]);
    // A map registry gives the same schema as a list.
    expect(configSchema(registry)).toEqual(schema);
  });

  it("validates .reportlintrc.example.json", () => {
    expect(errorsOf(example)).toEqual([]);
  });

  it("rejects broken configs: unknown rule, bad severity, bad options, unknown keys, bad settings", () => {
    expect(errorsOf({ rules: { "requried-sections": "error" } })).toContain("/rules must NOT have additional properties");
    expect(validate({ rules: { "required-sections": "warning" } })).toBe(false);
    expect(validate({ rules: { "required-sections": 3 } })).toBe(false);
    expect(validate({ rules: { "required-sections": [] } })).toBe(false);
    expect(validate({ rules: { "numeric-cell": ["warn", { reportBlank: "yes" }] } })).toBe(false);
    expect(validate({ rules: { "numeric-cell": ["warn", { noSuchOption: true }] } })).toBe(false);
    expect(validate({ rules: { "numeric-cell": ["warn", {}, {}] } })).toBe(false);
    expect(validate({ rule: {} })).toBe(false);
    expect(validate({ overrides: [{ rules: {} }] })).toBe(false);
    expect(validate({ overrides: [{ files: [] }] })).toBe(false);
    expect(validate({ overrides: [{ files: "*.md", rule: {} }] })).toBe(false);
    expect(validate({ settings: { formatYear: 2020 } })).toBe(false);
    expect(validate({ settings: { reportYear: 1999 } })).toBe(false);
    expect(validate({ locale: "fr" })).toBe(false);
    expect(validate({ extends: "" })).toBe(false);
  });

  it("accepts plugins, their configs in extends and their rules (whose options reportlint checks on loading the plugin)", () => {
    expect(validate({ plugins: ["guangdong", "@org/x"], extends: ["plugin:guangdong/recommended", "reportlint-config-x"], rules: { "guangdong/extra-row": ["warn", { a: 1 }], "@org/x/r": "error" } })).toBe(true);
    expect(validate({ plugins: "guangdong" })).toBe(true);
    expect(validate({ plugins: [""] })).toBe(false);
    expect(validate({ rules: { "guangdong/extra-row": "warning" } })).toBe(false);
    expect(validate({ rules: { "guangdong/extra-row": ["warn", {}, {}] } })).toBe(false);
  });

  it("accepts what the loader accepts, and rejects what it rejects", () => {
    const withOptions = rules.find((r) => r.meta.schema)!.meta.id;
    const cases: unknown[] = [
      {},
      { extends: [] },
      { extends: "reportlint:strict" },
      { extends: ["reportlint:recommended", "./base.json"] },
      { extends: 1 },
      { rules: { "required-sections": 0, "section-order": "off", "report-title": ["warn"] } },
      { rules: { [withOptions]: ["error", {}] } },
      { rules: { "required-sections": ["error", {}] } }, // a rule without options
      { rules: { "required-sections": ["error", {}, {}] } },
      { rules: { "required-sections": "warning" } },
      { rules: { "no-such-rule": "error" } },
      { rules: { "no-empty-section": ["warn", { errorSections: [7] }] } },
      { rules: { "no-empty-section": ["warn", { errorSections: [5, 6], requireFeeStatement: true }] } },
      { rules: [] },
      { ignorePatterns: "归档/" },
      { ignorePatterns: ["归档/", ""] },
      { overrides: [{ files: "*.md", excludedFiles: [], rules: { "required-sections": "warn" }, settings: { county: "西湖区" } }] },
      { overrides: [{ files: "*.md", other: 1 }] },
      { overrides: {} },
      { settings: { organization: "某某局", customSetting: { anything: true } } },
      { settings: { allowPlaces: [1] } },
      { settings: { reportYear: 2024.5 } },
      { locale: "en" },
      { $schema: "./schema/reportlintrc.schema.json" },
      { $schema: 1 },
      { $schema: "" },
      { $import: "./other.json" },
    ];
    for (const c of cases) expect({ config: c, valid: validate(c) }).toEqual({ config: c, valid: loaderAccepts(c) });
  });
});

describe('"$schema" in a config', () => {
  it("is accepted by the loader and ignored; it must be a non-empty string", async () => {
    const rel = "./node_modules/reportlint/" + CONFIG_SCHEMA_PATH;
    expect(normalizeConfigData({ $schema: rel, locale: "en" }, registry).locale).toBe("en");
    expect(() => normalizeConfigData({ $schema: 2 }, registry)).toThrowError('"$schema" must be the path or URL of the config\'s JSON Schema (got number 2)');
    // Through a real file too (cosmiconfig reads it).
    const dir = makeTree({ ".reportlintrc.json": { $schema: rel, rules: { "required-sections": "warn" } } });
    const l = new ConfigLoader({ cwd: dir, useConfigLookup: true, registry });
    expect((await l.forFile(path.join(dir, "r.md"))).resolved.rules["required-sections"]).toEqual([1]);
    // It is not offered as a key of the config in messages: it is for editors only.
    expect(() => normalizeConfigData({ rule: {} }, registry)).toThrowError(/valid keys are: extends, plugins, rules, overrides, ignorePatterns, settings, locale$/);
  });

  it("the example config's $schema, when present, points at the schema file", () => {
    // The example has no "$schema" key yet (test/config/load.test.ts lists its keys exactly);
    // once it has one, it must resolve to the committed schema from the example's folder.
    if (example.$schema === undefined) return;
    expect(path.resolve(path.dirname(examplePath), example.$schema)).toBe(schemaFile);
  });
});
