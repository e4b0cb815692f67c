/** Small numbers: the status of a target judged on the interval of an unstable value instead of the value itself. */
import type { Basis, Point, TargetResult } from "../model/report.js";
import type { TargetJudgement } from "../rules/rule-types.js";
import { num } from "../util/format-number.js";
import { intervalVerdict } from "./small-numbers.js";

type Ci = NonNullable<Basis["ci"]>;
const shown = (ci: Ci): string => `[${num(ci.low, 2)}, ${num(ci.high, 2)}]`;

/**
 * A level target is met (missed) only when the whole interval meets (misses) it; a target inside the interval is
 * indeterminate (统计上无法判定). A direction target is indeterminate while the intervals of its first and
 * latest judged values overlap: the data cannot tell a rise from a fall.
 */
export function judgeOnInterval(r: TargetResult, j: TargetJudgement, ci: Ci, bases: ReadonlyMap<number, Basis>, points: readonly Point[]): void {
  const steps = r.steps ?? (r.steps = []);
  if (j.level) {
    const verdict = intervalVerdict(ci, j.level.op, j.level.threshold, j.level.tolerance);
    steps.push({ label: "small-numbers-interval", formula: `${ci.method} ${num(ci.level * 100)}% ${shown(ci)} ${j.level.op === "le" ? "≤" : j.level.op === "ge" ? "≥" : "≈"} ${num(j.level.threshold)}`, value: verdict });
    setStatus(r, verdict);
    return;
  }
  if (r.kind !== "increase" && r.kind !== "decrease") return;
  const firstCi = points[0] ? bases.get(points[0].year)?.ci : undefined;
  if (!firstCi) return setStatus(r, "indeterminate");
  const apart = firstCi.high < ci.low || ci.high < firstCi.low;
  steps.push({ label: "small-numbers-overlap", formula: `${shown(firstCi)} ∩ ${shown(ci)}`, value: apart ? "apart" : "overlap" });
  if (!apart) setStatus(r, "indeterminate");
}

function setStatus(r: TargetResult, verdict: "met" | "not_met" | "indeterminate"): void {
  r.status = verdict;
  if (verdict === "indeterminate") r.reason = "small-numbers";
  else delete r.reason;
}
