// The example plugin as a user gets it: reportlint (built) and examples/reportlint-plugin-example
// packed with `npm pack`, installed from the tarballs into a throw-away project (offline: tinypool,
// reportlint's one dependency, is packed from this checkout's node_modules too), configured through
// `plugins` + `extends`, and run from that project's node_modules/.bin/reportlint.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(__dirname, "../..");
const pluginDir = join(root, "examples/reportlint-plugin-example");
let work: string;
let project: string;
let bin: string;

/** The project's own clean 2022 report (2021 layout); the row inserted after 行政规范性文件. */
const withoutRow = readFileSync(join(root, "fixtures/examples/qinghe-town-2022.txt"), "utf8");
const rowAfter = withoutRow.indexOf("\n", withoutRow.indexOf("\n行政规范性文件\t") + 1) + 1;
const withRow = `${withoutRow.slice(0, rowAfter)}其他主动公开文件\t5\t0\t12\n${withoutRow.slice(rowAfter)}`;
const labelLine = withoutRow.slice(0, withoutRow.indexOf("\n行政规范性文件\t") + 1).split("\n").length;

function npm(args: string[], cwd: string): void {
  const r = spawnSync("npm", [...args, "--no-audit", "--no-fund", "--ignore-scripts", "--cache", join(work, "npm-cache")], { cwd, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`npm ${args.join(" ")} failed:\n${r.stderr}`);
}

function reportlint(args: string[], cwd = project, env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(bin, args, { cwd, encoding: "utf8", env: { ...process.env, REPORTLINT_COMPILE_CACHE: "0", NO_COLOR: "1", ...env } });
}

beforeAll(() => {
  if (!existsSync(join(root, "dist/cli.cjs")) || !existsSync(join(root, "dist/index.js"))) {
    const b = spawnSync("npm", ["run", "build"], { cwd: root, encoding: "utf8" });
    if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
  }
  work = realpathSync(mkdtempSync(join(tmpdir(), "rl-plugin-")));
  // Packed once for the file; scripts off: `prepare` would build again.
  for (const dir of [root, pluginDir, join(root, "node_modules/tinypool")]) npm(["pack", "--silent", "--pack-destination", work, dir], work);
  const tarballs = readdirSync(work).filter((f) => f.endsWith(".tgz")).map((f) => join(work, f));
  expect(tarballs.map((t) => t.replace(/^.*\//, "").replace(/-\d.*$/, "")).sort()).toEqual(["reportlint", "reportlint-plugin-example", "tinypool"]);
  project = join(work, "project");
  mkdirSync(join(project, "reports"), { recursive: true });
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "province-reports", private: true }));
  npm(["install", "--offline", ...tarballs], project);
  bin = join(project, "node_modules/.bin/reportlint");
  writeFileSync(join(project, ".reportlintrc.json"), JSON.stringify({ plugins: ["example"], extends: ["plugin:example/recommended"] }));
  writeFileSync(join(project, "reports/with-row.txt"), withRow);
  writeFileSync(join(project, "reports/without-row.txt"), withoutRow);
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("reportlint-plugin-example installed beside reportlint", () => {
  it("its rule passes reportlint's RuleTester under node:test, from the installed packages; a wrong expectation fails", () => {
    const testFile = (line: number) => `import { describe, it } from "node:test";
import { readFileSync } from "node:fs";
import { RuleTester } from "reportlint";
import plugin from "reportlint-plugin-example";
RuleTester.describe = describe;
RuleTester.it = it;
new RuleTester().run("example/other-documents-row", plugin.rules["other-documents-row"], {
  valid: [readFileSync("reports/with-row.txt", "utf8")],
  invalid: [{ code: readFileSync("reports/without-row.txt", "utf8"), errors: [{ messageId: "missing", line: ${line}, column: 1, endLine: ${line}, endColumn: 8 }] }],
});
`;
    writeFileSync(join(project, "rule.test.mjs"), testFile(labelLine));
    const ok = spawnSync(process.execPath, ["--test", "rule.test.mjs"], { cwd: project, encoding: "utf8" });
    expect(ok.stdout).toMatch(/# pass 3\b/);
    expect(ok.status).toBe(0);
    writeFileSync(join(project, "rule.test.mjs"), testFile(labelLine + 1));
    const wrong = spawnSync(process.execPath, ["--test", "rule.test.mjs"], { cwd: project, encoding: "utf8" });
    expect(wrong.stdout).toMatch(/# fail 1\b/);
    expect(wrong.stdout).toMatch(/position of finding 1/);
    expect(wrong.status).toBe(1);
  });

  it("reports the missing row, with its rule id and position, and nothing on the report that has it", () => {
    const r = reportlint(["-f", "json", "reports"]);
    expect(r.stderr).toBe("");
    const results = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<Record<string, unknown>> }>;
    const byName = Object.fromEntries(results.map((x) => [x.filePath.replace(/^.*\//, ""), x.messages]));
    expect(byName["with-row.txt"]).toEqual([]);
    expect(byName["without-row.txt"]).toEqual([
      {
        ruleId: "example/other-documents-row",
        messageId: "missing",
        severity: 1,
        message: "表二第二十条第（一）项缺少本省要求的「其他主动公开文件」行，应加在「行政规范性文件」行之后",
        line: labelLine,
        column: 1,
        endLine: labelLine,
        endColumn: 8,
      },
    ]);
    expect(r.status).toBe(0); // a warning
  });

  it("worker threads load the plugin too: the same results as one thread", () => {
    const one = reportlint(["-f", "json", "reports"], project, { REPORTLINT_THREADS: "0" });
    const two = reportlint(["-f", "json", "reports"], project, { REPORTLINT_THREADS: "2" });
    expect(two.stderr).toBe("");
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
    expect(JSON.parse(two.stdout).flatMap((r: { messages: Array<{ ruleId: string }> }) => r.messages.map((m) => m.ruleId))).toEqual(["example/other-documents-row"]);
  });

  it("--rule raises the plugin's rule to an error; a directive in the report turns it off", () => {
    const raised = reportlint(["-f", "unix", "--rule", "example/other-documents-row: error", "reports/without-row.txt"]);
    expect(raised.stdout).toContain(`reports/without-row.txt:${labelLine}:1: 表二第二十条第（一）项缺少本省要求的「其他主动公开文件」行，应加在「行政规范性文件」行之后 [Error/example/other-documents-row]`);
    expect(raised.status).toBe(1);
    writeFileSync(join(project, "reports/disabled.txt"), `<!-- reportlint-disable example/other-documents-row -- 本单位不适用 -->\n${withoutRow}`);
    const disabled = reportlint(["-f", "json", "reports/disabled.txt"]);
    expect(JSON.parse(disabled.stdout)[0].messages).toEqual([]);
    rmSync(join(project, "reports/disabled.txt"));
  });

  it("--print-config shows the plugin and its rule; formatters link the rule to the page shipped in the plugin", () => {
    const printed = JSON.parse(reportlint(["--print-config", "reports/with-row.txt"]).stdout);
    expect(printed.plugins).toEqual({ example: "reportlint-plugin-example@0.1.0" });
    expect(printed.rules["example/other-documents-row"]).toEqual([1, { label: "其他主动公开文件" }]);
    expect(printed.rules["table-layout-variant"][1]).toMatchObject({ allowExtraRows: true });
    const sarif = JSON.parse(reportlint(["-f", "sarif", "reports/without-row.txt"]).stdout);
    const descriptor = sarif.runs[0].tool.driver.rules.find((d: { id: string }) => d.id === "example/other-documents-row");
    const page = fileURLToPath(descriptor.helpUri);
    expect(page).toBe(join(realpathSync(join(project, "node_modules/reportlint-plugin-example")), "docs/rules/other-documents-row.md"));
    expect(readFileSync(page, "utf8")).toMatch(/^# example\/other-documents-row/);
  });

  it("a custom formatter in the project gets the results and the plugin rule's meta", () => {
    writeFileSync(join(project, "count.mjs"), "export default (results, context) => results.map((r) => `${r.filePath.split('/').pop()} ${r.messages.map((m) => m.ruleId).join(',')} ${context.rulesMeta[r.messages[0]?.ruleId]?.docs.description ?? ''}`).join('\\n');\n");
    const r = reportlint(["-f", "./count.mjs", "reports"]);
    expect(r.stdout).toBe("with-row.txt  \nwithout-row.txt example/other-documents-row 表二第二十条第（一）项应有本省要求的「其他主动公开文件」行\n");
  });

  it("a plugin that is not installed: the config file and the package named, exit 2, no stack", () => {
    const elsewhere = join(work, "elsewhere");
    mkdirSync(elsewhere, { recursive: true });
    writeFileSync(join(elsewhere, ".reportlintrc.json"), JSON.stringify({ plugins: ["guangdong"] }));
    writeFileSync(join(elsewhere, "r.txt"), withRow);
    const r = reportlint(["r.txt"], elsewhere);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `reportlint: 配置错误（${join(elsewhere, ".reportlintrc.json")}）：\n  插件「guangdong」：从 ${elsewhere} 找不到软件包 reportlint-plugin-guangdong（是否已安装？npm install --save-dev reportlint-plugin-guangdong）\n`,
    );
    const en = reportlint(["--locale", "en", "r.txt"], elsewhere);
    expect(en.status).toBe(2);
    expect(en.stderr).toBe(
      `reportlint: Configuration error in ${join(elsewhere, ".reportlintrc.json")}:\n  plugin "guangdong": cannot find the package reportlint-plugin-guangdong from ${elsewhere} (is it installed? npm install --save-dev reportlint-plugin-guangdong)\n`,
    );
  });
});
