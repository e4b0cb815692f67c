/** Changes between consecutive points of a series, per year. */
import type { Point } from "../model/report.js";

/** One change: from the previous point to `year`, in units per year (a two-year gap is halved). */
export interface AnnualChange {
  year: number;
  from: number;
  previous: number;
  value: number;
  change: number;
}

/** Annualised changes of a year-sorted series. */
export function annualChanges(points: readonly Point[]): AnnualChange[] {
  const out: AnnualChange[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point, b = points[i] as Point;
    const years = b.year - a.year;
    if (years > 0) out.push({ year: b.year, from: a.year, previous: a.value, value: b.value, change: (b.value - a.value) / years });
  }
  return out;
}
