// The CI formatters through the built CLI (bin/reportlint.js → dist/cli.cjs) on the example
// reports: SARIF validated against the SARIF 2.1.0 schema, the others checked for shape.
import { describe, it, expect, beforeAll } from "vitest";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { sarifValidator } from "../fixtures/ci-results.js";

const root = resolve(__dirname, "../..");
const bin = join(root, "bin/reportlint.js");
const examples = "fixtures/examples";
const validate = sarifValidator();

beforeAll(() => {
  // CI builds before testing; a developer running one test file may not have.
  if (!existsSync(join(root, "dist/cli.cjs"))) {
    const b = spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: root, encoding: "utf8" });
    if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
  }
});

function run(args: string[], cwd = root) {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", env });
  if (/unknown format/.test(r.stderr)) throw new Error(`dist/ is older than src/: run \`npm run build\` (${r.stderr.trim()})`);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

describe("-f sarif", () => {
  it("the example reports: a valid SARIF 2.1.0 log with the findings, exit 1", () => {
    const r = run(["-f", "sarif", examples]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(validate(log)).toEqual([]);
    const run0 = log.runs[0];
    expect(run0.tool.driver.name).toBe("reportlint");
    if (run0.tool.driver.version !== undefined) expect(run0.tool.driver.version).toBe(run(["--version"]).stdout.trim());
    expect(run0.columnKind).toBe("utf16CodeUnits");
    expect(run0.results.length).toBeGreaterThan(0);
    const ids = run0.tool.driver.rules.map((rule: Json) => rule.id);
    for (const result of run0.results) {
      expect(ids[result.ruleIndex]).toBe(result.ruleId);
      expect(["error", "warning"]).toContain(result.level);
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      expect(artifactLocation).toEqual({ uri: "fixtures/examples/donghu-street-2021.txt", uriBaseId: "%SRCROOT%" });
      expect(region.startLine).toBeGreaterThanOrEqual(1);
    }
    for (const rule of run0.tool.driver.rules) expect(rule.helpUri).toMatch(/\/docs\/rules\/[a-z-]+\.md$/);
    expect(run0.invocations[0].executionSuccessful).toBe(true);
  });

  it("a path with Chinese characters and spaces, and a missing file (exit 2), still validate", () => {
    const dir = mkdtempSync(join(tmpdir(), "reportlint-ci-"));
    mkdirSync(join(dir, "年度 报告"));
    copyFileSync(join(root, examples, "donghu-street-2021.txt"), join(dir, "年度 报告", "东湖 街道 2021.txt"));
    const r = run(["-f", "sarif", "年度 报告", "没有 这个.txt"], dir);
    expect(r.code).toBe(2);
    const log = JSON.parse(r.stdout);
    expect(validate(log)).toEqual([]);
    const uris = new Set(log.runs[0].results.map((x: Json) => x.locations[0].physicalLocation.artifactLocation.uri));
    expect([...uris]).toEqual(["%E5%B9%B4%E5%BA%A6%20%E6%8A%A5%E5%91%8A/%E4%B8%9C%E6%B9%96%20%E8%A1%97%E9%81%93%202021.txt"]);
    const invocation = log.runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toHaveLength(1);
    expect(invocation.toolExecutionNotifications[0].level).toBe("error");
  });

  it("-o writes the same log to a file", () => {
    const out = join(mkdtempSync(join(tmpdir(), "reportlint-ci-")), "reportlint.sarif");
    const r = run(["-f", "sarif", "-o", out, examples]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(validate(JSON.parse(readFileSync(out, "utf8")))).toEqual([]);
  });
});

describe("the other CI formats on the example reports", () => {
  it("github: one ::error / ::warning command per finding", () => {
    const r = run(["-f", "github", examples]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatch(/^::(error|warning) file=fixtures\/examples\/donghu-street-2021\.txt,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::\S/);
    }
  });

  it("junit, checkstyle: XML with one suite / file per report", () => {
    const j = run(["-f", "junit", examples]);
    expect(j.code).toBe(1);
    expect(j.stdout.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<testsuites ')).toBe(true);
    expect(j.stdout.match(/<testsuite /g)).toHaveLength(2);
    expect(j.stdout).toContain('<testcase name="reportlint" classname="fixtures/examples/qinghe-town-2022.txt" time="0" />');
    const c = run(["-f", "checkstyle", examples]);
    expect(c.code).toBe(1);
    expect(c.stdout).toContain('<checkstyle version="4.3">');
    expect(c.stdout.match(/<file /g)).toHaveLength(2);
    expect(c.stdout).toMatch(/<error line="\d+" column="\d+" severity="(error|warning)" message="[^"]+" source="reportlint\.rules\.[a-z-]+" \/>/);
  });

  it("gitlab: a JSON array of Code Quality issues with sha-256 fingerprints", () => {
    const r = run(["-f", "gitlab", examples]);
    expect(r.code).toBe(1);
    const issues = JSON.parse(r.stdout);
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(issue.fingerprint).toMatch(/^[0-9a-f]{64}$/);
      expect(["major", "minor"]).toContain(issue.severity);
      expect(issue.location.path).toBe("fixtures/examples/donghu-street-2021.txt");
    }
    expect(new Set(issues.map((i: Json) => i.fingerprint)).size).toBe(issues.length);
  });
});
