/** The part of a series one target is judged on: a milestone sees nothing after its year; a relative target's trend starts at its own baseline year. */
import type { Target } from "../model/plan.js";
import type { Point } from "../model/report.js";

/** What target-scope narrows: the target and the series it sees. */
export interface ScopedSeries {
  target: Target;
  series: Point[];
  trendPoints: Point[];
  partner?: Point[];
}

/** The context narrowed to the target: later values never count for an earlier milestone. */
export function targetScope<C extends ScopedSeries>(c: C): C {
  const year = c.target.year;
  const upTo = (ps: readonly Point[]): Point[] => (year === null ? [...ps] : ps.filter((p) => p.year <= year));
  const series = upTo(c.series);
  let trendPoints = upTo(c.trendPoints);
  const by = c.target.kind === "relative" ? c.target.baseline_year : undefined;
  const base = by !== undefined ? series.find((p) => p.year === by) : undefined;
  if (base) trendPoints = [base, ...series.filter((p) => p.year > base.year)];
  const out: C = { ...c, series, trendPoints };
  if (c.partner) out.partner = upTo(c.partner);
  return out;
}
