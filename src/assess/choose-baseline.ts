/**
 * The baseline of one result: the observation at the base year (2020 unless overridden); else the plan's
 * stated baseline, which is the city's, so only for a city-level region and the headline (no-sex/total) series;
 * else, as Open SDG does, the first observation after the base year, or failing that the nearest before it.
 */
import type { Indicator, Plan } from "../model/plan.js";
import type { Sex } from "../model/observation.js";
import type { BaselineSource, Point } from "../model/report.js";

/** The chosen baseline point and where it came from. */
export interface Baseline {
  point: Point;
  source: BaselineSource;
}

/** Choose the baseline for a result's series (ascending by year); null when the series is empty and the plan has none. */
export function chooseBaseline(series: readonly Point[], indicator: Indicator, plan: Plan, region: string, sex: Sex | undefined, baseYear: number): Baseline | null {
  const at = series.find((p) => p.year === baseYear);
  if (at) return { point: at, source: "observed" };
  const isCity = plan.regions.find((r) => r.code === region)?.level === "city";
  const pb = indicator.baseline;
  if (pb && pb.year === baseYear && isCity && (sex === undefined || sex === "total")) {
    return { point: { year: pb.year, value: pb.value }, source: "plan" };
  }
  const after = series.find((p) => p.year > baseYear);
  if (after) return { point: after, source: "first-after" };
  const before = series[series.length - 1];
  return before ? { point: before, source: "last-before" } : null;
}

/** The points trends are computed on: the baseline, then the observations after it. */
export function trendPoints(series: readonly Point[], baseline: Point | null): Point[] {
  if (!baseline) return [];
  return [baseline, ...series.filter((p) => p.year > baseline.year)];
}
