/** What a progress method (Eurostat, SDSN, UNSD, weather) works on and returns. */
import type { Point, ProgressCategory, Step } from "../../model/report.js";

/** A target reduced to the numbers every method needs. */
export interface ProgressBasis {
  /** +1 when the value must rise to reach the target, −1 when it must fall. */
  d: 1 | -1;
  /** The level to reach by the horizon (for 左右: the band edge to move to; for compare: 0 or ±τ on A − B). */
  target: number;
  horizon: number;
  /** (t_0, y_0) and (t, y_t). */
  base: Point;
  latest: Point;
  /** Points from the base to the latest, ascending. */
  points: Point[];
  /** Use the linear form instead of CAGR (shares near 0/100, differences). */
  linear: boolean;
}

/** The category a method gives, its score (R, ratio, Q or shortfall share), the projection to the horizon and the steps. */
export interface MethodOutcome {
  category: ProgressCategory;
  /** Finite score, or null when it is unbounded (required change 0) or cannot be computed. */
  score: number | null;
  /** The raw score including ±Infinity, for the rules that compare it. */
  raw: number | null;
  projection: number | null;
  steps: Step[];
  /** Why the method could not classify (e.g. "weather-run"). */
  reason?: string;
}

/** A ratio a / |b| where b = 0 means "any move the right way is enough": ±Infinity or 0. */
export function ratio(a: number, b: number): number {
  if (b !== 0) return a / Math.abs(b);
  return a > 0 ? Infinity : a < 0 ? -Infinity : 0;
}

/** Map a score to a category by three descending cut-offs (on track, moderate, insufficient). */
export function categorize(score: number, onTrack: number, moderate: number, insufficient: number): ProgressCategory {
  if (score >= onTrack) return "on_track";
  if (score >= moderate) return "moderate";
  if (score >= insufficient) return "insufficient";
  return "moving_away";
}

/** The outcome when fewer than two points span the period. */
export function insufficientOutcome(reason = "insufficient-data"): MethodOutcome {
  return { category: "insufficient_data", score: null, raw: null, projection: null, steps: [], reason };
}

/** A finite score or null. */
export function finite(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
