// Every test sees every front-end, as users of the library do.
import "../../src/frontends/all.js";
import { tmpdir } from "node:os";
import { join } from "node:path";

// The built CLI keeps compiled code in the user's cache folder (bin/reportlint.js); the CLI tests'
// runs keep theirs in one temporary folder instead, shared by the test files running in parallel.
process.env.REPORTLINT_COMPILE_CACHE ??= join(tmpdir(), "reportlint-test-compile-cache");
