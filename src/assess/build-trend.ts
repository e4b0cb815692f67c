/** The Trend block of a result: CAGR, linear change, Theil–Sen slope, last change, direction, milestone projections. */
import type { MethodId, Point, Trend } from "../model/report.js";
import { annualChanges, cagr, linearChange, theilSenSlope } from "../trend/index.js";
import { directionSlope } from "../rules/direction.js";
import { projectTrend } from "./methods/project-trend.js";
import type { Thresholds } from "../rules/thresholds.js";

/** Trend numbers from the trend points (baseline first); projections only to milestones after the latest year. */
export function buildTrend(points: readonly Point[], series: readonly Point[], method: MethodId, linear: boolean, milestones: readonly number[], th: Thresholds): Trend {
  const base = points[0], latest = points[points.length - 1];
  const span = base && latest ? latest.year - base.year : 0;
  const ds = directionSlope(points, th.min_points_trend, th.min_points_robust);
  const changes = annualChanges(series);
  let direction: Trend["direction"] = null;
  if (ds) {
    const g = ds.rate ?? Math.sign(ds.slope);
    direction = Math.abs(g) < th.clear_movement ? "flat" : g > 0 ? "up" : "down";
  }
  const projection: Record<string, number | null> = {};
  if (latest) {
    for (const m of milestones) if (m > latest.year) projection[String(m)] = projectTrend(method, points, linear, m, th);
  }
  return {
    points: points.length,
    cagr: base && latest && span > 0 ? cagr(base.value, latest.value, span, th.zero_replacement) : null,
    linear: base && latest && span > 0 ? linearChange(base, latest) : null,
    robust_slope: theilSenSlope(points, th.min_points_robust),
    last_change: changes.length > 0 ? (changes[changes.length - 1]?.change ?? null) : null,
    direction,
    projection,
  };
}
