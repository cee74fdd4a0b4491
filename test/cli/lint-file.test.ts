// readAndLint, the per-file step of the CLI (main thread and workers alike).
import { describe, it, expect } from "vitest";
import { join, resolve } from "node:path";
import { parseArgs, type CliOptions } from "../../src/cli/args.js";
import { createLoader, readAndLint } from "../../src/cli/lint-file.js";

const root = resolve(__dirname, "../..");

async function options(): Promise<CliOptions> {
  const parsed = await parseArgs(["--no-config-lookup", "x.txt"], "0.0.0");
  if ("exit" in parsed) throw new Error("unexpected exit");
  return parsed;
}

describe("readAndLint", () => {
  // A run over thousands of reports keeps every result until the formatter runs: a clean report's
  // text is not kept with it (as in ESLint), a report with problems keeps it for the excerpts.
  it("keeps the source of a report with problems only", async () => {
    const opts = await options();
    const loader = createLoader(opts, root);
    const clean = await readAndLint(join(root, "fixtures/examples/qinghe-town-2022.txt"), opts, loader);
    expect(clean.messages).toEqual([]);
    expect(clean.source).toBeUndefined();
    const defective = await readAndLint(join(root, "fixtures/examples/donghu-street-2021.txt"), opts, loader);
    expect(defective.messages.length).toBeGreaterThan(0);
    expect(defective.source).toContain("东湖街道");
  });
});
