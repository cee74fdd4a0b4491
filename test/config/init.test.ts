import { describe, it, expect } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { writeStarterConfig } from "../../src/config/init.js";
import { ConfigLoader } from "../../src/config/load.js";
import { ConfigError } from "../../src/config/errors.js";
import { makeTree, registry } from "./helpers.js";

describe("--init", () => {
  it("writes a valid starter .reportlintrc.json that extends recommended, then refuses to overwrite it", async () => {
    const root = makeTree();
    const { path: written } = await writeStarterConfig(root);
    expect(written).toBe(path.join(root, ".reportlintrc.json"));
    const text = fs.readFileSync(written, "utf8");
    const data = JSON.parse(text);
    expect(data.extends).toBe("reportlint:recommended");
    expect(data.rules).toEqual({});
    expect(typeof data.settings).toBe("object");

    const { resolved, configPath } = await new ConfigLoader({ cwd: root, useConfigLookup: true, registry }).forFile(path.join(root, "report.md"));
    expect(configPath).toBe(written);
    expect(resolved.rules).toEqual({ "required-sections": [2], "max-len": [1] });

    fs.writeFileSync(written, text.replace("{}", '{ "max-len": "off" }'));
    const err = await writeStarterConfig(root).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).message).toMatch(/already exists.*not overwriting/);
    expect((err as ConfigError).filePath).toBe(written);
    expect(fs.readFileSync(written, "utf8")).toContain('"max-len": "off"');
  });

  it("refuses when the folder has a config under another name, or a reportlint key in package.json", async () => {
    const yaml = makeTree({ ".reportlintrc.yaml": "rules: {}\n" });
    const e1 = await writeStarterConfig(yaml).catch((e: unknown) => e);
    expect((e1 as ConfigError).filePath).toBe(path.join(yaml, ".reportlintrc.yaml"));
    expect(fs.existsSync(path.join(yaml, ".reportlintrc.json"))).toBe(false);

    const pkg = makeTree({ "package.json": { name: "x", reportlint: {} } });
    const e2 = await writeStarterConfig(pkg).catch((e: unknown) => e);
    expect((e2 as ConfigError).filePath).toBe(path.join(pkg, "package.json"));
  });

  it("writes beside a package.json that has no reportlint key", async () => {
    const root = makeTree({ "package.json": { name: "x" } });
    const { path: written } = await writeStarterConfig(root);
    expect(fs.existsSync(written)).toBe(true);
  });
});
