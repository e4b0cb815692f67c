/**
 * around (左右): met when |y − T| ≤ τ, τ the plan's band or by default 3% of T (methodology "Target kinds"); gap = |y − T| − τ.
 * A one-sided band (`side: lower`: exceeding is fine, e.g. a women's share "达到40%左右") is met when y ≥ T − τ
 * (gap = T − τ − y); `side: upper` when y ≤ T + τ.
 */
import { num, pct } from "../util/format-number.js";
import type { Step } from "../model/report.js";
import { judgeLevelTarget, notAssessable } from "./level-target.js";
import type { RuleInput, TargetJudgement } from "./rule-types.js";

/** Judge an around target. */
export function around(input: RuleInput): TargetJudgement {
  const t = input.target.value;
  if (t === undefined) return notAssessable("no-target-value");
  const given = input.target.tolerance;
  const share = input.thresholds.around_tolerance;
  const tol = given ?? share * Math.abs(t);
  const step: Step = given !== undefined
    ? { label: "tolerance-plan", formula: `τ = ${num(given)}`, value: given }
    : { label: "tolerance-default", formula: `τ = ${pct(share)} × ${num(Math.abs(t))}`, value: tol };
  const side = input.target.side ?? "both";
  if (side === "lower") return judgeLevelTarget(input, { op: "ge", threshold: t - tol, tolerance: tol }, [step, { label: "band-lower", formula: `T − τ = ${num(t)} − ${num(tol)}`, value: t - tol }]);
  if (side === "upper") return judgeLevelTarget(input, { op: "le", threshold: t + tol, tolerance: tol }, [step, { label: "band-upper", formula: `T + τ = ${num(t)} + ${num(tol)}`, value: t + tol }]);
  return judgeLevelTarget(input, { op: "band", threshold: t, tolerance: tol }, [step]);
}
