/** Assess one indicator × region (× sex): series, baseline, trend, every target, and the result's warnings. */
import type { Indicator, Plan } from "../model/plan.js";
import type { Sex } from "../model/observation.js";
import type { IndicatorResult, MethodId, Point, ResultWarning } from "../model/report.js";
import type { Lang } from "../i18n/lang.js";
import { movement } from "../rules/direction.js";
import { insufficientData } from "../rules/insufficient-data.js";
import { staleData } from "../rules/stale-data.js";
import { strongFluctuation } from "../rules/strong-fluctuation.js";
import { wrongDirection } from "../rules/wrong-direction.js";
import { assessTarget } from "./assess-target.js";
import { isPointsUnit } from "./points-unit.js";
import { buildTrend } from "./build-trend.js";
import { chooseBaseline, trendPoints } from "./choose-baseline.js";
import { combineCategory, combineStatus, markCurrent } from "./combine-status.js";
import { currentMilestone } from "./current-milestone.js";
import { nearShareBounds } from "./methods/linear-form.js";
import { smallNumbers } from "../rules/small-numbers.js";
import { smallNumberView, type CountLookup } from "./small-numbers.js";
import type { Thresholds } from "../rules/thresholds.js";

/** What one result needs besides its series. */
export interface ResultContext {
  plan: Plan;
  indicator: Indicator;
  region: string;
  sex?: Sex;
  /** Observations up to as_of, ascending by year, one per year. */
  series: Point[];
  /** The series of the same region (and sex) of another indicator, for compare targets. */
  partnerOf: (ref: string) => Point[] | undefined;
  asOf: number;
  baseYear: number;
  method: MethodId;
  th: Thresholds;
  lang: Lang;
  /** Headline values of every indicator (submitted or derived), for the counts behind rates. */
  counts?: CountLookup;
}

const PROGRESS_WARNINGS = new Set(["expected-to-miss", "strong-fluctuation", "wrong-direction"]);

/** Assess one result. */
export function assessResult(c: ResultContext): IndicatorResult {
  const { plan, indicator, th } = c;
  // A signed gap between two groups is judged on its size; the sign only says which group is ahead.
  const own = indicator.signed_gap ? c.series.map((p) => ({ year: p.year, value: Math.abs(p.value) })) : c.series;
  // Small numbers: a rate on too few events is judged on pooled rates, and on its interval.
  const small = c.counts && c.sex === undefined ? smallNumberView(indicator, c.region, own, c.counts, th) : null;
  const series = small?.pooled ? small.series : own;
  const first = series[0];
  const baseline = small?.pooled && first ? { point: first, source: "pooled" as const } : chooseBaseline(series, indicator, plan, c.region, c.sex, c.baseYear);
  const points = trendPoints(series, baseline?.point ?? null);
  const linear = nearShareBounds(indicator, points.map((p) => p.value), th.share_bound_margin);
  const trend = buildTrend(points, series, indicator, c.method, linear, plan.milestones, th);
  const milestone = currentMilestone(c.asOf, plan.milestones, plan.period.end);
  const warnings: ResultWarning[] = [];
  const later: ResultWarning[] = [];
  let needsTrend = false;
  let wrong: ResultWarning | null = null;
  const targets = indicator.targets.map((target) => {
    const partner = target.kind === "compare" && target.ref ? c.partnerOf(target.ref) ?? [] : undefined;
    const a = assessTarget({
      target, indicator, plan, series, trendPoints: points, asOf: c.asOf, horizon: target.year ?? milestone,
      method: c.method, th, lang: c.lang, ...(partner ? { partner } : {}), ...(small ? { bases: small.bases } : {}),
    });
    warnings.push(...a.warnings);
    needsTrend ||= a.needsTrend;
    if (!wrong && a.direction) {
      const m = movement(a.direction.points, indicator, th);
      if (m) wrong = wrongDirection(a.direction.d, m, a.direction.label, c.lang);
    }
    return a.result;
  });
  markCurrent(targets, c.asOf);
  if (wrong) later.push(wrong);
  // The steps of a stepwise indicator (换届) are its nature, not fluctuation.
  const fluct = indicator.stepwise ? null : strongFluctuation(series, th, c.lang, isPointsUnit(indicator));
  if (fluct) later.push(fluct);
  if (needsTrend) later.push(insufficientData({ reason: "trend", points: points.length, needed: th.min_points_trend }, c.lang));
  const latest = c.series[c.series.length - 1] ?? null;
  if (latest) {
    const stale = staleData(latest.year, c.asOf, th, c.lang);
    if (stale) later.push(stale);
  }
  const unstable = small?.latest.unstable === true;
  const note = small && unstable ? smallNumbers(small.latest, indicator.unit[c.lang], c.lang) : null;
  const result: IndicatorResult = {
    indicator: indicator.id,
    area: indicator.area,
    goal: indicator.goal,
    region: c.region,
    latest,
    baseline: baseline?.point ?? null,
    series: c.series,
    trend,
    targets,
    // Unstable values carry no progress warning: the small-numbers note says why instead.
    warnings: [...warnings, ...later].filter((w) => !(unstable && PROGRESS_WARNINGS.has(w.code))).concat(note ? [note] : []),
  };
  if (small) result.basis = small.latest;
  if (c.sex !== undefined) result.sex = c.sex;
  if (baseline) result.baseline_source = baseline.source;
  const status = combineStatus(targets);
  if (status) result.status = status;
  const category = combineCategory(targets);
  if (category) result.category = category;
  if (targets.some((t) => t.current && t.provisional)) result.provisional = true;
  if (indicator.signed_gap && latest && latest.value !== 0) result.gap_ahead = latest.value > 0 ? "positive" : "negative";
  return result;
}
