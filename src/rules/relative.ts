/** relative (在 B 年基础上提高 p%): threshold = (1 + p/100) × y_B, judged like at_least (at_most for a negative p). */
import { paren } from "../util/format-number.js";
import { judgeLevelTarget, notAssessable } from "./level-target.js";
import type { RuleInput, TargetJudgement } from "./rule-types.js";

/** Judge a relative target; not assessable (reason no-baseline-year) when the series has no value in the baseline year. */
export function relative(input: RuleInput): TargetJudgement {
  const { baseline_year: by, pct: p } = input.target;
  if (by === undefined || p === undefined) return notAssessable("no-target-value");
  const base = input.series.find((pt) => pt.year === by);
  if (!base) return notAssessable("no-baseline-year", [{ label: "baseline-year-missing", formula: `y(${by})`, value: null }]);
  const threshold = (1 + p / 100) * base.value;
  return judgeLevelTarget(input, { op: p >= 0 ? "ge" : "le", threshold }, [
    { label: "baseline-year-value", formula: `y(${by})`, value: base.value },
    { label: "relative-threshold", formula: `(1 + ${paren(p)}/100) × ${paren(base.value)}`, value: threshold },
  ]);
}
