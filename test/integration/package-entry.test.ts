// The package as a dependency sees it: `import { lintText } from "reportlint"` (package.json
// "exports", resolved here by the package's reference to itself) and its type declarations.
import { describe, it, expect, beforeAll } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(__dirname, "../..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { main: string; types: string; exports: Record<string, { types: string; default: string }> };

beforeAll(() => {
  if (!existsSync(join(root, "dist/index.js")) || !existsSync(join(root, "dist/src/index.d.ts"))) {
    const b = spawnSync("npm", ["run", "build"], { cwd: root, encoding: "utf8" });
    if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
  }
});

describe("the package entry", () => {
  it("points main, types and exports at files the build writes", () => {
    for (const file of [pkg.main, pkg.types, pkg.exports["."].default, pkg.exports["."].types]) expect(existsSync(join(root, file)), file).toBe(true);
  });

  it("import { lintText } from \"reportlint\" lints a report", () => {
    const script = `import { lintText } from "reportlint";
      import { readFileSync } from "node:fs";
      const messages = lintText(readFileSync("fixtures/examples/donghu-street-2021.txt", "utf8"), { filePath: "r.txt" });
      process.stdout.write(JSON.stringify(messages.map((m) => m.ruleId)));`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toContain("report-title");
  });
});
