#!/usr/bin/env node
// Thin launcher: the CLI is bundled into dist/ by `npm run build`.
import("../dist/cli.js").catch((err) => {
  if (err && err.code === "ERR_MODULE_NOT_FOUND" && String(err.message).includes("dist/cli.js")) {
    process.stderr.write("reportlint: the CLI is not built yet; run `npm run build` first\n");
  } else {
    process.stderr.write(`reportlint: ${err && err.message ? err.message : err}\n`);
  }
  process.exitCode = 2;
});
