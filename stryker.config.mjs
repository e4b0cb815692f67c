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
    "src/util/format-number.ts",
    "src/ingest/parse-*.ts",
    "src/ingest/implausible-change.ts",
    "src/plan/semantic-checks.ts",
    // User-facing wording (message catalogues) is pinned by the catalogue tests, not here.
    "!src/**/*messages*.ts",
    "!src/**/index.ts",
  ],
  // String literals are step labels and wording, pinned by the explain and reporter tests; static
  // mutants (module-level constants) would rerun every test. Both kept out so a run fits this machine.
  mutator: { excludedMutations: ["StringLiteral"] },
  ignoreStatic: true,
  coverageAnalysis: "perTest",
  concurrency: 2,
  incremental: true,
  incrementalFile: "reports/mutation/stryker-incremental.json",
  // Every killing test is recorded (not only the first), so the report shows which tests pin each mutant.
  disableBail: true,
  reporters: ["clear-text", "html", "json", "progress"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  htmlReporter: { fileName: "reports/mutation/index.html" },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
  timeoutMS: 10000,
};
