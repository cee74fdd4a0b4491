// The command line: `reportlint <files…>` skips the option parser; its options must be the ones the
// parser gives for the same files.
import { describe, it, expect } from "vitest";
import { parseArgs } from "../../src/cli/args.js";

describe("parseArgs", () => {
  it("gives file names alone the same options as the parser does", async () => {
    const files = ["报告.txt", "reports/", "*.md"];
    const plain = await parseArgs(files, "0.0.0");
    // An option set to its default sends the same files through yargs-parser.
    const parsed = await parseArgs(["--format", "stylish", ...files], "0.0.0");
    expect(plain).toEqual(parsed);
    expect(plain).toMatchObject({ patterns: files, format: "stylish", configLookup: true, ignore: true, inlineConfig: true, rule: [], ignorePattern: [] });
  });

  it("keeps file names that look like numbers as written", async () => {
    expect(await parseArgs(["010", "1e3"], "0.0.0")).toMatchObject({ patterns: ["010", "1e3"] });
    expect(await parseArgs(["-f", "json", "010", "1e3"], "0.0.0")).toMatchObject({ patterns: ["010", "1e3"], format: "json" });
  });

  it("still parses anything that starts with a dash", async () => {
    expect(await parseArgs(["--no-ignore", "a.txt"], "0.0.0")).toMatchObject({ patterns: ["a.txt"], ignore: false });
    await expect(parseArgs(["a.txt", "--bogus"], "0.0.0")).rejects.toThrow(/unknown option/);
  });
});
