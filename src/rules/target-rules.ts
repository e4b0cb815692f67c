/** The rule of each target kind. */
import type { TargetKind } from "../model/plan.js";
import { atLeast } from "./at-least.js";
import { atMost } from "./at-most.js";
import { around } from "./around.js";
import { compare } from "./compare.js";
import { decrease } from "./decrease.js";
import { increase } from "./increase.js";
import { relative } from "./relative.js";
import type { RuleInput, TargetJudgement } from "./rule-types.js";

/** Target kind → the function that judges it. */
export const TARGET_RULES: Record<TargetKind, (input: RuleInput) => TargetJudgement> = {
  at_most: atMost,
  at_least: atLeast,
  around,
  increase,
  decrease,
  relative,
  compare,
};
