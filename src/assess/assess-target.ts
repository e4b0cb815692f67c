/** Assess one target of one result: the rule's status and gap, then trend category, projection, 序时进度 and warnings. */
import type { Indicator, Plan, Target } from "../model/plan.js";
import type { Basis, MethodId, Point, ResultWarning, Step, TargetResult } from "../model/report.js";
import type { Lang } from "../i18n/lang.js";
import { describeTarget } from "../plan/describe-target.js";
import { TARGET_RULES } from "../rules/target-rules.js";
import { differenceSeries } from "../rules/compare.js";
import { levelFormula } from "../rules/level-target.js";
import { expectedToMiss } from "../rules/expected-to-miss.js";
import { insufficientData } from "../rules/insufficient-data.js";
import { targetBreached } from "../rules/target-breached.js";
import type { Thresholds } from "../rules/thresholds.js";
import { METHODS } from "./methods/run-method.js";
import { eurostat } from "./methods/eurostat.js";
import { insufficientOutcome } from "./methods/method-types.js";
import { nearShareBounds } from "./methods/linear-form.js";
import { projectTrend } from "./methods/project-trend.js";
import { directionCategory } from "./direction-category.js";
import { levelBasis } from "./progress-basis.js";
import { progressShare } from "./progress-share.js";
import { clipToBounds } from "./clip-to-bounds.js";
import { targetScope } from "./target-scope.js";
import { judgeOnInterval } from "./judge-on-interval.js";

/** Everything one target needs. */
export interface TargetContext {
  target: Target;
  indicator: Indicator;
  plan: Plan;
  series: Point[];
  trendPoints: Point[];
  partner?: Point[];
  asOf: number;
  horizon: number;
  method: MethodId;
  th: Thresholds;
  lang: Lang;
  /** Small numbers: the basis of each judged year (set when the indicator has counts behind it). */
  bases?: Map<number, Basis>;
}

/** The assessed target, its warnings, and the direction it needs (for the result's wrong-direction check). */
export interface AssessedTarget {
  result: TargetResult;
  warnings: ResultWarning[];
  direction: { d: 1 | -1; points: Point[]; label: string } | null;
  /** A trend was needed but fewer than min_points_trend points exist. */
  needsTrend: boolean;
}

/** Assess one target. */
export function assessTarget(context: TargetContext): AssessedTarget {
  const c = targetScope(context);
  const { target, indicator, th } = c;
  const label = describeTarget(target, indicator, c.plan, c.lang);
  const input = { target, indicator, series: c.series, trendPoints: c.trendPoints, asOf: c.asOf, thresholds: th, ...(c.partner ? { partner: c.partner } : {}) };
  const j = TARGET_RULES[target.kind](input);
  const clip = (v: number | null): number | null => clipToBounds(v, indicator.bounds);
  const steps: Step[] = [...j.steps];
  const r: TargetResult = { year: target.year, kind: target.kind, status: j.status, horizon: c.horizon, steps };
  if (target.value !== undefined) r.value = target.value;
  if (j.threshold !== undefined) r.threshold = j.threshold;
  if (j.tolerance !== undefined) r.tolerance = j.tolerance;
  if (target.ref !== undefined) r.ref = target.ref;
  if (j.reason !== undefined) r.reason = j.reason;
  if (j.gap) r.gap = j.gap;
  if (j.breaches) r.breaches = j.breaches;
  if (j.evaluated) r.evaluated = j.evaluated;
  const counted = j.evaluated ? c.bases?.get(j.evaluated.year) : undefined;
  if (counted) r.basis = counted;
  const unstable = counted?.unstable === true && counted.ci !== undefined;
  if (unstable && counted?.ci) judgeOnInterval(r, j, counted.ci, c.bases as Map<number, Basis>, c.trendPoints);
  // A milestone judged after its year on an earlier value (its own year's is missing) is provisional.
  if (target.year !== null && c.asOf >= target.year && j.evaluated && j.evaluated.year < target.year) r.provisional = true;
  const warnings: ResultWarning[] = [];
  const out: AssessedTarget = { result: r, warnings, direction: null, needsTrend: false };
  if (j.breaches) {
    const w = targetBreached(j.breaches, label, j.threshold, c.lang, c.series[c.series.length - 1]?.year);
    if (w) warnings.push(w);
  }
  if (j.reason === "no-baseline-year") warnings.push(insufficientData({ reason: "no-baseline-year", year: target.baseline_year ?? 0, target: label }, c.lang));
  if (j.reason === "partner-missing") warnings.push(insufficientData({ reason: "partner-missing", ref: target.ref ?? "?", year: j.evaluated?.year ?? c.asOf, target: label }, c.lang));

  if (target.kind === "increase" || target.kind === "decrease") {
    const d = target.kind === "increase" ? 1 : -1;
    out.direction = { d, points: c.trendPoints, label };
    if (unstable) {
      r.category = "insufficient_data";
    } else if (j.status === "not_assessable") {
      r.category = "insufficient_data";
      out.needsTrend = true;
    } else {
      r.score = j.score ?? null;
      r.category = j.status === "met" && (c.asOf >= c.horizon || j.reason === "at-bound") ? "achieved"
        : j.score !== undefined && j.score !== null ? directionCategory(j.score, indicator.clear_movement ?? th.clear_movement)
        : j.status === "met" ? "on_track" : j.status === "nearly_met" ? "moderate" : "moving_away";
      r.projection = clip(projectTrend(c.method, c.trendPoints, nearShareBounds(indicator, c.trendPoints.map((p) => p.value), th.share_bound_margin), c.horizon, th));
    }
    return out;
  }
  if (!j.level || !j.evaluated) {
    r.category = "insufficient_data";
    return out;
  }
  const ev = j.evaluated;
  const isCompare = target.kind === "compare";
  const from = c.trendPoints[0]?.year ?? ev.year;
  const raw = isCompare ? differenceSeries(c.series.filter((p) => p.year >= from), c.partner ?? []) : c.trendPoints;
  const points = raw.filter((p) => p.year <= ev.year);
  const spec = isCompare ? { op: j.level.op, threshold: 0, ...(j.level.tolerance !== undefined ? { tolerance: j.level.tolerance } : {}) } : j.level;
  const linear = isCompare || nearShareBounds(indicator, [...points.map((p) => p.value), spec.threshold], th.share_bound_margin);
  const basis = levelBasis(spec, points, c.horizon, linear);
  if (!basis) {
    r.category = "insufficient_data";
    return out;
  }
  const enough = points.length >= th.min_points_trend;
  const method = enough && !unstable ? METHODS[c.method](basis, th) : insufficientOutcome();
  // A compare target projects the difference A − B, which is not on the scale of the bounds.
  const outcome = isCompare ? method : { ...method, projection: clip(method.projection) };
  if (isCompare) r.difference = { value: ev.value - (j.threshold ?? 0), projection: outcome.projection };
  else r.projection = outcome.projection;
  if (r.status === "met") {
    r.category = "achieved";
    steps.push({ label: "category-achieved", formula: levelFormula(ev.value, j.level), value: "achieved" });
  } else {
    r.category = outcome.category;
    r.score = outcome.score;
    steps.push(...outcome.steps);
    if (!enough && !unstable) out.needsTrend = true;
    if (outcome.reason === "weather-run") warnings.push(insufficientData({ reason: "weather", points: points.length, needed: th.weather_min_points }, c.lang));
  }
  // A band (左右, either side) that is met wants no direction; nor does a compare target.
  if (!(isCompare || (target.kind === "around" && j.status === "met"))) out.direction = { d: basis.d, points, label };
  const ps = target.year !== null && !isCompare && enough ? progressShare(basis) : null;
  if (ps) {
    r.progress = ps.progress;
    if (j.status !== "met") steps.push(...ps.steps);
  }
  if (enough) {
    const R = c.method === "eurostat" ? outcome.raw : eurostat(basis, th).raw;
    const w = expectedToMiss({
      status: j.status, targetLabel: label, ratio: R, projection: outcome.projection, threshold: basis.target, d: basis.d,
      latest: basis.latest, horizon: c.horizon, asOf: c.asOf, lagPoints: ps?.progress.lag_points ?? null,
      progressShare: ps?.progress.share ?? null, timeShare: ps?.progress.time_share ?? null,
    }, th, c.lang);
    if (w) warnings.unshift(w);
  }
  return out;
}
