/** hld-women as a library: load a plan, read submissions, assess them, render reports. */
export * from "./model/index.js";
export { loadPlan } from "./plan/load-plan.js";
export { parsePlan } from "./plan/parse-plan.js";
export { diffPlans, type PlanChange } from "./plan/plan-diff.js";
export { describeTarget } from "./plan/describe-target.js";
export { planToJson } from "./plan/plan-json.js";
export { listBundledPlans, findBundledPlan } from "./plan/bundled-plans.js";
export { readObservations, validateFiles, type IngestOptions, type IngestResult } from "./ingest/index.js";
export { assess, explainResult, DEFAULT_THRESHOLDS, type AssessOptions, type Thresholds } from "./assess/index.js";
export { checkReporters, CHECK_FORMATS } from "./reporters/assessment/index.js";
export { diagnosticsReporters, DIAGNOSTIC_FORMATS } from "./reporters/diagnostics/index.js";
export { run } from "./cli/run.js";
export type { Lang } from "./i18n/lang.js";
