// StrykerJS mutation testing of the pure core: `npm run mutation`.
// Globs name folders so files moving inside them stay mutated; tests come from vitest.mutation.config.ts.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts" },
  mutate: [
    "src/assess/**/*.ts",
    "src/rules/**/*.ts",
    "src/trend/**/*.ts",
    "src/ingest/parse-*.ts",
    "src/ingest/implausible-change.ts",
    "src/plan/semantic-checks.ts",
    // User-facing wording (message catalogues) is pinned by the catalogue tests, not here.
    "!src/**/*messages*.ts",
    "!src/**/index.ts",
  ],
  coverageAnalysis: "perTest",
  concurrency: 2,
  incremental: true,
  incrementalFile: "reports/mutation/stryker-incremental.json",
  reporters: ["clear-text", "html", "progress"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
  timeoutMS: 10000,
};
