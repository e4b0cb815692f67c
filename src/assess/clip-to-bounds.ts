/** Keep a projection inside the indicator's bounds: a share is not projected past 100%, a rate not below 0. */
import type { Indicator } from "../model/plan.js";

/** v clipped to [min, max] where given; null stays null. */
export function clipToBounds(v: number | null, bounds: Indicator["bounds"]): number | null {
  if (v === null) return null;
  if (bounds?.max !== undefined && v > bounds.max) return bounds.max;
  if (bounds?.min !== undefined && v < bounds.min) return bounds.min;
  return v;
}
