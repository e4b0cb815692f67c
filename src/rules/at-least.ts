/** at_least (以上/不低于/不少于): met when y ≥ T, T itself included (《民法典》第1259条); gap = T − y. */
import { judgeLevelTarget, notAssessable } from "./level-target.js";
import type { RuleInput, TargetJudgement } from "./rule-types.js";

/** Judge an at_least target. */
export function atLeast(input: RuleInput): TargetJudgement {
  const t = input.target.value;
  if (t === undefined) return notAssessable("no-target-value");
  return judgeLevelTarget(input, { op: "ge", threshold: t });
}
