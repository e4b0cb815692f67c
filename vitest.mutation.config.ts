// Vitest config for mutation runs (npm run mutation): only the fast, in-memory unit tests of the
// mutated core — no CLI scenarios, workbooks, databases or spawned processes.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "test/assess/**/*.test.ts",
      "test/rules/**/*.test.ts",
      "test/trend/**/*.test.ts",
      "test/ingest/parse-*.test.ts",
      "test/ingest/resolve.test.ts",
      "test/plan/semantic-checks.test.ts",
    ],
    testTimeout: 30000,
    pool: "threads",
  },
});
