import { describe, it, expect } from "vitest";
import { sarif, artifactLocation } from "../../src/formatters/sarif.js";
import { getFormatter } from "../../src/formatters/index.js";
import { CWD, MISSING, TRICKY, UNREADABLE, ciContext, ciResults, rulesMeta, sarifValidator } from "../fixtures/ci-results.js";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { installedDocsBase, linkedRulesMeta } from "../../src/cli/docs-links.js";
import { defaultRegistry } from "../../src/core/linter.js";

const root = resolve(__dirname, "../..");
import type { LintResult } from "../../src/core/types.js";

type Json = any;
const validate = sarifValidator();

function log(results: LintResult[] = ciResults(), overrides = {}): Json {
  return JSON.parse(sarif(results, ciContext(overrides)));
}

describe("sarif formatter", () => {
  it("is registered as -f sarif", () => {
    expect(getFormatter("sarif")).toBe(sarif);
  });

  it("produces a log that validates against the SARIF 2.1.0 schema", () => {
    expect(validate(log())).toEqual([]);
    expect(validate(log([]))).toEqual([]);
    expect(validate(log(ciResults(), { version: undefined, locale: "en" }))).toEqual([]);
  });

  it("the validator does reject broken logs", () => {
    const broken = log();
    broken.runs[0].results[0].level = "fatal";
    delete broken.runs[0].tool.driver.name;
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    const errors = validate(broken);
    expect(errors.join("\n")).toMatch(/level/);
    expect(errors.join("\n")).toMatch(/name/);
    expect(errors.join("\n")).toMatch(/startLine/);
    expect(validate({ version: "2.0.0", runs: [] }).length).toBeGreaterThan(0);
    // The uri must be a URI reference: a raw space is not allowed, which is why paths are encoded.
    const raw = log();
    raw.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = "年度 报告/a.md";
    expect(validate(raw).join("\n")).toMatch(/uri-reference/);
  });

  it("describes the tool, one run, UTF-16 columns and %SRCROOT%", () => {
    const l = log();
    expect(l.version).toBe("2.1.0");
    expect(l.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(l.runs).toHaveLength(1);
    const run = l.runs[0];
    expect(run.columnKind).toBe("utf16CodeUnits");
    expect(run.originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: "file:///work/proj/" } });
    expect(run.tool.driver).toMatchObject({ name: "reportlint", version: "9.8.7" });
    // No home page is made up: informationUri only when the rule pages are published (settings.docsBaseUrl).
    expect(run.tool.driver).not.toHaveProperty("informationUri");
    const published = log(ciResults(), { rulesMeta: linkedRulesMeta(defaultRegistry, "https://docs.example.gov.cn/reportlint/rules") }).runs[0].tool.driver;
    expect(published.informationUri).toBe("https://docs.example.gov.cn/reportlint/rules/");
    expect(log(ciResults(), { version: undefined }).runs[0].tool.driver).not.toHaveProperty("version");
  });

  it("lists the rules that appear, in order of first appearance, with docs and default level", () => {
    const driver = log().runs[0].tool.driver;
    expect(driver.rules.map((r: Json) => r.id)).toEqual(["required-sections", "duplicate-phrase", "report-title"]);
    const meta = rulesMeta()["duplicate-phrase"]!;
    // A bare path inside the package (meta as the rules declare it) is no URI: no helpUri.
    expect(driver.rules[1]).not.toHaveProperty("helpUri");
    const linked = log(ciResults(), { rulesMeta: linkedRulesMeta(defaultRegistry, installedDocsBase()) }).runs[0].tool.driver;
    expect(linked.rules[1]).toEqual({
      id: "duplicate-phrase",
      name: "DuplicatePhrase",
      shortDescription: { text: meta.docs.description },
      fullDescription: { text: `${meta.docs.description}\n${meta.docs.descriptionEn}` },
      helpUri: pathToFileURL(join(root, "docs/rules/duplicate-phrase.md")).href,
      defaultConfiguration: { level: "warning" },
      properties: { tags: ["reportlint", meta.type] },
    });
    expect(driver.rules[0].defaultConfiguration).toEqual({ level: "error" });
    expect(existsSync(fileURLToPath(linked.rules[0].helpUri))).toBe(true);
    const en = log(ciResults(), { locale: "en" }).runs[0].tool.driver.rules[1];
    expect(en.shortDescription.text).toBe(meta.docs.descriptionEn);
    expect(en.fullDescription.text).toBe(`${meta.docs.descriptionEn}\n${meta.docs.description}`);
  });

  it("a rule missing from rulesMeta still gets a descriptor", () => {
    const l = log(ciResults(), { rulesMeta: {} });
    expect(l.runs[0].tool.driver.rules[0]).toEqual({ id: "required-sections", name: "RequiredSections" });
    expect(validate(l)).toEqual([]);
  });

  it("gives each result ruleId, ruleIndex, level, text and a percent-encoded relative location", () => {
    const results = log().runs[0].results;
    expect(results).toHaveLength(3);
    expect(results[0]).toEqual({
      ruleId: "required-sections",
      ruleIndex: 0,
      level: "error",
      message: { text: MISSING },
      locations: [{
        physicalLocation: {
          artifactLocation: {
            uri: "%E5%B9%B4%E5%BA%A6%20%E6%8A%A5%E5%91%8A/2023%E5%B9%B4%20%E6%94%BF%E5%BA%9C%E4%BF%A1%E6%81%AF%E5%85%AC%E5%BC%80.md",
            uriBaseId: "%SRCROOT%",
          },
          region: { startLine: 12, startColumn: 1, endLine: 12, endColumn: 9 },
        },
      }],
    });
    expect(decodeURI(results[0].locations[0].physicalLocation.artifactLocation.uri)).toBe("年度 报告/2023年 政府信息公开.md");
    expect(results[1]).toMatchObject({ ruleId: "duplicate-phrase", ruleIndex: 1, level: "warning", message: { text: TRICKY } });
    // A file outside cwd: an absolute file: URI, no uriBaseId; a region over two lines.
    expect(results[2].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "file:///srv/%E5%A4%96%E9%83%A8/%E6%8A%A5%E5%91%8A.md" },
      region: { startLine: 1, startColumn: 3, endLine: 2, endColumn: 1 },
    });
  });

  it("reports fatal problems as tool execution notifications and marks the run unsuccessful", () => {
    const invocation = log().runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toEqual([{
      level: "error",
      message: { text: UNREADABLE },
      locations: [{
        physicalLocation: {
          artifactLocation: { uri: "%E5%9D%8F%20%E6%96%87%E4%BB%B6.txt", uriBaseId: "%SRCROOT%" },
          region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
        },
      }],
    }]);
    const clean = log(ciResults().filter((r) => r.fatalErrorCount === 0)).runs[0].invocations[0];
    expect(clean).toEqual({ executionSuccessful: true });
  });

  it("drops positions SARIF cannot hold (line 0, end before start)", () => {
    const results = ciResults().slice(2, 3);
    results[0]!.messages[0] = { ...results[0]!.messages[0]!, line: 0, column: 0, endLine: 0, endColumn: 0 };
    const l = log(results);
    expect(l.runs[0].invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation).not.toHaveProperty("region");
    const backwards = ciResults().slice(0, 1);
    backwards[0]!.messages = [{ ...backwards[0]!.messages[0]!, line: 5, column: 9, endLine: 5, endColumn: 2 }];
    const b = log(backwards);
    expect(b.runs[0].results[0].locations[0].physicalLocation.region).toEqual({ startLine: 5, startColumn: 9, endLine: 5 });
    expect(validate(l)).toEqual([]);
    expect(validate(b)).toEqual([]);
  });

  it("encodes URI-special characters in file names", () => {
    expect(artifactLocation(`${CWD}/a#b?c%d:e.md`, CWD)).toEqual({ uri: "a%23b%3Fc%25d%3Ae.md", uriBaseId: "%SRCROOT%" });
    expect(artifactLocation("<stdin>", CWD)).toEqual({ uri: "%3Cstdin%3E", uriBaseId: "%SRCROOT%" });
    expect(artifactLocation("/elsewhere/a b#.md", CWD)).toEqual({ uri: "file:///elsewhere/a%20b%23.md" });
  });
});
