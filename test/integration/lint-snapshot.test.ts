// The identical-output guard (issue 21): every report we have — ../shared seeds and corpus, the
// fixtures, 200 generated reports — linted now must give exactly the findings (and the same model)
// recorded in test/snapshots/lint-output.json. Work on speed must pass it unchanged. When a rule's
// behaviour changes on purpose, re-record: `npm run build && node scripts/lint-snapshot.mjs --record`,
// and say so in the commit message.
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import * as lib from "../../src/index.js";
// @ts-expect-error: a plain ES module script without type declarations
import { computeSnapshot, diffSnapshots, SNAPSHOT_PATH } from "../../scripts/lint-snapshot.mjs";

describe("lint output on every report we have", () => {
  it("is identical to the recorded snapshot", async () => {
    const expected = JSON.parse(readFileSync(SNAPSHOT_PATH, "utf8"));
    const actual = await computeSnapshot(lib);
    const diff: string[] = diffSnapshots(expected, actual);
    if (diff.length) console.log(`${diff.length} differences from ${SNAPSHOT_PATH}:\n${diff.slice(0, 200).join("\n")}`);
    expect(diff).toEqual([]);
    // The guard guards something: the snapshot holds the shared reports, the fixtures and the generated ones.
    expect(Object.keys(actual).filter((k) => k.startsWith("shared/seeds/")).length).toBe(5);
    expect(Object.keys(actual).filter((k) => k.startsWith("generated/")).length).toBe(200);
  }, 120_000);
});
