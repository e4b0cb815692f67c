/** Linear annual change between two points: (y_t − y_0) / (t − t_0). */
import type { Point } from "../model/report.js";

/** Units per year from `from` to `to`; null when the years do not advance. */
export function linearChange(from: Point, to: Point): number | null {
  const years = to.year - from.year;
  if (!(years > 0)) return null;
  return (to.value - from.value) / years;
}
