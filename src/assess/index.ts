/** The assessment core: assess(plan, observations, options) → Report, its defaults, and explainResult. */
export { assess } from "./assess.js";
export type { AssessOptions } from "./assess-options.js";
export { DEFAULT_THRESHOLDS, resolveThresholds, thresholdProblems, type Thresholds, type ThresholdProblem } from "../rules/thresholds.js";
export { METHOD_IDS, METHODS } from "./methods/run-method.js";
export type { ProgressBasis, MethodOutcome } from "./methods/method-types.js";
export { explainResult } from "./explain.js";
export { assessMessages, type AssessMessageKey } from "./messages.js";
export { explainMessages } from "./explain-messages.js";
export { currentMilestone } from "./current-milestone.js";
