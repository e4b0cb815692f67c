/** The progress categories in the order every summary lists them. */
import type { ProgressCategory } from "../model/report.js";

/** Progress categories, best first, "insufficient data" last. */
export const CATEGORIES: readonly ProgressCategory[] = ["achieved", "on_track", "moderate", "insufficient", "moving_away", "insufficient_data"];
