// Every test sees every front-end, as users of the library do.
import "../../src/frontends/all.js";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

// The built CLI keeps compiled code in the user's cache folder (bin/reportlint.js); the CLI runs of
// a test file keep theirs in a fresh folder of its own (a fixed path in /tmp could be made first by
// another user, and the launcher would rightly refuse it).
if (!process.env.REPORTLINT_COMPILE_CACHE) {
  const folder = mkdtempSync(join(tmpdir(), "reportlint-test-cc-"));
  process.env.REPORTLINT_COMPILE_CACHE = folder;
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
}
