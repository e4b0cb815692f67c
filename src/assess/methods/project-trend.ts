/** Projection of a series to a year the way the chosen method projects (no target needed). */
import type { MethodId, Point } from "../../model/report.js";
import { linearChange, projectLinear, weatherChange } from "../../trend/index.js";
import type { Thresholds } from "../../rules/thresholds.js";
import { actualGrowth } from "./growth.js";

/**
 * Eurostat and UNSD: compound growth where valid (linear for shares near bounds and mixed signs);
 * SDSN: linear; weather: mean of the last annual changes. Null when the points cannot carry a trend.
 */
export function projectTrend(method: MethodId, points: readonly Point[], linear: boolean, year: number, th: Thresholds): number | null {
  const base = points[0], latest = points[points.length - 1];
  if (!base || !latest || latest.year <= base.year) return null;
  if (method === "weather") {
    const wc = weatherChange(points, th.weather_changes, th.weather_min_points);
    return wc ? projectLinear(latest.value, wc.mean, year - latest.year) : null;
  }
  if (method === "sdsn") return projectLinear(latest.value, linearChange(base, latest) as number, year - latest.year);
  const g = actualGrowth({ d: 1, target: latest.value, horizon: year, base, latest, points: [...points], linear }, th.zero_replacement);
  return g ? g.project(year) : null;
}
