// Vitest config for mutation runs (npm run mutation): only the fast, in-memory unit tests of the
// mutated core — no CLI scenarios, workbooks, databases, spawned processes, and none that load the
// bundled plan (parsing it costs seconds per mutant on a shared machine; their cases are unit-tested).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "test/assess/**/*.test.ts",
      "test/rules/**/*.test.ts",
      "test/trend/**/*.test.ts",
      "test/ingest/parse-*.test.ts",
      "test/plan/semantic-checks.test.ts",
    ],
    exclude: ["test/assess/real-plan.test.ts", "test/rules/direction-bound.test.ts"],
    testTimeout: 30000,
    pool: "threads",
    // Stryker switches mutants at run time, so the core need not be re-imported for every mutant.
    isolate: false,
  },
});
