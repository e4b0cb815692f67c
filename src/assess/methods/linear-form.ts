/** When CAGR is not the right model (methodology: "for shares near 0 or 100, or differences … use the linear form"). */
import type { Indicator } from "../../model/plan.js";

/** True for a share (bounds max 100) with any of the given values within `margin` points of 0 or 100. */
export function nearShareBounds(indicator: Indicator, values: readonly number[], margin: number): boolean {
  if (indicator.bounds?.max !== 100) return false;
  return values.some((v) => v <= margin || v >= 100 - margin);
}
