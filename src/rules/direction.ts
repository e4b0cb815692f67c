/**
 * increase / decrease (逐步提高 / 缩小): the trend must have the right sign (methodology "Direction-only targets").
 * Slope: Theil–Sen with 4+ points, else the two end points; rate = slope / |y_0|. Met when d·rate ≥ 1%/yr
 * (Eurostat's clear movement), nearly met for a slighter move the right way, and a last annual change
 * the wrong way turns met into nearly met ("let the last annual change qualify the verdict").
 */
import type { Point, Step } from "../model/report.js";
import { annualChanges, linearChange, theilSenSlope } from "../trend/index.js";
import { num, paren, pct } from "../util/format-number.js";
import { notAssessable } from "./level-target.js";
import type { RuleInput, TargetJudgement } from "./rule-types.js";

/** The slope a direction verdict rests on and how it was found. */
export interface DirectionSlope {
  slope: number;
  basis: "theil-sen" | "end-point";
  /** slope / |reference level|; null when the level is 0. */
  rate: number | null;
  reference: number;
  steps: Step[];
}

/** Slope and rate of the trend points: robust with `minRobust`+ points, end-point otherwise; null with fewer than `minTrend`. */
export function directionSlope(points: readonly Point[], minTrend: number, minRobust: number): DirectionSlope | null {
  if (points.length < Math.max(2, minTrend)) return null;
  const first = points[0] as Point, last = points[points.length - 1] as Point;
  const robust = points.length >= minRobust ? theilSenSlope(points, minRobust) : null;
  const slope = robust ?? linearChange(first, last);
  if (slope === null) return null;
  const basis = robust !== null ? "theil-sen" : "end-point";
  const mean = points.reduce((s, p) => s + Math.abs(p.value), 0) / points.length;
  // A zero base gives no scale, so the series' mean level stands in.
  const reference = Math.abs(first.value) > 0 ? Math.abs(first.value) : mean;
  const rate = reference > 0 ? slope / reference : null;
  const steps: Step[] = [
    robust !== null
      ? { label: "slope-theil-sen", formula: `median((y_j − y_i)/(t_j − t_i)), n = ${points.length}`, value: slope }
      : { label: "slope-end-point", formula: `(${num(last.value)} − ${paren(first.value)}) / (${last.year} − ${first.year})`, value: slope },
  ];
  if (rate !== null) steps.push({ label: "growth-rate", formula: `${num(slope)} / ${num(reference)}`, value: rate });
  return { slope, basis, rate, reference, steps };
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
  const ds = directionSlope(input.trendPoints, th.min_points_trend, th.min_points_robust);
  if (!ds) return notAssessable("insufficient-data");
  const d = input.target.kind === "decrease" ? -1 : 1;
  const dir = d * ds.slope;
  const moved = ds.rate !== null ? d * ds.rate : dir > 0 ? Infinity : dir < 0 ? -Infinity : 0;
  const steps = [...ds.steps];
  const score = ds.rate !== null ? d * ds.rate : null;
  const evaluated = input.series[input.series.length - 1];
  const done = (status: TargetJudgement["status"], reason: string | undefined, label: string, formula: string): TargetJudgement => {
    steps.push({ label, formula, value: status });
    const out: TargetJudgement = { status, score, steps };
    if (reason) out.reason = reason;
    if (evaluated) out.evaluated = evaluated;
    return out;
  };
  const shown = ds.rate !== null ? pct(d * ds.rate) : num(d * ds.slope);
  if (moved < th.clear_movement) {
    return moved > 0
      ? done("nearly_met", "slight-movement", "rule-direction-slight", `0 < ${shown} < ${pct(th.clear_movement)}`)
      : done("not_met", moved < 0 ? "wrong-direction" : "no-movement", "rule-direction-not-met", `${shown} ≤ 0`);
  }
  const changes = annualChanges(input.series);
  const lastChange = changes[changes.length - 1];
  if (lastChange && d * lastChange.change < 0) {
    steps.push({ label: "last-change", formula: `${num(lastChange.value)} − ${paren(lastChange.previous)} (${lastChange.from}→${lastChange.year})`, value: lastChange.value - lastChange.previous });
    return done("nearly_met", "last-change-reversed", "rule-direction-last-change", `${shown} ≥ ${pct(th.clear_movement)}`);
  }
  return done("met", undefined, "rule-direction-met", `${shown} ≥ ${pct(th.clear_movement)}`);
}
