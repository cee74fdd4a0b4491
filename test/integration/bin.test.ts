// The command as a clone and an install see it: bin/reportlint.js is committed executable (npm
// links it as the `reportlint` command; a tarball made from a clone keeps the mode), and
// `npx reportlint` runs it from a clone.
import { describe, it, expect } from "vitest";
import { skipTitle } from "../support/skip.js";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(__dirname, "../..");
const inGit = existsSync(join(root, ".git"));

describe("the reportlint command", () => {
  it.skipIf(!inGit)(skipTitle(inGit, "bin/reportlint.js is committed with its executable bit (mode 100755)", "not a git checkout"), () => {
    const r = spawnSync("git", ["ls-files", "-s", "bin/reportlint.js"], { cwd: root, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^100755 [0-9a-f]{40} 0\tbin\/reportlint\.js\n$/);
  });

  it("npx reportlint runs the clone's command", { timeout: 60_000 }, () => {
    const r = spawnSync("npx", ["--no-install", "reportlint", "--version"], { cwd: root, encoding: "utf8", env: { ...process.env, npm_config_update_notifier: "false" } });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
