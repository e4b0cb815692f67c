/** Theil–Sen slope: the median of all pairwise slopes, robust to single outliers (methodology.md, "Direction-only targets"). */
import type { Point } from "../model/report.js";
import { median } from "./median.js";

/** Minimum number of points before a robust slope is preferred over the two end points. */
export const THEIL_SEN_MIN_POINTS = 4;

/** Median of (y_j − y_i)/(t_j − t_i) over all pairs with t_j > t_i; null with fewer than `minPoints` points. */
export function theilSenSlope(points: readonly Point[], minPoints: number = THEIL_SEN_MIN_POINTS): number | null {
  if (points.length < minPoints) return null;
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i] as Point, b = points[j] as Point;
      if (b.year !== a.year) slopes.push((b.value - a.value) / (b.year - a.year));
    }
  }
  return slopes.length > 0 ? median(slopes) : null;
}
