/**
 * Category of a direction-only target (逐步提高 …) from its signed annual growth rate g = d·slope/|y_0|
 * (Eurostat's targetless rule, methodology "Direction-only targets"): g ≥ 1% on track, 0 < g < 1% moderate,
 * −1% < g ≤ 0 insufficient (stagnation), g ≤ −1% moving away. The same for every method preset.
 */
import type { ProgressCategory } from "../model/report.js";
import { atPrecision } from "../trend/precision.js";

/** Map the signed growth rate to a category; `clear` is the clear-movement threshold. */
export function directionCategory(score: number, clearMovement: number): ProgressCategory {
  const g = atPrecision(score), clear = atPrecision(clearMovement);
  if (g >= clear) return "on_track";
  if (g > 0) return "moderate";
  if (g > -clear) return "insufficient";
  return "moving_away";
}
