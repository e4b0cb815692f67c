/** decrease (缩小/减少/降低/减缓): the trend must fall clearly; see direction.ts. */
import { direction } from "./direction.js";
import type { RuleInput, TargetJudgement } from "./rule-types.js";

/** Judge a decrease target. */
export function decrease(input: RuleInput): TargetJudgement {
  return direction({ ...input, target: { ...input.target, kind: "decrease" } });
}
