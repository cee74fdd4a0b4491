#!/usr/bin/env node
// Thin launcher: the CLI is bundled into dist/ by `npm run build`.
import module from "node:module";

// Node ≥ 22.1 keeps V8's compiled code of the bundle on disk, so later runs skip compiling it (about
// a fifth of a cold run). Older Node has no such cache; this line then does nothing.
module.enableCompileCache?.();
import("../dist/cli.js").catch((err) => {
  if (err && err.code === "ERR_MODULE_NOT_FOUND" && String(err.message).includes("dist/cli.js")) {
    process.stderr.write("reportlint: the CLI is not built yet; run `npm run build` first\n");
  } else {
    process.stderr.write(`reportlint: ${err && err.message ? err.message : err}\n`);
  }
  process.exitCode = 2;
});
