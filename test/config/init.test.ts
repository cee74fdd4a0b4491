import { describe, it, expect } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { writeStarterConfig } from "../../src/config/init.js";
import { ConfigLoader } from "../../src/config/load.js";
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
    // An existing config is no error of the config: --init says where it is and writes nothing.
    expect(await writeStarterConfig(root)).toEqual({ path: written, existing: true });
    expect(fs.readFileSync(written, "utf8")).toContain('"max-len": "off"');
  });

  it("refuses when the folder has a config under another name, or a reportlint key in package.json", async () => {
    const yaml = makeTree({ ".reportlintrc.yaml": "rules: {}\n" });
    expect(await writeStarterConfig(yaml)).toEqual({ path: path.join(yaml, ".reportlintrc.yaml"), existing: true });
    expect(fs.existsSync(path.join(yaml, ".reportlintrc.json"))).toBe(false);

    const pkg = makeTree({ "package.json": { name: "x", reportlint: {} } });
    expect(await writeStarterConfig(pkg)).toEqual({ path: path.join(pkg, "package.json"), existing: true });
  });

  it("writes beside a package.json that has no reportlint key", async () => {
    const root = makeTree({ "package.json": { name: "x" } });
    const { path: written } = await writeStarterConfig(root);
    expect(fs.existsSync(written)).toBe(true);
  });
});
