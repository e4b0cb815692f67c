/** The Trend block of a result: CAGR, linear change, Theil–Sen slope, last change, direction, milestone projections. */
import type { MethodId, Point, Trend } from "../model/report.js";
import { annualChanges, cagr, linearChange, theilSenSlope } from "../trend/index.js";
import { movement } from "../rules/direction.js";
import type { Indicator } from "../model/plan.js";
import { atPrecision } from "../trend/precision.js";
import { projectTrend } from "./methods/project-trend.js";
import { clipToBounds } from "./clip-to-bounds.js";
import type { Thresholds } from "../rules/thresholds.js";

/** Trend numbers from the trend points (baseline first); projections only to milestones after the latest year. */
export function buildTrend(points: readonly Point[], series: readonly Point[], indicator: Indicator, method: MethodId, linear: boolean, milestones: readonly number[], th: Thresholds): Trend {
  const base = points[0], latest = points[points.length - 1];
  const span = base && latest ? latest.year - base.year : 0;
  const m = movement(points, indicator, th);
  const changes = annualChanges(series);
  let direction: Trend["direction"] = null;
  if (m) {
    // No movement is flat even when the clear-movement threshold is 0.
    const size = atPrecision(Math.abs(m.rate));
    direction = size === 0 || size < atPrecision(m.clear) ? "flat" : m.rate > 0 ? "up" : "down";
  }
  const projection: Record<string, number | null> = {};
  if (latest) {
    for (const m of milestones) if (m > latest.year) projection[String(m)] = clipToBounds(projectTrend(method, points, linear, m, th), indicator.bounds);
  }
  return {
    points: points.length,
    // A zero end gives no meaningful compound growth (Open SDG's small-number stand-in makes it explode).
    cagr: base && latest && span > 0 && base.value !== 0 && latest.value !== 0 ? cagr(base.value, latest.value, span) : null,
    linear: base && latest && span > 0 ? linearChange(base, latest) : null,
    robust_slope: theilSenSlope(points, th.min_points_robust),
    last_change: changes.length > 0 ? (changes[changes.length - 1]?.change ?? null) : null,
    direction,
    projection,
  };
}
