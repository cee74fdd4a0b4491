// Every ```js example of docs/api.md runs, as a user would run it: an ES module importing the
// package ("reportlint", "reportlint/unified") from a project folder that holds a few reports.
import { describe, it, expect, beforeAll } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(__dirname, "../..");
const doc = readFileSync(join(root, "docs/api.md"), "utf8");
const examples = [...doc.matchAll(/^```js\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
// The README's example of the class, too.
const readmeExample = [...readFileSync(join(root, "README.md"), "utf8").matchAll(/^```js\n([\s\S]*?)^```$/gm)].map((m) => m[1]).find((code) => code.includes("new ReportLint("));

beforeAll(() => {
  if (!existsSync(join(root, "dist/index.js")) || !existsSync(join(root, "dist/unified.js"))) {
    const b = spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: root, encoding: "utf8" });
    if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
  }
});

/** A project with reports/ (one clean, one with defects, one fixable), site/报告.md and the packages the examples import. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), "reportlint-api-docs-"));
  mkdirSync(join(dir, "reports"));
  mkdirSync(join(dir, "site"));
  mkdirSync(join(dir, "node_modules"));
  writeFileSync(join(dir, "reports", "清河镇-2022.txt"), readFileSync(join(root, "fixtures/examples/qinghe-town-2022.txt")));
  writeFileSync(join(dir, "reports", "东湖街道-2021.txt"), readFileSync(join(root, "fixtures/examples/donghu-street-2021.txt")));
  const md = readFileSync(join(root, "fixtures/numbers/gfm-2021.md"), "utf8").replace("工作年度报告", "工作报告").replace("认真贯彻落实《", "认真贯彻落实工作工作《");
  writeFileSync(join(dir, "site", "报告.md"), md);
  symlinkSync(root, join(dir, "node_modules", "reportlint"), "dir");
  for (const name of ["unified", "remark-parse", "remark-gfm", "vfile"]) symlinkSync(join(root, "node_modules", name), join(dir, "node_modules", name), "dir");
  return dir;
}

describe("docs/api.md", () => {
  it("has examples of the class, the function and the unified plugin", () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
    expect(examples.some((e) => e.includes("new ReportLint("))).toBe(true);
    expect(examples.some((e) => e.includes('from "reportlint/unified"'))).toBe(true);
    expect(examples.some((e) => /import \{ lintText \}/.test(e))).toBe(true);
  });

  it.each(examples.map((code, i) => [i + 1, code] as const))("example %i runs", (_n, code) => {
    const dir = project();
    writeFileSync(join(dir, "example.mjs"), code);
    const r = spawnSync(process.execPath, ["example.mjs"], { cwd: dir, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).not.toBe("");
  });

  it("the README's example runs and prints the findings", () => {
    expect(readmeExample).toBeDefined();
    const dir = project();
    writeFileSync(join(dir, "example.mjs"), readmeExample!);
    const r = spawnSync(process.execPath, ["example.mjs"], { cwd: dir, encoding: "utf8" });
    expect([r.status, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toContain("东湖街道-2021.txt");
    expect(r.stdout).toContain("report-title");
  });

  it("the fixing example writes the fix, the unified example prints the CLI's findings", () => {
    const dir = project();
    const fixing = examples.find((e) => e.includes("outputFixes"))!;
    writeFileSync(join(dir, "example.mjs"), fixing);
    expect(spawnSync(process.execPath, ["example.mjs"], { cwd: dir, encoding: "utf8" }).status).toBe(0);
    expect(readFileSync(join(dir, "reports", "东湖街道-2021.txt"), "utf8")).not.toContain("工作工作");

    const plugin = examples.find((e) => e.includes("reportlint/unified"))!;
    writeFileSync(join(dir, "example.mjs"), plugin);
    const out = spawnSync(process.execPath, ["example.mjs"], { cwd: dir, encoding: "utf8" }).stdout.trim().split("\n");
    expect(out).toEqual([expect.stringMatching(/^1:\d+-1:\d+ 错误 .* reportlint\/report-title$/), expect.stringMatching(/^5:\d+-5:\d+ 警告 .* reportlint\/duplicate-phrase$/)]);
  });
});
