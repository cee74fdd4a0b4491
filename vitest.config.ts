import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // CLI tests spawn the built binary; give them room on a 2-core machine.
    testTimeout: 30000,
    // beforeAll hooks that lint whole corpora (test/eval) take ~15 s on a loaded 2-core machine.
    hookTimeout: 60000,
    pool: "forks",
    setupFiles: ["test/support/setup.ts"],
  },
});
