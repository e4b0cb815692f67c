/** increase (逐步提高/增长/延长): the trend must rise clearly; see direction.ts. */
import { direction } from "./direction.js";
import type { RuleInput, TargetJudgement } from "./rule-types.js";

/** Judge an increase target. */
export function increase(input: RuleInput): TargetJudgement {
  return direction({ ...input, target: { ...input.target, kind: "increase" } });
}
