/**
 * increase / decrease (逐步提高 / 缩小), methodology "Direction-only targets": judged on the movement between the
 * base year and the latest year, as Eurostat does — compound growth where both ends are positive, else the
 * end-point change on the level, or the indicator's own clear-movement threshold in its unit. Met when the
 * movement the right way is clear (≥ 1%/yr by default), nearly met for a slighter move. A robust (Theil–Sen)
 * slope only corroborates: when it points the other way the verdict is nearly met, and its median of ties (0
 * for 12.5, 12.5, 12.5, 12.5, 25) never erases a change the end points show. A last annual change the wrong way
 * also turns met into nearly met.
 */
import type { Indicator } from "../model/plan.js";
import type { Point, Step } from "../model/report.js";
import { annualChanges, atPrecision, cagr, linearChange, theilSenSlope } from "../trend/index.js";
import { num, paren, pct } from "../util/format-number.js";
import { notAssessable } from "./level-target.js";
import type { RuleInput, TargetJudgement } from "./rule-types.js";
import type { Thresholds } from "./thresholds.js";

/** How the movement is measured: compound growth, end-point change on the level, or units a year (the plan's own threshold). */
export type MovementForm = "compound" | "linear" | "absolute";

/** The movement of a series between its base and latest points, and the clear-movement threshold it is compared with. */
export interface Movement {
  form: MovementForm;
  /** End-point change in units a year. */
  slope: number;
  /** Movement a year in the form's measure (a share of the level, or units); compared with `clear`. */
  rate: number;
  /** Clear movement in the same measure. */
  clear: number;
  /** Theil–Sen slope (units a year) with enough points, for corroboration only. */
  robust: number | null;
  steps: Step[];
}

/** The movement a direction verdict rests on; null with fewer than `min_points_trend` points. */
export function movement(points: readonly Point[], indicator: Pick<Indicator, "clear_movement">, th: Thresholds): Movement | null {
  if (points.length < Math.max(2, th.min_points_trend)) return null;
  const first = points[0] as Point, last = points[points.length - 1] as Point;
  const years = last.year - first.year;
  const slope = linearChange(first, last);
  if (slope === null) return null;
  const robust = points.length >= th.min_points_robust ? theilSenSlope(points, th.min_points_robust) : null;
  const slopeStep: Step = { label: "slope-end-point", formula: `(${num(last.value)} − ${paren(first.value)}) / (${last.year} − ${first.year})`, value: slope };
  const steps: Step[] = [slopeStep];
  if (robust !== null) steps.push({ label: "slope-theil-sen", formula: `median((y_j − y_i)/(t_j − t_i)), n = ${points.length}`, value: robust });
  if (indicator.clear_movement !== undefined) {
    return { form: "absolute", slope, rate: slope, clear: indicator.clear_movement, robust, steps };
  }
  if (first.value > 0 && last.value > 0) {
    const rate = cagr(first.value, last.value, years) as number;
    steps.push({ label: "cagr-actual", formula: `(${num(last.value)} / ${num(first.value)})^(1/${years}) − 1`, value: rate });
    return { form: "compound", slope, rate, clear: th.clear_movement, robust, steps };
  }
  // A zero or negative end gives no compound growth: the change is taken on the series' mean level.
  const reference = Math.abs(first.value) > 0 ? Math.abs(first.value) : points.reduce((s, p) => s + Math.abs(p.value), 0) / points.length;
  const rate = reference > 0 ? slope / reference : 0;
  steps.push({ label: "growth-rate", formula: `${num(slope)} / ${num(reference)}`, value: rate });
  return { form: "linear", slope, rate, clear: th.clear_movement, robust, steps };
}

/** The movement as shown to a person: a percentage a year, or units a year. */
export function shownRate(m: Movement, value: number): string {
  return m.form === "absolute" ? num(value) : pct(value);
}

// A share already at 100% (or a rate at 0) cannot rise (fall) further: holding the bound is meeting the target.
function boundReached(input: RuleInput): TargetJudgement | null {
  const last = input.series[input.series.length - 1];
  const { min, max } = input.indicator.bounds ?? {};
  const bound = input.target.kind === "increase" ? max : min;
  if (!last || bound === undefined) return null;
  const reached = input.target.kind === "increase" ? last.value >= bound : last.value <= bound;
  if (!reached) return null;
  return { status: "met", reason: "at-bound", score: null, evaluated: last, steps: [{ label: "rule-direction-at-bound", formula: `${num(last.value)} ${input.target.kind === "increase" ? "≥" : "≤"} ${num(bound)}`, value: "met" }] };
}

/** Judge an increase or decrease target on the trend points (baseline first). */
export function direction(input: RuleInput): TargetJudgement {
  const th = input.thresholds;
  const atBound = boundReached(input);
  if (atBound) return atBound;
  const m = movement(input.trendPoints, input.indicator, th);
  if (!m) return notAssessable("insufficient-data");
  const d = input.target.kind === "decrease" ? -1 : 1;
  const score = d * m.rate;
  const steps = [...m.steps];
  const evaluated = input.series[input.series.length - 1];
  const done = (status: TargetJudgement["status"], reason: string | undefined, label: string, formula: string): TargetJudgement => {
    steps.push({ label, formula, value: status });
    const out: TargetJudgement = { status, score, steps };
    if (reason) out.reason = reason;
    if (evaluated) out.evaluated = evaluated;
    return out;
  };
  const shown = shownRate(m, score), limit = shownRate(m, m.clear);
  // No movement is never clear, even when the clear-movement threshold is 0.
  if (atPrecision(score) < atPrecision(m.clear) || atPrecision(score) === 0) {
    return atPrecision(score) > 0
      ? done("nearly_met", "slight-movement", "rule-direction-slight", `0 < ${shown} < ${limit}`)
      : done("not_met", atPrecision(score) < 0 ? "wrong-direction" : "no-movement", "rule-direction-not-met", `${shown} ≤ 0`);
  }
  if (!input.indicator.stepwise && m.robust !== null && d * m.robust < 0) {
    return done("nearly_met", "not-corroborated", "rule-direction-not-corroborated", `${shown} ≥ ${limit}; d × ${num(m.robust)} < 0`);
  }
  const changes = annualChanges(input.series);
  const lastChange = changes[changes.length - 1];
  if (lastChange && d * lastChange.change < 0) {
    steps.push({ label: "last-change", formula: `${num(lastChange.value)} − ${paren(lastChange.previous)} (${lastChange.from}→${lastChange.year})`, value: lastChange.value - lastChange.previous });
    return done("nearly_met", "last-change-reversed", "rule-direction-last-change", `${shown} ≥ ${limit}`);
  }
  return done("met", undefined, "rule-direction-met", `${shown} ≥ ${limit}`);
}
