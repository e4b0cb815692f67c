/**
 * The dependency rules of src/ (issue 14): no cycles, and every import points down the layers
 *   model ← util, i18n ← trend ← rules ← plan, ingest, store ← config ← assess ← report-model, excel ← reporters, html, xlsx, docx, charts, template ← cli
 * A folder may import from its own layer's folders only where a rule below allows it.
 */
const LAYERS = [
  ["model"],
  ["util", "i18n"],
  ["trend"],
  ["rules"],
  ["plan", "ingest", "store"],
  ["config"],
  ["assess"],
  ["report-model", "excel"],
  ["reporters", "html", "xlsx", "docx", "charts", "template"],
  ["cli"],
];
const rank = Object.fromEntries(LAYERS.flatMap((names, i) => names.map((n) => [n, i])));
const folder = (n) => `^src/${n}/`;
const above = (n) => LAYERS.slice(rank[n] + 1).flat();

module.exports = {
  forbidden: [
    { name: "no-circular", severity: "error", comment: "No import cycles anywhere in src/.", from: { path: "^src/" }, to: { circular: true } },
    ...Object.keys(rank).filter((n) => above(n).length > 0).map((n) => ({
      name: `${n}-imports-upwards`,
      severity: "error",
      comment: `src/${n} sits in layer ${rank[n]}; it may not import from the layers above it (${above(n).join(", ")}).`,
      from: { path: folder(n) },
      to: { path: `^src/(${above(n).join("|")})/` },
    })),
    { name: "util-i18n-apart", severity: "error", comment: "util and i18n import only model (and themselves).", from: { path: "^src/(util|i18n)/" }, to: { path: "^src/(?!model/|util/|i18n/)[^/]+/" } },
    { name: "plan-apart", severity: "error", comment: "The plan does not read submissions or the database.", from: { path: "^src/plan/" }, to: { path: "^src/(ingest|store)/" } },
    { name: "store-apart", severity: "error", comment: "The store is a port: it knows nothing of the plan loader or the readers.", from: { path: "^src/store/" }, to: { path: "^src/(plan|ingest)/" } },
    { name: "config-apart", severity: "error", comment: "The project config reads its own file: it checks names against the plan layer, rules and the readers' name matching, never the database, and only the CLI applies it.", from: { path: "^src/config/" }, to: { path: "^src/store/" } },
    { name: "config-for-cli", severity: "error", comment: "Only the CLI reads the project config: the core stays a library whose options are passed in.", from: { path: "^src/(?!config/|cli/)[^/]+/" }, to: { path: "^src/config/" } },
    { name: "outputs-apart", severity: "error", comment: "Each output renders the report model; none borrows from another.", from: { path: "^src/(html|xlsx|docx|reporters|template)/" }, to: { path: "^src/(html|xlsx|docx|reporters|template)/", pathNot: "^src/$1/" } },
    { name: "core-no-io", severity: "error", comment: "The core touches no file, clock or process.", from: { path: "^src/(model|trend|rules|assess)/" }, to: { dependencyTypes: ["core"], path: "^(fs|node:fs|child_process|node:child_process|net|node:net|os|node:os)$" } },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "^src/(index|version)\\.ts$" },
  },
};
