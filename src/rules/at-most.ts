/** at_most (以下/控制在…以下): met when y ≤ T, T itself included (《民法典》第1259条); gap = y − T. */
import { judgeLevelTarget, notAssessable } from "./level-target.js";
import type { RuleInput, TargetJudgement } from "./rule-types.js";

/** Judge an at_most target. */
export function atMost(input: RuleInput): TargetJudgement {
  const t = input.target.value;
  if (t === undefined) return notAssessable("no-target-value");
  return judgeLevelTarget(input, { op: "le", threshold: t });
}
