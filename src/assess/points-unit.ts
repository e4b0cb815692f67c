/** Whether an indicator is measured in percentage points, where an absolute floor of a few points makes sense. */
import type { Indicator } from "../model/plan.js";

const POINT_UNITS = new Set(["%", "‰", "百分点", "percentage points"]);

/** True for percentages and percentage-point differences; false for years, 万人, minutes, rates per 10万 … */
export function isPointsUnit(indicator: Pick<Indicator, "unit">): boolean {
  return POINT_UNITS.has(indicator.unit.zh) || POINT_UNITS.has(indicator.unit.en);
}
